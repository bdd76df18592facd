namespace Hotline.Services.Admin;

/// <summary>Every date of a year, in order; <see cref="MarkedCount"/> is zero when the year's schedule is not entered yet.</summary>
public sealed record CalendarYear(int Year, IReadOnlyList<CalendarDate> Dates, int MarkedCount)
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public int WorkingDayCount => Dates.Count(d => d.IsWorkingDay);
}
