using Hotline.Domain.Deadlines;

namespace Hotline.Domain.Tickets;

/// <summary>
/// How long after a mark arises the unit may appeal it: an administrator's setting in working days, by default 5 (a
/// unit's weekly review of its marks fits, and holidays do not eat into it). Counted on the working calendar like a
/// deadline (the end of the Nth working day after the mark), from the missed deadline or the callback; appealing
/// exactly at the end is in time.
/// </summary>
public sealed record AppealWindow(int WorkingDays)
{
    public const int MaxWorkingDays = 60;

    public static AppealWindow Default { get; } = new(5);

    public bool IsValid => WorkingDays is >= 1 and <= MaxWorkingDays;

    public DateTimeOffset EndsAt(WorkingCalendar calendar, DateTimeOffset markedAt)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.Add(markedAt, TimeLimit.WorkingDays(WorkingDays)).DueAt;
    }
}
