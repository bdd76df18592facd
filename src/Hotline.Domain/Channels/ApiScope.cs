namespace Hotline.Domain.Channels;

/// <summary>What an API client's key opens. Each integration gets its own scope, so a key never opens another's API.</summary>
public enum ApiScope
{
    /// <summary>The Open311 GeoReport v2 API of the citizen channels (web portal, WeChat, apps, grid handsets).</summary>
    Open311 = 1,

    /// <summary>The telephone platform's call events (ACD/CTI): offered, answered, ended… and agent states.</summary>
    Telephony = 2,
}
