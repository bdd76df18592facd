using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using Hotline.Domain.Units;
using static Hotline.Domain.Tests.Tickets.TestTickets;
using static Hotline.Domain.Tests.Tickets.WorkbenchTickets;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>下派 (issue 18 §3): a lead unit passes its signed-for part to its own sub-unit, which works it inside the parent's clocks.</summary>
public class DelegationTests
{
    private const int Township = 311;
    private const int Sibling = 312;
    private static readonly int[] Own = [Township, 3111];

    /// <summary>The policy's clocks from the delegation (sign 1 day, contact 1 day, resolve 5 days): later than the parent's.</summary>
    private static AssignmentDeadlines Policy(DateTimeOffset at) => new(at.AddDays(1), at.AddDays(1), at.AddDays(5));

    private static Ticket Delegated(DateTimeOffset? at = null)
    {
        var ticket = SignedFor();
        ticket.Delegate(Lead, Township, Own, Policy(at ?? Now.AddMinutes(10)), "请黄海路街道上门核实。", TestActors.Liaison, at ?? Now.AddMinutes(10));
        return ticket;
    }

    private static Assignment Sub(Ticket ticket) => ticket.Assignments.Single(a => a.IsDelegated);

    [Fact]
    public void The_sub_unit_gets_its_own_assignment_with_clocks_inside_the_parent_s_and_the_parent_keeps_its_own()
    {
        var ticket = Delegated();

        var parent = ticket.LeadAssignment();
        var sub = Sub(ticket);
        sub.UnitId.ShouldBe(Township);
        sub.Role.ShouldBe(AssignmentRole.Delegated);
        sub.IsActive.ShouldBeTrue();
        sub.DispatchedAt.ShouldBe(Now.AddMinutes(10));
        sub.SignForDueAt.ShouldBe(parent.FirstContactDueAt, "brought forward to the parent's first-contact deadline, not yet met");
        sub.FirstContactDueAt.ShouldBe(parent.FirstContactDueAt);
        sub.ResolveDueAt.ShouldBe(parent.ResolveDueAt);
        (parent.SignForDueAt, parent.ResolveDueAt).ShouldBe((Now.AddMinutes(30), Now.AddDays(3)), "the parent's deadlines stay");
        ticket.LeadUnitId.ShouldBe(Lead);
        ticket.Status.ShouldBe(TicketStatus.InProgress);
        ticket.ActiveDelegation.ShouldBeSameAs(sub);
        ticket.Events[^1].Action.ShouldBe(TicketAction.Delegate);
        ticket.Events[^1].UnitId.ShouldBe(Township);
    }

    [Fact]
    public void A_deadline_already_past_for_the_parent_is_handed_down_due_at_once_never_in_the_past()
    {
        var at = Now.AddHours(2); // the parent's first contact (30 min) is already overdue
        var ticket = Delegated(at);

        var sub = Sub(ticket);
        sub.SignForDueAt.ShouldBe(at);
        sub.FirstContactDueAt.ShouldBe(at);
        sub.ResolveDueAt.ShouldBe(Now.AddDays(3));
    }

    [Fact]
    public void The_sub_unit_signs_for_contacts_and_resolves_and_the_parent_answers_for_it_with_its_own_deadlines()
    {
        var ticket = Delegated();

        ticket.SignFor(Township, TestActors.Liaison, Now.AddMinutes(15));
        ticket.RecordContact(Township, TestActors.Liaison, Now.AddMinutes(25), Now.AddMinutes(20), "已上门核实。");
        ticket.Resolve(Township, TestActors.Liaison, Now.AddHours(5), "已维修。", ResolutionOutcome.Solved, null, Now.AddDays(3));

        ticket.Status.ShouldBe(TicketStatus.Resolved);
        var sub = Sub(ticket);
        (sub.SignedForAt, sub.FirstContactAt, sub.ResolvedAt).ShouldBe((Now.AddMinutes(15), Now.AddMinutes(20), Now.AddHours(5)));
        var parent = ticket.LeadAssignment();
        parent.FirstContactAt.ShouldBe(Now.AddMinutes(20), "the citizen reached by the sub-unit is reached for the parent");
        parent.ResolvedAt.ShouldBe(Now.AddHours(5), "the parent answers for the result, against its own deadline");
        parent.SignedForAt.ShouldBe(Now.AddMinutes(5));
        ticket.Events.Where(e => e.Action is TicketAction.SignFor or TicketAction.Resolve).Select(e => e.UnitId).ShouldBe([Lead, Township, Township]);
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "to a sibling", "Delegation.Error.NotOwnSubUnit" },
        { "to itself", "Delegation.Error.NotOwnSubUnit" },
        { "twice", "Delegation.Error.AlreadyDelegated" },
        { "before signing for", "Ticket.Error.TransitionNotAllowed" },
        { "by an assisting unit", "Workbench.Error.LeadOnly" },
        { "by the sub-unit", "Workbench.Error.LeadOnly" },
        { "by a dispatcher", "Ticket.Error.RoleNotAllowed" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_delegation_is_refused(string when, string code)
    {
        var ticket = when == "before signing for" ? Dispatched() : SignedFor(withAssisting: true);
        var (unit, target, actor) = (Lead, Township, TestActors.Liaison);
        switch (when)
        {
            case "to a sibling": target = Sibling; break;
            case "to itself": target = Lead; break;
            case "twice": ticket.Delegate(Lead, Township, Own, Policy(Now), null, actor, Now.AddMinutes(10)); target = 3111; break;
            case "by an assisting unit": unit = Assisting; break;
            case "by the sub-unit": ticket.Delegate(Lead, Township, Own, Policy(Now), null, actor, Now.AddMinutes(10)); unit = Township; target = 3111; break;
            case "by a dispatcher": actor = TestActors.Dispatcher; break;
        }

        var revision = ticket.Revision;
        Should.Throw<DomainRuleException>(() => ticket.Delegate(unit, target, [.. Own, Lead == target ? Lead : 0], Policy(Now), null, actor, Now.AddMinutes(11)))
            .Code.ShouldBe(code);
        ticket.Revision.ShouldBe(revision);
    }

    [Fact]
    public void The_sub_unit_cannot_contact_or_resolve_before_signing_for_nor_return_or_extend_and_cannot_sign_twice()
    {
        var ticket = Delegated();

        Should.Throw<DomainRuleException>(() => ticket.RecordContact(Township, TestActors.Liaison, Now.AddMinutes(12), Now.AddMinutes(12), "联系"))
            .Code.ShouldBe("Delegation.Error.SignForFirst");
        Should.Throw<DomainRuleException>(() => ticket.Resolve(Township, TestActors.Liaison, Now.AddMinutes(12), "办结", ResolutionOutcome.Solved, null, Now.AddDays(3)))
            .Code.ShouldBe("Delegation.Error.SignForFirst");
        ticket.SignFor(Township, TestActors.Liaison, Now.AddMinutes(12));
        Should.Throw<DomainRuleException>(() => ticket.SignFor(Township, TestActors.Liaison, Now.AddMinutes(13))).Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
        Should.Throw<DomainRuleException>(() => ticket.RequestReturn(Township, TestActors.Liaison, Now.AddMinutes(13), "退")).Code.ShouldBe("Workbench.Error.LeadOnly");
        Should.Throw<DomainRuleException>(() => ticket.RequestExtension(Township, TestActors.Liaison, Now.AddMinutes(13), "延", Now.AddDays(9)))
            .Code.ShouldBe("Workbench.Error.LeadOnly");
        Should.Throw<DomainRuleException>(() => ticket.SignFor(Lead, TestActors.Liaison, Now.AddMinutes(13)))
            .Code.ShouldBe("Ticket.Error.TransitionNotAllowed", "the lead signs for only a dispatched ticket");
    }

    [Fact]
    public void A_parent_that_resolves_itself_takes_the_part_back_from_the_sub_unit()
    {
        var ticket = Delegated();

        ticket.Resolve(Lead, TestActors.Liaison, Now.AddHours(1), "本单位已办结。", ResolutionOutcome.Solved, null, Now.AddDays(3));

        Sub(ticket).IsActive.ShouldBeFalse();
        Sub(ticket).ResolvedAt.ShouldBeNull();
        ticket.ActiveDelegation.ShouldBeNull();
    }

    [Fact]
    public void The_sub_unit_s_holding_runs_beside_its_parent_s_and_the_lead_holdings_still_sum_to_the_life()
    {
        var ticket = Delegated();
        ticket.SignFor(Township, TestActors.Liaison, Now.AddMinutes(15));
        ticket.RecordContact(Township, TestActors.Liaison, Now.AddMinutes(25), Now.AddMinutes(20), "已上门核实。");
        ticket.Resolve(Township, TestActors.Liaison, Now.AddHours(5), "已维修。", ResolutionOutcome.Solved, null, Now.AddDays(3));
        var now = Now.AddHours(6);

        var holdings = HoldingTimeline.Of(ticket, now);

        var sub = holdings.Single(h => h.IsDelegated);
        (sub.UnitId, sub.IsLead, sub.From, sub.To, sub.End).ShouldBe(((int?)Township, false, Now.AddMinutes(10), (DateTimeOffset?)Now.AddHours(5), HoldingEnd.Resolved));
        sub.Deadlines.ShouldAllBe(d => d.Outcome == DeadlineOutcome.Met);
        var parent = holdings.Single(h => h.IsLead && h.Kind == HolderKind.Unit);
        (parent.UnitId, parent.To).ShouldBe(((int?)Lead, (DateTimeOffset?)Now.AddHours(5)));
        holdings.Where(h => h.IsLead).Aggregate(TimeSpan.Zero, (sum, h) => sum + h.Natural(now)).ShouldBe(now - ticket.RegisteredAt);
    }

    [Fact]
    public void Own_sub_units_are_the_descendants_by_parent_at_any_depth_and_never_siblings()
    {
        (int, int?)[] tree = [(1, null), (2, 1), (3, 1), (4, 2), (5, 4), (6, null), (7, 6)];

        UnitTree.DescendantsOf(1, tree).OrderBy(x => x).ShouldBe([2, 3, 4, 5]);
        UnitTree.DescendantsOf(2, tree).OrderBy(x => x).ShouldBe([4, 5]);
        UnitTree.DescendantsOf(3, tree).ShouldBeEmpty();
        UnitTree.DescendantsOf(1, [(1, 2), (2, 1)]).ToList().ShouldBe([2], "a cycle ends the walk");
    }
}
