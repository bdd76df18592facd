using Hotline.Domain.Deadlines;
using static Hotline.Domain.Tests.Deadlines.TestCalendars;

namespace Hotline.Domain.Tests.Deadlines;

public class WorkingDayTests
{
    public static TheoryData<DateOnly> Holidays2026 => [.. OfficialHolidays()];

    public static TheoryData<DateOnly> MakeupDays2026 =>
    [
        Date(2026, 1, 4), Date(2026, 2, 14), Date(2026, 2, 28), Date(2026, 5, 9), Date(2026, 9, 20), Date(2026, 10, 10),
    ];

    [Fact]
    public void Monday_to_friday_without_an_entry_are_working_days()
    {
        for (var date = Date(2026, 3, 2); date <= Date(2026, 3, 6); date = date.AddDays(1))
        {
            Official2026.IsWorkingDay(date).ShouldBeTrue(date.ToString());
        }
    }

    [Fact]
    public void Weekends_without_an_entry_are_not_working_days()
    {
        Official2026.IsWorkingDay(Date(2026, 3, 7)).ShouldBeFalse();
        Official2026.IsWorkingDay(Date(2026, 3, 8)).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Holidays2026))]
    public void Every_2026_holiday_is_not_a_working_day(DateOnly holiday)
    {
        Official2026.IsWorkingDay(holiday).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(MakeupDays2026))]
    public void Every_2026_makeup_day_is_a_working_day_although_it_is_a_weekend(DateOnly makeup)
    {
        CalendarDay.IsWeekend(makeup).ShouldBeTrue();
        Official2026.IsWorkingDay(makeup).ShouldBeTrue();
    }

    [Fact]
    public void The_year_2026_has_248_working_days()
    {
        // 261 weekdays, minus 19 holidays on a weekday, plus 6 make-up weekend days.
        var count = 0;
        for (var date = Date(2026, 1, 1); date.Year == 2026; date = date.AddDays(1))
        {
            count += Official2026.IsWorkingDay(date) ? 1 : 0;
        }

        count.ShouldBe(248);
    }

    [Fact]
    public void A_year_without_data_is_a_plain_monday_to_friday_week()
    {
        Official2026.IsWorkingDay(Date(2027, 1, 1)).ShouldBeTrue();
        Official2026.IsWorkingDay(Date(2027, 1, 2)).ShouldBeFalse();
        Official2026.IsWorkingDay(Date(2025, 12, 31)).ShouldBeTrue();
    }

    [Fact]
    public void A_date_cannot_be_both_a_holiday_and_a_makeup_day()
    {
        Should.Throw<ArgumentException>(() => new WorkingCalendar(
            [Date(2026, 2, 14)], [Date(2026, 2, 14)], OfficeHours.Default, Shanghai));
    }

    private static IEnumerable<DateOnly> OfficialHolidays()
    {
        (DateOnly First, DateOnly Last)[] blocks =
        [
            (Date(2026, 1, 1), Date(2026, 1, 3)),
            (Date(2026, 2, 15), Date(2026, 2, 23)),
            (Date(2026, 4, 4), Date(2026, 4, 6)),
            (Date(2026, 5, 1), Date(2026, 5, 5)),
            (Date(2026, 6, 19), Date(2026, 6, 21)),
            (Date(2026, 9, 25), Date(2026, 9, 27)),
            (Date(2026, 10, 1), Date(2026, 10, 7)),
        ];
        foreach (var (first, last) in blocks)
        {
            for (var date = first; date <= last; date = date.AddDays(1))
            {
                yield return date;
            }
        }
    }
}
