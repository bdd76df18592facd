namespace Hotline.Bench.Seeding;

/// <summary>Instants within a local day, busier in office hours than at night; never after now.</summary>
internal sealed class DayInstants(TimeZoneInfo zone, DateTimeOffset now, Random random)
{
    private static readonly double[] HourWeights =
        [0.3, 0.2, 0.2, 0.2, 0.2, 0.3, 0.6, 1.2, 3.2, 3.6, 3.6, 3.2, 2.4, 2.6, 3.4, 3.5, 3.4, 3.0, 2.2, 1.8, 1.6, 1.2, 0.8, 0.5];

    private static readonly double TotalWeight = HourWeights.Sum();

    /// <summary>The share of a day's calls that come in before <paramref name="timeOfDay"/>.</summary>
    public static double ElapsedShareToday(TimeSpan timeOfDay)
    {
        var hour = (int)timeOfDay.TotalHours;
        var before = HourWeights.Take(hour).Sum() + (HourWeights[hour] * (timeOfDay.TotalHours - hour));
        return Math.Max(before / TotalWeight, 0.001);
    }

    /// <summary><paramref name="count"/> instants of <paramref name="day"/>, in order.</summary>
    public List<DateTimeOffset> Sample(DateOnly day, int count)
    {
        var start = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone);
        var instants = new List<DateTimeOffset>(count);
        for (var i = 0; i < count; i++)
        {
            DateTimeOffset at;
            var tries = 0;
            do
            {
                at = new DateTimeOffset(start, TimeSpan.Zero) + TimeSpan.FromHours(Hour() + random.NextDouble());
            }
            while (at >= now && ++tries < 20);

            instants.Add(at < now ? at : new DateTimeOffset(start, TimeSpan.Zero) + ((now - new DateTimeOffset(start, TimeSpan.Zero)) * random.NextDouble()));
        }

        instants.Sort();
        return instants;
    }

    private int Hour()
    {
        var pick = random.NextDouble() * TotalWeight;
        for (var hour = 0; hour < HourWeights.Length; hour++)
        {
            pick -= HourWeights[hour];
            if (pick < 0)
            {
                return hour;
            }
        }

        return HourWeights.Length - 1;
    }
}
