namespace Hotline.Domain.Telephony;

/// <summary>An event as kept: what the platform sent, under the platform's id (unique per platform), and when it came.</summary>
public sealed class StoredCallEvent
{
    private StoredCallEvent()
    {
        EventId = string.Empty;
    }

    public long Id { get; private set; }
    public int ClientId { get; private set; }
    public string EventId { get; private set; }
    public CallEventKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? CallId { get; private set; }
    public string? Caller { get; private set; }
    public string? Queue { get; private set; }
    public string? Agent { get; private set; }
    public string? Target { get; private set; }
    public HungUpBy? HungUpBy { get; private set; }
    public int? WaitSeconds { get; private set; }
    public string? RecordingUrl { get; private set; }
    public AgentStateKind? State { get; private set; }
    public string? Reason { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }

    public static StoredCallEvent Of(int clientId, CallEvent e, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new StoredCallEvent
        {
            ClientId = clientId,
            EventId = e.EventId,
            Kind = e.Kind,
            At = e.At,
            CallId = e.CallId,
            Caller = e.Caller,
            Queue = e.Queue,
            Agent = e.Agent,
            Target = e.Target,
            HungUpBy = e.HungUpBy,
            WaitSeconds = e.WaitSeconds,
            RecordingUrl = e.RecordingUrl,
            State = e.State,
            Reason = e.Reason,
            ReceivedAt = receivedAt,
        };
    }

    public CallEvent ToEvent() => new(EventId, Kind, At, CallId, Caller, Queue, Agent, Target, HungUpBy, WaitSeconds, RecordingUrl, State, Reason);
}
