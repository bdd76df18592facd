using Hotline.Domain.Telephony;

namespace Hotline.Domain.Tests.Telephony;

public sealed class AgentStateTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 4, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_latest_state_by_its_own_time_wins_however_late_an_earlier_one_arrives()
    {
        var onCall = new CallEvent("s2", CallEventKind.AgentState, T0.AddMinutes(5), Agent: "agent", State: AgentStateKind.OnCall);
        var ready = new CallEvent("s1", CallEventKind.AgentState, T0, Agent: "agent", State: AgentStateKind.Ready);

        var state = AgentState.From(1, onCall);
        state.Apply(ready).ShouldBeFalse();

        state.State.ShouldBe(AgentStateKind.OnCall);
        state.Since.ShouldBe(T0.AddMinutes(5));
    }

    [Fact]
    public void Not_ready_keeps_its_reason()
    {
        var state = AgentState.From(1, new CallEvent("s1", CallEventKind.AgentState, T0, Agent: "agent", State: AgentStateKind.Ready));
        state.Apply(new CallEvent("s2", CallEventKind.AgentState, T0.AddMinutes(1), Agent: "agent", State: AgentStateKind.NotReady, Reason: "培训")).ShouldBeTrue();
        state.State.ShouldBe(AgentStateKind.NotReady);
        state.Reason.ShouldBe("培训");
    }
}
