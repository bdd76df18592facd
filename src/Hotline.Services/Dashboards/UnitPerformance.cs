using Hotline.Domain.Performance;

namespace Hotline.Services.Dashboards;

/// <summary>A unit's page: its ranking row for the period and how many units were ranked.</summary>
public sealed record UnitPerformance(RankingRow Row, int RankedCount, KpiWeights Weights, Period Period);
