namespace Hotline.Domain.Tickets;

/// <summary>One act of a ticket's life as the holdings read it (<see cref="TicketEvent"/>'s state change, unit and round).</summary>
public sealed record HeldEvent(DateTimeOffset At, TicketAction Action, TicketStatus? From, TicketStatus To, int Round, int? UnitId);

/// <summary>One unit's part as the holdings read it: its role, when it was given the ticket, its deadlines and acts.</summary>
public sealed record HeldAssignment(
    int Round,
    int UnitId,
    AssignmentRole Role,
    DateTimeOffset DispatchedAt,
    DateTimeOffset SignForDueAt,
    DateTimeOffset? SignedForAt,
    DateTimeOffset FirstContactDueAt,
    DateTimeOffset? FirstContactAt,
    DateTimeOffset ResolveDueAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? AssistDoneAt)
{
    public bool IsLead => Role == AssignmentRole.Lead;

    public bool IsDelegated => Role == AssignmentRole.Delegated;

    public static HeldAssignment Of(Assignment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Round, a.UnitId, a.Role, a.DispatchedAt, a.SignForDueAt, a.SignedForAt, a.FirstContactDueAt, a.FirstContactAt,
            a.ResolveDueAt, a.ResolvedAt, a.AssistDoneAt);
    }
}

/// <summary>
/// What <see cref="HoldingTimeline"/> cuts a ticket's life from: its events in the order they happened (by time, then as
/// recorded), its assignments, and the deadlines kept on the ticket. A page that has read the ticket's rows already
/// builds it from them rather than loading the ticket a second time.
/// </summary>
public sealed record HeldTicket(
    DateTimeOffset RegisteredAt,
    DateTimeOffset? DispatchDueAt,
    DateTimeOffset? SubmittedForReviewAt,
    DateTimeOffset? ReviewDueAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? CallbackDueAt,
    IReadOnlyList<HeldEvent> Events,
    IReadOnlyList<HeldAssignment> Assignments)
{
    /// <summary>When an approved return restarted the dispatch clock (<see cref="Ticket.DispatchRestartedAt"/>), or null.</summary>
    public DateTimeOffset? DispatchRestartedAt { get; init; }

    public static HeldTicket Of(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return new(ticket.RegisteredAt, ticket.DispatchDueAt, ticket.SubmittedForReviewAt, ticket.ReviewDueAt, ticket.ResolvedAt, ticket.CallbackDueAt,
            [.. ticket.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new HeldEvent(e.At, e.Action, e.From, e.To, e.Round, e.UnitId))],
            [.. ticket.Assignments.Select(HeldAssignment.Of)])
        { DispatchRestartedAt = ticket.DispatchRestartedAt };
    }
}
