namespace Hotline.Domain.Performance;

/// <summary>
/// 排名: units with an index, best first (ties: higher on-time completion rate, then unit code), then the unrated
/// units by code. When more than <see cref="FlaggedCount"/> units are ranked, the last five get the red flag (红牌);
/// with five or fewer there is no "bottom" to speak of.
/// </summary>
public static class Ranking
{
    public const int FlaggedCount = 5;

    public static IReadOnlyList<RankedUnit> Rank(IEnumerable<RankingEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var all = entries.ToList();
        var ranked = all.Where(e => e.Index is not null)
            .OrderByDescending(e => e.Index)
            // A unit without a completion rate loses the tie to one with any rate.
            .ThenByDescending(e => e.OnTimeCompletion ?? double.NegativeInfinity)
            .ThenBy(e => e.Code, StringComparer.Ordinal)
            .ToList();
        var flagFrom = ranked.Count > FlaggedCount ? ranked.Count - FlaggedCount + 1 : int.MaxValue;
        var result = ranked.Select((e, i) => new RankedUnit(e, i + 1, i + 1 >= flagFrom)).ToList();
        result.AddRange(all.Where(e => e.Index is null).OrderBy(e => e.Code, StringComparer.Ordinal)
            .Select(e => new RankedUnit(e, null, false)));
        return result;
    }
}
