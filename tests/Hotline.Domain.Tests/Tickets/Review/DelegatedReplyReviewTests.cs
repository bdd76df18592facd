using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;
using static Hotline.Domain.Tests.Tickets.WorkbenchTickets;

namespace Hotline.Domain.Tests.Tickets.Review;

/// <summary>
/// 审核 of a reply a sub-unit gave (下派): sending it back reopens the sub-unit that wrote it, and the parent that answers
/// for it; the parent's own reply goes back to the parent alone.
/// </summary>
public class DelegatedReplyReviewTests
{
    private const int Township = 311;
    private const string Reply = "街道已上门疏通下水管道，市民认可处理结果。";

    private static Ticket SubUnitReplyInReview()
    {
        var ticket = SignedFor();
        ticket.Delegate(Lead, Township, [Township], new AssignmentDeadlines(Now.AddDays(1), Now.AddDays(1), Now.AddDays(5)), null,
            TestActors.Liaison, Now.AddMinutes(10));
        ticket.SignFor(Township, TestActors.Liaison, Now.AddMinutes(15));
        ticket.RecordContact(Township, TestActors.Liaison, Now.AddMinutes(20), Now.AddMinutes(20), "已电话联系。");
        ticket.SubmitForReview(Township, TestActors.Liaison, Now.AddHours(2), Reply, ResolutionOutcome.Solved, null, Now.AddDays(1), []);
        return ticket;
    }

    private static Assignment Sub(Ticket ticket) => ticket.Assignments.Single(a => a.IsDelegated);

    [Fact]
    public void A_sub_unit_s_reply_sent_back_goes_back_to_the_sub_unit_and_reopens_the_parent_that_answers_for_it()
    {
        var ticket = SubUnitReplyInReview();
        ticket.ReplyingUnitId.ShouldBe(Township);

        ticket.SendBackFromReview(TestActors.Supervisor, Now.AddHours(3), "未说明疏通后的复查情况。");

        ticket.Status.ShouldBe(TicketStatus.InProgress);
        var sub = Sub(ticket);
        (sub.IsActive, sub.ResolvedAt, sub.ReviewReturns).ShouldBe((true, (DateTimeOffset?)null, 1));
        ticket.ActiveDelegation.ShouldBeSameAs(sub, "the sub-unit works it again");
        var parent = ticket.LeadAssignment();
        (parent.ResolvedAt, parent.ReviewReturns).ShouldBe(((DateTimeOffset?)null, 1), "the parent answers for it: its clock runs, its (ranked) return counts");
        AssignmentClock.Of(sub, ticket.Status).ShouldBe(new RunningClock(ClockKind.Resolve, sub.DispatchedAt, sub.ResolveDueAt));
        ticket.Events[^1].UnitId.ShouldBe(Township);
        ticket.ReplyingUnitId.ShouldBeNull();
    }

    [Fact]
    public void The_sub_unit_replies_again_and_its_reply_is_the_parent_s_again()
    {
        var ticket = SubUnitReplyInReview();
        ticket.SendBackFromReview(TestActors.Supervisor, Now.AddHours(3), "未说明复查情况。");

        ticket.SubmitForReview(Township, TestActors.Liaison, Now.AddHours(4), Reply + "次日已复查。", ResolutionOutcome.Solved, null, Now.AddDays(1), [Reply]);

        ticket.Status.ShouldBe(TicketStatus.UnderReview);
        (Sub(ticket).ResolvedAt, ticket.LeadAssignment().ResolvedAt).ShouldBe(((DateTimeOffset?)Now.AddHours(4), (DateTimeOffset?)Now.AddHours(4)));
        ticket.ReplyingUnitId.ShouldBe(Township);
    }

    [Fact]
    public void The_parent_s_own_reply_goes_back_to_the_parent_alone()
    {
        var ticket = SubUnitReplyInReview();
        ticket.SendBackFromReview(TestActors.Supervisor, Now.AddHours(3), "未说明复查情况。");
        // The parent takes the part back by replying itself.
        ticket.SubmitForReview(Lead, TestActors.Liaison, Now.AddHours(4), "区里已安排复查，结果已告知市民。", ResolutionOutcome.Solved, null, Now.AddDays(1), []);
        ticket.ReplyingUnitId.ShouldBe(Lead);

        ticket.SendBackFromReview(TestActors.Supervisor, Now.AddHours(5), "仍未说明复查结果。");

        var sub = Sub(ticket);
        (sub.IsActive, sub.ReviewReturns).ShouldBe((false, 1), "the part taken back stays with the parent");
        ticket.LeadAssignment().ReviewReturns.ShouldBe(2);
        ticket.ActiveDelegation.ShouldBeNull();
        ticket.Events[^1].UnitId.ShouldBe(Lead);
    }

    [Fact]
    public void The_sub_unit_s_holdings_end_at_each_reply_and_the_lead_holdings_still_sum_to_the_life()
    {
        var ticket = SubUnitReplyInReview();
        ticket.SendBackFromReview(TestActors.Supervisor, Now.AddHours(3), "未说明复查情况。");
        ticket.SubmitForReview(Township, TestActors.Liaison, Now.AddHours(4), Reply + "次日已复查。", ResolutionOutcome.Solved, null, Now.AddDays(1), [Reply]);
        var now = Now.AddHours(5);

        var holdings = HoldingTimeline.Of(ticket, now);

        var subs = holdings.Where(h => h.IsDelegated).ToList();
        subs.Select(h => (h.UnitId, h.From, h.To, h.End)).ShouldBe(
        [
            (Township, Now.AddMinutes(10), Now.AddHours(2), HoldingEnd.Resolved),
            (Township, Now.AddHours(3), Now.AddHours(4), HoldingEnd.Resolved),
        ]);
        subs[0].Deadlines.Select(d => d.Clock).ShouldBe([ClockKind.SignFor, ClockKind.FirstContact, ClockKind.Resolve]);
        subs[1].Deadlines.ShouldHaveSingleItem().ShouldBe(new HeldDeadline(ClockKind.Resolve, Sub(ticket).ResolveDueAt, Now.AddHours(4), DeadlineOutcome.Met));
        holdings.Where(h => h.IsLead).Aggregate(TimeSpan.Zero, (sum, h) => sum + h.Natural(now)).ShouldBe(now - ticket.RegisteredAt);
    }
}
