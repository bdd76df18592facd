using Hotline.Domain.Deadlines;
using static Hotline.Domain.Tests.Deadlines.TestCalendars;

namespace Hotline.Domain.Tests.Deadlines;

public class WorkingDaysTests
{
    // Start (Beijing, 10:00 unless stated), number of working days, expected due (Beijing midnight).
    public static TheoryData<DateOnly, int, DateOnly> AcrossEveryHolidayBlock => new()
    {
        { Date(2025, 12, 31), 1, Date(2026, 1, 5) },   // 元旦 01-01..03, then the working Sunday 01-04
        { Date(2026, 2, 13), 1, Date(2026, 2, 15) },   // the working Saturday 02-14 before 春节
        { Date(2026, 2, 14), 1, Date(2026, 2, 25) },   // 春节 02-15..23, first working day 02-24
        { Date(2026, 4, 3), 1, Date(2026, 4, 8) },     // 清明节 04-04..06
        { Date(2026, 4, 30), 1, Date(2026, 5, 7) },    // 劳动节 05-01..05
        { Date(2026, 4, 30), 4, Date(2026, 5, 10) },   // 05-06, 07, 08 and the working Saturday 05-09
        { Date(2026, 6, 18), 1, Date(2026, 6, 23) },   // 端午节 06-19..21
        { Date(2026, 9, 24), 1, Date(2026, 9, 29) },   // 中秋节 09-25..27
        { Date(2026, 9, 30), 1, Date(2026, 10, 9) },   // 国庆节 10-01..07
        { Date(2026, 9, 30), 3, Date(2026, 10, 11) },  // 10-08, 10-09 and the working Saturday 10-10
    };

    // The day before each make-up day: one working day later is the end of the make-up day.
    public static TheoryData<DateOnly, DateOnly> EveryMakeupDay => new()
    {
        { Date(2026, 1, 3), Date(2026, 1, 5) },
        { Date(2026, 2, 13), Date(2026, 2, 15) },
        { Date(2026, 2, 27), Date(2026, 3, 1) },
        { Date(2026, 5, 8), Date(2026, 5, 10) },
        { Date(2026, 9, 19), Date(2026, 9, 21) },
        { Date(2026, 10, 9), Date(2026, 10, 11) },
    };

    [Fact]
    public void Counting_starts_on_the_next_working_day()
    {
        // Monday 08:00 is before opening, yet Monday does not count: Tuesday is day one.
        Due(Beijing(2026, 3, 2, 8, 0), 1).ShouldBe(Beijing(2026, 3, 4));
        Due(Beijing(2026, 3, 2, 23, 59), 1).ShouldBe(Beijing(2026, 3, 4));
    }

    [Fact]
    public void The_deadline_is_the_end_of_the_last_working_day()
    {
        // Thursday + 5: Fri 6, Mon 9, Tue 10, Wed 11, Thu 12; due at the start of Friday 13.
        Due(Beijing(2026, 3, 5, 14, 0), 5).ShouldBe(Beijing(2026, 3, 13));
    }

    [Fact]
    public void A_clock_started_on_friday_skips_the_weekend()
    {
        Due(Beijing(2026, 3, 6, 10, 0), 1).ShouldBe(Beijing(2026, 3, 10));
    }

    [Fact]
    public void A_clock_started_on_a_weekend_counts_from_monday()
    {
        Due(Beijing(2026, 3, 7, 10, 0), 1).ShouldBe(Beijing(2026, 3, 10));
        Due(Beijing(2026, 3, 8, 23, 0), 2).ShouldBe(Beijing(2026, 3, 11));
    }

    [Fact]
    public void A_clock_running_across_the_spring_festival_break()
    {
        // Fri 02-13 16:00: day 1 is the working Saturday 02-14, 02-15..23 are the break,
        // day 2 is Tue 02-24, day 3 is Wed 02-25, so it falls due as Thursday 02-26 begins.
        Due(Beijing(2026, 2, 13, 16, 0), 3).ShouldBe(Beijing(2026, 2, 26));
    }

    [Fact]
    public void A_clock_started_on_a_holiday_counts_from_the_first_working_day_after_it()
    {
        Due(Beijing(2026, 10, 3, 10, 0), 1).ShouldBe(Beijing(2026, 10, 9));
        Due(Beijing(2026, 10, 3, 10, 0), 3).ShouldBe(Beijing(2026, 10, 11));
        Due(Beijing(2026, 10, 3, 10, 0), 4).ShouldBe(Beijing(2026, 10, 13));
    }

    [Theory]
    [MemberData(nameof(AcrossEveryHolidayBlock))]
    public void Holiday_blocks_are_skipped(DateOnly start, int days, DateOnly expectedDueDate)
    {
        Due(Beijing(start.Year, start.Month, start.Day, 10, 0), days)
            .ShouldBe(Beijing(expectedDueDate.Year, expectedDueDate.Month, expectedDueDate.Day));
    }

    [Theory]
    [MemberData(nameof(EveryMakeupDay))]
    public void Makeup_days_count_as_working_days(DateOnly dayBefore, DateOnly expectedDueDate)
    {
        Due(Beijing(dayBefore.Year, dayBefore.Month, dayBefore.Day, 12, 0), 1)
            .ShouldBe(Beijing(expectedDueDate.Year, expectedDueDate.Month, expectedDueDate.Day));
    }

    [Fact]
    public void A_clock_started_exactly_at_midnight_has_that_whole_day()
    {
        // 00:00 is the end of the previous day, so the day beginning then is the next one.
        Due(Beijing(2026, 3, 2), 1).ShouldBe(Beijing(2026, 3, 3));
        Due(Beijing(2026, 3, 2, 0, 0, 1), 1).ShouldBe(Beijing(2026, 3, 4));
    }

    [Fact]
    public void Zero_working_days_is_the_start_itself()
    {
        var start = Beijing(2026, 3, 7, 10, 17);
        Due(start, 0).ShouldBe(start);
    }

    [Fact]
    public void The_due_instant_is_in_utc()
    {
        var due = Official2026.Add(Beijing(2026, 2, 13, 16, 0), TimeLimit.WorkingDays(3)).DueAt;
        due.Offset.ShouldBe(TimeSpan.Zero);
        due.ShouldBe(new DateTimeOffset(2026, 2, 25, 16, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void The_local_date_decides_not_the_utc_date()
    {
        // 2026-03-01T17:00Z is Monday 01:00 in Beijing but still Sunday in UTC.
        var start = new DateTimeOffset(2026, 3, 1, 17, 0, 0, TimeSpan.Zero);
        Due(start, 1).ShouldBe(Beijing(2026, 3, 4));
    }

    private static DateTimeOffset Due(DateTimeOffset start, int days) =>
        Official2026.Add(start, TimeLimit.WorkingDays(days)).DueAt;
}
