namespace Hotline.Domain.Tickets;

/// <summary>
/// Which clock runs, the one rule (docs/decisions/0018-one-running-clock.md). A ticket waiting for dispatch runs its
/// dispatch clock from registration, or from the approved return that sent it back. Once dispatched, each active assignment runs one clock while the ticket is with
/// the units (dispatched, in progress, return requested): the lead's sign-for until signed for, then first contact until
/// made, then resolution until resolved; an assisting unit's resolution clock until its part is done. A resolved round
/// waits for the callback with no unit clock running, and a closed, merged or cancelled ticket runs none at all.
/// </summary>
public static class AssignmentClock
{
    /// <summary>The ticket states in which units' clocks run (queries: <see cref="WithUnitsStatuses"/>).</summary>
    public static bool WithUnits(TicketStatus status) => WithUnitsStatuses.Contains(status);

    /// <summary>The ticket states in which units' clocks run, for queries (EF inlines the array as <c>IN (2, 3, 4)</c>).</summary>
    public static readonly TicketStatus[] WithUnitsStatuses = [TicketStatus.Dispatched, TicketStatus.InProgress, TicketStatus.ReturnRequested];

    /// <summary>The clock running on an assignment of a ticket in <paramref name="status"/>, or null when none runs.</summary>
    public static RunningClock? Of(Assignment assignment, TicketStatus status)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return Of(status, assignment.IsActive, assignment.Role, assignment.DispatchedAt, assignment.SignForDueAt, assignment.SignedForAt,
            assignment.FirstContactDueAt, assignment.FirstContactAt, assignment.ResolveDueAt, assignment.ResolvedAt, assignment.AssistDoneAt);
    }

    /// <summary>The same rule over an assignment's stored columns, for reads that project them.</summary>
    public static RunningClock? Of(
        TicketStatus status,
        bool isActive,
        AssignmentRole role,
        DateTimeOffset dispatchedAt,
        DateTimeOffset signForDueAt,
        DateTimeOffset? signedForAt,
        DateTimeOffset firstContactDueAt,
        DateTimeOffset? firstContactAt,
        DateTimeOffset resolveDueAt,
        DateTimeOffset? resolvedAt,
        DateTimeOffset? assistDoneAt)
    {
        if (!isActive || !WithUnits(status) || resolvedAt is not null)
        {
            return null;
        }

        if (role == AssignmentRole.Assisting && assistDoneAt is not null)
        {
            return null;
        }

        return Next(role, dispatchedAt, signForDueAt, signedForAt, firstContactDueAt, firstContactAt, resolveDueAt);
    }

    /// <summary>
    /// The clock the assignment runs while it runs at all (<see cref="Of(TicketStatus, bool, AssignmentRole, DateTimeOffset, DateTimeOffset, DateTimeOffset?, DateTimeOffset, DateTimeOffset?, DateTimeOffset, DateTimeOffset?, DateTimeOffset?)"/>
    /// says whether it does): an assisting unit's resolution clock; otherwise sign-for until signed for, then first contact
    /// until made, then resolution. It reads the assignment's own columns only, so the database stores it with each row
    /// (assignments.clock and clock_due_at, ADR 0033).
    /// </summary>
    public static RunningClock Next(
        AssignmentRole role,
        DateTimeOffset dispatchedAt,
        DateTimeOffset signForDueAt,
        DateTimeOffset? signedForAt,
        DateTimeOffset firstContactDueAt,
        DateTimeOffset? firstContactAt,
        DateTimeOffset resolveDueAt) =>
        role == AssignmentRole.Assisting ? new RunningClock(ClockKind.Resolve, dispatchedAt, resolveDueAt)
            : signedForAt is null ? new RunningClock(ClockKind.SignFor, dispatchedAt, signForDueAt)
            : firstContactAt is null ? new RunningClock(ClockKind.FirstContact, dispatchedAt, firstContactDueAt)
            : new RunningClock(ClockKind.Resolve, dispatchedAt, resolveDueAt);

    /// <summary>
    /// The ticket's dispatch clock while it waits for dispatch, or null: from registration, or from the approved return
    /// that restarted it (<paramref name="restartedAt"/>) — its deadline was computed from then.
    /// </summary>
    public static RunningClock? Dispatch(TicketStatus status, DateTimeOffset registeredAt, DateTimeOffset? restartedAt, DateTimeOffset? dispatchDueAt) =>
        status == TicketStatus.PendingDispatch && dispatchDueAt is { } due ? new RunningClock(ClockKind.Dispatch, restartedAt ?? registeredAt, due) : null;

    /// <summary>The ticket's dispatch clock while it waits for dispatch, or null.</summary>
    public static RunningClock? Dispatch(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return Dispatch(ticket.Status, ticket.RegisteredAt, ticket.DispatchRestartedAt, ticket.DispatchDueAt);
    }

    /// <summary>
    /// The callback clock while the ticket waits for its callback, from its resolution (a sampled direct answer: from
    /// registration) to the callback deadline; null otherwise.
    /// </summary>
    public static RunningClock? Callback(bool awaitingCallback, DateTimeOffset startedAt, DateTimeOffset? callbackDueAt) =>
        awaitingCallback && callbackDueAt is { } due ? new RunningClock(ClockKind.Callback, startedAt, due) : null;

    /// <summary>The ticket's callback clock while it waits for its callback, or null.</summary>
    public static RunningClock? Callback(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return Callback(ticket.AwaitingCallback, ticket.ResolvedAt ?? ticket.RegisteredAt, ticket.CallbackDueAt);
    }

    /// <summary>The review clock (审核) while a reply waits for its reviewer, from its submission to the review deadline; null otherwise.</summary>
    public static RunningClock? Review(TicketStatus status, DateTimeOffset? submittedAt, DateTimeOffset? reviewDueAt) =>
        status == TicketStatus.UnderReview && submittedAt is { } started && reviewDueAt is { } due
            ? new RunningClock(ClockKind.Review, started, due)
            : null;

    /// <summary>The ticket's review clock while its reply waits for review, or null.</summary>
    public static RunningClock? Review(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return Review(ticket.Status, ticket.SubmittedForReviewAt, ticket.ReviewDueAt);
    }

    /// <summary>The clock by which the ticket is late or not: the dispatch clock, else the active lead's, else none.</summary>
    public static RunningClock? OfTicket(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return Dispatch(ticket)
            ?? ticket.Assignments.Where(a => a.IsActive && a.IsLead).Select(a => Of(a, ticket.Status)).FirstOrDefault(c => c is not null);
    }
}
