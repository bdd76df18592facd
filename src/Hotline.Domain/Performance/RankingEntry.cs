namespace Hotline.Domain.Performance;

/// <summary>What the ranking needs to know about one unit: its index, the first tie-break and the last.</summary>
public sealed record RankingEntry(int UnitId, string Code, double? Index, double? OnTimeCompletion);
