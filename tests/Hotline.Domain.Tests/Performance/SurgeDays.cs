namespace Hotline.Domain.Tests.Performance;

/// <summary>Daily ticket counts of one category, written as a series ending on <see cref="LastDay"/>.</summary>
internal static class SurgeDays
{
    public static readonly DateOnly LastDay = new(2026, 11, 23);

    /// <summary>The counts of consecutive days, the last of them on <see cref="LastDay"/>.</summary>
    public static Dictionary<DateOnly, int> Ending(params int[] counts) =>
        counts.Select((count, i) => (Day: LastDay.AddDays(i - counts.Length + 1), count))
            .ToDictionary(d => d.Day, d => d.count);

    /// <summary>Four weeks of an ordinary heating load: 2 to 4 tickets a day.</summary>
    public static int[] OrdinaryHeatingMonth() => Enumerable.Range(0, 28).Select(i => 2 + (i % 3)).ToArray();
}
