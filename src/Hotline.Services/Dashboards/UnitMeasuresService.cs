using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Data.ReadReplica;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hotline.Services.Dashboards;

/// <summary>
/// Per-unit counts for a period: one grouped query per table family (assignments, callbacks, extension requests),
/// each a <c>GROUP BY unit_id</c> of conditional sums built from the same predicates as the drill-down lists.
/// </summary>
public sealed class UnitMeasuresService(ReportingDb reporting, HotlineClock clock, IOptions<HotlineOptions> options)
{
    // Reports read the standby when it keeps up (ReportingDb); nothing here writes.
    private HotlineDbContext Db => reporting.Context;

    /// <summary>The period measured now.</summary>
    public MeasureWindow WindowFor(Period period) => MeasureWindow.For(period, clock, options.Value.WarningShare);

    /// <summary>Counts per unit (only units with something counted; <paramref name="unitId"/> narrows to one).</summary>
    public async Task<IReadOnlyDictionary<int, UnitCounts>> CountAsync(Period period, int? unitId = null, CancellationToken ct = default)
    {
        var w = WindowFor(period);
        var assignments = await SumAsync(Db.Assignments.AsNoTracking(),
            AssignmentMeasures.Predicate(Measure.Assigned, w, unitId)
                .Or(AssignmentMeasures.Predicate(Measure.ContactMeasured, w, unitId))
                .Or(AssignmentMeasures.Predicate(Measure.FellDue, w, unitId))
                .Or(AssignmentMeasures.Predicate(Measure.Returns, w, unitId)),
            Predicates.Flags<Assignment>(a => a.UnitId,
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
            Predicates.Flags<Callback>(c => c.UnitId,
                reached,
                CallbackMeasures.Predicate(Measure.Satisfied, w, unitId),
                CallbackMeasures.Predicate(Measure.Solved, w, unitId)),
            ct);
        var approved = ExtensionMeasures.Predicate(Measure.Extensions, w, unitId);
        var extensions = await SumAsync(Db.ExtensionRequests.AsNoTracking(), approved,
            Predicates.Flags<ExtensionRequest>(e => e.UnitId, approved), ct);

        var ids = assignments.Keys.Union(callbacks.Keys).Union(extensions.Keys);
        return ids.ToDictionary(id => id, id =>
        {
            var a = assignments.GetValueOrDefault(id);
            var c = callbacks.GetValueOrDefault(id);
            var e = extensions.GetValueOrDefault(id);
            return new UnitCounts(id, a?.F0 ?? 0, a?.F1 ?? 0, a?.F2 ?? 0, a?.F3 ?? 0, a?.F4 ?? 0, a?.F5 ?? 0,
                c?.F0 ?? 0, c?.F1 ?? 0, c?.F2 ?? 0, a?.F6 ?? 0, e?.F0 ?? 0);
        });
    }

    /// <summary><c>SELECT unit_id, SUM(CASE WHEN … THEN 1 ELSE 0 END), … FROM … WHERE … GROUP BY unit_id</c>.</summary>
    private static async Task<Dictionary<int, FlagSums>> SumAsync<T>(IQueryable<T> source, System.Linq.Expressions.Expression<Func<T, bool>> scope,
        System.Linq.Expressions.Expression<Func<T, FlagRow>> flags, CancellationToken ct)
    {
        var sums = await source.Where(scope).Select(flags)
            .GroupBy(f => f.UnitId)
            .Select(g => new FlagSums(g.Key, g.Sum(f => (long)f.F0), g.Sum(f => (long)f.F1), g.Sum(f => (long)f.F2), g.Sum(f => (long)f.F3),
                g.Sum(f => (long)f.F4), g.Sum(f => (long)f.F5), g.Sum(f => (long)f.F6)))
            .ToListAsync(ct);
        return sums.Where(s => s.UnitId is not null).ToDictionary(s => s.UnitId!.Value);
    }
}
