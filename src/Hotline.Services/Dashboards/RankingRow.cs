using Hotline.Domain.Performance;
using Hotline.Domain.Units;
using Hotline.Services.Common;

namespace Hotline.Services.Dashboards;

/// <summary>One unit in the ranking: its counts, rates, index, place (null when unrated) and red flag.</summary>
public sealed record RankingRow(
    int UnitId,
    string Code,
    LocalizedName Name,
    UnitKind Kind,
    UnitCounts Counts,
    double? Index,
    int? Rank,
    bool IsFlagged)
{
    public UnitScore Score => Counts.Score;

    public bool IsRanked => Rank is not null;
}
