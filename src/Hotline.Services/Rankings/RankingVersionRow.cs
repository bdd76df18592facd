using Hotline.Domain.Units;

namespace Hotline.Services.Rankings;

/// <summary>One unit's frozen figures, index and rank in a published <see cref="RankingVersion"/>.</summary>
public sealed class RankingVersionRow
{
    public long Id { get; set; }
    public int VersionId { get; set; }
    public int UnitId { get; set; }
    public string Code { get; set; } = string.Empty;
    public string NameZh { get; set; } = string.Empty;
    public string NameEn { get; set; } = string.Empty;
    public UnitKind Kind { get; set; }
    public long Assigned { get; set; }
    public long SignedOnTime { get; set; }
    public long ContactMeasured { get; set; }
    public long ContactedOnTime { get; set; }
    public long FellDue { get; set; }
    public long ResolvedOnTime { get; set; }
    public long CallbacksReached { get; set; }
    public long Satisfied { get; set; }
    public long Solved { get; set; }
    public long Returns { get; set; }
    public long Extensions { get; set; }
    public long ReviewReturns { get; set; }

    /// <summary>The unit's objections upheld and rejected and its delegations (<see cref="Dashboards.HandOffCounts"/>); null in versions published before they were frozen.</summary>
    public int? ObjectionsUpheld { get; set; }

    public int? ObjectionsRejected { get; set; }
    public int? DelegatedOut { get; set; }
    public int? DelegatedIn { get; set; }
    public double? Index { get; set; }
    public int? Rank { get; set; }
    public bool IsFlagged { get; set; }
}
