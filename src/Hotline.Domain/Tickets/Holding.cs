using Hotline.Domain.Deadlines;

namespace Hotline.Domain.Tickets;

/// <summary>Who holds a ticket for a stretch of its life: the hotline's dispatch desk, a unit, the hotline's callback.</summary>
public enum HolderKind
{
    /// <summary>派单: registered or returned, waiting for a unit.</summary>
    Dispatch = 0,

    /// <summary>A unit's part, from dispatch (or reopening) until it resolves the round or its return is approved.</summary>
    Unit = 1,

    /// <summary>回访: the round is resolved and the hotline calls the citizen back.</summary>
    Callback = 2,

    /// <summary>审核: the unit's reply waits for a hotline reviewer (issue 18 §2).</summary>
    Review = 3,
}

/// <summary>How a holding ended: the act that passed the ticket on, or <see cref="Running"/> while it lasts.</summary>
public enum HoldingEnd
{
    Running = 0,
    Dispatched = 1,
    Resolved = 2,
    Returned = 3,
    Reopened = 4,
    Closed = 5,
    Merged = 6,
    Cancelled = 7,

    /// <summary>An assisting unit reported its part done.</summary>
    PartDone = 8,

    /// <summary>The reviewer passed the unit's reply (on to the callback).</summary>
    Passed = 9,

    /// <summary>The reviewer sent the reply back to the unit.</summary>
    SentBack = 10,

    /// <summary>The unit's objection to the dispatch was upheld: the ticket went to another unit, the time charged to nobody.</summary>
    ObjectionUpheld = 11,
}

/// <summary>What became of one of a holder's deadlines.</summary>
public enum DeadlineOutcome
{
    /// <summary>Met: the act was done by the deadline.</summary>
    Met = 0,

    /// <summary>Missed: done late, or not done and the deadline passed while the holder held the ticket.</summary>
    Missed = 1,

    /// <summary>Not done yet, not yet due, and the holder still holds the ticket.</summary>
    Running = 2,

    /// <summary>The holder passed the ticket on (a return, a merge) before the act and before the deadline: nobody's.</summary>
    Ended = 3,
}

/// <summary>One of a holder's deadlines: which clock, when it was due, when it was met.</summary>
public sealed record HeldDeadline(ClockKind Clock, DateTimeOffset DueAt, DateTimeOffset? DoneAt, DeadlineOutcome Outcome);

/// <summary>
/// A stretch of a ticket's life with one holder (clock per holder): the round, who, from when to when (open while it
/// lasts), how it ended and which of the holder's deadlines were met or missed.
/// </summary>
public sealed record Holding(
    int Round,
    HolderKind Kind,
    int? UnitId,
    bool IsLead,
    DateTimeOffset From,
    DateTimeOffset? To,
    HoldingEnd End,
    IReadOnlyList<HeldDeadline> Deadlines)
{
    /// <summary>False for a holding that ended with an upheld objection: a misdispatch, charged to nobody (ADR 0029).</summary>
    public bool Charged => End != HoldingEnd.ObjectionUpheld;

    /// <summary>A sub-unit's holding (下派), beside its parent's.</summary>
    public bool IsDelegated { get; init; }

    /// <summary>Natural (24/7) time held, until <paramref name="now"/> while it lasts.</summary>
    public TimeSpan Natural(DateTimeOffset now) => (To ?? now) - From;

    /// <summary>Working time held: inside office hours on working days.</summary>
    public TimeSpan Working(WorkingCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.WorkingTimeBetween(From, To ?? now);
    }
}

/// <summary>
/// 时限分段: a ticket's life cut into the stretches each holder held it, from its events (the one record of what happened)
/// and its assignments (the deadlines each unit was given). The lead holdings follow one another without gap or overlap
/// from registration to closing (or now), so they sum to the ticket's life; an assisting unit's holding runs beside its
/// lead's. A unit whose return was approved is charged with its own time only: the unit dispatched next starts its own
/// holding, with its own deadlines. The unit's clocks run while a return is requested (ADR 0018), so that time is the
/// unit's too.
/// </summary>
public static class HoldingTimeline
{
    public static IReadOnlyList<Holding> Of(Ticket ticket, DateTimeOffset now) => Of(HeldTicket.Of(ticket), now);

    public static IReadOnlyList<Holding> Of(HeldTicket ticket, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var holdings = new List<Holding>();
        Open? open = null;
        // A stable sort: events of one instant stay in the order they were recorded.
        foreach (var e in ticket.Events.OrderBy(e => e.At))
        {
            // An upheld objection passes the ticket from one unit to another without leaving Dispatched.
            if (e.From == e.To && e.Action != TicketAction.UpholdObjection)
            {
                continue;
            }

            var kind = HolderOf(e.To);
            var resumed = e.Action == TicketAction.SendBackFromReview;
            var assignment = kind == HolderKind.Unit && e.Action is TicketAction.Dispatch or TicketAction.Reopen or TicketAction.UpholdObjection
                ? LeadDispatchedAt(ticket, e.Round, e.At)
                : resumed ? LeadHolding(ticket, e.Round, e.At) : null;
            if (open is not null && open.Kind == kind && assignment is null)
            {
                continue; // the same holder goes on (signed for, a return requested or refused)
            }

            if (open is not null)
            {
                holdings.Add(open.Close(e.At, EndOf(e.Action), ticket, now));
            }

            // Registration is round 0; waiting for the first dispatch belongs to the first round.
            open = kind is { } k ? new Open(Math.Max(e.Round, 1), k, assignment, e.At, resumed) : null;
        }

        if (open is not null)
        {
            holdings.Add(open.Close(null, HoldingEnd.Running, ticket, now));
        }

        var leads = holdings.ToList();
        holdings.AddRange(Assisting(ticket, leads, now));
        holdings.AddRange(Delegated(ticket, leads, now));
        return holdings;
    }

    private static HolderKind? HolderOf(TicketStatus status) => status switch
    {
        TicketStatus.PendingDispatch => HolderKind.Dispatch,
        TicketStatus.Dispatched or TicketStatus.InProgress or TicketStatus.ReturnRequested => HolderKind.Unit,
        TicketStatus.Resolved => HolderKind.Callback,
        TicketStatus.UnderReview => HolderKind.Review,
        _ => null,
    };

    private static HoldingEnd EndOf(TicketAction action) => action switch
    {
        TicketAction.Dispatch => HoldingEnd.Dispatched,
        TicketAction.Resolve or TicketAction.SubmitForReview => HoldingEnd.Resolved,
        TicketAction.PassReview => HoldingEnd.Passed,
        TicketAction.SendBackFromReview => HoldingEnd.SentBack,
        TicketAction.ApproveReturn => HoldingEnd.Returned,
        TicketAction.Reopen => HoldingEnd.Reopened,
        TicketAction.Merge => HoldingEnd.Merged,
        TicketAction.Cancel => HoldingEnd.Cancelled,
        TicketAction.UpholdObjection => HoldingEnd.ObjectionUpheld,
        _ => HoldingEnd.Closed,
    };

    private static HeldAssignment? LeadDispatchedAt(HeldTicket ticket, int round, DateTimeOffset at) =>
        ticket.Assignments.FirstOrDefault(a => a.Round == round && a.IsLead && a.DispatchedAt == at);

    // A reply sent back from review goes to the round's lead that submitted it.
    private static HeldAssignment? LeadHolding(HeldTicket ticket, int round, DateTimeOffset at) =>
        ticket.Assignments.Where(a => a.Round == round && a.IsLead && a.DispatchedAt <= at).MaxBy(a => a.DispatchedAt);

    private static IEnumerable<Holding> Assisting(HeldTicket ticket, List<Holding> leads, DateTimeOffset now)
    {
        foreach (var assist in ticket.Assignments.Where(a => a.Role == AssignmentRole.Assisting))
        {
            var lead = leads.FirstOrDefault(h => h.Kind == HolderKind.Unit && h.Round == assist.Round && h.From <= assist.DispatchedAt
                && (h.To is null || h.To > assist.DispatchedAt));
            var (to, end) = assist.AssistDoneAt is { } done ? (done, HoldingEnd.PartDone) : (lead?.To, lead?.End ?? HoldingEnd.Running);
            yield return new Holding(assist.Round, HolderKind.Unit, assist.UnitId, false, assist.DispatchedAt, to, end,
                [Deadline(ClockKind.Resolve, assist.ResolveDueAt, assist.AssistDoneAt, to, now)]);
        }
    }

    /// <summary>
    /// 下派: a sub-unit's holding runs beside its parent's, from the delegation to its reply (or the parent's end, or the
    /// moment the parent took the ticket back), with its own deadlines. A reply the reviewer sent back to the sub-unit
    /// starts its next holding, with only its resolution deadline (as for a lead unit, ADR 0028).
    /// </summary>
    private static IEnumerable<Holding> Delegated(HeldTicket ticket, List<Holding> leads, DateTimeOffset now)
    {
        foreach (var sub in ticket.Assignments.Where(a => a.IsDelegated))
        {
            var mine = ticket.Events.Where(e => e.Round == sub.Round && e.UnitId == sub.UnitId && e.At >= sub.DispatchedAt)
                .OrderBy(e => e.At).ToList();
            var from = sub.DispatchedAt;
            var resumed = false;
            foreach (var back in mine.Where(e => e.Action == TicketAction.SendBackFromReview))
            {
                var reply = mine.LastOrDefault(e => e.Action is TicketAction.Resolve or TicketAction.SubmitForReview && e.At >= from && e.At <= back.At);
                var replied = reply?.At ?? back.At;
                yield return SubHolding(sub, from, replied, HoldingEnd.Resolved, replied, resumed, now);
                (from, resumed) = (back.At, true);
            }

            var parent = leads.FirstOrDefault(h => h.Kind == HolderKind.Unit && h.Round == sub.Round && h.From <= from
                && (h.To is null || h.To >= from));
            var (to, end) = sub.ResolvedAt is { } resolved && resolved >= from
                ? (resolved, HoldingEnd.Resolved)
                : (parent?.To, parent?.End ?? HoldingEnd.Running);
            yield return SubHolding(sub, from, to, end, end == HoldingEnd.Resolved ? to : null, resumed, now);
        }
    }

    private static Holding SubHolding(HeldAssignment sub, DateTimeOffset from, DateTimeOffset? to, HoldingEnd end, DateTimeOffset? resolved,
        bool resumed, DateTimeOffset now) =>
        new(sub.Round, HolderKind.Unit, sub.UnitId, false, from, to, end, resumed
            ? [Deadline(ClockKind.Resolve, sub.ResolveDueAt, resolved, to, now)]
            :
            [
                Deadline(ClockKind.SignFor, sub.SignForDueAt, sub.SignedForAt, to, now),
                Deadline(ClockKind.FirstContact, sub.FirstContactDueAt, sub.FirstContactAt, to, now),
                Deadline(ClockKind.Resolve, sub.ResolveDueAt, resolved, to, now),
            ])
        { IsDelegated = true };

    private static HeldDeadline Deadline(ClockKind clock, DateTimeOffset due, DateTimeOffset? done, DateTimeOffset? heldUntil, DateTimeOffset now,
        bool charged = true)
    {
        var outcome = done is { } d
            ? (d <= due ? DeadlineOutcome.Met : DeadlineOutcome.Missed)
            : !charged ? DeadlineOutcome.Ended
            : (heldUntil ?? now) > due ? DeadlineOutcome.Missed
            : heldUntil is null ? DeadlineOutcome.Running
            : DeadlineOutcome.Ended;
        return new HeldDeadline(clock, due, done, outcome);
    }

    private sealed record Open(int Round, HolderKind Kind, HeldAssignment? Lead, DateTimeOffset From, bool Resumed)
    {
        public Holding Close(DateTimeOffset? to, HoldingEnd end, HeldTicket ticket, DateTimeOffset now) =>
            new(Round, Kind, Lead?.UnitId, true, From, to, end, Deadlines(to, end, ticket, now));

        // The unit's resolution is the act that ended its holding: a reply sent back from review was resolved once and
        // is resolved again later, each holding by its own end.
        private List<HeldDeadline> Deadlines(DateTimeOffset? to, HoldingEnd end, HeldTicket ticket, DateTimeOffset now) => Kind switch
        {
            HolderKind.Unit when Lead is not null && Resumed =>
                [Deadline(ClockKind.Resolve, Lead.ResolveDueAt, end == HoldingEnd.Resolved ? to : null, to, now)],

            // An upheld objection charges the unit with none of its deadlines, even one that ran out while it waited.
            HolderKind.Unit when Lead is not null =>
            [
                Deadline(ClockKind.SignFor, Lead.SignForDueAt, Lead.SignedForAt, to, now, end != HoldingEnd.ObjectionUpheld),
                Deadline(ClockKind.FirstContact, Lead.FirstContactDueAt, Lead.FirstContactAt, to, now, end != HoldingEnd.ObjectionUpheld),
                Deadline(ClockKind.Resolve, Lead.ResolveDueAt, end == HoldingEnd.Resolved ? to : null, to, now, end != HoldingEnd.ObjectionUpheld),
            ],

            // Only the latest review's deadline is kept on the ticket.
            HolderKind.Review when ticket.SubmittedForReviewAt == From && ticket.ReviewDueAt is { } due =>
                [Deadline(ClockKind.Review, due, end is HoldingEnd.Passed or HoldingEnd.SentBack ? to : null, to, now)],

            // Only the running dispatch clock's deadline is kept on the ticket: from registration, or from the approved return
            // that restarted it (the first dispatch's deadline is then no longer known; its outcome is DispatchedInTime).
            HolderKind.Dispatch when ticket.DispatchDueAt is { } due && From == (ticket.DispatchRestartedAt ?? ticket.RegisteredAt) =>
                [Deadline(ClockKind.Dispatch, due, end == HoldingEnd.Dispatched ? to : null, to, now)],

            // Only the current round's callback deadline is kept on the ticket.
            HolderKind.Callback when ticket.ResolvedAt == From && ticket.CallbackDueAt is { } due =>
                [Deadline(ClockKind.Callback, due, end is HoldingEnd.Closed or HoldingEnd.Reopened ? to : null, to, now)],

            _ => [],
        };
    }
}
