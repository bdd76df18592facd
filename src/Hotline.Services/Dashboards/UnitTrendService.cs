using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Data.ReadReplica;
using Hotline.Services.Objections;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Dashboards;

/// <summary>
/// A unit's last twelve months, read from the rollup of unit figures by local month (<see cref="UnitFigures"/>,
/// docs/decisions/0023-unit-figure-rollups.md), with each month's dispatch objections and delegations beside it
/// (<see cref="TrendHandOffs"/>); tests hold each month equal to the month's own counts.
/// </summary>
public sealed class UnitTrendService(ReportingDb reporting, KpiWeightsService weights, HotlineClock clock)
{
    // Reports read the standby when it keeps up (ReportingDb); nothing here writes.
    private HotlineDbContext Db => reporting.Context;

    public const int Months = 12;

    public async Task<IReadOnlyList<TrendPoint>?> TrendAsync(int unitId, Period period, Viewer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (!UnitPerformanceService.MaySee(viewer, unitId))
        {
            return null;
        }

        var months = period.MonthsEndingHere(Months);
        var sums = await UnitFigures.SumAsync(Db, clock, months[0].From, months[^1].To, unitId, byMonth: true, dueUpToNow: false, ct);

        var handOffs = await TrendHandOffs.ByMonthAsync(Db, clock, unitId, months, ct);
        var kpi = await weights.GetAsync(ct);
        var byMonth = sums.ToDictionary(s => s.Bucket, s => s.Counts);
        return months.Select(m =>
        {
            // The trend shows the five rates; returns and extensions are the period's table's.
            var counts = byMonth.GetValueOrDefault(m.From) is { } c ? c with { Returns = 0, Extensions = 0 } : UnitCounts.None(unitId);
            counts = counts with { Minimums = kpi.Minimums };
            var (objections, delegatedOut, delegatedIn) = handOffs.GetValueOrDefault(m.From, (ObjectionCounts.None, 0, 0));
            return new TrendPoint(m, counts, counts.Score.Index(kpi), objections, delegatedOut, delegatedIn);
        }).ToList();
    }
}
