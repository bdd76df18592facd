using Hotline.Domain.Deadlines;
using static Hotline.Domain.Tests.Deadlines.TestCalendars;

namespace Hotline.Domain.Tests.Deadlines;

public class NextYearWarningTests
{
    [Fact]
    public void No_warning_before_december()
    {
        Official2026.NeedsNextYearWarning(Beijing(2026, 11, 30, 23, 59)).ShouldBeFalse();
    }

    [Fact]
    public void Warns_in_december_while_next_year_has_no_data()
    {
        Official2026.NeedsNextYearWarning(Beijing(2026, 12, 1)).ShouldBeTrue();
        Official2026.NeedsNextYearWarning(Beijing(2026, 12, 31, 23, 59)).ShouldBeTrue();
    }

    [Fact]
    public void December_is_decided_in_local_time()
    {
        // 16:30 UTC on 30 November is already 1 December in Beijing.
        Official2026.NeedsNextYearWarning(new DateTimeOffset(2026, 11, 30, 16, 30, 0, TimeSpan.Zero)).ShouldBeTrue();
        Official2026.NeedsNextYearWarning(new DateTimeOffset(2026, 11, 30, 15, 59, 0, TimeSpan.Zero)).ShouldBeFalse();
    }

    [Fact]
    public void No_warning_once_next_year_is_entered()
    {
        var days = OfficialCalendar2026.Days().Append(new CalendarDay(Date(2027, 1, 1), CalendarDayKind.Holiday, "元旦"));
        var calendar = WorkingCalendar.FromDays(days, OfficeHours.Default, Shanghai);

        calendar.NeedsNextYearWarning(Beijing(2026, 12, 15)).ShouldBeFalse();
    }

    [Fact]
    public void No_warning_in_january_for_the_year_after()
    {
        Official2026.NeedsNextYearWarning(Beijing(2027, 1, 5)).ShouldBeFalse();
    }
}
