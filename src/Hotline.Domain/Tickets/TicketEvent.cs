namespace Hotline.Domain.Tickets;

/// <summary>One immutable line of a ticket's timeline: who did what, when, and which state it moved between.</summary>
public sealed class TicketEvent
{
    private TicketEvent()
    {
        ActorUserId = string.Empty;
        ActorName = string.Empty;
    }

    internal TicketEvent(int round, DateTimeOffset at, string actorUserId, string actorName, TicketAction action,
        TicketStatus? from, TicketStatus to, string? note, int? unitId = null, long? callId = null)
    {
        Round = round;
        At = at;
        ActorUserId = actorUserId;
        ActorName = actorName;
        Action = action;
        From = from;
        To = to;
        Note = note;
        UnitId = unitId;
        CallId = callId;
    }

    public long Id { get; private set; }
    public long TicketId { get; private set; }
    public int Round { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string ActorUserId { get; private set; }
    public string ActorName { get; private set; }
    public TicketAction Action { get; private set; }
    public TicketStatus? From { get; private set; }
    public TicketStatus To { get; private set; }
    public string? Note { get; private set; }

    /// <summary>The unit the act concerned (dispatched to, returned by…), when there is one.</summary>
    public int? UnitId { get; private set; }

    /// <summary>The call that caused the act (registration, urge), when there is one.</summary>
    public long? CallId { get; private set; }

    /// <summary>How the unit reached the citizen (<see cref="TicketAction.RecordContact"/>); the note holds the summary.</summary>
    public ContactMethod? ContactMethod { get; internal set; }

    /// <summary>Why the unit asks to return the ticket (<see cref="TicketAction.RequestReturn"/>); the note holds the rest.</summary>
    public ReturnReason? ReturnReason { get; internal set; }

    /// <summary>Why the supervisor cancelled (<see cref="TicketAction.Cancel"/>); the note holds the rest.</summary>
    public CancelReason? CancelReason { get; internal set; }

    /// <summary>Whether the supervisor approved or rejected the extension (<see cref="TicketAction.DecideExtension"/>); the note holds the reason.</summary>
    public RequestStatus? ExtensionDecision { get; internal set; }

    /// <summary>The mark an appeal (申诉) act is about (ADR 0031).</summary>
    public AppealedMark? AppealedMark { get; internal set; }
}
