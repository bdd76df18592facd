using Hotline.Domain.Telephony;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using static Hotline.Services.Tests.Telephony.TelephonyFixture;

namespace Hotline.Services.Tests.Telephony;

/// <summary>The events API's service against the real database: order, repetition, gaps and refusals.</summary>
public sealed class RecordingEventsTests(TelephonyFixture app) : DatabaseTest<TelephonyFixture>(app), IClassFixture<TelephonyFixture>
{
    private static readonly DateTimeOffset Morning = TestDatabase.DefaultNow.AddHours(-1);

    private Task<PhoneCall> CallAsync(string callId) =>
        App.ReadAsync(db => db.PhoneCalls.AsNoTracking().SingleAsync(c => c.PlatformCallId == callId));

    [Fact]
    public async Task Every_order_the_events_arrive_in_one_by_one_gives_the_same_call_row()
    {
        var story = AnsweredCall("tidy", Morning, waitSeconds: 9, talkSeconds: 140);
        foreach (var e in story)
        {
            (await App.SendAsync(e)).Accepted.ShouldBe(1);
        }

        var expected = Row(await CallAsync("tidy"));
        var random = new Random(17);
        for (var round = 0; round < 8; round++)
        {
            var call = $"shuffled-{round}";
            var events = AnsweredCall(call, Morning, waitSeconds: 9, talkSeconds: 140).OrderBy(_ => random.Next()).ToList();
            foreach (var e in events)
            {
                (await App.SendAsync(e)).Succeeded.ShouldBeTrue();
            }

            Row(await CallAsync(call)).ShouldBe(expected);
        }
    }

    [Fact]
    public async Task A_repeated_event_or_batch_is_ignored()
    {
        var story = AnsweredCall("twice", Morning, waitSeconds: 3, talkSeconds: 60);
        var first = await App.SendAsync(story);
        first.Accepted.ShouldBe(4);
        var before = Row(await CallAsync("twice"));

        var again = await App.SendAsync([.. story, story[2]]);
        again.Accepted.ShouldBe(0);
        again.Duplicates.ShouldBe(5);
        Row(await CallAsync("twice")).ShouldBe(before);
        (await App.ReadAsync(db => db.TelephonyEvents.CountAsync(e => e.CallId == "twice"))).ShouldBe(4);
    }

    [Fact]
    public async Task An_answer_without_its_offer_is_accepted_and_completed_when_the_offer_comes()
    {
        var story = AnsweredCall("late-offer", Morning, waitSeconds: 20, talkSeconds: 30);
        (await App.SendAsync(story[2])).Pops.ShouldHaveSingleItem().AgentLogin.ShouldBe("agent");
        var early = await CallAsync("late-offer");
        early.State.ShouldBe(PhoneCallState.Answered);
        early.CallerNumber.ShouldBeNull();

        (await App.SendAsync(story[0], story[3])).Pops.ShouldBeEmpty();
        var completed = await CallAsync("late-offer");
        completed.CallerNumber.ShouldBe("13812345678");
        completed.WaitMs.ShouldBe(20_000);
        completed.HandleMs.ShouldBe(30_000);
    }

    [Fact]
    public async Task A_batch_with_one_bad_event_is_refused_whole_and_writes_nothing()
    {
        var counts = await CountsAsync();
        var good = AnsweredCall("half", Morning, waitSeconds: 5, talkSeconds: 10);
        var bad = Event("half-bad", "ended", "half", Morning) with { At = "yesterday" };

        var result = await App.SendAsync([.. good, bad, new CallEventInput { EventId = "x", Type = "ringing" }]);

        result.Succeeded.ShouldBeFalse();
        result.Errors.Select(e => (e.Index, e.Field)).ShouldBe([(4, "at"), (5, "type"), (5, "at")], ignoreOrder: true);
        (await CountsAsync()).ShouldBe(counts);
    }

    [Fact]
    public async Task An_empty_or_oversized_batch_is_refused()
    {
        (await App.SendAsync()).Errors.ShouldHaveSingleItem().Code.ShouldBe("Telephony.Error.Batch");
        var many = Enumerable.Range(0, CallEventRules.BatchMax + 1).Select(i => Event($"big-{i}", "queued", $"big-{i}", Morning)).ToArray();
        (await App.SendAsync(many)).Errors.ShouldHaveSingleItem().Code.ShouldBe("Telephony.Error.Batch");
    }

    [Fact]
    public async Task Events_of_one_call_sent_at_once_from_many_requests_give_the_tidy_row()
    {
        var story = AnsweredCall("racing", Morning, waitSeconds: 14, talkSeconds: 77);
        var results = await Task.WhenAll(story.Concat(story).Select(e => App.SendAsync(e)));
        results.Sum(r => r.Accepted).ShouldBe(4);
        // Whether the answer pops depends on whether its request folds before the hang-up's: at most once either way
        // (ScreenPopDecisionTests holds each case apart).
        results.Sum(r => r.Pops.Count).ShouldBeLessThanOrEqualTo(1);
        var call = await CallAsync("racing");
        call.WaitMs.ShouldBe(14_000);
        call.HandleMs.ShouldBe(77_000);
    }

    [Fact]
    public async Task An_agents_state_is_the_latest_by_time_whatever_order_it_came_in()
    {
        await App.SendAsync(AgentState("st-2", "agent2", "onCall", Morning.AddMinutes(2)));
        await App.SendAsync(AgentState("st-1", "agent2", "ready", Morning.AddMinutes(1)));
        var state = await App.ReadAsync(db => db.AgentStates.AsNoTracking().SingleAsync(s => s.AgentLogin == "agent2"));
        state.State.ShouldBe(AgentStateKind.OnCall);
    }

    private Task<(int Events, int Calls, int Agents)> CountsAsync() => App.ReadAsync(async db =>
        (await db.TelephonyEvents.CountAsync(), await db.PhoneCalls.CountAsync(), await db.AgentStates.CountAsync()));
}
