using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;

namespace Hotline.Domain.Tests.Tickets;

public class DirectAnswerTests
{
    [Fact]
    public void A_directly_answered_ticket_is_born_closed()
    {
        var ticket = AnsweredDirectly();

        ticket.Status.ShouldBe(TicketStatus.Closed);
        ticket.IsDirectlyAnswered.ShouldBeTrue();
        ticket.IsOpen.ShouldBeFalse();
        ticket.ClosedAt.ShouldBe(Now);
        ticket.RegisteredAt.ShouldBe(Now);
    }

    [Fact]
    public void The_knowledge_article_used_is_recorded()
    {
        AnsweredDirectly().AnswerArticleId.ShouldBe(5);
    }

    [Fact]
    public void An_answer_without_an_article_records_none()
    {
        var ticket = Ticket.AnswerDirectly("20261122-00043", Citizen, Consultation, articleId: null, "已口头答复。",
            TestActors.Agent, Now, CallId);

        ticket.AnswerArticleId.ShouldBeNull();
        ticket.Status.ShouldBe(TicketStatus.Closed);
    }

    [Fact]
    public void The_only_event_says_who_answered_what_and_from_which_call()
    {
        var answered = AnsweredDirectly().Events.ShouldHaveSingleItem();

        answered.Action.ShouldBe(TicketAction.AnswerDirectly);
        answered.From.ShouldBeNull();
        answered.To.ShouldBe(TicketStatus.Closed);
        answered.ActorName.ShouldBe("王晓燕");
        answered.At.ShouldBe(Now);
        answered.Note.ShouldBe("已告知需携带出生医学证明、父母户口簿和身份证到户籍派出所办理。");
        answered.CallId.ShouldBe(CallId);
    }

    [Fact]
    public void A_direct_answer_has_no_dispatch_deadline_and_no_unit()
    {
        var ticket = AnsweredDirectly();

        ticket.DispatchDueAt.ShouldBeNull();
        ticket.SuggestedUnitId.ShouldBeNull();
        ticket.LeadUnitId.ShouldBeNull();
    }

    [Fact]
    public void A_directly_answered_ticket_cannot_be_dispatched()
    {
        var ticket = AnsweredDirectly();

        var error = Should.Throw<DomainRuleException>(() => ticket.Dispatch(TestTickets.Order(31), TestActors.Dispatcher, Now.AddMinutes(5)));

        error.Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
        ticket.Status.ShouldBe(TicketStatus.Closed);
        ticket.LeadUnitId.ShouldBeNull();
    }
}
