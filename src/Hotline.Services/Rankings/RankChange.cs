namespace Hotline.Services.Rankings;

/// <summary>One unit's place in two versions of a month's ranking (null: not ranked there).</summary>
public sealed record RankChange(int UnitId, int? RankBefore, int? RankAfter, double? IndexBefore, double? IndexAfter)
{
    public bool Changed => RankBefore != RankAfter || !Equals(IndexBefore.HasValue ? Math.Round(IndexBefore.Value, 2) : (double?)null,
        IndexAfter.HasValue ? Math.Round(IndexAfter.Value, 2) : (double?)null);

    /// <summary>Places gained (positive) or lost; null when ranked in only one of them.</summary>
    public int? RankGain => RankBefore is { } before && RankAfter is { } after ? before - after : null;

    public double? IndexDelta => IndexBefore is { } before && IndexAfter is { } after ? after - before : null;
}
