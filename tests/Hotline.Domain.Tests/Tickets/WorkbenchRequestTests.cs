using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;
using static Hotline.Domain.Tests.Tickets.WorkbenchTickets;

namespace Hotline.Domain.Tests.Tickets;

public class WorkbenchRequestTests
{
    [Fact]
    public void A_return_request_from_a_dispatched_ticket_is_rejected_back_to_dispatched_with_clocks_unchanged()
    {
        var ticket = Dispatched();
        var due = ticket.LeadAssignment().SignForDueAt;

        ticket.RequestReturn(Lead, TestActors.Liaison, Now.AddMinutes(5), "[WrongAddress] 地址不在本公司供热范围。");
        ticket.Status.ShouldBe(TicketStatus.ReturnRequested);
        ticket.LeadAssignment().ReturnStatus.ShouldBe(RequestStatus.Pending);

        ticket.RejectReturn(TestActors.Dispatcher, Now.AddMinutes(10), "经核实属于贵单位供热范围。");

        ticket.Status.ShouldBe(TicketStatus.Dispatched);
        ticket.LeadAssignment().ReturnStatus.ShouldBe(RequestStatus.Rejected);
        ticket.LeadAssignment().SignForDueAt.ShouldBe(due);
        ticket.LeadUnitId.ShouldBe(Lead);
    }

    [Fact]
    public void A_return_request_from_in_progress_is_rejected_back_to_in_progress()
    {
        var ticket = SignedFor();

        ticket.RequestReturn(Lead, TestActors.Liaison, Now.AddMinutes(6), "不属于本单位职责。");
        ticket.RejectReturn(TestActors.Dispatcher, Now.AddMinutes(10), null);

        ticket.Status.ShouldBe(TicketStatus.InProgress);
    }

    [Fact]
    public void An_approved_return_sends_the_ticket_back_to_dispatch_ends_the_assignments_and_counts_the_return()
    {
        var ticket = Dispatched(withAssisting: true);
        ticket.RequestReturn(Lead, TestActors.Liaison, Now.AddMinutes(5), "不属于本单位职责。");

        ticket.ApproveReturn(TestActors.Dispatcher, Now.AddMinutes(10), "改派", Now.AddHours(4));

        ticket.Status.ShouldBe(TicketStatus.PendingDispatch);
        ticket.LeadUnitId.ShouldBeNull();
        ticket.Assignments.ShouldAllBe(a => !a.IsActive);
        var returned = ticket.Assignments.Single(a => a.UnitId == Lead);
        returned.ReturnStatus.ShouldBe(RequestStatus.Approved);
        returned.ReturnDecidedAt.ShouldBe(Now.AddMinutes(10));
        ticket.DispatchDueAt.ShouldBe(Now.AddHours(4));
        ticket.Events[^1].Action.ShouldBe(TicketAction.ApproveReturn);
    }

    [Fact]
    public void An_approved_return_closes_the_unit_s_pending_extension_request()
    {
        var ticket = SignedFor();
        ticket.RequestExtension(Lead, TestActors.Liaison, Now.AddHours(1), "需协调其他部门。", ticket.LeadAssignment().ResolveDueAt.AddDays(2));
        ticket.RequestReturn(Lead, TestActors.Liaison, Now.AddHours(2), "不属于本单位职责。");

        ticket.ApproveReturn(TestActors.Dispatcher, Now.AddHours(3), "改派", Now.AddHours(4));

        ticket.Extensions.Single().Status.ShouldBe(RequestStatus.Rejected);
        ticket.Extensions.Single().DecidedAt.ShouldBe(Now.AddHours(3));
    }

    [Fact]
    public void After_an_approved_return_the_ticket_is_dispatched_to_another_unit()
    {
        var ticket = Dispatched();
        ticket.RequestReturn(Lead, TestActors.Liaison, Now.AddMinutes(5), "不属于本单位职责。");
        ticket.ApproveReturn(TestActors.Dispatcher, Now.AddMinutes(10), null, Now.AddHours(4));

        ticket.Dispatch(Order(Assisting), TestActors.Dispatcher, Now.AddMinutes(11));

        ticket.LeadUnitId.ShouldBe(Assisting);
        ticket.Assignments.Single(a => a.IsActive).UnitId.ShouldBe(Assisting);
        ticket.Assignments.Single(a => a.UnitId == Lead).ReturnStatus.ShouldBe(RequestStatus.Approved);
    }

    [Fact]
    public void Only_the_lead_unit_asks_for_a_return_and_only_a_dispatcher_decides()
    {
        var ticket = Dispatched(withAssisting: true);

        Should.Throw<DomainRuleException>(() => ticket.RequestReturn(Assisting, OtherLiaison, Now, "x")).Code.ShouldBe("Workbench.Error.LeadOnly");
        Should.Throw<DomainRuleException>(() => ticket.RequestReturn(Stranger, TestActors.Liaison, Now, "x")).Code.ShouldBe("Workbench.Error.NotYourAssignment");
        Should.Throw<DomainRuleException>(() => ticket.ApproveReturn(TestActors.Dispatcher, Now, null, Now.AddHours(4))).Code.ShouldBe("Ticket.Error.TransitionNotAllowed");

        ticket.RequestReturn(Lead, TestActors.Liaison, Now.AddMinutes(1), "不属于本单位职责。");

        Should.Throw<DomainRuleException>(() => ticket.ApproveReturn(TestActors.Liaison, Now, null, Now.AddHours(4))).Code.ShouldBe("Ticket.Error.RoleNotAllowed");
        Should.Throw<DomainRuleException>(() => ticket.RequestReturn(Lead, TestActors.Liaison, Now.AddMinutes(2), "again")).Code
            .ShouldBe("Ticket.Error.TransitionNotAllowed");
        ticket.Status.ShouldBe(TicketStatus.ReturnRequested);
    }

    [Fact]
    public void A_resolved_ticket_cannot_be_returned()
    {
        var ticket = Contacted();
        ticket.Resolve(Lead, TestActors.Liaison, Now.AddHours(2), "已上门维修，暖气恢复正常。", ResolutionOutcome.Solved, null, Now.AddDays(3));

        Should.Throw<DomainRuleException>(() => ticket.RequestReturn(Lead, TestActors.Liaison, Now.AddHours(3), "x"));
    }

    [Fact]
    public void An_approved_extension_moves_the_resolution_deadline_and_is_counted()
    {
        var ticket = SignedFor();
        var before = ticket.LeadAssignment().ResolveDueAt;
        var proposed = before.AddDays(2);

        ticket.RequestExtension(Lead, TestActors.Liaison, Now.AddHours(1), "需更换主管道，材料待到货。", proposed);
        var request = ticket.Extensions.Single();
        request.Status.ShouldBe(RequestStatus.Pending);
        request.PreviousDueAt.ShouldBe(before);

        ticket.DecideExtension(request.Id, approve: true, TestActors.Supervisor, Now.AddHours(2), "同意");

        ticket.LeadAssignment().ResolveDueAt.ShouldBe(proposed);
        ticket.LeadAssignment().ExtensionCount.ShouldBe(1);
        request.Status.ShouldBe(RequestStatus.Approved);
        ticket.Status.ShouldBe(TicketStatus.InProgress);
        ticket.Events[^1].Action.ShouldBe(TicketAction.DecideExtension);
        ticket.Events[^1].ExtensionDecision.ShouldBe(RequestStatus.Approved);
    }

    [Fact]
    public void A_rejected_extension_leaves_the_deadline_and_the_count()
    {
        var ticket = SignedFor();
        var before = ticket.LeadAssignment().ResolveDueAt;
        ticket.RequestExtension(Lead, TestActors.Liaison, Now.AddHours(1), "需更换主管道。", before.AddDays(2));

        ticket.DecideExtension(ticket.Extensions.Single().Id, approve: false, TestActors.Supervisor, Now.AddHours(2), "请按时办结");

        ticket.LeadAssignment().ResolveDueAt.ShouldBe(before);
        ticket.LeadAssignment().ExtensionCount.ShouldBe(0);
        ticket.Extensions.Single().Status.ShouldBe(RequestStatus.Rejected);
        ticket.Events[^1].ExtensionDecision.ShouldBe(RequestStatus.Rejected);
    }

    [Fact]
    public void Extension_requests_are_refused_when_pending_already_not_later_from_an_assisting_unit_or_before_signing_for()
    {
        var dispatched = Dispatched();
        var due = dispatched.LeadAssignment().ResolveDueAt;
        Should.Throw<DomainRuleException>(() => dispatched.RequestExtension(Lead, TestActors.Liaison, Now, "x", due.AddDays(1))).Code
            .ShouldBe("Ticket.Error.TransitionNotAllowed");

        var ticket = SignedFor(withAssisting: true);
        Should.Throw<DomainRuleException>(() => ticket.RequestExtension(Lead, TestActors.Liaison, Now.AddHours(1), "x", due)).Code
            .ShouldBe("Workbench.Error.ExtensionNotLater");
        Should.Throw<DomainRuleException>(() => ticket.RequestExtension(Assisting, OtherLiaison, Now.AddHours(1), "x", due.AddDays(1))).Code
            .ShouldBe("Workbench.Error.LeadOnly");
        ticket.RequestExtension(Lead, TestActors.Liaison, Now.AddHours(1), "x", due.AddDays(1));
        Should.Throw<DomainRuleException>(() => ticket.RequestExtension(Lead, TestActors.Liaison, Now.AddHours(1), "y", due.AddDays(2))).Code
            .ShouldBe("Workbench.Error.ExtensionPending");
    }

    [Fact]
    public void Only_a_supervisor_decides_an_extension_and_only_a_pending_one()
    {
        var ticket = SignedFor();
        ticket.RequestExtension(Lead, TestActors.Liaison, Now.AddHours(1), "x", ticket.LeadAssignment().ResolveDueAt.AddDays(1));
        var id = ticket.Extensions.Single().Id;

        Should.Throw<DomainRuleException>(() => ticket.DecideExtension(id, true, TestActors.Liaison, Now.AddHours(2), null)).Code.ShouldBe("Ticket.Error.RoleNotAllowed");
        ticket.DecideExtension(id, true, TestActors.Supervisor, Now.AddHours(2), null);
        Should.Throw<DomainRuleException>(() => ticket.DecideExtension(id, true, TestActors.Supervisor, Now.AddHours(3), null)).Code
            .ShouldBe("Workbench.Error.NoPendingExtension");
        ticket.LeadAssignment().ExtensionCount.ShouldBe(1);
    }
}
