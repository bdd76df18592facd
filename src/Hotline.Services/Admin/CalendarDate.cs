using Hotline.Domain.Deadlines;

namespace Hotline.Services.Admin;

/// <summary>One date of the year view: whether it is worked, and the administrator's mark if any.</summary>
public sealed record CalendarDate(DateOnly Date, bool IsWorkingDay, CalendarDayKind? Kind, string? Name)
{
    public bool IsWeekend => CalendarDay.IsWeekend(Date);
}
