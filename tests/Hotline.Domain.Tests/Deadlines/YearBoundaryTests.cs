using Hotline.Domain.Deadlines;
using static Hotline.Domain.Tests.Deadlines.TestCalendars;

namespace Hotline.Domain.Tests.Deadlines;

public class YearBoundaryTests
{
    [Fact]
    public void Years_with_data_come_from_the_calendar_entries()
    {
        Official2026.YearsWithData.ShouldBe([2026]);
        Official2026.HasDataForYear(2026).ShouldBeTrue();
        Official2026.HasDataForYear(2027).ShouldBeFalse();
    }

    [Fact]
    public void A_year_without_data_is_treated_as_a_normal_week_and_reported()
    {
        // 2027-01-01 is a Friday; with no 2027 schedule it counts as a working day.
        var result = Official2026.Add(Beijing(2026, 12, 31, 10, 0), TimeLimit.WorkingDays(1));

        result.DueAt.ShouldBe(Beijing(2027, 1, 2));
        result.YearsWithoutData.ShouldBe([2027]);
        result.UsedMissingCalendarData.ShouldBeTrue();
    }

    [Fact]
    public void A_deadline_at_new_year_midnight_has_not_looked_at_the_new_year()
    {
        var result = Official2026.Add(Beijing(2026, 12, 30, 10, 0), TimeLimit.WorkingDays(1));

        result.DueAt.ShouldBe(Beijing(2027, 1, 1));
        result.YearsWithoutData.ShouldBeEmpty();
    }

    [Fact]
    public void Working_hours_running_into_a_year_without_data_are_reported()
    {
        var result = Official2026.Add(Beijing(2026, 12, 31, 17, 0), TimeLimit.WorkingHours(1));

        result.DueAt.ShouldBe(Beijing(2027, 1, 1, 9, 0));
        result.YearsWithoutData.ShouldBe([2027]);
    }

    [Fact]
    public void A_clock_started_in_a_year_without_data_reports_that_year()
    {
        var result = Official2026.Add(Beijing(2025, 12, 31, 17, 0), TimeLimit.WorkingHours(1));

        // 2026-01-01..03 are holidays and 01-04 is the working Sunday.
        result.DueAt.ShouldBe(Beijing(2026, 1, 4, 9, 0));
        result.YearsWithoutData.ShouldBe([2025]);
    }

    [Fact]
    public void Every_missing_year_crossed_is_reported_once()
    {
        var result = Official2026.Add(Beijing(2026, 12, 20, 10, 0), TimeLimit.WorkingDays(300));

        result.YearsWithoutData.ShouldBe([2027, 2028]);
    }

    [Fact]
    public void A_deadline_inside_a_year_with_data_reports_nothing()
    {
        Official2026.Add(Beijing(2026, 6, 1, 10, 0), TimeLimit.WorkingDays(20)).YearsWithoutData.ShouldBeEmpty();
    }

    [Fact]
    public void Years_with_data_can_be_given_explicitly_for_a_year_without_exceptions()
    {
        var calendar = WorkingCalendar.FromDays(OfficialCalendar2026.Days(), OfficeHours.Default, Shanghai, new HashSet<int> { 2026, 2027 });

        calendar.Add(Beijing(2026, 12, 31, 10, 0), TimeLimit.WorkingDays(1)).YearsWithoutData.ShouldBeEmpty();
        calendar.YearsWithData.ShouldBe([2026, 2027]);
    }
}
