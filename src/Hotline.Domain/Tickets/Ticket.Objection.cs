using Hotline.Domain.Access;
using Hotline.Domain.Common;

namespace Hotline.Domain.Tickets;

/// <summary>
/// 派单异议 (issue 18 §3, docs/decisions/0029-objection-and-delegation.md): the lead unit disputes a dispatch within its
/// sign-for window; a dispatcher or supervisor arbitrates. Upheld, the ticket goes straight to another unit and the time
/// it spent with the objecting unit is charged to nobody; rejected, it stays with the unit, its clocks as they were.
/// </summary>
public sealed partial class Ticket
{
    /// <summary>The active lead assignment whose objection waits for arbitration, or null.</summary>
    public Assignment? PendingObjection => _assignments.FirstOrDefault(a => a.IsActive && a.IsLead && a.ObjectionPending);

    /// <summary>The unit disputes the dispatch: before it signs for it and by its sign-for deadline, once per assignment.</summary>
    public void RaiseObjection(int unitId, Actor actor, DateTimeOffset now, string reason, int suggestedUnitId)
    {
        var lead = LeadOf(unitId);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("Objection.Error.ReasonRequired");
        }

        if (suggestedUnitId == unitId)
        {
            throw new DomainRuleException("Objection.Error.SuggestedIsSelf");
        }

        if (lead.ObjectionStatus is not null)
        {
            throw new DomainRuleException("Objection.Error.AlreadyRaised");
        }

        if (lead.SignedForAt is not null || now > lead.SignForDueAt)
        {
            throw new DomainRuleException("Objection.Error.WindowPassed");
        }

        Move(TicketAction.RaiseObjection, actor, now, reason.Trim(), unitId);
        lead.RaiseObjection(now, reason.Trim(), suggestedUnitId);
    }

    /// <summary>
    /// The objection holds: the round goes to <paramref name="order"/>'s units with fresh clocks. The objecting unit's
    /// assignment is taken away undone (out of its rates), and its holding ends charged to nobody.
    /// </summary>
    public void UpholdObjection(DispatchOrder order, Actor actor, DateTimeOffset now, string? note)
    {
        ArgumentNullException.ThrowIfNull(order);
        var lead = PendingObjection ?? throw new DomainRuleException("Objection.Error.NonePending");
        if (order.LeadUnitId == lead.UnitId)
        {
            throw new DomainRuleException("Objection.Error.SameUnit");
        }

        CheckOrder(order);
        Move(TicketAction.UpholdObjection, actor, now, note, order.LeadUnitId);
        lead.DecideObjection(uphold: true, now, actor.UserId);
        AssignRound(order, actor, now);
    }

    /// <summary>The objection fails: the unit keeps the ticket, every clock as it was (late if it ran out meanwhile).</summary>
    public void RejectObjection(Actor actor, DateTimeOffset now, string? note)
    {
        var lead = PendingObjection ?? throw new DomainRuleException("Objection.Error.NonePending");
        Move(TicketAction.RejectObjection, actor, now, note, lead.UnitId);
        lead.DecideObjection(uphold: false, now, actor.UserId);
    }

    /// <summary>While an objection waits, the unit neither signs for the ticket nor asks to return it: it is arbitrated first.</summary>
    private void RefuseWhileObjected()
    {
        if (PendingObjection is not null)
        {
            throw new DomainRuleException("Objection.Error.Pending");
        }
    }
}
