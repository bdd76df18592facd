using Hotline.Domain.Performance;
using static Hotline.Domain.Tests.Performance.SurgeDays;

namespace Hotline.Domain.Tests.Performance;

/// <summary>
/// A baseline with no spread at all: the spread is taken as one ticket a day, so one extra ticket over a flat
/// baseline is not a surge, while a real jump still is.
/// </summary>
public class FlatBaselineTests
{
    private static readonly int[] FlatTwelve = Enumerable.Repeat(12, 28).ToArray();

    [Fact]
    public void One_ticket_more_than_a_flat_baseline_is_not_a_surge()
    {
        var check = SurgeDetector.Check(LastDay, 13, FlatTwelve);

        check.BaselineDeviation.ShouldBe(0);
        check.Threshold.ShouldBe(15);
        check.IsSurge.ShouldBeFalse();
    }

    [Fact]
    public void Exceeding_a_flat_baseline_by_more_than_three_tickets_is_a_surge()
    {
        SurgeDetector.Check(LastDay, 15, FlatTwelve).IsSurge.ShouldBeFalse();
        SurgeDetector.Check(LastDay, 16, FlatTwelve).IsSurge.ShouldBeTrue();
    }

    [Fact]
    public void A_baseline_needs_at_least_one_day()
    {
        Should.Throw<ArgumentException>(() => SurgeDetector.Check(LastDay, 40, []));
    }
}
