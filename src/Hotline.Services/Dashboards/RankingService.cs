using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Data.ReadReplica;
using Hotline.Services.Delegation;
using Hotline.Services.Objections;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Dashboards;

/// <summary>
/// 单位排名: every unit's components and efficiency index for a period, ranked (docs/measures.md). Three grouped
/// queries for the counts, three for the objections and delegations beside them, one for the units and one for the
/// weights, whatever the number of units.
/// </summary>
public sealed class RankingService(ReportingDb reporting, UnitMeasuresService measures, KpiWeightsService weights, HotlineClock clock)
{
    // Reports read the standby when it keeps up (ReportingDb); nothing here writes.
    private HotlineDbContext Db => reporting.Context;

    public Task<RankingReport> RankAsync(Period period, CancellationToken ct = default) => RankOnAsync(Db, period, null, ct);

    /// <summary>
    /// The ranking computed on <paramref name="db"/>: the primary when it is published (it must see the last upheld appeal);
    /// with <paramref name="frozen"/> weights and minimums (a correction keeps those of the version it corrects), else
    /// today's.
    /// </summary>
    internal async Task<RankingReport> RankOnAsync(HotlineDbContext db, Period period, KpiWeights? frozen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        var kpi = frozen ?? await weights.GetAsync(ct);
        var counts = await measures.CountOnAsync(db, period, null, ct);
        var handOffs = await HandOffsAsync(db, period, ct);
        var units = await db.Units.AsNoTracking()
            .Select(u => new { u.Id, u.Code, Name = new LocalizedName(u.NameZh, u.NameEn), u.Kind, u.IsActive })
            .ToListAsync(ct);

        // A unit switched off still answers for what it was counted on in the period.
        var rows = units.Where(u => u.IsActive || counts.ContainsKey(u.Id))
            .Select(u => (Unit: u, Counts: (counts.GetValueOrDefault(u.Id) ?? UnitCounts.None(u.Id)) with { Minimums = kpi.Minimums }))
            .Select(x => (x.Unit, x.Counts, Index: x.Counts.Score.Index(kpi)))
            .ToList();
        var ranked = Ranking.Rank(rows.Select(x => new RankingEntry(x.Unit.Id, x.Unit.Code, x.Index, x.Counts.Score.OnTimeCompletion.Value)));
        var byId = rows.ToDictionary(x => x.Unit.Id);
        var result = ranked.Select(r =>
        {
            var x = byId[r.Entry.UnitId];
            return new RankingRow(x.Unit.Id, x.Unit.Code, x.Unit.Name, x.Unit.Kind, x.Counts, x.Index, r.Rank, r.IsFlagged,
                handOffs.GetValueOrDefault(x.Unit.Id) ?? HandOffCounts.None);
        }).ToList();
        return new RankingReport(period, kpi, clock.UtcNow, result);
    }

    /// <summary>
    /// Each unit's objections upheld and rejected and its delegations given and received in the period, by the rules of
    /// the unit page (<see cref="ObjectionService.RaisedIn"/>, <see cref="DelegationService.ReceivedIn"/>,
    /// <see cref="DelegationService.GivenIn"/>): three grouped queries on small partial indexes.
    /// </summary>
    private async Task<Dictionary<int, HandOffCounts>> HandOffsAsync(HotlineDbContext db, Period period, CancellationToken ct)
    {
        var (start, end) = (clock.StartOfLocalDay(period.From), clock.StartOfLocalDay(period.EndExclusive));
        var objections = await ObjectionService.RaisedIn(db, start, end).GroupBy(a => a.UnitId)
            .Select(g => new
            {
                UnitId = g.Key,
                Upheld = g.Count(a => a.ObjectionStatus == RequestStatus.Approved),
                Rejected = g.Count(a => a.ObjectionStatus == RequestStatus.Rejected),
            })
            .ToListAsync(ct);
        var received = await DelegationService.ReceivedIn(db, start, end).GroupBy(a => a.UnitId)
            .Select(g => new { UnitId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.UnitId, x => x.Count, ct);
        var given = await DelegationService.GivenIn(db, start, end).GroupBy(unit => unit)
            .Select(g => new { UnitId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.UnitId, x => x.Count, ct);
        var result = objections.ToDictionary(o => o.UnitId,
            o => new HandOffCounts(o.Upheld, o.Rejected, given.GetValueOrDefault(o.UnitId), received.GetValueOrDefault(o.UnitId)));
        foreach (var unitId in received.Keys.Concat(given.Keys).Where(id => !result.ContainsKey(id)))
        {
            result[unitId] = new HandOffCounts(0, 0, given.GetValueOrDefault(unitId), received.GetValueOrDefault(unitId));
        }

        return result;
    }
}
