namespace Hotline.Web.Infrastructure;

/// <summary>The "Hotline:RateLimits" configuration section.</summary>
public sealed class RateLimitSettings
{
    public const string Section = "Hotline:RateLimits";

    /// <summary>Open311 requests per minute for one API key (a city app's busiest minute is far below it).</summary>
    public int Open311PerMinute { get; set; } = 120;

    /// <summary>Status page lookups per minute from one address.</summary>
    public int StatusLookupsPerMinute { get; set; } = 10;
}
