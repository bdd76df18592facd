namespace Hotline.Domain.Telephony;

/// <summary>
/// One event as the platform sent it, already checked (<see cref="CallEventRules"/>). <see cref="EventId"/> is the
/// platform's own id: the same event sent twice is recognised and ignored. Agent-state events have no call id.
/// </summary>
public sealed record CallEvent(
    string EventId,
    CallEventKind Kind,
    DateTimeOffset At,
    string? CallId = null,
    string? Caller = null,
    string? Queue = null,
    string? Agent = null,
    string? Target = null,
    HungUpBy? HungUpBy = null,
    int? WaitSeconds = null,
    string? RecordingUrl = null,
    AgentStateKind? State = null,
    string? Reason = null)
{
    /// <summary>
    /// The one order a call's events are folded in, whatever order they arrived in: by time, then kind (an offer before
    /// its answer at the same second), then the platform's id. A fold over this order depends only on the set of events.
    /// </summary>
    public static readonly IComparer<CallEvent> FoldOrder = Comparer<CallEvent>.Create((a, b) =>
    {
        var byTime = a.At.CompareTo(b.At);
        if (byTime != 0)
        {
            return byTime;
        }

        var byKind = a.Kind.CompareTo(b.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(a.EventId, b.EventId);
    });
}
