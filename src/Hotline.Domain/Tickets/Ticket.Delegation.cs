using Hotline.Domain.Access;
using Hotline.Domain.Common;

namespace Hotline.Domain.Tickets;

/// <summary>
/// 下派 (issue 18 §3, docs/decisions/0029-objection-and-delegation.md): a district or bureau that signed for a ticket
/// passes the work to one of its own sub-units. The sub-unit works it in its own workbench with its own clocks, none due
/// after the parent's; the parent keeps its assignment and deadlines, sees every act and answers for the result.
/// </summary>
public sealed partial class Ticket
{
    /// <summary>The sub-unit's assignment working the ticket now, or null.</summary>
    public Assignment? ActiveDelegation => _assignments.FirstOrDefault(a => a.IsActive && a.IsDelegated && a.ResolvedAt is null);

    /// <summary>
    /// Delegates the parent's lead assignment to <paramref name="subUnitId"/>, which must be one of
    /// <paramref name="ownDescendants"/> (the parent unit's sub-units, at any depth). <paramref name="policyDeadlines"/>
    /// are the policy's clocks from now; the sub-unit gets them brought inside the parent's.
    /// </summary>
    public void Delegate(int unitId, int subUnitId, IReadOnlyCollection<int> ownDescendants, AssignmentDeadlines policyDeadlines,
        string? instruction, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ownDescendants);
        ArgumentNullException.ThrowIfNull(policyDeadlines);
        var parent = LeadOf(unitId);
        if (subUnitId == unitId || !ownDescendants.Contains(subUnitId))
        {
            throw new DomainRuleException("Delegation.Error.NotOwnSubUnit");
        }

        if (ActiveDelegation is not null)
        {
            throw new DomainRuleException("Delegation.Error.AlreadyDelegated");
        }

        if (parent.ResolvedAt is not null)
        {
            throw new DomainRuleException("Ticket.Error.TransitionNotAllowed");
        }

        Move(TicketAction.Delegate, actor, now, string.IsNullOrWhiteSpace(instruction) ? null : instruction.Trim(), subUnitId);
        _assignments.Add(Assignment.DelegatedFrom(parent, subUnitId, now, actor.UserId,
            string.IsNullOrWhiteSpace(instruction) ? null : instruction.Trim(), policyDeadlines.Inside(parent, now)));
    }
}
