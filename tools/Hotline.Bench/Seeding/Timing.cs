namespace Hotline.Bench.Seeding;

/// <summary>When acts happen relative to their deadlines: nearly always in time, early more often than late.</summary>
internal static class Timing
{
    /// <summary>An instant after <paramref name="start"/>: with probability <paramref name="onTimeShare"/> at or before
    /// <paramref name="due"/>, otherwise after it. When the deadline has already passed, the act is late.</summary>
    public static DateTimeOffset Act(Random random, DateTimeOffset start, DateTimeOffset due, double onTimeShare, TimeSpan minimum)
    {
        var span = due - start;
        if (span > minimum && random.NextDouble() < onTimeShare)
        {
            // Squaring leans towards the early part of the window, as real units work.
            var share = Math.Pow(random.NextDouble(), 2);
            return Max(start + minimum, start + TimeSpan.FromTicks((long)(span.Ticks * share)));
        }

        var late = TimeSpan.FromMinutes(1 + (random.NextDouble() * Math.Min(2 * 24 * 60, Math.Max(30, span.TotalMinutes * 0.3))));
        return Max(start + minimum, due + late);
    }

    public static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    public static TimeSpan Minutes(Random random, int from, int to) => TimeSpan.FromMinutes(random.Next(from, to));
}
