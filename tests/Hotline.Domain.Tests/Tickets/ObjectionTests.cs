using Hotline.Domain.Access;
using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;
using static Hotline.Domain.Tests.Tickets.WorkbenchTickets;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>派单异议 (issue 18 §3): raised within the sign-for window, upheld (re-dispatched) or rejected (clocks unchanged).</summary>
public class ObjectionTests
{
    private const int Right = 44;

    private static Ticket Objected()
    {
        var ticket = Dispatched();
        ticket.RaiseObjection(Lead, TestActors.Liaison, Now.AddMinutes(10), "地址属于开发区，不在本单位辖区。", Right);
        return ticket;
    }

    private static DispatchOrder ToRight(DateTimeOffset at) =>
        new(Right, [], "异议成立改派", new AssignmentDeadlines(at.AddMinutes(30), at.AddMinutes(30), at.AddDays(3)));

    [Fact]
    public void A_lead_unit_disputes_a_dispatch_before_signing_for_it_and_the_ticket_stays_with_it_while_arbitrated()
    {
        var ticket = Objected();

        ticket.Status.ShouldBe(TicketStatus.Dispatched);
        var lead = ticket.LeadAssignment();
        lead.ObjectionStatus.ShouldBe(RequestStatus.Pending);
        lead.ObjectionSuggestedUnitId.ShouldBe(Right);
        lead.ObjectedAt.ShouldBe(Now.AddMinutes(10));
        ticket.PendingObjection.ShouldBeSameAs(lead);
        ticket.Events[^1].Action.ShouldBe(TicketAction.RaiseObjection);
        ticket.Events[^1].UnitId.ShouldBe(Lead);
        AssignmentClock.Of(lead, ticket.Status)!.Value.Kind.ShouldBe(ClockKind.SignFor, "the sign-for clock keeps running while arbitrated");
    }

    [Fact]
    public void The_sign_for_deadline_itself_is_still_inside_the_window()
    {
        var ticket = Dispatched();

        ticket.RaiseObjection(Lead, TestActors.Liaison, ticket.LeadAssignment().SignForDueAt, "不属于本单位。", Right);

        ticket.PendingObjection.ShouldNotBeNull();
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "after the sign-for deadline", "Objection.Error.WindowPassed" },
        { "after signing for", "Objection.Error.WindowPassed" },
        { "a second time", "Objection.Error.AlreadyRaised" },
        { "suggesting itself", "Objection.Error.SuggestedIsSelf" },
        { "without a reason", "Objection.Error.ReasonRequired" },
        { "as an assisting unit", "Workbench.Error.LeadOnly" },
        { "as a stranger", "Workbench.Error.NotYourAssignment" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void An_objection_is_refused(string when, string code)
    {
        var ticket = Dispatched(withAssisting: true);
        var at = Now.AddMinutes(10);
        var (unit, suggested, reason) = (Lead, Right + 1, "不属于本单位。");
        switch (when)
        {
            case "after the sign-for deadline": at = ticket.LeadAssignment().SignForDueAt.AddSeconds(1); break;
            case "after signing for": ticket.SignFor(Lead, TestActors.Liaison, Now.AddMinutes(5)); break;
            case "a second time":
                ticket.RaiseObjection(Lead, TestActors.Liaison, Now.AddMinutes(5), reason, suggested);
                ticket.RejectObjection(TestActors.Dispatcher, Now.AddMinutes(8), "属于贵单位。");
                break;
            case "suggesting itself": suggested = Lead; break;
            case "without a reason": reason = "  "; break;
            case "as an assisting unit": unit = Assisting; break;
            case "as a stranger": unit = Stranger; break;
        }

        var revision = ticket.Revision;
        Should.Throw<DomainRuleException>(() => ticket.RaiseObjection(unit, TestActors.Liaison, at, reason, suggested)).Code.ShouldBe(code);
        ticket.Revision.ShouldBe(revision, "nothing recorded");
    }

    [Fact]
    public void Only_a_liaison_raises_an_objection()
    {
        var ticket = Dispatched();

        Should.Throw<DomainRuleException>(() => ticket.RaiseObjection(Lead, TestActors.Dispatcher, Now.AddMinutes(5), "不属于本单位。", Right))
            .Code.ShouldBe("Ticket.Error.RoleNotAllowed");
    }

    [Fact]
    public void While_arbitrated_the_unit_neither_signs_for_nor_asks_to_return()
    {
        var ticket = Objected();

        Should.Throw<DomainRuleException>(() => ticket.SignFor(Lead, TestActors.Liaison, Now.AddMinutes(12))).Code.ShouldBe("Objection.Error.Pending");
        Should.Throw<DomainRuleException>(() => ticket.RequestReturn(Lead, TestActors.Liaison, Now.AddMinutes(12), "退单"))
            .Code.ShouldBe("Objection.Error.Pending");
    }

    [Theory]
    [InlineData(Role.Dispatcher)]
    [InlineData(Role.Supervisor)]
    public void An_upheld_objection_redispatches_at_once_with_fresh_clocks_and_takes_the_assignment_away(Role arbiter)
    {
        var ticket = Objected();
        var at = Now.AddMinutes(40); // after the objecting unit's sign-for deadline (30 min)
        var actor = new Actor("u9", "仲裁人", new HashSet<Role> { arbiter });

        ticket.UpholdObjection(ToRight(at), actor, at, "确属误派。");

        ticket.Status.ShouldBe(TicketStatus.Dispatched);
        ticket.LeadUnitId.ShouldBe(Right);
        ticket.Round.ShouldBe(1);
        var objecting = ticket.Assignments.Single(a => a.UnitId == Lead);
        objecting.IsActive.ShouldBeFalse();
        objecting.ResolvedAt.ShouldBeNull("taken away undone: out of the unit's rates");
        objecting.ObjectionStatus.ShouldBe(RequestStatus.Approved);
        objecting.ObjectionDecidedByUserId.ShouldBe("u9");
        var next = ticket.LeadAssignment();
        next.UnitId.ShouldBe(Right);
        next.DispatchedAt.ShouldBe(at);
        next.SignForDueAt.ShouldBe(at.AddMinutes(30));
        ticket.Events[^1].Action.ShouldBe(TicketAction.UpholdObjection);
        ticket.Events[^1].UnitId.ShouldBe(Right);
        ticket.DispatchedInTime.ShouldBe(true, "the first dispatch's outcome is not rewritten");
    }

    [Fact]
    public void A_rejected_objection_leaves_the_ticket_and_every_clock_with_the_unit()
    {
        var ticket = Objected();
        var before = ticket.LeadAssignment();
        var (sign, contact, resolve) = (before.SignForDueAt, before.FirstContactDueAt, before.ResolveDueAt);

        ticket.RejectObjection(TestActors.Supervisor, Now.AddMinutes(40), "经核实属于贵单位辖区。");

        var lead = ticket.LeadAssignment();
        lead.ShouldBeSameAs(before);
        lead.ObjectionStatus.ShouldBe(RequestStatus.Rejected);
        (lead.SignForDueAt, lead.FirstContactDueAt, lead.ResolveDueAt).ShouldBe((sign, contact, resolve));
        ticket.Status.ShouldBe(TicketStatus.Dispatched);
        ticket.SignFor(Lead, TestActors.Liaison, Now.AddMinutes(41));
        lead.SignedForAt.ShouldBe(Now.AddMinutes(41));
        (lead.SignedForAt <= lead.SignForDueAt).ShouldBeFalse("late: the clock ran on while it was arbitrated");
    }

    [Fact]
    public void Arbitration_is_refused_without_a_pending_objection_to_the_same_unit_or_by_a_liaison()
    {
        Should.Throw<DomainRuleException>(() => Dispatched().RejectObjection(TestActors.Dispatcher, Now, null)).Code.ShouldBe("Objection.Error.NonePending");
        Should.Throw<DomainRuleException>(() => Dispatched().UpholdObjection(ToRight(Now), TestActors.Dispatcher, Now, null))
            .Code.ShouldBe("Objection.Error.NonePending");
        Should.Throw<DomainRuleException>(() => Objected().UpholdObjection(Order(Lead), TestActors.Dispatcher, Now.AddMinutes(20), null))
            .Code.ShouldBe("Objection.Error.SameUnit");
        Should.Throw<DomainRuleException>(() => Objected().RejectObjection(TestActors.Liaison, Now.AddMinutes(20), null))
            .Code.ShouldBe("Ticket.Error.RoleNotAllowed");
        Should.Throw<DomainRuleException>(() => Objected().UpholdObjection(ToRight(Now), TestActors.Agent, Now.AddMinutes(20), null))
            .Code.ShouldBe("Ticket.Error.RoleNotAllowed");
    }

    [Fact]
    public void An_upheld_objection_charges_the_misdispatched_time_to_nobody_in_the_holdings()
    {
        var ticket = Objected();
        var at = Now.AddMinutes(40);
        ticket.UpholdObjection(ToRight(at), TestActors.Dispatcher, at, "确属误派。");
        var now = at.AddMinutes(10);

        var holdings = HoldingTimeline.Of(ticket, now);

        holdings.Select(h => (h.Kind, h.UnitId, h.From, h.To, h.End, h.Charged)).ShouldBe(
        [
            (HolderKind.Dispatch, (int?)null, Now, (DateTimeOffset?)DispatchedAt, HoldingEnd.Dispatched, true),
            (HolderKind.Unit, Lead, DispatchedAt, at, HoldingEnd.ObjectionUpheld, false),
            (HolderKind.Unit, Right, at, null, HoldingEnd.Running, true),
        ]);
        holdings[1].Deadlines.ShouldAllBe(d => d.Outcome == DeadlineOutcome.Ended, "its sign-for deadline passed while arbitrated, but it is nobody's");
        holdings[2].Deadlines.ShouldAllBe(d => d.Outcome == DeadlineOutcome.Running);
        holdings.Where(h => h.IsLead).Aggregate(TimeSpan.Zero, (sum, h) => sum + h.Natural(now)).ShouldBe(now - ticket.RegisteredAt);
    }

    [Fact]
    public void A_rejected_objection_keeps_one_holding_whose_missed_deadline_is_the_unit_s()
    {
        var ticket = Objected();
        ticket.RejectObjection(TestActors.Dispatcher, Now.AddMinutes(40), "属于贵单位。");

        var holdings = HoldingTimeline.Of(ticket, Now.AddMinutes(50));

        var unit = holdings.Single(h => h.Kind == HolderKind.Unit);
        unit.Charged.ShouldBeTrue();
        unit.Deadlines.Single(d => d.Clock == ClockKind.SignFor).Outcome.ShouldBe(DeadlineOutcome.Missed);
    }
}
