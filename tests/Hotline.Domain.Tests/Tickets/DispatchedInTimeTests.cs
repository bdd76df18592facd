using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>"Dispatched within limit" is settled at the first dispatch, against the dispatch deadline then in force.</summary>
public class DispatchedInTimeTests
{
    [Fact]
    public void A_ticket_dispatched_exactly_at_its_dispatch_deadline_is_in_time()
    {
        var ticket = Registered();

        ticket.Dispatch(Order(31), TestActors.Dispatcher, DispatchDue);

        ticket.DispatchedInTime.ShouldBe(true);
    }

    [Fact]
    public void A_ticket_dispatched_a_minute_after_its_deadline_is_late_and_an_undispatched_one_is_not_measured()
    {
        var late = Registered();
        late.Dispatch(Order(31), TestActors.Dispatcher, DispatchDue.AddMinutes(1));

        late.DispatchedInTime.ShouldBe(false);
        Registered().DispatchedInTime.ShouldBeNull();
    }

    [Fact]
    public void An_approved_return_restarts_the_dispatch_clock_but_does_not_rewrite_a_late_first_dispatch()
    {
        var ticket = Registered();
        ticket.Dispatch(Order(31), TestActors.Dispatcher, DispatchDue.AddMinutes(30));
        ticket.RequestReturn(31, TestActors.Liaison, DispatchDue.AddMinutes(40), "不属于本单位职责。");
        ticket.ApproveReturn(TestActors.Dispatcher, DispatchDue.AddMinutes(50), "改派", DispatchDue.AddHours(4));

        ticket.Dispatch(Order(44), TestActors.Dispatcher, DispatchDue.AddMinutes(55));

        ticket.DispatchDueAt.ShouldBe(DispatchDue.AddHours(4));
        ticket.DispatchedAt.ShouldBe(DispatchDue.AddMinutes(30));
        ticket.DispatchedInTime.ShouldBe(false);
    }

    [Fact]
    public void A_late_re_dispatch_after_a_return_does_not_spoil_a_first_dispatch_in_time()
    {
        var ticket = Registered();
        ticket.Dispatch(Order(31), TestActors.Dispatcher, Now.AddMinutes(5));
        ticket.RequestReturn(31, TestActors.Liaison, Now.AddMinutes(40), "不属于本单位职责。");
        ticket.ApproveReturn(TestActors.Dispatcher, Now.AddMinutes(50), "改派", Now.AddMinutes(60));

        ticket.Dispatch(Order(44), TestActors.Dispatcher, Now.AddHours(3));

        ticket.DispatchedInTime.ShouldBe(true);
    }
}
