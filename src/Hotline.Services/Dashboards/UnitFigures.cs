using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Dashboards;

/// <summary>
/// The unit measures read from the rollup <c>unit_figures</c> (docs/decisions/0023-unit-figure-rollups.md), whatever
/// the period's length. The rollup holds every fact by its local day; what depends on "now" is corrected from the
/// assignments themselves, two small slices an index finds:
/// <list type="bullet">
/// <item>a sign-for or first-contact clock with no act yet and its deadline still ahead is undecided: the rollup counts
/// the assignment as dispatched, the measure leaves it out until the act or the deadline (AssignmentMeasures);</item>
/// <item>an assignment falls due when its resolution deadline passes: the rollup's days before today have passed
/// whole, today's deadlines are counted up to now from the assignments, later days not at all.</item>
/// <item>a sign-for or first-contact clock excused by an upheld appeal (ADR 0031) is dispatched in the rollup and leaves
/// its rate: the rollup counts it apart (sign_excused, contact_excused) and the reader takes it off.</item>
/// </list>
/// </summary>
internal static class UnitFigures
{
    /// <summary>
    /// Per unit (all when <paramref name="unitId"/> is null) and bucket: the period's first day, or with
    /// <paramref name="byMonth"/> the first day of each local month. <paramref name="dueUpToNow"/>: a deadline
    /// exactly now has passed (the dashboard's on-time rate) rather than not yet (the unit measures).
    /// </summary>
    public static async Task<List<UnitFigureSums>> SumAsync(HotlineDbContext db, HotlineClock clock, DateOnly from, DateOnly to,
        int? unitId, bool byMonth, bool dueUpToNow, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var today = clock.LocalToday;
        // Unit ids start at 1: 0 asks for every unit.
        var unit = unitId ?? 0;
        var rolled = await db.Database.SqlQuery<RolledRow>($"""
            SELECT f.unit_id AS unit_id,
                   CASE WHEN {byMonth} THEN date_trunc('month', f.day)::date ELSE {from} END AS bucket,
                   sum(f.dispatched)::bigint AS dispatched, sum(f.signed_on_time)::bigint AS signed_on_time,
                   sum(f.contacted_on_time)::bigint AS contacted_on_time,
                   coalesce(sum(f.fell_due) FILTER (WHERE f.day < {today}), 0)::bigint AS fell_due,
                   coalesce(sum(f.resolved_on_time) FILTER (WHERE f.day < {today}), 0)::bigint AS resolved_on_time,
                   sum(f.returns)::bigint AS returns, sum(f.extensions)::bigint AS extensions, sum(f.reached)::bigint AS reached,
                   sum(f.satisfied)::bigint AS satisfied, sum(f.solved)::bigint AS solved,
                   sum(f.review_returns)::bigint AS review_returns,
                   sum(f.sign_excused)::bigint AS sign_excused, sum(f.contact_excused)::bigint AS contact_excused
            FROM unit_figures AS f
            WHERE f.day >= {from} AND f.day <= {to} AND f.unit_id IS NOT NULL AND ({unit} = 0 OR f.unit_id = {unit})
            GROUP BY 1, 2
            """).ToListAsync(ct);
        var live = await LiveAsync(db, clock, from, to, unit, dueUpToNow, undecided: true, ct);

        DateOnly Bucket(DateOnly day) => byMonth ? new DateOnly(day.Year, day.Month, 1) : from;
        var corrections = live.GroupBy(l => (l.UnitId, Bucket: Bucket(l.Day)))
            .ToDictionary(g => g.Key, g => (Sign: g.Sum(l => l.SignOpen), Contact: g.Sum(l => l.ContactOpen),
                Due: g.Sum(l => l.FellDue), OnTime: g.Sum(l => l.ResolvedOnTime)));
        var keys = rolled.Select(r => (UnitId: r.UnitId!.Value, r.Bucket)).Union(corrections.Keys);
        var byKey = rolled.ToDictionary(r => (UnitId: r.UnitId!.Value, r.Bucket));
        return keys.Select(k =>
        {
            var r = byKey.GetValueOrDefault(k) ?? new RolledRow();
            var c = corrections.GetValueOrDefault(k);
            return new UnitFigureSums(k.UnitId, k.Bucket, new UnitCounts(k.UnitId,
                r.Dispatched - r.SignExcused - c.Sign, r.SignedOnTime, r.Dispatched - r.ContactExcused - c.Contact, r.ContactedOnTime,
                r.FellDue + c.Due, r.ResolvedOnTime + c.OnTime, r.Reached, r.Satisfied, r.Solved, r.Returns, r.Extensions, r.ReviewReturns));
        }).Where(s => s.Counts != UnitCounts.None(s.UnitId)).ToList();
    }

    // The lead role as a literal: a generic plan (auto-prepare) then still proves the partial index
    // ix_assignments_lead_resolve_due_at (role = 1). {1} (undecided) and {6} (today counts) switch a branch off as a
    // one-time filter.
    private static readonly string LiveSql = $$"""
        SELECT a.unit_id AS unit_id, hotline_local_day(a.dispatched_at) AS day,
               count(*) FILTER (WHERE a.signed_for_at IS NULL AND a.sign_for_due_at >= {0} AND NOT a.sign_for_excused) AS sign_open,
               count(*) FILTER (WHERE a.first_contact_at IS NULL AND a.first_contact_due_at >= {0} AND NOT a.first_contact_excused) AS contact_open,
               0::bigint AS fell_due, 0::bigint AS resolved_on_time
        FROM assignments AS a
        WHERE {1} AND a.role = {{(int)AssignmentRole.Lead}} AND (a.is_active OR a.resolved_at IS NOT NULL) AND ({2} = 0 OR a.unit_id = {2})
          AND ((a.signed_for_at IS NULL AND a.sign_for_due_at >= {0}) OR (a.first_contact_at IS NULL AND a.first_contact_due_at >= {0}))
          AND a.dispatched_at >= {3} AND a.dispatched_at < {4}
        GROUP BY 1, 2
        UNION ALL
        SELECT a.unit_id, {5}, 0, 0, count(*), count(*) FILTER (WHERE a.resolved_at <= a.resolve_due_at)
        FROM assignments AS a
        WHERE {6} AND a.role = {{(int)AssignmentRole.Lead}} AND (a.is_active OR a.resolved_at IS NOT NULL) AND NOT a.resolution_excused
          AND ({2} = 0 OR a.unit_id = {2})
          AND a.resolve_due_at >= {7} AND a.resolve_due_at <= {0} AND (a.resolve_due_at < {0} OR {8})
        GROUP BY 1
        """;

    /// <summary>
    /// The "now" slices per unit and local day: undecided sign-for and first-contact clocks by day of dispatch (within
    /// the period; skipped unless <paramref name="undecided"/>: on-time completion reads only the deadlines), and the
    /// deadlines of today passed by now (when today is in the period). The undecided slice reads partial indexes that
    /// only a plan for the values proves (<see cref="PlannedForValues"/>); today's deadlines alone are one index range
    /// and run as they are, without the transaction that setting takes.
    /// </summary>
    public static Task<List<LiveRow>> LiveAsync(HotlineDbContext db, HotlineClock clock, DateOnly from, DateOnly to, int unit,
        bool dueUpToNow, bool undecided, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var today = clock.LocalToday;
        var now = clock.UtcNow;
        var (start, end, todayStart) = (clock.StartOfLocalDay(from), clock.StartOfLocalDay(to.AddDays(1)), clock.StartOfLocalDay(today));
        var todayCounts = from <= today && today <= to;
        Task<List<LiveRow>> Query() => db.Database.SqlQueryRaw<LiveRow>(LiveSql, now, undecided, unit, start, end, today, todayCounts, todayStart, dueUpToNow)
            .ToListAsync(ct);
        return undecided ? PlannedForValues.RunAsync(db, Query, ct) : Query();
    }

    /// <summary>A row of the rollup query (the snake_case naming convention maps the SQL's aliases).</summary>
    private sealed class RolledRow
    {
        public int? UnitId { get; init; }
        public DateOnly Bucket { get; init; }
        public long Dispatched { get; init; }
        public long SignedOnTime { get; init; }
        public long ContactedOnTime { get; init; }
        public long FellDue { get; init; }
        public long ResolvedOnTime { get; init; }
        public long Returns { get; init; }
        public long Extensions { get; init; }
        public long Reached { get; init; }
        public long Satisfied { get; init; }
        public long Solved { get; init; }
        public long ReviewReturns { get; init; }
        public long SignExcused { get; init; }
        public long ContactExcused { get; init; }
    }
}

/// <summary>One unit's counts in one bucket of <see cref="UnitFigures.SumAsync"/>.</summary>
internal sealed record UnitFigureSums(int UnitId, DateOnly Bucket, UnitCounts Counts);

/// <summary>A row of the "now" slices: per unit and local day.</summary>
internal sealed class LiveRow
{
    public int UnitId { get; init; }
    public DateOnly Day { get; init; }
    public long SignOpen { get; init; }
    public long ContactOpen { get; init; }
    public long FellDue { get; init; }
    public long ResolvedOnTime { get; init; }
}
