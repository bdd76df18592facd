namespace Hotline.Services.Dashboards;

/// <summary>Categories × days: the busiest leaf categories of the period, busiest first. <see cref="Max"/> scales the shading.</summary>
public sealed record HeatTable(DashboardPeriod Period, IReadOnlyList<HeatRow> Rows)
{
    public long Max => Rows.Count == 0 ? 0 : Rows.Max(r => r.Counts.Max());
}
