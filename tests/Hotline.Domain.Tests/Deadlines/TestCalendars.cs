using Hotline.Domain.Deadlines;

namespace Hotline.Domain.Tests.Deadlines;

internal static class TestCalendars
{
    public static TimeZoneInfo Shanghai { get; } = TimeZoneInfo.FindSystemTimeZoneById(WorkingCalendar.DefaultTimeZoneId);

    /// <summary>The official 2026 schedule with default office hours; no data for any other year.</summary>
    public static WorkingCalendar Official2026 { get; } =
        WorkingCalendar.FromDays(OfficialCalendar2026.Days(), OfficeHours.Default, Shanghai);

    /// <summary>A wall-clock time in Beijing.</summary>
    public static DateTimeOffset Beijing(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.FromHours(8));

    public static DateOnly Date(int year, int month, int day) => new(year, month, day);
}
