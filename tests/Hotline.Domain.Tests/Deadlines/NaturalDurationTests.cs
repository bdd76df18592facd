using Hotline.Domain.Deadlines;
using static Hotline.Domain.Tests.Deadlines.TestCalendars;

namespace Hotline.Domain.Tests.Deadlines;

public class NaturalDurationTests
{
    [Fact]
    public void Minutes_run_around_the_clock_including_nights_and_holidays()
    {
        Due(Beijing(2026, 10, 1, 23, 50), TimeLimit.Minutes(15)).ShouldBe(Beijing(2026, 10, 2, 0, 5));
    }

    [Fact]
    public void Hours_run_across_a_weekend()
    {
        Due(Beijing(2026, 3, 6, 22, 0), TimeLimit.Hours(4)).ShouldBe(Beijing(2026, 3, 7, 2, 0));
        Due(Beijing(2026, 3, 6, 22, 0), TimeLimit.Hours(72)).ShouldBe(Beijing(2026, 3, 9, 22, 0));
    }

    [Fact]
    public void Natural_durations_never_report_missing_calendar_data()
    {
        var result = Official2026.Add(Beijing(2031, 12, 31, 23, 0), TimeLimit.Hours(4));

        result.DueAt.ShouldBe(Beijing(2032, 1, 1, 3, 0));
        result.YearsWithoutData.ShouldBeEmpty();
    }

    [Fact]
    public void The_due_instant_is_in_utc()
    {
        var due = Due(Beijing(2026, 3, 2, 9, 0), TimeLimit.Minutes(30));

        due.Offset.ShouldBe(TimeSpan.Zero);
        due.ShouldBe(new DateTimeOffset(2026, 3, 2, 1, 30, 0, TimeSpan.Zero));
    }

    private static DateTimeOffset Due(DateTimeOffset start, TimeLimit limit) => Official2026.Add(start, limit).DueAt;
}
