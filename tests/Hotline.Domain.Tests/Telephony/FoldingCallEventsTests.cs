using Hotline.Domain.Telephony;

namespace Hotline.Domain.Tests.Telephony;

/// <summary>A call's row is a function of the set of its events: order, repetition and lateness change nothing.</summary>
public sealed class FoldingCallEventsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 4, 1, 30, 0, TimeSpan.Zero);

    private static readonly CallEvent[] Story =
    [
        new("e1", CallEventKind.Offered, T0, "c1", Caller: "13812345678", Queue: "12345"),
        new("e2", CallEventKind.Queued, T0.AddSeconds(1), "c1"),
        new("e3", CallEventKind.Answered, T0.AddSeconds(12), "c1", Agent: "agent"),
        new("e4", CallEventKind.Transferred, T0.AddSeconds(70), "c1", Target: "expert"),
        new("e5", CallEventKind.Ended, T0.AddSeconds(200), "c1", HungUpBy: HungUpBy.Caller),
        new("e6", CallEventKind.Recording, T0.AddSeconds(201), "c1", RecordingUrl: "https://rec.example/c1.wav"),
    ];

    private static PhoneCall Fold(IEnumerable<CallEvent> events)
    {
        var call = PhoneCall.Open(1, "c1");
        call.Fold(events);
        return call;
    }

    private static object Row(PhoneCall c) => new
    {
        c.CallerNumber,
        c.Queue,
        c.ArrivedAt,
        c.OfferedAt,
        c.QueuedAt,
        c.AnsweredAt,
        c.AgentLogin,
        c.Transfers,
        c.TransferredTo,
        c.EndedAt,
        c.HungUpBy,
        c.AbandonedAt,
        c.RecordingUrl,
        c.State,
        c.WaitMs,
        c.HandleMs,
    };

    private static IEnumerable<IReadOnlyList<T>> Permutations<T>(IReadOnlyList<T> items)
    {
        if (items.Count <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var rest = items.Where((_, j) => j != i).ToList();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }

    [Fact]
    public void Every_order_of_a_calls_events_gives_the_same_row()
    {
        var expected = Row(Fold(Story));
        var orders = 0;
        foreach (var order in Permutations(Story))
        {
            Row(Fold(order)).ShouldBe(expected);
            orders++;
        }

        orders.ShouldBe(720);
    }

    [Fact]
    public void The_tidy_feed_gives_the_call_as_it_happened()
    {
        var call = Fold(Story);

        call.State.ShouldBe(PhoneCallState.Answered);
        call.CallerNumber.ShouldBe("13812345678");
        call.ArrivedAt.ShouldBe(T0);
        call.AgentLogin.ShouldBe("agent");
        call.WaitMs.ShouldBe(12_000);
        call.HandleMs.ShouldBe(188_000);
        call.Transfers.ShouldBe(1);
        call.TransferredTo.ShouldBe("expert");
        call.HungUpBy.ShouldBe(HungUpBy.Caller);
        call.RecordingUrl.ShouldBe("https://rec.example/c1.wav");
    }

    [Fact]
    public void An_event_sent_twice_folds_as_once()
    {
        Row(Fold([.. Story, Story[2], Story[4], Story[0]])).ShouldBe(Row(Fold(Story)));
    }

    [Fact]
    public void An_answer_without_its_offer_is_a_call_answered_at_once_until_the_offer_comes()
    {
        var call = Fold([Story[2]]);
        call.State.ShouldBe(PhoneCallState.Answered);
        call.ArrivedAt.ShouldBe(Story[2].At);
        call.WaitMs.ShouldBe(0);
        call.CallerNumber.ShouldBeNull();

        call.Fold([Story[2], Story[0]]);
        call.ArrivedAt.ShouldBe(T0);
        call.WaitMs.ShouldBe(12_000);
        call.CallerNumber.ShouldBe("13812345678");
    }

    [Fact]
    public void A_call_that_ends_unanswered_is_abandoned_with_its_wait()
    {
        var call = Fold([Story[0], new("x", CallEventKind.Ended, T0.AddSeconds(4), "c1", HungUpBy: HungUpBy.Caller)]);
        call.State.ShouldBe(PhoneCallState.Abandoned);
        call.WaitMs.ShouldBe(4_000);

        var reported = Fold([new("y", CallEventKind.Abandoned, T0.AddSeconds(30), "c1", WaitSeconds: 25)]);
        reported.State.ShouldBe(PhoneCallState.Abandoned);
        reported.WaitMs.ShouldBe(25_000);
        reported.ArrivedAt.ShouldBe(T0.AddSeconds(5));
    }

    [Fact]
    public void A_call_offered_and_not_yet_answered_is_waiting()
    {
        var call = Fold([Story[0], Story[1]]);
        call.State.ShouldBe(PhoneCallState.Waiting);
        call.WaitMs.ShouldBeNull();
    }

    [Fact]
    public void An_answer_reported_twice_by_different_events_keeps_the_first_agent_whatever_the_order()
    {
        var second = new CallEvent("e9", CallEventKind.Answered, T0.AddSeconds(30), "c1", Agent: "other");
        Fold([Story[0], second, Story[2]]).AgentLogin.ShouldBe("agent");
        Fold([Story[2], Story[0], second]).AgentLogin.ShouldBe("agent");
    }
}
