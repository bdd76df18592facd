namespace Hotline.Bench.Seeding;

/// <summary>
/// How many tickets each local day of the last two years gets, and how many of them are about heating: fewer at
/// weekends, a heating season (15 November – 15 March) with its first-week spike and cold snaps in which heating
/// complaints multiply (one always covers the last days, so this week's dashboards show a surge).
/// </summary>
internal sealed class VolumePlan
{
    public const int Days = 730;

    private VolumePlan(IReadOnlyList<PlannedDay> days) => PlannedDays = days;

    public IReadOnlyList<PlannedDay> PlannedDays { get; }

    public static VolumePlan Create(int ticketCount, DateOnly today, double todayElapsedShare, Random random)
    {
        var first = today.AddDays(-(Days - 1));
        var snaps = ColdSnaps(first, today, random);
        var weights = new double[Days];
        var heating = new double[Days];
        for (var i = 0; i < Days; i++)
        {
            var day = first.AddDays(i);
            var weekday = day.DayOfWeek switch { DayOfWeek.Monday => 1.1, DayOfWeek.Saturday => 0.75, DayOfWeek.Sunday => 0.7, _ => 1.0 };
            var (share, boost) = !InSeason(day) ? (0.005, 1.0)
                : snaps.Contains(day) ? (0.30, 1.35)
                : day.Month == 11 && day.Day < 21 ? (0.15, 1.15)
                : (0.05, 1.0);
            weights[i] = weekday * boost * (i == Days - 1 ? todayElapsedShare : 1.0);
            heating[i] = share;
        }

        var total = weights.Sum();
        var days = new List<PlannedDay>(Days);
        double cumulative = 0;
        var assigned = 0;
        for (var i = 0; i < Days; i++)
        {
            cumulative += weights[i];
            var upTo = (int)Math.Round(ticketCount * cumulative / total);
            days.Add(new PlannedDay(first.AddDays(i), upTo - assigned, heating[i]));
            assigned = upTo;
        }

        return new VolumePlan(days);
    }

    public static bool InSeason(DateOnly day) =>
        day.Month is 12 or 1 or 2 || (day.Month == 11 && day.Day >= 15) || (day.Month == 3 && day.Day <= 15);

    /// <summary>Four cold snaps of 3–6 days per season, and one ending today when today is in the season.</summary>
    private static HashSet<DateOnly> ColdSnaps(DateOnly first, DateOnly today, Random random)
    {
        var snaps = new HashSet<DateOnly>();
        for (var year = first.Year - 1; year <= today.Year; year++)
        {
            var seasonStart = new DateOnly(year, 11, 22);
            for (var s = 0; s < 4; s++)
            {
                var start = seasonStart.AddDays(random.Next(0, 105));
                for (var d = 0; d < random.Next(3, 7); d++)
                {
                    snaps.Add(start.AddDays(d));
                }
            }
        }

        snaps.RemoveWhere(d => d > today.AddDays(-7));
        if (InSeason(today))
        {
            for (var d = 0; d < 3; d++)
            {
                snaps.Add(today.AddDays(-d));
            }
        }

        return snaps;
    }
}

/// <summary>One local day of the plan: its ticket count and the share of them about heating.</summary>
internal sealed record PlannedDay(DateOnly Date, int Tickets, double HeatingShare);
