namespace Hotline.Domain.Telephony;

/// <summary>
/// An agent's current state on the platform. The latest event wins by its own time (then id), not by when it arrived,
/// so a delayed "ready" never overwrites a later "on call".
/// </summary>
public sealed class AgentState
{
    private AgentState()
    {
        AgentLogin = string.Empty;
        EventId = string.Empty;
    }

    public int ClientId { get; private set; }
    public string AgentLogin { get; private set; }
    public AgentStateKind State { get; private set; }
    public string? Reason { get; private set; }
    public DateTimeOffset Since { get; private set; }
    public string EventId { get; private set; }

    public static AgentState From(int clientId, CallEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var state = new AgentState { ClientId = clientId, AgentLogin = e.Agent ?? throw new ArgumentException("An agent event names the agent.", nameof(e)) };
        state.Take(e);
        return state;
    }

    /// <summary>Takes the event if it is later than the state held; returns whether it did.</summary>
    public bool Apply(CallEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var later = e.At > Since || (e.At == Since && string.CompareOrdinal(e.EventId, EventId) > 0);
        if (later)
        {
            Take(e);
        }

        return later;
    }

    private void Take(CallEvent e)
    {
        State = e.State ?? throw new ArgumentException("An agent event names the state.", nameof(e));
        Reason = e.Reason;
        Since = e.At;
        EventId = e.EventId;
    }
}
