using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Dashboards;

/// <summary>
/// The hotline-wide figures of docs/measures.md as grouped SQL, shared by the supervisor dashboard and the wall
/// monitor. Every query bounds its time column by two instants (an index range) and groups by the local date,
/// <c>(column AT TIME ZONE zone)::date</c>, so a day means the hotline's day whatever the server's zone is.
/// </summary>
public sealed partial class HotlineFigures(HotlineDbContext db, HotlineClock clock)
{
    /// <summary>"Answered within 15 s" (GB/T 33358-2016).</summary>
    public static readonly TimeSpan AnswerTarget = TimeSpan.FromSeconds(15);

    private string Zone => clock.Zone.Id;

    /// <summary>Calls by local day and hour; <c>Timed</c> counts calls whose answer time the telephone system reported.</summary>
    public Task<List<CallHourRow>> CallsByHourAsync(DashboardPeriod period, CancellationToken ct = default) =>
        db.Database.SqlQuery<CallHourRow>($"""
            SELECT (c.started_at AT TIME ZONE {Zone})::date AS day,
                   extract(hour FROM c.started_at AT TIME ZONE {Zone})::int AS hour,
                   count(*) AS calls,
                   count(c.answered_at) AS timed,
                   count(*) FILTER (WHERE c.answered_at - c.started_at <= {AnswerTarget}) AS within_target
            FROM calls AS c
            WHERE c.started_at >= {period.Start(clock)} AND c.started_at < {period.End(clock)}
            GROUP BY 1, 2
            """).ToListAsync(ct);

    /// <summary>Tickets registered by leaf category and local day, with the direct answers among them.</summary>
    public Task<List<CategoryDayRow>> TicketsByCategoryAsync(DashboardPeriod period, CancellationToken ct = default) =>
        db.Database.SqlQuery<CategoryDayRow>($"""
            SELECT t.category_id AS category_id,
                   (t.registered_at AT TIME ZONE {Zone})::date AS day,
                   count(*) AS tickets,
                   count(*) FILTER (WHERE t.is_directly_answered) AS direct
            FROM tickets AS t
            WHERE t.registered_at >= {period.Start(clock)} AND t.registered_at < {period.End(clock)}
            GROUP BY 1, 2
            """).ToListAsync(ct);

    /// <summary>Tickets registered in the period (the wall's one number).</summary>
    public Task<int> TicketsRegisteredAsync(DashboardPeriod period, CancellationToken ct = default)
    {
        var (start, end) = (period.Start(clock), period.End(clock));
        return db.Tickets.CountAsync(t => t.RegisteredAt >= start && t.RegisteredAt < end, ct);
    }

    /// <summary>Dispatched within limit: tickets first dispatched in the period, and those dispatched by their deadline.</summary>
    public Task<RateRow> DispatchedInTimeAsync(DashboardPeriod period, CancellationToken ct = default) =>
        db.Database.SqlQuery<RateRow>($"""
            SELECT count(*) FILTER (WHERE t.dispatched_at <= t.dispatch_due_at) AS numerator,
                   count(*) AS denominator
            FROM tickets AS t
            WHERE t.dispatched_at >= {period.Start(clock)} AND t.dispatched_at < {period.End(clock)}
            """).SingleAsync(ct);

    /// <summary>
    /// On-time completion by the local day the resolution fell due: lead assignments due in the period and by now,
    /// not taken away (inactive and never resolved), and those resolved at or before their deadline.
    /// </summary>
    public Task<List<DayRateRow>> OnTimeByDayAsync(DashboardPeriod period, CancellationToken ct = default) =>
        db.Database.SqlQuery<DayRateRow>($"""
            SELECT (a.resolve_due_at AT TIME ZONE {Zone})::date AS day,
                   count(*) FILTER (WHERE a.resolved_at <= a.resolve_due_at) AS numerator,
                   count(*) AS denominator
            FROM assignments AS a
            WHERE a.role = {(int)AssignmentRole.Lead}
              AND a.resolve_due_at >= {period.Start(clock)} AND a.resolve_due_at < {period.End(clock)}
              AND a.resolve_due_at <= {clock.UtcNow}
              AND (a.is_active OR a.resolved_at IS NOT NULL)
            GROUP BY 1
            """).ToListAsync(ct);

    /// <summary>Satisfaction by local day: callbacks that reached the citizen, and the satisfied or basically satisfied.</summary>
    public Task<List<DayRateRow>> SatisfactionByDayAsync(DashboardPeriod period, CancellationToken ct = default) =>
        db.Database.SqlQuery<DayRateRow>($"""
            SELECT (b.attempted_at AT TIME ZONE {Zone})::date AS day,
                   count(*) FILTER (WHERE b.satisfaction IN ({(int)Satisfaction.Satisfied}, {(int)Satisfaction.BasicallySatisfied})) AS numerator,
                   count(*) AS denominator
            FROM callbacks AS b
            WHERE b.reached AND b.attempted_at >= {period.Start(clock)} AND b.attempted_at < {period.End(clock)}
            GROUP BY 1
            """).ToListAsync(ct);

    /// <summary>Average handling time: lead assignments resolved in the period, dispatch to resolution.</summary>
    public Task<HandlingTimeRow> HandlingTimeAsync(DashboardPeriod period, CancellationToken ct = default) =>
        db.Database.SqlQuery<HandlingTimeRow>($"""
            SELECT count(*) AS resolved,
                   avg(extract(epoch FROM a.resolved_at - a.dispatched_at))::float8 AS average_seconds
            FROM assignments AS a
            WHERE a.role = {(int)AssignmentRole.Lead}
              AND a.resolved_at >= {period.Start(clock)} AND a.resolved_at < {period.End(clock)}
            """).SingleAsync(ct);
}
