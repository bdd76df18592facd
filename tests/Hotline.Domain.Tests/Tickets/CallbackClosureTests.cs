using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.CallbackTickets;

namespace Hotline.Domain.Tests.Tickets;

public class CallbackClosureTests
{
    [Theory]
    [InlineData(Satisfaction.Satisfied)]
    [InlineData(Satisfaction.BasicallySatisfied)]
    public void A_satisfied_or_basically_satisfied_citizen_closes_the_ticket(Satisfaction satisfaction)
    {
        var ticket = Resolved();

        ticket.RecordCallback(Reached(satisfaction), Rules, TestActors.Agent, CallAt);

        ticket.Status.ShouldBe(TicketStatus.Closed);
        ticket.ClosureReason.ShouldBe(ClosureReason.Satisfied);
        ticket.ClosedAt.ShouldBe(CallAt);
        ticket.AwaitingCallback.ShouldBeFalse();
        var callback = ticket.Callbacks.ShouldHaveSingleItem();
        (callback.Round, callback.UnitId, callback.Reached, callback.Satisfaction, callback.Solved)
            .ShouldBe((1, (int?)WorkbenchTickets.Lead, true, (Satisfaction?)satisfaction, (bool?)true));
        callback.AgentName.ShouldBe(TestActors.Agent.DisplayName);
        var closed = ticket.Events[^1];
        (closed.Action, closed.From, closed.To, closed.Note).ShouldBe((TicketAction.CloseAfterCallback, (TicketStatus?)TicketStatus.Resolved, TicketStatus.Closed, "师傅上门很及时，暖气热了。"));
    }

    [Fact]
    public void A_dissatisfied_citizen_without_a_reopen_closes_the_ticket_as_dissatisfied()
    {
        var ticket = Resolved();

        ticket.RecordCallback(Reached(Satisfaction.Dissatisfied, solved: false, words: "修了等于没修。"), Rules, TestActors.Agent, CallAt);

        ticket.Status.ShouldBe(TicketStatus.Closed);
        ticket.ClosureReason.ShouldBe(ClosureReason.Dissatisfied);
        ticket.Round.ShouldBe(1);
        var callback = ticket.Callbacks.ShouldHaveSingleItem();
        (callback.Satisfaction, callback.Solved, callback.Reopened, callback.CitizenWords)
            .ShouldBe(((Satisfaction?)Satisfaction.Dissatisfied, (bool?)false, false, "修了等于没修。"));
    }

    [Fact]
    public void A_supervisor_may_record_the_callback_too()
    {
        var ticket = Resolved();

        ticket.RecordCallback(Reached(Satisfaction.Satisfied), Rules, TestActors.Supervisor, CallAt);

        ticket.Status.ShouldBe(TicketStatus.Closed);
    }
}
