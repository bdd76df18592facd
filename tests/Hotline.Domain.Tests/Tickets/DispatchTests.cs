using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;

namespace Hotline.Domain.Tests.Tickets;

public class DispatchTests
{
    private static readonly DateTimeOffset DispatchedAt = Now.AddMinutes(10);

    [Fact]
    public void Dispatching_hands_the_ticket_to_its_lead_unit()
    {
        var ticket = Registered();

        ticket.Dispatch(TestTickets.Order(31, "请热力公司尽快上门检修。"), TestActors.Dispatcher, DispatchedAt);

        ticket.Status.ShouldBe(TicketStatus.Dispatched);
        ticket.LeadUnitId.ShouldBe(31);
        ticket.Round.ShouldBe(1);
        ticket.IsOpen.ShouldBeTrue();
    }

    [Fact]
    public void Dispatching_records_the_unit_on_the_timeline()
    {
        var ticket = Registered();

        ticket.Dispatch(TestTickets.Order(31, "请热力公司尽快上门检修。"), TestActors.Dispatcher, DispatchedAt);

        ticket.Events.Count.ShouldBe(2);
        var dispatched = ticket.Events[^1];
        dispatched.Action.ShouldBe(TicketAction.Dispatch);
        dispatched.From.ShouldBe(TicketStatus.PendingDispatch);
        dispatched.To.ShouldBe(TicketStatus.Dispatched);
        dispatched.UnitId.ShouldBe(31);
        dispatched.ActorName.ShouldBe("李建国");
        dispatched.At.ShouldBe(DispatchedAt);
        dispatched.Note.ShouldBe("请热力公司尽快上门检修。");
    }

    [Fact]
    public void The_agent_who_took_the_call_may_dispatch_it_too()
    {
        var ticket = Registered();

        ticket.Dispatch(TestTickets.Order(44), TestActors.Agent, DispatchedAt);

        ticket.Status.ShouldBe(TicketStatus.Dispatched);
        ticket.LeadUnitId.ShouldBe(44);
    }

    [Fact]
    public void The_lead_unit_may_differ_from_the_suggestion()
    {
        var ticket = Registered();

        ticket.Dispatch(TestTickets.Order(44, "属地街道处理。"), TestActors.Dispatcher, DispatchedAt);

        ticket.LeadUnitId.ShouldBe(44);
        ticket.SuggestedUnitId.ShouldBe(31);
    }

    [Fact]
    public void A_dispatched_ticket_cannot_be_dispatched_again()
    {
        var ticket = Registered();
        ticket.Dispatch(TestTickets.Order(31), TestActors.Dispatcher, DispatchedAt);

        var error = Should.Throw<DomainRuleException>(() => ticket.Dispatch(TestTickets.Order(44), TestActors.Dispatcher, DispatchedAt.AddMinutes(1)));

        error.Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
        ticket.LeadUnitId.ShouldBe(31);
        ticket.Events.Count.ShouldBe(2);
    }
}
