namespace Hotline.Services.Dashboards;

/// <summary>One caller's tickets in a period.</summary>
public sealed record RepeatCallerRow(string Phone, long Tickets, DateTimeOffset LastAt);
