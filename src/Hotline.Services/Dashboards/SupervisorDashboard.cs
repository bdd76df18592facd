namespace Hotline.Services.Dashboards;

/// <summary>Everything the supervisor dashboard shows, read at <see cref="At"/>.</summary>
public sealed record SupervisorDashboard(
    DateTimeOffset At,
    DashboardToday Today,
    IReadOnlyList<UnitBacklog> Backlog,
    DashboardPeriod TrendPeriod,
    IReadOnlyList<TrendDay> Trend,
    HeatTable Heat,
    DashboardPeriod SurgePeriod,
    IReadOnlyList<SurgingCategory> Surges,
    DashboardPeriod RepeatPeriod,
    IReadOnlyList<RepeatCaller> RepeatCallers);
