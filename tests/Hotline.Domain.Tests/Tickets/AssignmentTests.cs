using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;

namespace Hotline.Domain.Tests.Tickets;

public sealed class AssignmentTests
{
    [Fact]
    public void Dispatch_creates_a_lead_assignment_and_one_per_assisting_unit_with_the_order_s_clocks()
    {
        var ticket = Registered();
        var order = Order(31, "请尽快处理", 44, 45);

        ticket.Dispatch(order, TestActors.Dispatcher, Now.AddMinutes(5));

        ticket.Assignments.Count.ShouldBe(3);
        var lead = ticket.Assignments.Single(a => a.Role == AssignmentRole.Lead);
        lead.UnitId.ShouldBe(31);
        lead.Round.ShouldBe(1);
        lead.SignForDueAt.ShouldBe(order.Deadlines.SignForDueAt);
        lead.FirstContactDueAt.ShouldBe(order.Deadlines.FirstContactDueAt);
        lead.ResolveDueAt.ShouldBe(order.Deadlines.ResolveDueAt);
        lead.Instruction.ShouldBe("请尽快处理");
        ticket.Assignments.Where(a => a.Role == AssignmentRole.Assisting).Select(a => a.UnitId).ShouldBe([44, 45], ignoreOrder: true);
        ticket.Assignments.ShouldAllBe(a => a.IsActive && a.DispatchedAt == Now.AddMinutes(5));
    }

    [Fact]
    public void The_dispatch_event_belongs_to_round_one_and_names_the_lead_unit()
    {
        var ticket = Registered();

        ticket.Dispatch(Order(31), TestActors.Dispatcher, Now.AddMinutes(5));

        var dispatched = ticket.Events[^1];
        dispatched.Action.ShouldBe(TicketAction.Dispatch);
        dispatched.Round.ShouldBe(1);
        dispatched.UnitId.ShouldBe(31);
        ticket.DispatchedAt.ShouldBe(Now.AddMinutes(5));
    }

    [Fact]
    public void The_lead_unit_cannot_also_assist()
    {
        var ticket = Registered();

        var error = Should.Throw<DomainRuleException>(() => ticket.Dispatch(Order(31, null, 31), TestActors.Dispatcher, Now));

        error.Code.ShouldBe("Dispatch.Error.LeadAlsoAssisting");
        ticket.Status.ShouldBe(TicketStatus.PendingDispatch);
        ticket.Assignments.ShouldBeEmpty();
    }

    [Fact]
    public void More_than_ten_assisting_units_are_refused()
    {
        var ticket = Registered();

        var error = Should.Throw<DomainRuleException>(() =>
            ticket.Dispatch(Order(31, null, [.. Enumerable.Range(100, DispatchOrder.MaxAssistingUnits + 1)]), TestActors.Dispatcher, Now));

        error.Code.ShouldBe("Dispatch.Error.TooManyAssisting");
    }
}
