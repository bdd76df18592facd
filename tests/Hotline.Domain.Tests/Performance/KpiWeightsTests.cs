using Hotline.Domain.Performance;

namespace Hotline.Domain.Tests.Performance;

public sealed class KpiWeightsTests
{
    [Fact]
    public void The_default_weights_are_the_published_15_15_30_20_20()
    {
        var w = KpiWeights.Default;

        (w.SignFor, w.FirstResponse, w.OnTimeCompletion, w.Satisfaction, w.Solved).ShouldBe((15m, 15m, 30m, 20m, 20m));
        w.Sum.ShouldBe(100m);
        w.IsValid.ShouldBeTrue();
    }

    [Fact]
    public void A_negative_weight_is_refused_for_its_component()
    {
        var w = KpiWeights.Default with { Satisfaction = -1m };

        w.Problems().ShouldBe([(KpiComponent.Satisfaction, KpiWeights.ErrorNegative)]);
    }

    [Fact]
    public void A_weight_above_the_maximum_is_refused()
    {
        var w = KpiWeights.Default with { SignFor = 1001m };

        w.Problems().ShouldBe([(KpiComponent.SignFor, KpiWeights.ErrorTooLarge)]);
    }

    [Fact]
    public void All_weights_zero_is_refused_as_a_whole()
    {
        var w = new KpiWeights(0, 0, 0, 0, 0);

        w.Problems().ShouldBe([(null, KpiWeights.ErrorSumZero)]);
    }

    [Fact]
    public void Zero_for_some_components_is_allowed()
    {
        new KpiWeights(0, 0, 1, 0, 0).IsValid.ShouldBeTrue();
    }
}
