using Hotline.Domain.Access;
using Hotline.Domain.Common;

namespace Hotline.Domain.Tickets;

/// <summary>Closing the loop with the citizen: callbacks (回访), closure and reopening (重办).</summary>
public sealed partial class Ticket
{
    private readonly List<Callback> _callbacks = [];

    /// <summary>Waiting in the callback queue: a resolved round, or a sampled direct answer, not yet called back.</summary>
    public bool AwaitingCallback { get; private set; }

    /// <summary>A directly answered ticket picked for a callback, so the direct-answer path is measured too.</summary>
    public bool IsCallbackSample { get; private set; }

    public ClosureReason? ClosureReason { get; private set; }

    /// <summary>How many times the ticket went round again; "reopened repeatedly" compares it with a threshold.</summary>
    public int ReopenCount { get; private set; }

    public IReadOnlyList<Callback> Callbacks => _callbacks.AsReadOnly();

    /// <summary>Marks a directly answered ticket for a sample callback due at <paramref name="callbackDueAt"/>.</summary>
    public void SampleForCallback(DateTimeOffset callbackDueAt)
    {
        if (!IsDirectlyAnswered || IsCallbackSample)
        {
            throw new DomainRuleException("Ticket.Error.TransitionNotAllowed", "only a direct answer is sampled, once");
        }

        IsCallbackSample = true;
        AwaitingCallback = true;
        CallbackDueAt = callbackDueAt;
    }

    /// <summary>
    /// Records one callback attempt. Not reached: counted; the round closes as unreachable once failed attempts fall
    /// on <see cref="CallbackRules.MaxFailedAttempts"/> different days. Reached: satisfied or basically satisfied
    /// closes; dissatisfied closes too unless the agent reopens with a reason (<paramref name="reopen"/> gives the
    /// next round's units and clocks).
    /// </summary>
    public void RecordCallback(CallbackReport report, CallbackRules rules, Actor actor, DateTimeOffset now, DispatchOrder? reopen = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rules);
        if (!AwaitingCallback)
        {
            throw new DomainRuleException("FollowUp.Error.NotAwaitingCallback");
        }

        ValidateReport(report, reopen);
        if (report.Reopen)
        {
            CheckOrder(reopen!);
        }

        // Each path moves first (the move checks the role and the table) and changes state only once it is allowed.
        var lead = _assignments.FirstOrDefault(a => a.IsActive && a.IsLead);
        var callback = new Callback(Round, IsCallbackSample && !IsDispatchedRound ? null : lead?.UnitId,
            IsCallbackSample && !IsDispatchedRound, now, actor.UserId, actor.DisplayName, report);
        var note = report.CitizenWords?.Trim();

        if (!report.Reached)
        {
            var failedDays = _callbacks.Where(c => c.Round == Round && !c.Reached).Select(c => c.LocalDate)
                .Append(report.LocalDate).Distinct().Count();
            if (failedDays >= rules.MaxFailedAttempts)
            {
                EndCallback(Tickets.ClosureReason.Unreachable, actor, now, note);
            }
            else
            {
                Move(TicketAction.RecordCallback, actor, now, note, lead?.UnitId);
            }

            _callbacks.Add(callback);
            return;
        }

        if (report.Reopen)
        {
            Move(TicketAction.RecordCallback, actor, now, note, lead?.UnitId);
            _callbacks.Add(callback);
            StartNextRound(reopen!, actor, now, report.ReopenReason!);
            return;
        }

        EndCallback(callback.IsSatisfied ? Tickets.ClosureReason.Satisfied : Tickets.ClosureReason.Dissatisfied, actor, now, note);
        _callbacks.Add(callback);
    }

    /// <summary>
    /// 重办 by a supervisor (or after a dissatisfied callback): round N+1 with fresh clocks. A closed ticket may be
    /// reopened only within <see cref="CallbackRules.ReopenWindow"/> of its closure.
    /// </summary>
    public void Reopen(DispatchOrder order, CallbackRules rules, Actor actor, DateTimeOffset now, string reason)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(rules);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("FollowUp.Error.ReopenReasonRequired");
        }

        if (Status == TicketStatus.Closed && ClosedAt is { } closedAt && now - closedAt > rules.ReopenWindow)
        {
            throw new DomainRuleException("FollowUp.Error.ReopenWindowPassed");
        }

        StartNextRound(order, actor, now, reason);
    }

    /// <summary>作废: a supervisor cancels an invalid ticket (nuisance, or a duplicate with no master) with a reason.</summary>
    public void Cancel(Actor actor, DateTimeOffset now, string reason, CancelReason? kind = null)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("Supervision.Error.CancelReasonRequired");
        }

        Move(TicketAction.Cancel, actor, now, reason.Trim()).CancelReason = kind;
        ClosedAt = now;
        EndSupervision();
    }

    /// <summary>A round that reached a unit (as opposed to a direct answer that was never dispatched).</summary>
    private bool IsDispatchedRound => _assignments.Any(a => a.Round == Round);

    /// <summary>The shape of a callback report, for a ticket's callback and an incident caller's alike.</summary>
    internal static void ValidateReport(CallbackReport report, DispatchOrder? reopen)
    {
        if (!report.Reached)
        {
            if (report.Reopen)
            {
                throw new DomainRuleException("FollowUp.Error.ReopenNeedsDissatisfied");
            }

            return;
        }

        if (report.Satisfaction is not { } satisfaction || !Enum.IsDefined(satisfaction))
        {
            throw new DomainRuleException("FollowUp.Error.SatisfactionRequired");
        }

        if (report.Solved is null)
        {
            throw new DomainRuleException("FollowUp.Error.SolvedRequired");
        }

        if (!report.Reopen)
        {
            return;
        }

        if (satisfaction != Tickets.Satisfaction.Dissatisfied)
        {
            throw new DomainRuleException("FollowUp.Error.ReopenNeedsDissatisfied");
        }

        if (string.IsNullOrWhiteSpace(report.ReopenReason))
        {
            throw new DomainRuleException("FollowUp.Error.ReopenReasonRequired");
        }

        if (reopen is null)
        {
            throw new DomainRuleException("FollowUp.Error.ReopenUnitRequired");
        }
    }

    private void EndCallback(ClosureReason reason, Actor actor, DateTimeOffset now, string? note)
    {
        if (Status == TicketStatus.Closed)
        {
            // A sampled direct answer: the sample is done; the ticket was closed when it was answered.
            Move(TicketAction.RecordCallback, actor, now, note);
            AwaitingCallback = false;
            return;
        }

        Move(TicketAction.CloseAfterCallback, actor, now, note, _assignments.FirstOrDefault(a => a.IsActive && a.IsLead)?.UnitId);
        AwaitingCallback = false;
        ClosedAt = now;
        ClosureReason = reason;
        EndSupervision();
    }

    private void StartNextRound(DispatchOrder order, Actor actor, DateTimeOffset now, string reason)
    {
        CheckOrder(order);
        Move(TicketAction.Reopen, actor, now, reason.Trim(), order.LeadUnitId, round: Round + 1);
        Round++;
        ReopenCount++;
        AssignRound(order, actor, now);

        // The previous round's result and callback stay in the timeline, its assignment and its callback rows.
        ResolutionText = null;
        ResolutionOutcome = null;
        CannotSolveReason = null;
        ResolvedAt = null;
        CallbackDueAt = null;
        AwaitingCallback = false;
        ClosedAt = null;
        ClosureReason = null;
    }
}
