using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.CallbackTickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;

namespace Hotline.Domain.Tests.Tickets;

public class SampledDirectAnswerTests
{
    [Fact]
    public void A_sampled_direct_answer_waits_for_a_callback_and_stays_closed()
    {
        var ticket = AnsweredDirectly();

        ticket.SampleForCallback(Now.AddDays(2));

        (ticket.Status, ticket.IsCallbackSample, ticket.AwaitingCallback, ticket.CallbackDueAt)
            .ShouldBe((TicketStatus.Closed, true, true, (DateTimeOffset?)Now.AddDays(2)));
    }

    [Fact]
    public void Its_callback_is_recorded_as_a_sample_without_a_unit_and_the_ticket_stays_closed()
    {
        var ticket = AnsweredDirectly();
        ticket.SampleForCallback(Now.AddDays(2));

        ticket.RecordCallback(Reached(Satisfaction.Satisfied), Rules, TestActors.Agent, CallAt);

        ticket.Status.ShouldBe(TicketStatus.Closed);
        ticket.ClosureReason.ShouldBe(ClosureReason.DirectlyAnswered);
        ticket.ClosedAt.ShouldBe(Now);
        ticket.AwaitingCallback.ShouldBeFalse();
        var callback = ticket.Callbacks.ShouldHaveSingleItem();
        (callback.IsSample, callback.UnitId, callback.Satisfaction).ShouldBe((true, (int?)null, (Satisfaction?)Satisfaction.Satisfied));
        (ticket.Events[^1].Action, ticket.Events[^1].From, ticket.Events[^1].To)
            .ShouldBe((TicketAction.RecordCallback, (TicketStatus?)TicketStatus.Closed, TicketStatus.Closed));
    }

    [Fact]
    public void A_dissatisfied_sample_can_be_reopened_to_a_unit_the_agent_chooses()
    {
        var ticket = AnsweredDirectly();
        ticket.SampleForCallback(Now.AddDays(2));

        ticket.RecordCallback(DissatisfiedReopen(), Rules, TestActors.Agent, CallAt, Round2(CallAt, lead: 55));

        (ticket.Status, ticket.Round, ticket.LeadUnitId).ShouldBe((TicketStatus.Dispatched, 1, (int?)55));
        ticket.Callbacks.ShouldHaveSingleItem().IsSample.ShouldBeTrue();
    }

    [Fact]
    public void Only_a_direct_answer_is_sampled_and_only_once()
    {
        var answered = AnsweredDirectly();
        answered.SampleForCallback(Now.AddDays(2));

        Should.Throw<DomainRuleException>(() => answered.SampleForCallback(Now.AddDays(3)));
        Should.Throw<DomainRuleException>(() => Registered().SampleForCallback(Now.AddDays(2)));
    }
}
