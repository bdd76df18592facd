namespace Hotline.Domain.Deadlines;

/// <summary>One exception to the Monday–Friday week, edited by an administrator.</summary>
public sealed class CalendarDay
{
    public const int NameMaxLength = 50;

    public CalendarDay(DateOnly date, CalendarDayKind kind, string name)
    {
        Date = date;
        Name = string.Empty;
        Change(kind, name);
    }

    // For EF Core.
    private CalendarDay()
    {
        Name = string.Empty;
    }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    /// <summary>The festival, e.g. 春节 or 春节调休上班.</summary>
    public string Name { get; private set; }

    public void Change(CalendarDayKind kind, string name)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown calendar day kind.");
        }

        // A weekday is worked anyway, so a "make-up" weekday can only be a typo in the schedule.
        if (kind == CalendarDayKind.MakeupWorkday && !IsWeekend(Date))
        {
            throw new ArgumentException($"{Date:yyyy-MM-dd} is not a weekend day, so it cannot be a make-up working day.", nameof(kind));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var trimmed = name.Trim();
        if (trimmed.Length > NameMaxLength)
        {
            throw new ArgumentException($"The name is longer than {NameMaxLength} characters.", nameof(name));
        }

        Kind = kind;
        Name = trimmed;
    }

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
