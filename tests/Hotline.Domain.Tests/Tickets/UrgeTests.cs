using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;

namespace Hotline.Domain.Tests.Tickets;

public class UrgeTests
{
    private static readonly DateTimeOffset CalledAgain = Now.AddHours(2);

    [Fact]
    public void Urging_counts_the_urge_and_keeps_the_status()
    {
        var ticket = Registered();

        ticket.Urge(TestActors.Agent, CalledAgain, "市民再次来电，称暖气仍不热，要求尽快处理。", callId: 9002);

        ticket.UrgeCount.ShouldBe(1);
        ticket.Status.ShouldBe(TicketStatus.PendingDispatch);
    }

    [Fact]
    public void Each_urge_is_counted()
    {
        var ticket = Registered();

        ticket.Urge(TestActors.Agent, CalledAgain, "第一次催办", callId: 9002);
        ticket.Urge(TestActors.Supervisor, CalledAgain.AddHours(1), "督办人员催办", callId: null);

        ticket.UrgeCount.ShouldBe(2);
        ticket.Events.Count(e => e.Action == TicketAction.Urge).ShouldBe(2);
    }

    [Fact]
    public void An_urge_appends_an_event_that_stays_in_the_same_state()
    {
        var ticket = Registered();

        ticket.Urge(TestActors.Agent, CalledAgain, "市民再次来电催促。", callId: 9002);

        ticket.Events.Count.ShouldBe(2);
        var urge = ticket.Events[^1];
        urge.Action.ShouldBe(TicketAction.Urge);
        urge.From.ShouldBe(TicketStatus.PendingDispatch);
        urge.To.ShouldBe(TicketStatus.PendingDispatch);
        urge.At.ShouldBe(CalledAgain);
        urge.Note.ShouldBe("市民再次来电催促。");
        urge.CallId.ShouldBe(9002);
        urge.ActorUserId.ShouldBe("u1");
    }

    [Fact]
    public void Urging_a_dispatched_ticket_leaves_it_with_the_unit()
    {
        var ticket = Registered();
        ticket.Dispatch(TestTickets.Order(31), TestActors.Dispatcher, Now.AddMinutes(10));

        ticket.Urge(TestActors.Agent, CalledAgain, "市民催促上门维修。", callId: 9002);

        ticket.Status.ShouldBe(TicketStatus.Dispatched);
        ticket.LeadUnitId.ShouldBe(31);
        ticket.UrgeCount.ShouldBe(1);
    }

    [Fact]
    public void A_directly_answered_ticket_cannot_be_urged()
    {
        var ticket = AnsweredDirectly();

        var error = Should.Throw<DomainRuleException>(() => ticket.Urge(TestActors.Agent, CalledAgain, "再次来电", callId: 9002));

        error.Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
        ticket.UrgeCount.ShouldBe(0);
        ticket.Events.ShouldHaveSingleItem();
        ticket.Status.ShouldBe(TicketStatus.Closed);
    }

    [Fact]
    public void A_dispatcher_cannot_urge()
    {
        var ticket = Registered();

        var error = Should.Throw<DomainRuleException>(() => ticket.Urge(TestActors.Dispatcher, CalledAgain, "催办", callId: null));

        error.Code.ShouldBe("Ticket.Error.RoleNotAllowed");
        ticket.UrgeCount.ShouldBe(0);
        ticket.Events.ShouldHaveSingleItem();
    }
}
