using System.Linq.Expressions;
using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>
/// The test oracle: the dashboard's and the ranking's figures computed directly from the facts, as the app did before
/// they were rolled up (docs/decisions/0023-unit-figure-rollups.md). The unit counts sum the drill-down predicates per
/// unit; the hotline-wide figures are the grouped SQL the dashboard used to run.
/// </summary>
internal sealed class DirectFigures(HotlineDbContext db, HotlineClock clock)
{
    private HotlineDbContext Db => db;

    private string Zone => clock.Zone.Id;

    /// <summary>Counts per unit (only units with something counted).</summary>
    public async Task<Dictionary<int, UnitCounts>> CountAsync(MeasureWindow w, int? unitId = null, CancellationToken ct = default)
    {
        var assignments = await SumAsync(Db.Assignments.AsNoTracking(),
            AssignmentMeasures.Predicate(Measure.Assigned, w, unitId)
                .Or(AssignmentMeasures.Predicate(Measure.ContactMeasured, w, unitId))
                .Or(AssignmentMeasures.Predicate(Measure.FellDue, w, unitId))
                .Or(AssignmentMeasures.Predicate(Measure.Returns, w, unitId)),
            Flags<Assignment>(a => a.UnitId,
                AssignmentMeasures.Predicate(Measure.Assigned, w, unitId),
                AssignmentMeasures.Predicate(Measure.SignedOnTime, w, unitId),
                AssignmentMeasures.Predicate(Measure.ContactMeasured, w, unitId),
                AssignmentMeasures.Predicate(Measure.ContactedOnTime, w, unitId),
                AssignmentMeasures.Predicate(Measure.FellDue, w, unitId),
                AssignmentMeasures.Predicate(Measure.ResolvedOnTime, w, unitId),
                AssignmentMeasures.Predicate(Measure.Returns, w, unitId)),
            ct);
        var reached = CallbackMeasures.Predicate(Measure.CallbacksReached, w, unitId);
        var callbacks = await SumAsync(Db.Callbacks.AsNoTracking(), reached.And(c => c.UnitId != null),
            Flags<Callback>(c => c.UnitId,
                reached,
                CallbackMeasures.Predicate(Measure.Satisfied, w, unitId),
                CallbackMeasures.Predicate(Measure.Solved, w, unitId)),
            ct);
        var approved = ExtensionMeasures.Predicate(Measure.Extensions, w, unitId);
        var extensions = await SumAsync(Db.ExtensionRequests.AsNoTracking(), approved,
            Flags<ExtensionRequest>(e => e.UnitId, approved), ct);

        // Replies a reviewer sent back (ADR 0028): the lead assignments' count, by dispatch day, whether taken away or not.
        var reviewReturns = await Db.Assignments.AsNoTracking()
            .Where(a => a.Role == AssignmentRole.Lead && a.ReviewReturns > 0 && (unitId == null || a.UnitId == unitId)
                && (w.Start == null || a.DispatchedAt >= w.Start) && (w.End == null || a.DispatchedAt < w.End))
            .GroupBy(a => a.UnitId)
            .Select(g => new { UnitId = g.Key, Count = g.Sum(a => (long)a.ReviewReturns) })
            .ToDictionaryAsync(g => g.UnitId, g => g.Count, ct);

        var ids = assignments.Keys.Union(callbacks.Keys).Union(extensions.Keys).Union(reviewReturns.Keys);
        return ids.ToDictionary(id => id, id =>
        {
            var a = assignments.GetValueOrDefault(id);
            var c = callbacks.GetValueOrDefault(id);
            var e = extensions.GetValueOrDefault(id);
            return new UnitCounts(id, a?.F0 ?? 0, a?.F1 ?? 0, a?.F2 ?? 0, a?.F3 ?? 0, a?.F4 ?? 0, a?.F5 ?? 0,
                c?.F0 ?? 0, c?.F1 ?? 0, c?.F2 ?? 0, a?.F6 ?? 0, e?.F0 ?? 0, reviewReturns.GetValueOrDefault(id));
        });
    }

    /// <summary><c>SELECT unit_id, SUM(CASE WHEN … THEN 1 ELSE 0 END), … FROM … WHERE … GROUP BY unit_id</c>.</summary>
    private static async Task<Dictionary<int, FlagSums>> SumAsync<T>(IQueryable<T> source, Expression<Func<T, bool>> scope,
        Expression<Func<T, FlagRow>> flags, CancellationToken ct)
    {
        var sums = await source.Where(scope).Select(flags)
            .GroupBy(f => f.UnitId)
            .Select(g => new FlagSums(g.Key, g.Sum(f => (long)f.F0), g.Sum(f => (long)f.F1), g.Sum(f => (long)f.F2), g.Sum(f => (long)f.F3),
                g.Sum(f => (long)f.F4), g.Sum(f => (long)f.F5), g.Sum(f => (long)f.F6)))
            .ToListAsync(ct);
        return sums.Where(s => s.UnitId is not null).ToDictionary(s => s.UnitId!.Value);
    }

    /// <summary>
    /// <c>x => new FlagRow { UnitId = unit(x), F0 = flags[0](x) ? 1 : 0, … }</c>: one row of 0/1 flags per source row,
    /// ready to be summed per unit (SQL: <c>SUM(CASE WHEN … THEN 1 ELSE 0 END)</c>).
    /// </summary>
    private static Expression<Func<T, FlagRow>> Flags<T>(Expression<Func<T, int?>> unit, params Expression<Func<T, bool>>[] flags)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(flags);
        if (flags.Length > FlagRow.Slots)
        {
            throw new ArgumentException($"At most {FlagRow.Slots} flags.", nameof(flags));
        }

        var x = unit.Parameters[0];
        var bindings = new List<MemberBinding> { Expression.Bind(typeof(FlagRow).GetProperty(nameof(FlagRow.UnitId))!, unit.Body) };
        for (var i = 0; i < FlagRow.Slots; i++)
        {
            Expression value = i < flags.Length
                ? Expression.Condition(new QueryParts.Rebind(flags[i].Parameters[0], x).Visit(flags[i].Body), Expression.Constant(1), Expression.Constant(0))
                : Expression.Constant(0);
            bindings.Add(Expression.Bind(typeof(FlagRow).GetProperty($"F{i}")!, value));
        }

        return Expression.Lambda<Func<T, FlagRow>>(Expression.MemberInit(Expression.New(typeof(FlagRow)), bindings), x);
    }

    /// <summary>Dispatched within limit: tickets first dispatched in the period, and those dispatched by the deadline then in force.</summary>
    public Task<RateRow> DispatchedInTimeAsync(DashboardPeriod period, CancellationToken ct = default) =>
        Db.Database.SqlQuery<RateRow>($"""
            SELECT count(*) FILTER (WHERE t.dispatched_in_time) AS numerator,
                   count(*) AS denominator
            FROM tickets AS t
            WHERE t.dispatched_at >= {period.Start(clock)} AND t.dispatched_at < {period.End(clock)}
            """).SingleAsync(ct);

    /// <summary>
    /// On-time completion by the local day the resolution fell due: lead assignments due in the period and by now,
    /// not taken away (inactive and never resolved) nor excused by an upheld appeal, and those resolved at or before their deadline.
    /// </summary>
    public Task<List<DayRateRow>> OnTimeByDayAsync(DashboardPeriod period, CancellationToken ct = default) =>
        Db.Database.SqlQuery<DayRateRow>($"""
            SELECT (a.resolve_due_at AT TIME ZONE {Zone})::date AS day,
                   count(*) FILTER (WHERE a.resolved_at <= a.resolve_due_at) AS numerator,
                   count(*) AS denominator
            FROM assignments AS a
            WHERE a.role = {(int)AssignmentRole.Lead}
              AND a.resolve_due_at >= {period.Start(clock)} AND a.resolve_due_at < {period.End(clock)}
              AND a.resolve_due_at <= {clock.UtcNow}
              AND (a.is_active OR a.resolved_at IS NOT NULL) AND NOT a.resolution_excused
            GROUP BY 1
            """).ToListAsync(ct);

    /// <summary>Satisfaction by local day: callbacks that reached the citizen, and the satisfied or basically satisfied.</summary>
    public Task<List<DayRateRow>> SatisfactionByDayAsync(DashboardPeriod period, CancellationToken ct = default) =>
        Db.Database.SqlQuery<DayRateRow>($"""
            SELECT (b.attempted_at AT TIME ZONE {Zone})::date AS day,
                   count(*) FILTER (WHERE b.satisfaction IN ({(int)Satisfaction.Satisfied}, {(int)Satisfaction.BasicallySatisfied})) AS numerator,
                   count(*) AS denominator
            FROM callbacks AS b
            WHERE b.reached AND NOT b.excused AND b.attempted_at >= {period.Start(clock)} AND b.attempted_at < {period.End(clock)}
            GROUP BY 1
            """).ToListAsync(ct);

    /// <summary>Average handling time: lead assignments resolved in the period, dispatch to resolution.</summary>
    public Task<HandlingTimeRow> HandlingTimeAsync(DashboardPeriod period, CancellationToken ct = default) =>
        Db.Database.SqlQuery<HandlingTimeRow>($"""
            SELECT count(*) AS resolved,
                   avg(extract(epoch FROM a.resolved_at - a.dispatched_at))::float8 AS average_seconds
            FROM assignments AS a
            WHERE a.role = {(int)AssignmentRole.Lead}
              AND a.resolved_at >= {period.Start(clock)} AND a.resolved_at < {period.End(clock)}
            """).SingleAsync(ct);

    /// <summary>
    /// Open tickets now by the unit of their active lead assignment (none while waiting for dispatch), with the colour
    /// of the clock running on each: the dashboard's backlog as it was read before the open-ticket indexes, one
    /// assignment look-up per open ticket.
    /// </summary>
    public Task<List<BacklogRow>> BacklogAsync(double warningShare, CancellationToken ct = default)
    {
        int[] open = [.. Enum.GetValues<TicketStatus>().Where(TicketTransitions.IsOpen).Select(s => (int)s)];
        return Db.Database.SqlQuery<BacklogRow>($"""
            SELECT CASE WHEN t.status = {(int)TicketStatus.PendingDispatch} THEN NULL ELSE a.unit_id END AS unit_id,
                   NULL::text AS name_zh, NULL::text AS name_en,
                   count(*) AS open,
                   count(*) FILTER (WHERE w.warning = 2) AS overdue,
                   count(*) FILTER (WHERE w.warning = 1) AS nearly_due
            FROM tickets AS t
            LEFT JOIN assignments AS a ON a.ticket_id = t.id AND a.is_active AND a.role = {(int)AssignmentRole.Lead}
            LEFT JOIN running_clocks AS c ON c.ticket_id = t.id
                AND (c.clock = {(int)ClockKind.Dispatch} OR c.role = {(int)AssignmentRole.Lead})
            CROSS JOIN LATERAL (SELECT hotline_clock_warning(c.started_at, c.due_at, {clock.UtcNow}, {warningShare}) AS warning) AS w
            WHERE t.status = ANY({open})
            GROUP BY 1
            """).ToListAsync(ct);
    }

    /// <summary>Callers with at least two tickets registered in the period, most tickets first.</summary>
    public Task<List<RepeatCallerRow>> RepeatCallersAsync(DashboardPeriod period, int limit, CancellationToken ct = default) =>
        Db.Database.SqlQuery<RepeatCallerRow>($"""
            SELECT t.caller_phone AS phone, count(*) AS tickets, max(t.registered_at) AS last_at
            FROM tickets AS t
            WHERE t.registered_at >= {period.Start(clock)} AND t.registered_at < {period.End(clock)}
            GROUP BY t.caller_phone
            HAVING count(*) >= 2
            ORDER BY count(*) DESC, max(t.registered_at) DESC, t.caller_phone
            LIMIT {limit}
            """).ToListAsync(ct);
}
