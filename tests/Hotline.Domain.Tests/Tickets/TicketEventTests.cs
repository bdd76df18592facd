using System.Reflection;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;

namespace Hotline.Domain.Tests.Tickets;

public class TicketEventTests
{
    [Fact]
    public void A_timeline_event_cannot_be_changed_once_written()
    {
        typeof(TicketEvent).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.Name)
            .ShouldBeEmpty();
    }

    [Fact]
    public void Only_the_ticket_writes_timeline_events()
    {
        typeof(TicketEvent).GetConstructors(BindingFlags.Public | BindingFlags.Instance).ShouldBeEmpty();
    }

    [Fact]
    public void A_ticket_changes_only_through_its_behaviour_methods()
    {
        typeof(Ticket).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.Name)
            .ShouldBeEmpty();
    }

    [Fact]
    public void Events_are_appended_in_order_and_earlier_ones_stay_as_they_were()
    {
        var ticket = Registered();
        var registered = ticket.Events[0];

        ticket.Dispatch(TestTickets.Order(31), TestActors.Dispatcher, Now.AddMinutes(10));
        ticket.Urge(TestActors.Agent, Now.AddHours(2), "催办", callId: 9002);

        ticket.Events.Select(e => e.Action).ShouldBe([TicketAction.Register, TicketAction.Dispatch, TicketAction.Urge]);
        ticket.Events[0].ShouldBeSameAs(registered);
        registered.To.ShouldBe(TicketStatus.PendingDispatch);
        registered.At.ShouldBe(Now);
    }
}
