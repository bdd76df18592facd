using Hotline.Domain.Performance;
using Hotline.Domain.Units;
using Hotline.Services.Common;

namespace Hotline.Services.Dashboards;

/// <summary>
/// One unit in the ranking: its counts, rates, index, place (null when unrated) and red flag; its objections and
/// delegations (null in a version published before they were frozen with it).
/// </summary>
public sealed record RankingRow(
    int UnitId,
    string Code,
    LocalizedName Name,
    UnitKind Kind,
    UnitCounts Counts,
    double? Index,
    int? Rank,
    bool IsFlagged,
    HandOffCounts? HandOffs = null)
{
    public UnitScore Score => Counts.Score;

    public bool IsRanked => Rank is not null;
}
