using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.CallbackTickets;

namespace Hotline.Domain.Tests.Tickets;

public class UnreachableCallbackTests
{
    [Fact]
    public void Failed_attempts_on_three_different_days_close_the_ticket_as_unreachable()
    {
        var ticket = Resolved();

        ticket.RecordCallback(NotReached(CallAt), Rules, TestActors.Agent, CallAt);
        ticket.RecordCallback(NotReached(CallAt.AddDays(1)), Rules, TestActors.Agent, CallAt.AddDays(1));
        (ticket.Status, ticket.AwaitingCallback).ShouldBe((TicketStatus.Resolved, true));

        ticket.RecordCallback(NotReached(CallAt.AddDays(2)), Rules, TestActors.Agent, CallAt.AddDays(2));

        ticket.Status.ShouldBe(TicketStatus.Closed);
        ticket.ClosureReason.ShouldBe(ClosureReason.Unreachable);
        ticket.AwaitingCallback.ShouldBeFalse();
        ticket.Callbacks.Count.ShouldBe(3);
        ticket.Callbacks.ShouldAllBe(c => !c.Reached && c.Satisfaction == null && c.Solved == null);
        ticket.Events[^1].Action.ShouldBe(TicketAction.CloseAfterCallback);
    }

    [Fact]
    public void Three_failed_attempts_on_the_same_day_do_not_close_the_ticket()
    {
        var ticket = Resolved();

        foreach (var hours in new[] { 0, 2, 5 })
        {
            ticket.RecordCallback(NotReached(CallAt.AddHours(hours)), Rules, TestActors.Agent, CallAt.AddHours(hours));
        }

        ticket.Status.ShouldBe(TicketStatus.Resolved);
        ticket.AwaitingCallback.ShouldBeTrue();
        ticket.ClosureReason.ShouldBeNull();
        ticket.Callbacks.Count.ShouldBe(3);
        ticket.Events.TakeLast(3).ShouldAllBe(e => e.Action == TicketAction.RecordCallback && e.To == TicketStatus.Resolved);
    }

    [Fact]
    public void Days_count_in_the_hotlines_local_date_so_late_evening_and_next_morning_are_two_days()
    {
        var ticket = Resolved();
        // 23:30 and 08:30 Yantai time fall on two local dates, though only nine hours apart.
        var evening = new DateTimeOffset(2026, 11, 23, 15, 30, 0, TimeSpan.Zero);

        ticket.RecordCallback(NotReached(evening), Rules, TestActors.Agent, evening);
        ticket.RecordCallback(NotReached(evening.AddHours(9)), Rules, TestActors.Agent, evening.AddHours(9));
        ticket.RecordCallback(NotReached(evening.AddHours(10)), Rules, TestActors.Agent, evening.AddHours(10));

        ticket.Status.ShouldBe(TicketStatus.Resolved);
        ticket.RecordCallback(NotReached(evening.AddDays(2)), Rules, TestActors.Agent, evening.AddDays(2));
        ticket.ClosureReason.ShouldBe(ClosureReason.Unreachable);
    }

    [Fact]
    public void The_number_of_days_is_configurable()
    {
        var ticket = Resolved();

        ticket.RecordCallback(NotReached(CallAt), Rules with { MaxFailedAttempts = 1 }, TestActors.Agent, CallAt);

        ticket.ClosureReason.ShouldBe(ClosureReason.Unreachable);
    }

    [Fact]
    public void A_citizen_reached_after_failed_attempts_decides_the_round()
    {
        var ticket = Resolved();
        ticket.RecordCallback(NotReached(CallAt), Rules, TestActors.Agent, CallAt);
        ticket.RecordCallback(NotReached(CallAt.AddDays(1)), Rules, TestActors.Agent, CallAt.AddDays(1));

        ticket.RecordCallback(Reached(Satisfaction.BasicallySatisfied, at: CallAt.AddDays(2)), Rules, TestActors.Agent, CallAt.AddDays(2));

        ticket.ClosureReason.ShouldBe(ClosureReason.Satisfied);
        ticket.Callbacks.Count(c => c.Reached).ShouldBe(1);
    }
}
