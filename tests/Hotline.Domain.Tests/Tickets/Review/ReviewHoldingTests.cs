using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.CallbackTickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;
using static Hotline.Domain.Tests.Tickets.WorkbenchTickets;

namespace Hotline.Domain.Tests.Tickets.Review;

/// <summary>Clock per holder: the review is a holder of its own, between the unit and the callback.</summary>
public class ReviewHoldingTests
{
    private const string Reply = "已上门更换散热器阀门，室温恢复到20度，市民认可。";

    [Fact]
    public void Review_holds_the_ticket_between_the_units_reply_and_the_callback_and_a_send_back_is_the_units_again()
    {
        var ticket = Contacted();
        ticket.SubmitForReview(Lead, TestActors.Liaison, Now.AddHours(2), Reply, ResolutionOutcome.Solved, null, Now.AddHours(5), []);
        ticket.SendBackFromReview(TestActors.Supervisor, Now.AddHours(3), "未写明处理结果。");
        ticket.SubmitForReview(Lead, TestActors.Liaison, Now.AddHours(6), Reply + "已复核。", ResolutionOutcome.Solved, null, Now.AddHours(8), [Reply]);
        ticket.PassReview(TestActors.Supervisor, Now.AddHours(9), null, Now.AddDays(3));
        ticket.RecordCallback(Reached(Satisfaction.Satisfied), Rules, TestActors.Agent, Now.AddDays(1));

        var holdings = HoldingTimeline.Of(ticket, Now.AddDays(2));

        holdings.Select(h => (h.Kind, h.UnitId, h.From, h.To, h.End)).ShouldBe(
        [
            (HolderKind.Dispatch, (int?)null, Now, (DateTimeOffset?)Now, HoldingEnd.Dispatched),
            (HolderKind.Unit, Lead, Now, Now.AddHours(2), HoldingEnd.Resolved),
            (HolderKind.Review, null, Now.AddHours(2), Now.AddHours(3), HoldingEnd.SentBack),
            (HolderKind.Unit, Lead, Now.AddHours(3), Now.AddHours(6), HoldingEnd.Resolved),
            (HolderKind.Review, null, Now.AddHours(6), Now.AddHours(9), HoldingEnd.Passed),
            (HolderKind.Callback, null, Now.AddHours(9), Now.AddDays(1), HoldingEnd.Closed),
        ]);
        holdings[1].Deadlines.Single(d => d.Clock == ClockKind.Resolve).DoneAt.ShouldBe(Now.AddHours(2));
        holdings[2].Deadlines.ShouldBeEmpty("only the latest review's deadline is kept");
        holdings[3].Deadlines.Select(d => (d.Clock, d.DoneAt)).ShouldBe([(ClockKind.Resolve, (DateTimeOffset?)Now.AddHours(6))]);
        holdings[4].Deadlines.Select(d => (d.Clock, d.Outcome)).ShouldBe([(ClockKind.Review, DeadlineOutcome.Missed)]);
        holdings.Where(h => h.IsLead).Aggregate(TimeSpan.Zero, (sum, h) => sum + h.Natural(Now.AddDays(2)))
            .ShouldBe(ticket.ClosedAt!.Value - ticket.RegisteredAt);
    }

    [Fact]
    public void A_reply_waiting_for_review_is_a_running_review_holding_with_its_clock_running()
    {
        var ticket = Contacted();
        ticket.SubmitForReview(Lead, TestActors.Liaison, Now.AddHours(2), Reply, ResolutionOutcome.Solved, null, Now.AddHours(5), []);

        var last = HoldingTimeline.Of(ticket, Now.AddHours(3))[^1];

        (last.Kind, last.From, last.To, last.End).ShouldBe((HolderKind.Review, Now.AddHours(2), (DateTimeOffset?)null, HoldingEnd.Running));
        last.Deadlines.Single().Outcome.ShouldBe(DeadlineOutcome.Running);
    }
}
