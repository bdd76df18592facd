using Hotline.Domain.Deadlines;

namespace Hotline.Domain.Tests.Deadlines;

public class TimeLimitTests
{
    [Fact]
    public void The_helpers_set_amount_and_unit()
    {
        TimeLimit.Minutes(15).ShouldBe(new TimeLimit(15, DurationUnit.Minutes));
        TimeLimit.Hours(4).ShouldBe(new TimeLimit(4, DurationUnit.Hours));
        TimeLimit.WorkingHours(2).ShouldBe(new TimeLimit(2, DurationUnit.WorkingHours));
        TimeLimit.WorkingDays(5).ShouldBe(new TimeLimit(5, DurationUnit.WorkingDays));
    }

    [Fact]
    public void A_negative_amount_is_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => TimeLimit.WorkingDays(-1));
    }

    [Fact]
    public void An_unknown_unit_is_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new TimeLimit(1, (DurationUnit)0));
    }

    [Fact]
    public void Working_units_are_told_apart_from_natural_ones()
    {
        TimeLimit.WorkingHours(1).IsWorkingTime.ShouldBeTrue();
        TimeLimit.WorkingDays(1).IsWorkingTime.ShouldBeTrue();
        TimeLimit.Hours(1).IsWorkingTime.ShouldBeFalse();
        TimeLimit.Minutes(1).IsWorkingTime.ShouldBeFalse();
    }
}
