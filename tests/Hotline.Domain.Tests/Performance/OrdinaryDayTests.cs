using Hotline.Domain.Performance;
using static Hotline.Domain.Tests.Performance.SurgeDays;

namespace Hotline.Domain.Tests.Performance;

/// <summary>Busy is not the same as surging: a day is only flagged against its own category's recent days.</summary>
public class OrdinaryDayTests
{
    [Fact]
    public void A_steadily_busy_category_is_not_surging()
    {
        // Noise complaints: 55 to 65 a day for weeks, then 64.
        var steady = Enumerable.Range(0, 28).Select(i => 55 + (i * 7 % 11)).ToArray();

        SurgeDetector.Surges(Ending([.. steady, 64]), LastDay, LastDay).ShouldBeEmpty();
    }

    [Fact]
    public void A_spike_below_ten_tickets_is_not_a_surge_however_unusual()
    {
        var quiet = Enumerable.Repeat(0, 27).Append(1).ToArray();

        var spike = SurgeDetector.Check(LastDay, 9, quiet);

        spike.Count.ShouldBeGreaterThan((int)spike.Threshold);
        spike.IsSurge.ShouldBeFalse();
    }

    [Fact]
    public void Ten_tickets_after_four_quiet_weeks_is_a_surge()
    {
        SurgeDetector.Check(LastDay, 10, Enumerable.Repeat(0, 28).ToArray()).IsSurge.ShouldBeTrue();
    }

    [Fact]
    public void A_count_exactly_three_deviations_above_the_mean_is_not_more_than_three()
    {
        // Baseline alternating 10 and 14: mean 12, deviation 2, so the threshold is 18.
        var baseline = Enumerable.Range(0, 28).Select(i => i % 2 == 0 ? 10 : 14).ToArray();

        SurgeDetector.Check(LastDay, 18, baseline).IsSurge.ShouldBeFalse();
        SurgeDetector.Check(LastDay, 19, baseline).IsSurge.ShouldBeTrue();
    }
}
