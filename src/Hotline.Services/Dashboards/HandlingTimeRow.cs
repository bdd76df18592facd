namespace Hotline.Services.Dashboards;

/// <summary>Lead assignments resolved in a period and their mean dispatch-to-resolution time (null when none).</summary>
public sealed record HandlingTimeRow(long Resolved, double? AverageSeconds);
