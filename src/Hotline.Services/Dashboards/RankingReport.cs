using Hotline.Domain.Performance;

namespace Hotline.Services.Dashboards;

/// <summary>The ranking of every unit for one period, with the weights it was computed with and when.</summary>
public sealed record RankingReport(Period Period, KpiWeights Weights, DateTimeOffset MeasuredAt, IReadOnlyList<RankingRow> Rows)
{
    public int RankedCount => Rows.Count(r => r.IsRanked);
}
