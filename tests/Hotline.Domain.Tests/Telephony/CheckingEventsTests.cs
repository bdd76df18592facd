using Hotline.Domain.Telephony;

namespace Hotline.Domain.Tests.Telephony;

/// <summary>What the events API refuses, field by field, and what it accepts.</summary>
public sealed class CheckingEventsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 4);

    private static (CallEvent? Event, List<CallEventError> Errors) Check(CallEventInput input)
    {
        var errors = new List<CallEventError>();
        return (CallEventRules.Check(3, input, Now, Today, errors), errors);
    }

    [Fact]
    public void A_well_formed_offer_is_accepted_in_utc()
    {
        var (e, errors) = Check(new CallEventInput { EventId = "e1", Type = "offered", CallId = "c1", At = "2026-12-04T09:30:15+08:00", Caller = "13812345678", Queue = "12345" });
        errors.ShouldBeEmpty();
        e.ShouldNotBeNull().At.ShouldBe(new DateTimeOffset(2026, 12, 4, 1, 30, 15, TimeSpan.Zero));
        e.Kind.ShouldBe(CallEventKind.Offered);
    }

    [Fact]
    public void Every_wrong_field_is_named_with_the_events_place()
    {
        var (e, errors) = Check(new CallEventInput
        {
            EventId = new string('x', 65),
            Type = "answered",
            At = "2026-12-04 09:30",
            Caller = "call me",
            HungUpBy = "nobody",
            WaitSeconds = "-1",
            RecordingUrl = "ftp://x",
            State = "asleep",
        });
        e.ShouldBeNull();
        errors.ShouldAllBe(x => x.Index == 3);
        errors.Select(x => x.Field).ShouldBe(["eventId", "at", "callId", "caller", "agent", "hungUpBy", "waitSeconds", "recordingUrl", "state"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("2026-12-04T09:30:15")]
    [InlineData("2026-12-04T11:00:00+08:00")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("2026-13-04T09:30:15Z")]
    public void Times_without_an_offset_in_the_future_or_impossible_are_refused(string at)
    {
        var (_, errors) = Check(new CallEventInput { EventId = "e", Type = "queued", CallId = "c", At = at });
        errors.ShouldHaveSingleItem().Code.ShouldBe(CallEventRules.BadTime);
    }

    [Fact]
    public void An_unknown_type_and_missing_fields_are_refused()
    {
        var (_, errors) = Check(new CallEventInput { Type = "ringing" });
        errors.Select(x => (x.Field, x.Code)).ShouldBe(
            [("eventId", CallEventRules.Required), ("type", CallEventRules.UnknownType), ("at", CallEventRules.Required)], ignoreOrder: true);
    }

    [Fact]
    public void An_agent_state_needs_the_agent_and_a_known_state_but_no_call()
    {
        var (e, errors) = Check(new CallEventInput { EventId = "s", Type = "agentState", At = "2026-12-04T01:00:00Z", Agent = "agent", State = "notReady", Reason = "小休" });
        errors.ShouldBeEmpty();
        e.ShouldNotBeNull().State.ShouldBe(AgentStateKind.NotReady);
        e.CallId.ShouldBeNull();
    }
}
