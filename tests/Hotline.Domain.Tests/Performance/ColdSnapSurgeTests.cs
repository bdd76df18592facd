using Hotline.Domain.Performance;
using static Hotline.Domain.Tests.Performance.SurgeDays;

namespace Hotline.Domain.Tests.Performance;

/// <summary>A cold snap: Utilities › Heating jumps from about 3 tickets a day to 40.</summary>
public class ColdSnapSurgeTests
{
    [Fact]
    public void Heating_jumping_from_about_three_a_day_to_forty_is_a_surge()
    {
        var counts = Ending([.. OrdinaryHeatingMonth(), 40]);

        var surge = SurgeDetector.Surges(counts, LastDay, LastDay).ShouldHaveSingleItem();

        surge.Date.ShouldBe(LastDay);
        surge.Count.ShouldBe(40);
        surge.BaselineMean.ShouldBe(3, tolerance: 0.05);
        surge.BaselineDeviation.ShouldBe(0.82, tolerance: 0.01);
    }

    [Fact]
    public void Each_day_is_judged_against_its_own_previous_four_weeks_so_the_first_days_of_the_cold_snap_stand_out()
    {
        // A week of scanning: four ordinary days, then the cold snap arrives and stays.
        var counts = Ending([.. OrdinaryHeatingMonth(), 3, 2, 4, 3, 40, 42, 41]);

        var surges = SurgeDetector.Surges(counts, LastDay.AddDays(-6), LastDay);

        surges.Select(s => s.Date).ShouldBe([LastDay.AddDays(-2), LastDay.AddDays(-1), LastDay]);
        surges.Select(s => s.Count).ShouldBe([40, 42, 41]);
    }

    [Fact]
    public void Once_the_cold_snap_is_part_of_the_baseline_the_same_load_is_no_longer_a_surge()
    {
        // Five days at 40 raise the last four weeks' mean and spread enough that a sixth day at 40 is not unusual.
        var counts = Ending([.. OrdinaryHeatingMonth().Skip(5), 40, 40, 40, 40, 40, 40]);

        SurgeDetector.Surges(counts, LastDay, LastDay).ShouldBeEmpty();
    }

    [Fact]
    public void Days_missing_from_the_counts_had_no_tickets()
    {
        var counts = new Dictionary<DateOnly, int> { [LastDay] = 12 };

        var surge = SurgeDetector.Surges(counts, LastDay, LastDay).ShouldHaveSingleItem();

        surge.BaselineMean.ShouldBe(0);
        surge.BaselineDeviation.ShouldBe(0);
    }
}
