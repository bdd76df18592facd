using Hotline.Domain.Tickets;

namespace Hotline.Domain.Tests.Tickets;

public class CallbackSamplingTests
{
    private static readonly List<string> Numbers = Enumerable.Range(0, 30)
        .SelectMany(day => Enumerable.Range(1, 400).Select(seq => TicketNumber.Format(new DateOnly(2026, 11, 1).AddDays(day), seq)))
        .ToList();

    [Fact]
    public void The_same_number_is_always_sampled_the_same_way()
    {
        var first = Numbers.Select(n => CallbackSampling.IsSampled(n, 0.1)).ToList();

        Numbers.Select(n => CallbackSampling.IsSampled(n, 0.1)).ShouldBe(first);
    }

    [Theory]
    [InlineData(0.10)]
    [InlineData(0.05)]
    [InlineData(0.30)]
    public void About_the_configured_share_is_sampled(double share)
    {
        var sampled = Numbers.Count(n => CallbackSampling.IsSampled(n, share)) / (double)Numbers.Count;

        sampled.ShouldBe(share, 0.01);
    }

    [Fact]
    public void Each_day_gets_its_share_not_just_the_month()
    {
        foreach (var day in Numbers.Chunk(400))
        {
            (day.Count(n => CallbackSampling.IsSampled(n, 0.1)) / 400.0).ShouldBe(0.1, 0.05);
        }
    }

    [Fact]
    public void Nothing_is_sampled_at_zero_and_everything_at_one()
    {
        Numbers.ShouldAllBe(n => !CallbackSampling.IsSampled(n, 0));
        Numbers.ShouldAllBe(n => CallbackSampling.IsSampled(n, 1));
    }
}
