using Hotline.Domain.Access;
using Hotline.Domain.Common;

namespace Hotline.Domain.Tickets;

/// <summary>What a member unit does with a ticket it was given (the unit workbench), and the decisions on its requests.</summary>
public sealed partial class Ticket
{
    private readonly List<ExtensionRequest> _extensions = [];

    public string? ResolutionText { get; private set; }
    public ResolutionOutcome? ResolutionOutcome { get; private set; }
    public string? CannotSolveReason { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>When the hotline must have called the citizen back; starts at resolution.</summary>
    public DateTimeOffset? CallbackDueAt { get; private set; }

    public IReadOnlyList<ExtensionRequest> Extensions => _extensions.AsReadOnly();

    /// <summary>签收: the lead unit acknowledges the ticket.</summary>
    public void SignFor(int unitId, Actor actor, DateTimeOffset now)
    {
        var mine = ActiveOf(unitId);
        if (mine.IsDelegated)
        {
            // 下派: the sub-unit signs for its part; the ticket is already in progress with the parent.
            if (mine.SignedForAt is not null)
            {
                throw new DomainRuleException("Ticket.Error.TransitionNotAllowed");
            }

            Move(TicketAction.SignFor, actor, now, null, unitId);
            mine.MarkSignedFor(now);
            return;
        }

        var lead = LeadOf(unitId);
        if (Status != TicketStatus.Dispatched)
        {
            throw new DomainRuleException("Ticket.Error.TransitionNotAllowed");
        }

        RefuseWhileObjected();
        Move(TicketAction.SignFor, actor, now, null, unitId);
        lead.MarkSignedFor(now);
    }

    /// <summary>首次联系: the lead unit reached the citizen at <paramref name="contactedAt"/> (by <paramref name="method"/>, when said).</summary>
    public void RecordContact(int unitId, Actor actor, DateTimeOffset now, DateTimeOffset contactedAt, string summary, ContactMethod? method = null)
    {
        if (contactedAt > now)
        {
            throw new DomainRuleException("Workbench.Error.ContactInFuture");
        }

        var lead = WorkerOf(unitId);
        // People enter the contact to the minute: one in the dispatch's own minute is at the dispatch, not before it.
        var dispatchMinute = lead.DispatchedAt.AddTicks(-(lead.DispatchedAt.Ticks % TimeSpan.TicksPerMinute));
        if (contactedAt < dispatchMinute)
        {
            throw new DomainRuleException("Workbench.Error.ContactBeforeDispatch");
        }

        Move(TicketAction.RecordContact, actor, now, summary, unitId).ContactMethod = method;
        var at = contactedAt < lead.DispatchedAt ? lead.DispatchedAt : contactedAt;
        lead.MarkFirstContact(at);
        // The parent answers for its sub-unit: the citizen reached by the sub-unit is reached for the parent too.
        ParentOf(lead)?.MarkFirstContact(at);
    }

    /// <summary>A progress note from the lead unit, or an assisting unit's input.</summary>
    public void AddNote(int unitId, Actor actor, DateTimeOffset now, string note)
    {
        ActiveOf(unitId);
        Move(TicketAction.AddNote, actor, now, note, unitId);
    }

    /// <summary>An assisting unit reports its part done; only the lead unit resolves.</summary>
    public void MarkAssistDone(int unitId, Actor actor, DateTimeOffset now, string? note)
    {
        var assignment = ActiveOf(unitId);
        if (assignment.IsLead)
        {
            throw new DomainRuleException("Workbench.Error.LeadCannotAssistDone");
        }

        Move(TicketAction.AssistDone, actor, now, note, unitId);
        assignment.MarkAssistDone(now);
    }

    public void RequestExtension(int unitId, Actor actor, DateTimeOffset now, string reason, DateTimeOffset proposedDueAt)
    {
        var lead = LeadOf(unitId);
        if (_extensions.Any(e => e.Status == RequestStatus.Pending))
        {
            throw new DomainRuleException("Workbench.Error.ExtensionPending");
        }

        if (proposedDueAt <= lead.ResolveDueAt || proposedDueAt <= now)
        {
            throw new DomainRuleException("Workbench.Error.ExtensionNotLater");
        }

        Move(TicketAction.RequestExtension, actor, now, reason, unitId);
        _extensions.Add(new ExtensionRequest(lead.Id, unitId, actor.UserId, now, reason, proposedDueAt, lead.ResolveDueAt));
    }

    /// <summary>A supervisor approves (moving the resolution deadline) or rejects the pending extension request.</summary>
    public void DecideExtension(long requestId, bool approve, Actor actor, DateTimeOffset now, string? note)
    {
        var request = _extensions.SingleOrDefault(e => e.Id == requestId && e.Status == RequestStatus.Pending)
            ?? throw new DomainRuleException("Workbench.Error.NoPendingExtension");
        Move(TicketAction.DecideExtension, actor, now, note, request.UnitId).ExtensionDecision = approve ? RequestStatus.Approved : RequestStatus.Rejected;
        request.Decide(approve, actor.UserId, now, note);
        if (approve)
        {
            _assignments.Single(a => a.Id == request.AssignmentId).Extend(request.ProposedDueAt);
        }
    }

    /// <summary>退单: the lead unit says the ticket is not its job (<paramref name="kind"/>, when chosen; <paramref name="reason"/> says the rest).</summary>
    public void RequestReturn(int unitId, Actor actor, DateTimeOffset now, string reason, ReturnReason? kind = null)
    {
        var lead = LeadOf(unitId);
        RefuseWhileObjected();
        Move(TicketAction.RequestReturn, actor, now, reason, unitId).ReturnReason = kind;
        lead.RequestReturn(now, kind, reason);
    }

    /// <summary>
    /// The dispatcher accepts the return: the ticket goes back to the dispatch queue with a fresh dispatch clock
    /// (<paramref name="redispatchDueAt"/>); the unit's return is counted.
    /// </summary>
    public void ApproveReturn(Actor actor, DateTimeOffset now, string? note, DateTimeOffset redispatchDueAt)
    {
        var lead = PendingReturn();
        Move(TicketAction.ApproveReturn, actor, now, note, lead.UnitId);
        lead.DecideReturn(approve: true, now);
        // An extension asked for by the unit that gave the ticket back has nothing left to extend.
        foreach (var pending in _extensions.Where(e => e.Status == RequestStatus.Pending))
        {
            pending.Decide(approve: false, actor.UserId, now, note);
        }

        foreach (var active in _assignments.Where(a => a.IsActive))
        {
            active.Deactivate();
        }

        LeadUnitId = null;
        DispatchDueAt = redispatchDueAt;
        DispatchRestartedAt = now;
    }

    /// <summary>The dispatcher refuses the return: back to the unit, its clocks still running.</summary>
    public void RejectReturn(Actor actor, DateTimeOffset now, string? note)
    {
        var lead = PendingReturn();
        Move(TicketAction.RejectReturn, actor, now, note, lead.UnitId);
        lead.DecideReturn(approve: false, now);
    }

    /// <summary>办结: the lead unit reports the result; the callback clock starts.</summary>
    public void Resolve(int unitId, Actor actor, DateTimeOffset now, string result, ResolutionOutcome outcome,
        string? cannotSolveReason, DateTimeOffset callbackDueAt)
    {
        var lead = WorkerOf(unitId);
        CheckResult(outcome, cannotSolveReason);
        Move(TicketAction.Resolve, actor, now, result, unitId);
        RecordResult(lead, now, result, outcome, cannotSolveReason);
        StartCallback(now, callbackDueAt);
    }

    private static void CheckResult(ResolutionOutcome outcome, string? cannotSolveReason)
    {
        if (outcome == Tickets.ResolutionOutcome.CannotBeSolved && string.IsNullOrWhiteSpace(cannotSolveReason))
        {
            throw new DomainRuleException("Workbench.Error.ReasonRequired");
        }
    }

    /// <summary>The unit's reply: its resolution clock stops here, whether the reply goes to review or to the callback.</summary>
    private void RecordResult(Assignment lead, DateTimeOffset now, string result, ResolutionOutcome outcome, string? cannotSolveReason)
    {
        lead.MarkResolved(now);
        // 下派: the sub-unit's resolution is the parent's, measured against the parent's own deadline; a parent that
        // resolves itself takes the ticket back from the sub-unit (its part ends undone).
        ParentOf(lead)?.MarkResolved(now);
        foreach (var delegated in _assignments.Where(a => a.IsActive && a.IsDelegated && a.ResolvedAt is null))
        {
            delegated.Deactivate();
        }

        ResolutionText = result;
        ResolutionOutcome = outcome;
        CannotSolveReason = outcome == Tickets.ResolutionOutcome.CannotBeSolved ? cannotSolveReason : null;
    }

    /// <summary>The round is resolved for the hotline: the callback clock starts.</summary>
    private void StartCallback(DateTimeOffset now, DateTimeOffset callbackDueAt)
    {
        ResolvedAt = now;
        CallbackDueAt = callbackDueAt;
        AwaitingCallback = true;
    }

    /// <summary>A liaison reveals a confidential caller's number, with a reason; once per unit, always in the timeline.</summary>
    public void RevealCaller(int unitId, Actor actor, DateTimeOffset now, string reason)
    {
        if (!_assignments.Any(a => a.UnitId == unitId))
        {
            throw new DomainRuleException("Workbench.Error.NotYourAssignment");
        }

        if (_events.Any(e => e.Action == TicketAction.RevealCaller && e.UnitId == unitId))
        {
            throw new DomainRuleException("Workbench.Error.AlreadyRevealed");
        }

        Move(TicketAction.RevealCaller, actor, now, reason, unitId);
    }

    /// <summary>Records an attachment in the timeline (the file itself is stored beside the ticket).</summary>
    public void RecordAttachment(int? unitId, Actor actor, DateTimeOffset now, string fileName) =>
        Move(TicketAction.AddAttachment, actor, now, fileName, unitId);

    private Assignment ActiveOf(int unitId) =>
        _assignments.FirstOrDefault(a => a.IsActive && a.UnitId == unitId)
        ?? throw new DomainRuleException("Workbench.Error.NotYourAssignment");

    private Assignment LeadOf(int unitId)
    {
        var assignment = ActiveOf(unitId);
        return assignment.IsLead ? assignment : throw new DomainRuleException("Workbench.Error.LeadOnly");
    }

    /// <summary>The unit's assignment that works the ticket: the lead's, or a sub-unit's it was delegated, once signed for.</summary>
    private Assignment WorkerOf(int unitId)
    {
        var assignment = ActiveOf(unitId);
        if (assignment.IsDelegated)
        {
            return assignment.SignedForAt is null ? throw new DomainRuleException("Delegation.Error.SignForFirst") : assignment;
        }

        return assignment.IsLead ? assignment : throw new DomainRuleException("Workbench.Error.LeadOnly");
    }

    private Assignment? ParentOf(Assignment assignment) =>
        assignment.IsDelegated ? _assignments.FirstOrDefault(assignment.IsChildOf) : null;

    private Assignment PendingReturn() =>
        _assignments.FirstOrDefault(a => a.IsActive && a.IsLead && a.ReturnStatus == RequestStatus.Pending)
        ?? throw new DomainRuleException("Ticket.Error.TransitionNotAllowed");
}
