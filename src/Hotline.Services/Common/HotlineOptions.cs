namespace Hotline.Services.Common;

/// <summary>The "Hotline" configuration section.</summary>
public sealed class HotlineOptions
{
    public const string Section = "Hotline";

    /// <summary>IANA zone the hotline works in; instants are stored in UTC and shown in this zone.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Seed demo users and tickets on an empty database (never in Production).</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>How many demo tickets to generate over the last 60 days.</summary>
    public int DemoTicketCount { get; set; } = 3000;
}
