using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.CallbackTickets;

namespace Hotline.Domain.Tests.Tickets;

public class CallbackRefusalTests
{
    [Fact]
    public void A_reached_callback_needs_the_satisfaction()
    {
        var ticket = Resolved();

        Should.Throw<DomainRuleException>(() => ticket.RecordCallback(new CallbackReport(true, null, true, null, LocalDate(CallAt)), Rules, TestActors.Agent, CallAt))
            .Code.ShouldBe("FollowUp.Error.SatisfactionRequired");
        Should.Throw<DomainRuleException>(() => ticket.RecordCallback(new CallbackReport(true, (Satisfaction)9, true, null, LocalDate(CallAt)), Rules, TestActors.Agent, CallAt))
            .Code.ShouldBe("FollowUp.Error.SatisfactionRequired");
        ticket.Callbacks.ShouldBeEmpty();
        ticket.Status.ShouldBe(TicketStatus.Resolved);
    }

    [Fact]
    public void A_reached_callback_needs_to_say_whether_the_problem_was_solved()
    {
        var ticket = Resolved();

        Should.Throw<DomainRuleException>(() => ticket.RecordCallback(new CallbackReport(true, Satisfaction.Satisfied, null, null, LocalDate(CallAt)), Rules, TestActors.Agent, CallAt))
            .Code.ShouldBe("FollowUp.Error.SolvedRequired");
        ticket.Callbacks.ShouldBeEmpty();
    }

    [Fact]
    public void A_ticket_not_waiting_for_a_callback_refuses_one()
    {
        var open = WorkbenchTickets.Contacted();
        var closed = Resolved();
        closed.RecordCallback(Reached(Satisfaction.Satisfied), Rules, TestActors.Agent, CallAt);

        Should.Throw<DomainRuleException>(() => open.RecordCallback(Reached(Satisfaction.Satisfied), Rules, TestActors.Agent, CallAt))
            .Code.ShouldBe("FollowUp.Error.NotAwaitingCallback");
        Should.Throw<DomainRuleException>(() => closed.RecordCallback(Reached(Satisfaction.Satisfied), Rules, TestActors.Agent, CallAt.AddHours(1)))
            .Code.ShouldBe("FollowUp.Error.NotAwaitingCallback");
        closed.Callbacks.Count.ShouldBe(1);
        TestTickets.AnsweredDirectly().AwaitingCallback.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(NotCallers))]
    public void Only_agents_and_supervisors_record_callbacks(string role)
    {
        var actor = role switch { "liaison" => TestActors.Liaison, "dispatcher" => TestActors.Dispatcher, _ => TestActors.Admin };
        var ticket = Resolved();

        Should.Throw<DomainRuleException>(() => ticket.RecordCallback(Reached(Satisfaction.Satisfied), Rules, actor, CallAt))
            .Code.ShouldBe("Ticket.Error.RoleNotAllowed");
        ticket.Status.ShouldBe(TicketStatus.Resolved);
        ticket.AwaitingCallback.ShouldBeTrue();
    }

    public static TheoryData<string> NotCallers() => new() { "liaison", "dispatcher", "admin" };
}
