using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.Supervision.SupervisedTickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;
using static Hotline.Domain.Tests.Tickets.WorkbenchTickets;

namespace Hotline.Domain.Tests.Tickets.Supervision;

/// <summary>作废: a supervisor cancels an invalid ticket that is still waiting for dispatch, always with a reason.</summary>
public sealed class CancelTests
{
    private static readonly DateTimeOffset At = Now.AddMinutes(20);

    [Fact]
    public void A_ticket_waiting_for_dispatch_is_cancelled_with_the_reason_in_the_timeline()
    {
        var ticket = Registered();

        ticket.Cancel(TestActors.Supervisor, At, "  来电人反复拨打骚扰，无实际诉求。 ");

        ticket.Status.ShouldBe(TicketStatus.Cancelled);
        ticket.ClosedAt.ShouldBe(At);
        ticket.IsOpen.ShouldBeFalse();
        var cancelled = ticket.Events[^1];
        (cancelled.Action, cancelled.From, cancelled.To, cancelled.Note, cancelled.ActorName)
            .ShouldBe((TicketAction.Cancel, TicketStatus.PendingDispatch, TicketStatus.Cancelled, "来电人反复拨打骚扰，无实际诉求。", "陈志强"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void A_reason_is_required(string? reason)
    {
        var ticket = Registered();

        Should.Throw<DomainRuleException>(() => ticket.Cancel(TestActors.Supervisor, At, reason!))
            .Code.ShouldBe("Supervision.Error.CancelReasonRequired");
        ticket.Status.ShouldBe(TicketStatus.PendingDispatch);
        ticket.ClosedAt.ShouldBeNull();
    }

    [Fact]
    public void A_dispatched_ticket_cannot_be_cancelled()
    {
        var ticket = Dispatched();

        Should.Throw<DomainRuleException>(() => ticket.Cancel(TestActors.Supervisor, At, "重复工单"))
            .Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
        ticket.Status.ShouldBe(TicketStatus.Dispatched);
    }

    [Fact]
    public void A_ticket_in_progress_cannot_be_cancelled()
    {
        var ticket = SignedFor();

        Should.Throw<DomainRuleException>(() => ticket.Cancel(TestActors.Supervisor, At, "重复工单"))
            .Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
    }

    [Fact]
    public void A_resolved_or_closed_ticket_cannot_be_cancelled()
    {
        Should.Throw<DomainRuleException>(() => Resolved().Cancel(TestActors.Supervisor, ResolvedAt.AddHours(1), "重复工单"))
            .Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
        Should.Throw<DomainRuleException>(() => Closed().Cancel(TestActors.Supervisor, ClosedAt.AddHours(1), "重复工单"))
            .Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
    }

    [Fact]
    public void A_cancelled_ticket_cannot_be_cancelled_again()
    {
        var ticket = Registered();
        ticket.Cancel(TestActors.Supervisor, At, "骚扰电话");

        Should.Throw<DomainRuleException>(() => ticket.Cancel(TestActors.Supervisor, At.AddMinutes(1), "骚扰电话"))
            .Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
        ticket.Events.Count(e => e.Action == TicketAction.Cancel).ShouldBe(1);
    }

    [Fact]
    public void Only_a_supervisor_cancels()
    {
        foreach (var actor in new[] { TestActors.Agent, TestActors.Dispatcher, TestActors.Liaison, TestActors.Admin })
        {
            var ticket = Registered();

            Should.Throw<DomainRuleException>(() => ticket.Cancel(actor, At, "骚扰电话"))
                .Code.ShouldBe("Ticket.Error.RoleNotAllowed");
            ticket.Status.ShouldBe(TicketStatus.PendingDispatch);
        }
    }
}
