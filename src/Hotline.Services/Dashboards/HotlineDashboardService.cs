using Hotline.Domain.Calls;
using Hotline.Domain.Performance;
using Hotline.Services.Common;
using Microsoft.Extensions.Options;

namespace Hotline.Services.Dashboards;

/// <summary>
/// The supervisor dashboard (docs/measures.md, "Hotline-wide"): today at a glance, the open backlog by unit, the last
/// 30 days, the busiest categories of the last 14 days, the categories surging in the last 7 and the repeat callers
/// of the last 30. A handful of grouped queries; the 35 days of tickets by category feed the trend, today's ticket
/// figures, the heat table and the surge check alike.
/// </summary>
public sealed partial class HotlineDashboardService(HotlineFigures figures, HotlineClock clock, IOptions<HotlineOptions> options)
{
    public const int TrendDays = 30;
    public const int HeatDays = 14;
    public const int HeatCategories = 15;
    public const int SurgeDays = 7;
    public const int RepeatCallerDays = 30;
    public const int RepeatCallerCount = 10;

    public async Task<SupervisorDashboard> GetAsync(CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var today = clock.LocalToday;
        var month = DashboardPeriod.MonthOf(today);
        var trend = DashboardPeriod.Ending(today, TrendDays);
        var surge = DashboardPeriod.Ending(today, SurgeDays);
        var categoryPeriod = new DashboardPeriod(surge.From.AddDays(-SurgeDetector.BaselineDays), today).Union(trend);
        var ratePeriod = month.Union(trend);

        // The backlog (every open ticket and running clock) and the repeat callers run on connections of their own
        // meanwhile (ADR 0039).
        var backlogRead = figures.AlongsideAsync(f => BacklogAsync(f, ct));
        var repeat = DashboardPeriod.Ending(today, RepeatCallerDays);
        var callersRead = figures.AlongsideAsync(f => f.RepeatCallersAsync(repeat, RepeatCallerCount, ct));
        var calls = await figures.CallsByHourAsync(trend, ct);
        var tickets = await figures.TicketsByCategoryAsync(categoryPeriod, ct);
        // One read of the unit rollup for every rate below (the month and the trend hold today).
        var days = await figures.DayFiguresAsync(ratePeriod, todaysDeadlines: true, ct);
        var dispatched = days.DispatchedInTime(DashboardPeriod.Day(today));
        var onTime = days.OnTimeByDay(ratePeriod);
        var satisfaction = days.SatisfactionByDay(ratePeriod);
        var handling = days.HandlingTime(month);
        var backlog = await backlogRead;
        var callers = await callersRead;

        var heat = DashboardPeriod.Ending(today, HeatDays);
        var (heatRows, surges) = Categories(tickets, heat, surge);
        var names = await figures.CategoryNamesAsync(heatRows.Select(r => r.CategoryId).Concat(surges.Select(s => s.CategoryId)).ToHashSet(), ct);

        var todayCalls = calls.Where(c => c.Day == today).ToList();
        var todayTickets = tickets.Where(t => t.Day == today).ToList();
        var glance = new DashboardToday(
            today,
            month,
            todayCalls.Sum(c => c.Calls),
            Enumerable.Range(0, 24).Select(h => todayCalls.Where(c => c.Hour == h).Sum(c => c.Calls)).ToList(),
            new Rate(todayCalls.Sum(c => c.WithinTarget), todayCalls.Sum(c => c.Timed)),
            todayTickets.Sum(t => t.Tickets),
            new Rate(todayTickets.Sum(t => t.Direct), todayTickets.Sum(t => t.Tickets)),
            new Rate(dispatched.Numerator, dispatched.Denominator),
            backlog.Sum(b => b.Open),
            backlog.Sum(b => b.Overdue),
            backlog.Sum(b => b.NearlyDue),
            Sum(onTime, month),
            Sum(satisfaction, month),
            handling.AverageSeconds is { } seconds ? TimeSpan.FromSeconds(Math.Round(seconds)) : null,
            handling.Resolved);

        var callsByDay = calls.GroupBy(c => c.Day).ToDictionary(g => g.Key, g => g.Sum(c => c.Calls));
        var ticketsByDay = tickets.GroupBy(t => t.Day).ToDictionary(g => g.Key, g => g.Sum(t => t.Tickets));
        var trendDays = trend.Dates().Select(day => new TrendDay(
            day,
            callsByDay.GetValueOrDefault(day),
            ticketsByDay.GetValueOrDefault(day),
            Sum(onTime, DashboardPeriod.Day(day)),
            Sum(satisfaction, DashboardPeriod.Day(day)))).ToList();

        return new SupervisorDashboard(
            now,
            glance,
            backlog,
            trend,
            trendDays,
            new HeatTable(heat, heatRows.Select(r => Named(r, names)).ToList()),
            surge,
            surges.Select(s => Named(s, names)).ToList(),
            repeat,
            callers.Select(c => new RepeatCaller(c.Phone, PhoneNumber.Mask(c.Phone), c.Tickets, c.LastAt)).ToList());
    }

    /// <summary>Open, overdue and nearly due by unit: most overdue first, the dispatch queue's row on top (the dashboard's
    /// backlog table and the wall's overdue by unit).</summary>
    public Task<List<UnitBacklog>> BacklogAsync(CancellationToken ct = default) => BacklogAsync(figures, ct);

    private async Task<List<UnitBacklog>> BacklogAsync(HotlineFigures from, CancellationToken ct)
    {
        var rows = await from.BacklogAsync(options.Value.WarningShare, ct);
        return rows
            .Select(r => new UnitBacklog(r.UnitId, r.UnitId is not null && r.NameZh is not null ? new LocalizedName(r.NameZh, r.NameEn ?? string.Empty) : null,
                r.Open, r.Overdue, r.NearlyDue))
            .OrderBy(r => r.IsPendingDispatch ? 0 : 1)
            .ThenByDescending(r => r.Overdue).ThenByDescending(r => r.NearlyDue).ThenByDescending(r => r.Open)
            .ThenBy(r => r.UnitId)
            .ToList();
    }

    private static Rate Sum(IEnumerable<DayRateRow> rows, DashboardPeriod period) =>
        rows.Where(r => r.Day >= period.From && r.Day <= period.To)
            .Aggregate(new Rate(0, 0), (sum, r) => sum + new Rate(r.Numerator, r.Denominator));
}
