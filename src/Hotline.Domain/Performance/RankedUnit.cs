namespace Hotline.Domain.Performance;

/// <summary>A unit's place: <see cref="Rank"/> 1 is the best; null when the unit is unrated (listed after the ranked).</summary>
public sealed record RankedUnit(RankingEntry Entry, int? Rank, bool IsFlagged)
{
    public bool IsRanked => Rank is not null;
}
