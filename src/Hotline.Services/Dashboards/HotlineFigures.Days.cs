using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Dashboards;

public sealed partial class HotlineFigures
{
    /// <summary>
    /// The hotline-wide sums of the unit rollup (<c>unit_figures</c>, docs/decisions/0023-unit-figure-rollups.md) per
    /// local day of the period, in one statement: every rate the dashboard and the wall show from it is cut from these
    /// rows by <see cref="DayFigures"/> (docs/decisions/0035-dashboard-in-few-statements.md). With
    /// <paramref name="todaysDeadlines"/>, also today's resolution deadlines passed by now, read from the assignments
    /// (<see cref="UnitFigures.LiveAsync"/>): the rollup holds a day's deadlines only once the day has passed.
    /// </summary>
    public async Task<DayFigures> DayFiguresAsync(DashboardPeriod period, bool todaysDeadlines, CancellationToken ct = default)
    {
        var rows = await Db.Database.SqlQuery<DayFigureRow>($"""
            SELECT f.day AS day,
                   coalesce(sum(f.tickets_dispatched) FILTER (WHERE f.unit_id IS NULL), 0)::bigint AS tickets_dispatched,
                   coalesce(sum(f.dispatched_in_time) FILTER (WHERE f.unit_id IS NULL), 0)::bigint AS dispatched_in_time,
                   coalesce(sum(f.fell_due) FILTER (WHERE f.unit_id IS NOT NULL), 0)::bigint AS fell_due,
                   coalesce(sum(f.resolved_on_time) FILTER (WHERE f.unit_id IS NOT NULL), 0)::bigint AS resolved_on_time,
                   sum(f.reached)::bigint AS reached,
                   sum(f.satisfied)::bigint AS satisfied,
                   coalesce(sum(f.resolved) FILTER (WHERE f.unit_id IS NOT NULL), 0)::bigint AS resolved,
                   coalesce(sum(f.handling_seconds) FILTER (WHERE f.unit_id IS NOT NULL), 0) AS handling_seconds
            FROM unit_figures AS f
            WHERE f.day >= {period.From} AND f.day <= {period.To}
            GROUP BY f.day
            """).ToListAsync(ct);
        var today = clock.LocalToday;
        var due = (0L, 0L);
        if (todaysDeadlines && period.From <= today && today <= period.To)
        {
            var live = await UnitFigures.LiveAsync(Db, clock, today, today, 0, dueUpToNow: true, undecided: false, ct);
            due = (live.Sum(l => l.ResolvedOnTime), live.Sum(l => l.FellDue));
        }

        return new DayFigures(today, rows, due.Item1, due.Item2);
    }
}

/// <summary>One local day of <see cref="HotlineFigures.DayFiguresAsync"/>: the hotline's sums of the unit rollup.
/// Dispatch figures come from the rollup's row of no unit, deadlines and resolutions from the units' rows, callbacks
/// from both (a sampled direct answer's callback has no unit).</summary>
public sealed record DayFigureRow(DateOnly Day, long TicketsDispatched, long DispatchedInTime, long FellDue, long ResolvedOnTime,
    long Reached, long Satisfied, long Resolved, decimal HandlingSeconds);

/// <summary>
/// The rule of each hotline-wide rate read from the unit rollup, cut from one read of <see cref="DayFigureRow"/>s
/// (docs/measures.md, "Hotline-wide"); a period asked of it must lie within the period read.
/// </summary>
public sealed class DayFigures(DateOnly today, IReadOnlyList<DayFigureRow> rows, long resolvedOnTimeToday, long fellDueToday)
{
    private IEnumerable<DayFigureRow> In(DashboardPeriod period) => rows.Where(r => r.Day >= period.From && r.Day <= period.To);

    /// <summary>Dispatched within limit: tickets first dispatched in the period, and those dispatched by the deadline then
    /// in force.</summary>
    public RateRow DispatchedInTime(DashboardPeriod period)
    {
        var days = In(period).ToList();
        return new RateRow(days.Sum(r => r.DispatchedInTime), days.Sum(r => r.TicketsDispatched));
    }

    /// <summary>
    /// On-time completion by the local day the resolution fell due: lead assignments due in the period and by now, not
    /// taken away (inactive and never resolved), and those resolved at or before their deadline. Days before today from
    /// the rollup, today's deadlines passed so far from the assignments (when read with today's deadlines).
    /// </summary>
    public List<DayRateRow> OnTimeByDay(DashboardPeriod period)
    {
        var days = In(period).Where(r => r.Day < today && r.FellDue != 0).Select(r => new DayRateRow(r.Day, r.ResolvedOnTime, r.FellDue)).ToList();
        if (fellDueToday > 0 && period.From <= today && today <= period.To)
        {
            days.Add(new DayRateRow(today, resolvedOnTimeToday, fellDueToday));
        }

        return days;
    }

    /// <summary>Satisfaction by local day: callbacks that reached the citizen, and the satisfied or basically satisfied.</summary>
    public List<DayRateRow> SatisfactionByDay(DashboardPeriod period) =>
        In(period).Where(r => r.Reached != 0).Select(r => new DayRateRow(r.Day, r.Satisfied, r.Reached)).ToList();

    /// <summary>Average handling time: lead assignments resolved in the period, dispatch to resolution.</summary>
    public HandlingTimeRow HandlingTime(DashboardPeriod period)
    {
        var days = In(period).ToList();
        var resolved = days.Sum(r => r.Resolved);
        return new HandlingTimeRow(resolved, resolved == 0 ? null : (double)(days.Sum(r => r.HandlingSeconds) / resolved));
    }
}
