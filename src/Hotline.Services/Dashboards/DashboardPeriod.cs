using Hotline.Services.Common;

namespace Hotline.Services.Dashboards;

/// <summary>
/// A range of local dates, inclusive (docs/measures.md, "Periods and time"): it covers the instants from
/// <see cref="From"/> 00:00 local to the day after <see cref="To"/> 00:00 local, so queries compare instants with
/// two bounds an index can seek on.
/// </summary>
public readonly record struct DashboardPeriod(DateOnly From, DateOnly To)
{
    public static DashboardPeriod Day(DateOnly day) => new(day, day);

    /// <summary>The calendar month holding <paramref name="day"/>.</summary>
    public static DashboardPeriod MonthOf(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return new(first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary><paramref name="days"/> days ending with <paramref name="last"/>.</summary>
    public static DashboardPeriod Ending(DateOnly last, int days) => new(last.AddDays(1 - days), last);

    public int Days => To.DayNumber - From.DayNumber + 1;

    public DateTimeOffset Start(HotlineClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.StartOfLocalDay(From);
    }

    public DateTimeOffset End(HotlineClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.StartOfLocalDay(To.AddDays(1));
    }

    public IEnumerable<DateOnly> Dates() => Enumerable.Range(0, Days).Select(From.AddDays);

    /// <summary>The smallest period covering both.</summary>
    public DashboardPeriod Union(DashboardPeriod other) =>
        new(From < other.From ? From : other.From, To > other.To ? To : other.To);
}
