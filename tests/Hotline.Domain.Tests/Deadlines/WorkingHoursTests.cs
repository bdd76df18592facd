using Hotline.Domain.Deadlines;
using static Hotline.Domain.Tests.Deadlines.TestCalendars;

namespace Hotline.Domain.Tests.Deadlines;

public class WorkingHoursTests
{
    [Fact]
    public void A_clock_inside_office_hours_runs_straight_on()
    {
        Due(Beijing(2026, 3, 2, 9, 0), 1).ShouldBe(Beijing(2026, 3, 2, 10, 0));
        Due(Beijing(2026, 3, 2, 8, 30), 1).ShouldBe(Beijing(2026, 3, 2, 9, 30));
    }

    [Fact]
    public void A_clock_started_at_11_59_resumes_after_lunch()
    {
        // One minute before noon, the other 59 from 13:30.
        Due(Beijing(2026, 3, 2, 11, 59), 1).ShouldBe(Beijing(2026, 3, 2, 14, 29));
    }

    [Fact]
    public void A_clock_started_at_17_29_resumes_the_next_working_morning()
    {
        Due(Beijing(2026, 3, 2, 17, 29), 1).ShouldBe(Beijing(2026, 3, 3, 9, 29));
    }

    [Fact]
    public void A_clock_started_on_friday_afternoon_resumes_on_monday()
    {
        Due(Beijing(2026, 3, 6, 17, 29), 1).ShouldBe(Beijing(2026, 3, 9, 9, 29));
    }

    [Fact]
    public void A_clock_started_at_night_starts_at_the_next_opening()
    {
        Due(Beijing(2026, 3, 2, 22, 0), 1).ShouldBe(Beijing(2026, 3, 3, 9, 30));
        Due(Beijing(2026, 3, 3, 3, 0), 1).ShouldBe(Beijing(2026, 3, 3, 9, 30));
    }

    [Fact]
    public void A_clock_started_during_lunch_starts_at_13_30()
    {
        Due(Beijing(2026, 3, 2, 12, 0), 1).ShouldBe(Beijing(2026, 3, 2, 14, 30));
        Due(Beijing(2026, 3, 2, 12, 45), 1).ShouldBe(Beijing(2026, 3, 2, 14, 30));
    }

    [Fact]
    public void A_clock_started_at_closing_time_starts_the_next_working_morning()
    {
        Due(Beijing(2026, 3, 2, 17, 30), 1).ShouldBe(Beijing(2026, 3, 3, 9, 30));
    }

    [Fact]
    public void A_deadline_that_lands_on_the_end_of_a_period_is_that_end_not_the_next_opening()
    {
        Due(Beijing(2026, 3, 2, 10, 0), 2).ShouldBe(Beijing(2026, 3, 2, 12, 0));
        Due(Beijing(2026, 3, 2, 15, 30), 2).ShouldBe(Beijing(2026, 3, 2, 17, 30));
    }

    [Fact]
    public void A_working_day_holds_seven_and_a_half_working_hours()
    {
        Due(Beijing(2026, 3, 2, 8, 30), 8).ShouldBe(Beijing(2026, 3, 3, 9, 0));
        Due(Beijing(2026, 3, 2, 7, 0), 15).ShouldBe(Beijing(2026, 3, 3, 17, 30));
    }

    [Fact]
    public void A_clock_started_on_a_holiday_starts_on_the_first_working_morning_after_it()
    {
        Due(Beijing(2026, 10, 3, 10, 0), 2).ShouldBe(Beijing(2026, 10, 8, 10, 30));
        Due(Beijing(2026, 2, 16, 10, 0), 1).ShouldBe(Beijing(2026, 2, 24, 9, 30));
    }

    [Fact]
    public void A_makeup_saturday_has_office_hours()
    {
        Due(Beijing(2026, 2, 14, 10, 0), 2).ShouldBe(Beijing(2026, 2, 14, 12, 0));

        // Friday 17:00 has 30 minutes left, the other 90 run on the working Saturday.
        Due(Beijing(2026, 2, 13, 17, 0), 2).ShouldBe(Beijing(2026, 2, 14, 10, 0));
    }

    [Fact]
    public void A_clock_running_across_the_spring_festival_break()
    {
        // 30 minutes on the working Saturday 02-14, then nothing until Tuesday 02-24.
        Due(Beijing(2026, 2, 14, 17, 0), 1).ShouldBe(Beijing(2026, 2, 24, 9, 0));
    }

    [Fact]
    public void Seconds_are_kept()
    {
        Due(Beijing(2026, 3, 2, 11, 59, 30), 1).ShouldBe(Beijing(2026, 3, 2, 14, 29, 30));
    }

    [Fact]
    public void Zero_working_hours_is_the_start_itself_even_outside_office_hours()
    {
        var start = Beijing(2026, 3, 7, 22, 0);
        Due(start, 0).ShouldBe(start);
    }

    [Fact]
    public void Office_hours_are_data()
    {
        var hours = new OfficeHours([new OfficePeriod(new TimeOnly(9, 0), new TimeOnly(17, 0))]);
        var calendar = WorkingCalendar.FromDays(OfficialCalendar2026.Days(), hours, Shanghai);

        calendar.Add(Beijing(2026, 3, 2, 11, 59), TimeLimit.WorkingHours(1)).DueAt.ShouldBe(Beijing(2026, 3, 2, 12, 59));
        calendar.Add(Beijing(2026, 3, 2, 16, 30), TimeLimit.WorkingHours(1)).DueAt.ShouldBe(Beijing(2026, 3, 3, 9, 30));
    }

    private static DateTimeOffset Due(DateTimeOffset start, int hours) =>
        Official2026.Add(start, TimeLimit.WorkingHours(hours)).DueAt;
}
