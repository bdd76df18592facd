using Hotline.Domain.Deadlines;
using static Hotline.Domain.Tests.Deadlines.TestCalendars;

namespace Hotline.Domain.Tests.Deadlines;

public class DeadlineWarningTests
{
    // A 4-hour limit: yellow from 11:00, when a quarter (1 h) is left.
    private static readonly DateTimeOffset Started = Beijing(2026, 3, 2, 8, 0);
    private static readonly DateTimeOffset Due = Beijing(2026, 3, 2, 12, 0);

    [Fact]
    public void No_warning_while_more_than_a_quarter_of_the_limit_is_left()
    {
        DeadlineWarning.Evaluate(Started, Due, Started).ShouldBe(WarningLevel.None);
        DeadlineWarning.Evaluate(Started, Due, Beijing(2026, 3, 2, 10, 59)).ShouldBe(WarningLevel.None);
    }

    [Fact]
    public void Yellow_once_a_quarter_of_the_limit_is_left()
    {
        DeadlineWarning.Evaluate(Started, Due, Beijing(2026, 3, 2, 11, 0)).ShouldBe(WarningLevel.Yellow);
        DeadlineWarning.Evaluate(Started, Due, Beijing(2026, 3, 2, 11, 59)).ShouldBe(WarningLevel.Yellow);
    }

    [Fact]
    public void Exactly_at_the_deadline_is_still_on_time_so_not_red()
    {
        DeadlineWarning.Evaluate(Started, Due, Due).ShouldBe(WarningLevel.Yellow);
    }

    [Fact]
    public void Red_once_past_the_deadline()
    {
        DeadlineWarning.Evaluate(Started, Due, Due.AddTicks(1)).ShouldBe(WarningLevel.Red);
        DeadlineWarning.Evaluate(Started, Due, Due.AddDays(3)).ShouldBe(WarningLevel.Red);
    }

    [Fact]
    public void The_yellow_share_is_configurable()
    {
        DeadlineWarning.Evaluate(Started, Due, Beijing(2026, 3, 2, 10, 0), yellowShare: 0.5).ShouldBe(WarningLevel.Yellow);
        DeadlineWarning.Evaluate(Started, Due, Beijing(2026, 3, 2, 11, 0), yellowShare: 0).ShouldBe(WarningLevel.None);
    }

    [Fact]
    public void Instants_in_different_offsets_compare_as_instants()
    {
        var nowInUtc = new DateTimeOffset(2026, 3, 2, 3, 30, 0, TimeSpan.Zero);

        DeadlineWarning.Evaluate(Started, Due, nowInUtc).ShouldBe(WarningLevel.Yellow);
    }

    [Fact]
    public void A_zero_limit_is_yellow_at_its_start_and_red_after()
    {
        DeadlineWarning.Evaluate(Started, Started, Started).ShouldBe(WarningLevel.Yellow);
        DeadlineWarning.Evaluate(Started, Started, Started.AddSeconds(1)).ShouldBe(WarningLevel.Red);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void A_share_outside_zero_to_one_is_rejected(double share)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => DeadlineWarning.Evaluate(Started, Due, Started, share));
    }

    [Fact]
    public void A_deadline_before_its_start_is_rejected()
    {
        Should.Throw<ArgumentException>(() => DeadlineWarning.Evaluate(Due, Started, Started));
    }
}
