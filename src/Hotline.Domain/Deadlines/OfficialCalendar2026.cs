namespace Hotline.Domain.Deadlines;

/// <summary>The 2026 schedule from the State Council notice of 2025-11-04, used as seed data.</summary>
public static class OfficialCalendar2026
{
    /// <summary>New instances on every call: the entities are mutable and tracked by whoever adds them.</summary>
    public static IReadOnlyList<CalendarDay> Days() =>
    [
        .. Holidays(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 3), "元旦"),
        Makeup(new DateOnly(2026, 1, 4), "元旦调休上班"),
        .. Holidays(new DateOnly(2026, 2, 15), new DateOnly(2026, 2, 23), "春节"),
        Makeup(new DateOnly(2026, 2, 14), "春节调休上班"),
        Makeup(new DateOnly(2026, 2, 28), "春节调休上班"),
        .. Holidays(new DateOnly(2026, 4, 4), new DateOnly(2026, 4, 6), "清明节"),
        .. Holidays(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 5), "劳动节"),
        Makeup(new DateOnly(2026, 5, 9), "劳动节调休上班"),
        .. Holidays(new DateOnly(2026, 6, 19), new DateOnly(2026, 6, 21), "端午节"),
        .. Holidays(new DateOnly(2026, 9, 25), new DateOnly(2026, 9, 27), "中秋节"),
        .. Holidays(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 7), "国庆节"),
        Makeup(new DateOnly(2026, 9, 20), "国庆节调休上班"),
        Makeup(new DateOnly(2026, 10, 10), "国庆节调休上班"),
    ];

    private static IEnumerable<CalendarDay> Holidays(DateOnly first, DateOnly last, string name)
    {
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            yield return new CalendarDay(date, CalendarDayKind.Holiday, name);
        }
    }

    private static CalendarDay Makeup(DateOnly date, string name) => new(date, CalendarDayKind.MakeupWorkday, name);
}
