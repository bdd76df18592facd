using Hotline.Domain.Performance;

namespace Hotline.Domain.Tests.Performance;

/// <summary>The worked example of docs/measures.md and the rules about components without a value.</summary>
public sealed class EfficiencyIndexTests
{
    // Sign-for 9/10 = 0.9, first response 8/10 = 0.8, on time 3/4 = 0.75, satisfied 4/5 = 0.8, solved 3/5 = 0.6.
    private static readonly UnitScore Example = new(new(9, 10), new(8, 10), new(3, 4), new(4, 5), new(3, 5));

    [Fact]
    public void The_index_is_the_weighted_mean_of_the_rates_times_100()
    {
        // (15×0.9 + 15×0.8 + 30×0.75 + 20×0.8 + 20×0.6) / 100 × 100 = 13.5 + 12 + 22.5 + 16 + 12 = 76
        Example.Index(KpiWeights.Default).ShouldNotBeNull().ShouldBe(76.0, 1e-9);
    }

    [Fact]
    public void A_component_with_no_value_is_left_out_not_counted_as_zero()
    {
        // No callbacks reached the citizen: (13.5 + 12 + 22.5) / 60 × 100 = 80.
        var score = Example with { Satisfaction = new(0, 0), Solved = new(0, 0) };

        score.Index(KpiWeights.Default).ShouldNotBeNull().ShouldBe(80.0, 1e-9);
    }

    [Fact]
    public void A_rate_on_fewer_cases_than_its_minimum_sample_has_no_value_and_is_left_out()
    {
        // On time 3/4 rests on 4 cases, fewer than 5: (13.5 + 12 + 16 + 12) / 70 × 100 = 76.43.
        var score = Example.With(new SampleMinimums(10, 0, 5, 1, 0));

        score.OnTimeCompletion.IsTooFew.ShouldBeTrue();
        score.OnTimeCompletion.Value.ShouldBeNull();
        (score.SignFor.IsTooFew, score.SignFor.Value).ShouldBe((false, 0.9), "10 cases meet a minimum of 10");
        score.Index(KpiWeights.Default).ShouldNotBeNull().ShouldBe(53.5 / 70 * 100, 1e-9);
        (score.OnTimeCompletion + new Rate(1, 1)).Value.ShouldBe(0.8, "five cases now: the minimum carries through a sum");
        new Rate(0, 0) { Minimum = 5 }.IsTooFew.ShouldBeFalse("nothing measured is not too few");
    }

    [Fact]
    public void A_unit_with_no_measured_component_has_no_index()
    {
        UnitScore.Empty.IsRated.ShouldBeFalse();
        UnitScore.Empty.Index(KpiWeights.Default).ShouldBeNull();
    }

    [Fact]
    public void Components_that_all_weigh_nothing_leave_no_index()
    {
        var onlySignFor = UnitScore.Empty with { SignFor = new(1, 1) };

        onlySignFor.Index(new KpiWeights(0, 10, 10, 10, 10)).ShouldBeNull();
    }

    [Fact]
    public void Changing_the_weights_changes_the_index()
    {
        // All weight on solved: 0.6 × 100.
        Example.Index(new KpiWeights(0, 0, 0, 0, 1)).ShouldNotBeNull().ShouldBe(60.0, 1e-9);
    }

    [Fact]
    public void Only_the_proportions_of_the_weights_matter()
    {
        Example.Index(new KpiWeights(3, 3, 6, 4, 4)).ShouldNotBeNull().ShouldBe(76.0, 1e-9);
    }

    [Fact]
    public void A_rate_with_a_zero_denominator_has_no_value()
    {
        new Rate(0, 0).Value.ShouldBeNull();
        new Rate(0, 0).Percent.ShouldBeNull();
        new Rate(0, 3).Percent.ShouldBe(0);
    }
}
