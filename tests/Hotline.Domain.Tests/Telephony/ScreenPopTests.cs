using Hotline.Domain.Telephony;

namespace Hotline.Domain.Tests.Telephony;

/// <summary>When an answered call is sent to the agent's screen: once, while the caller is on the line.</summary>
public sealed class ScreenPopTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 4, 1, 30, 0, TimeSpan.Zero);

    private static readonly CallEvent Offered = new("o", CallEventKind.Offered, T0, "c1", Caller: "13812345678");
    private static readonly CallEvent Answered = new("a", CallEventKind.Answered, T0.AddSeconds(8), "c1", Agent: "agent");
    private static readonly CallEvent AnsweredAgain = new("a2", CallEventKind.Answered, T0.AddSeconds(9), "c1", Agent: "agent");
    private static readonly CallEvent Ended = new("e", CallEventKind.Ended, T0.AddSeconds(60), "c1", HungUpBy: HungUpBy.Caller);

    /// <summary>Folds the events seen so far (as the service does on each arrival) and decides the pop.</summary>
    private static ScreenPop Arrive(PhoneCall call, List<CallEvent> seen, params CallEvent[] arriving)
    {
        var numberBefore = call.CallerNumber;
        seen.AddRange(arriving);
        call.Fold(seen);
        return call.DecidePop(numberBefore, T0.AddMinutes(5));
    }

    [Fact]
    public void An_answered_call_pops_once_however_often_the_answer_is_repeated()
    {
        var call = PhoneCall.Open(1, "c1");
        var seen = new List<CallEvent>();
        Arrive(call, seen, Offered).ShouldBe(ScreenPop.None);
        Arrive(call, seen, Answered).ShouldBe(ScreenPop.Pop);
        call.PoppedAt.ShouldBe(T0.AddMinutes(5));
        Arrive(call, seen, AnsweredAgain).ShouldBe(ScreenPop.None);
        Arrive(call, seen, Ended).ShouldBe(ScreenPop.None);
    }

    [Fact]
    public void A_call_that_ended_before_its_answer_arrived_does_not_pop()
    {
        var call = PhoneCall.Open(1, "c1");
        var seen = new List<CallEvent>();
        Arrive(call, seen, Offered, Ended).ShouldBe(ScreenPop.None);
        Arrive(call, seen, Answered).ShouldBe(ScreenPop.None);
        call.PoppedAt.ShouldBeNull();
    }

    [Fact]
    public void An_answer_before_its_offer_pops_at_once_and_the_number_follows_the_offer()
    {
        var call = PhoneCall.Open(1, "c1");
        var seen = new List<CallEvent>();
        Arrive(call, seen, Answered).ShouldBe(ScreenPop.Pop);
        call.CallerNumber.ShouldBeNull();
        Arrive(call, seen, Offered).ShouldBe(ScreenPop.Number);
        call.CallerNumber.ShouldBe("13812345678");
        Arrive(call, seen, AnsweredAgain).ShouldBe(ScreenPop.None);
    }

    [Fact]
    public void A_late_offer_after_the_call_ended_sends_nothing()
    {
        var call = PhoneCall.Open(1, "c1");
        var seen = new List<CallEvent>();
        Arrive(call, seen, Answered).ShouldBe(ScreenPop.Pop);
        Arrive(call, seen, Ended, Offered).ShouldBe(ScreenPop.None);
    }

    [Fact]
    public void An_unanswered_call_does_not_pop()
    {
        var call = PhoneCall.Open(1, "c1");
        Arrive(call, [], Offered).ShouldBe(ScreenPop.None);
        call.PoppedAt.ShouldBeNull();
    }
}
