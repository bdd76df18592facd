namespace Hotline.Services.Dashboards;

/// <summary>A row of the trend query: one local month's sums (the snake_case naming convention maps the SQL's aliases).</summary>
internal sealed class TrendRow
{
    public DateOnly Month { get; init; }
    public long Assigned { get; init; }
    public long SignedOnTime { get; init; }
    public long ContactMeasured { get; init; }
    public long ContactedOnTime { get; init; }
    public long FellDue { get; init; }
    public long ResolvedOnTime { get; init; }
    public long Reached { get; init; }
    public long Satisfied { get; init; }
    public long Solved { get; init; }
}
