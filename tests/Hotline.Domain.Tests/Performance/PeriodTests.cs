using Hotline.Domain.Performance;

namespace Hotline.Domain.Tests.Performance;

public sealed class PeriodTests
{
    private static readonly DateOnly Monday23Nov = new(2026, 11, 23);

    [Fact]
    public void A_day_is_that_date()
    {
        var day = Period.Containing(PeriodKind.Day, Monday23Nov);

        (day.From, day.To, day.Code).ShouldBe((Monday23Nov, Monday23Nov, "2026-11-23"));
    }

    [Theory]
    [InlineData("2026-11-23", "2026-11-23", "2026-11-29", "2026-W48")] // Monday
    [InlineData("2026-11-29", "2026-11-23", "2026-11-29", "2026-W48")] // Sunday belongs to the week it ends
    [InlineData("2027-01-01", "2026-12-28", "2027-01-03", "2026-W53")] // a Friday in the last ISO week of 2026
    [InlineData("2026-01-01", "2025-12-29", "2026-01-04", "2026-W01")] // a Thursday: week 1 of 2026 starts in 2025
    public void A_week_runs_monday_to_sunday(string date, string from, string to, string code)
    {
        var week = Period.Containing(PeriodKind.Week, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        (week.From.ToString("yyyy-MM-dd", null), week.To.ToString("yyyy-MM-dd", null), week.Code).ShouldBe((from, to, code));
    }

    [Theory]
    [InlineData(2026, 2, 28)]
    [InlineData(2028, 2, 29)]
    [InlineData(2026, 11, 30)]
    [InlineData(2026, 12, 31)]
    public void A_month_runs_from_the_first_to_its_last_day(int year, int month, int lastDay)
    {
        var period = Period.Containing(PeriodKind.Month, new DateOnly(year, month, 15));

        period.From.ShouldBe(new DateOnly(year, month, 1));
        period.To.ShouldBe(new DateOnly(year, month, lastDay));
        period.EndExclusive.ShouldBe(new DateOnly(year, month, lastDay).AddDays(1));
    }

    [Fact]
    public void A_year_is_the_calendar_year()
    {
        var year = Period.Containing(PeriodKind.Year, Monday23Nov);

        (year.From, year.To, year.Code).ShouldBe((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "2026"));
    }

    [Fact]
    public void Previous_and_next_are_the_neighbouring_periods_of_the_same_kind()
    {
        var november = Period.Containing(PeriodKind.Month, Monday23Nov);

        november.Previous().Code.ShouldBe("2026-10");
        november.Next().Code.ShouldBe("2026-12");
        Period.Containing(PeriodKind.Week, Monday23Nov).Next().From.ShouldBe(new DateOnly(2026, 11, 30));
    }

    [Fact]
    public void Twelve_months_ending_here_run_oldest_first_to_the_month_of_the_period()
    {
        var months = Period.Containing(PeriodKind.Week, new DateOnly(2026, 11, 30)).MonthsEndingHere(12);

        // The week of 30 Nov ends on 6 Dec: the trend ends with December.
        months.Select(m => m.Code).ShouldBe(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06",
            "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]);
        months.ShouldAllBe(m => m.Kind == PeriodKind.Month);
    }

    [Fact]
    public void Contains_is_inclusive_at_both_ends()
    {
        var november = Period.Containing(PeriodKind.Month, Monday23Nov);

        november.Contains(new DateOnly(2026, 11, 1)).ShouldBeTrue();
        november.Contains(new DateOnly(2026, 11, 30)).ShouldBeTrue();
        november.Contains(new DateOnly(2026, 12, 1)).ShouldBeFalse();
    }
}
