namespace Hotline.Domain.Performance;

/// <summary>
/// A category surging against its own recent baseline (docs/measures.md): a day whose count exceeds the mean of the
/// previous 28 days by more than 3 population standard deviations and is at least 10. A cold snap shows up as
/// Utilities › Heating jumping from a few tickets a day to dozens.
/// </summary>
/// <remarks>
/// A flat baseline (every day the same, or nothing at all) has no spread, and "more than 3 × 0 above the mean"
/// would flag a single extra ticket. The spread is therefore never taken below one ticket a day
/// (<see cref="MinimumSpread"/>): after 28 quiet days 10 tickets is a surge; after a flat 12 a day, 15 is not and
/// 16 is. Days missing from the counts had no tickets.
/// </remarks>
public static class SurgeDetector
{
    public const int BaselineDays = 28;
    public const double Deviations = 3;
    public const int MinimumCount = 10;

    /// <summary>The least spread a baseline is given, in tickets a day (see remarks).</summary>
    public const double MinimumSpread = 1;

    /// <summary>Judges <paramref name="count"/> on <paramref name="date"/> against the counts of the days before it.</summary>
    public static SurgeCheck Check(DateOnly date, int count, IReadOnlyCollection<int> baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        if (baseline.Count == 0)
        {
            throw new ArgumentException("A baseline needs at least one day.", nameof(baseline));
        }

        var mean = baseline.Average();
        var deviation = Math.Sqrt(baseline.Sum(c => (c - mean) * (c - mean)) / baseline.Count);
        return new SurgeCheck(date, count, mean, deviation);
    }

    /// <summary>
    /// Judges every day from <paramref name="from"/> to <paramref name="to"/> (inclusive), each against its own
    /// previous <see cref="BaselineDays"/> days, and returns the days that surged, in date order.
    /// </summary>
    public static IReadOnlyList<SurgeCheck> Surges(IReadOnlyDictionary<DateOnly, int> dailyCounts, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(dailyCounts);
        var surges = new List<SurgeCheck>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var baseline = Enumerable.Range(1, BaselineDays).Select(back => dailyCounts.GetValueOrDefault(day.AddDays(-back))).ToList();
            var check = Check(day, dailyCounts.GetValueOrDefault(day), baseline);
            if (check.IsSurge)
            {
                surges.Add(check);
            }
        }

        return surges;
    }
}
