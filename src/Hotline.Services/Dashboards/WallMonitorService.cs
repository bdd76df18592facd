using Hotline.Domain.Performance;
using Hotline.Services.Common;

namespace Hotline.Services.Dashboards;

/// <summary>
/// The call hall's wall monitor: a few big numbers, the latest tickets, the units with most overdue and the surging
/// categories, read every 30 s by every screen on the wall, so it asks only for what it shows (a few small queries on
/// the rollups and the running clocks) and masks every caller. The backlog and the surges are the dashboard's own.
/// </summary>
public sealed class WallMonitorService(HotlineFigures figures, HotlineDashboardService dashboard, HotlineClock clock)
{
    public const int LatestCount = 10;

    /// <summary>The units (and the dispatch queue) with most overdue that the wall lists.</summary>
    public const int OverdueUnitCount = 5;

    /// <summary>The surging categories the wall lists, biggest surge first.</summary>
    public const int SurgeCount = 3;

    public async Task<WallSnapshot> GetAsync(CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var today = DashboardPeriod.Day(clock.LocalToday);
        var month = DashboardPeriod.MonthOf(today.From);

        var calls = await figures.CallsByHourAsync(today, ct);
        var tickets = await figures.TicketsRegisteredAsync(today, ct);
        var backlog = await dashboard.BacklogAsync(ct);
        var days = await figures.DayFiguresAsync(month, todaysDeadlines: true, ct);
        var onTime = days.OnTimeByDay(month);
        var satisfaction = days.SatisfactionByDay(month);
        var latest = await figures.LatestTicketsAsync(LatestCount, ct);
        var surges = await dashboard.SurgesAsync(ct);

        return new WallSnapshot(
            now,
            today.From,
            calls.Sum(c => c.Calls),
            tickets,
            backlog.Sum(b => b.Open),
            backlog.Sum(b => b.Overdue),
            new Rate(onTime.Sum(r => r.Numerator), onTime.Sum(r => r.Denominator)),
            new Rate(satisfaction.Sum(r => r.Numerator), satisfaction.Sum(r => r.Denominator)),
            latest,
            backlog.Where(b => b.Overdue > 0).OrderByDescending(b => b.Overdue).ThenByDescending(b => b.Open).ThenBy(b => b.UnitId)
                .Take(OverdueUnitCount).ToList(),
            surges.Take(SurgeCount).ToList());
    }
}
