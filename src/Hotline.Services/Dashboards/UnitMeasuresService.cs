using Hotline.Domain.Performance;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Data.ReadReplica;
using Microsoft.Extensions.Options;

namespace Hotline.Services.Dashboards;

/// <summary>
/// Per-unit counts for a period, read from the rollup of unit figures per local day (<see cref="UnitFigures"/>,
/// docs/decisions/0023-unit-figure-rollups.md), so a year or all time costs about what a week does. The drill-down
/// lists filter the facts by the predicates of <see cref="AssignmentMeasures"/>, <see cref="CallbackMeasures"/> and
/// <see cref="ExtensionMeasures"/>; tests hold the two equal.
/// </summary>
public sealed class UnitMeasuresService(ReportingDb reporting, HotlineClock clock, IOptions<HotlineOptions> options)
{
    // Reports read the standby when it keeps up (ReportingDb); nothing here writes.
    private HotlineDbContext Db => reporting.Context;

    /// <summary>The period measured now.</summary>
    public MeasureWindow WindowFor(Period period) => MeasureWindow.For(period, clock, options.Value.WarningShare);

    /// <summary>Counts per unit (only units with something counted; <paramref name="unitId"/> narrows to one).</summary>
    public Task<IReadOnlyDictionary<int, UnitCounts>> CountAsync(Period period, int? unitId = null, CancellationToken ct = default) =>
        CountOnAsync(Db, period, unitId, ct);

    /// <summary>The same counts read from <paramref name="db"/> (the primary, for what must include its own writes: a published ranking).</summary>
    internal async Task<IReadOnlyDictionary<int, UnitCounts>> CountOnAsync(HotlineDbContext db, Period period, int? unitId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        var sums = await UnitFigures.SumAsync(db, clock, period.From, period.To, unitId, byMonth: false, dueUpToNow: false, ct);
        return sums.ToDictionary(s => s.UnitId, s => s.Counts);
    }
}
