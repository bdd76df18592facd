using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;
using static Hotline.Domain.Tests.Tickets.WorkbenchTickets;

namespace Hotline.Domain.Tests.Tickets.Review;

/// <summary>审核 (issue 18 §2): a reply waits for a reviewer, who passes it to the callback or sends it back to the same unit.</summary>
public class ReviewActTests
{
    private const string Reply = "已上门更换散热器阀门，室温恢复到20度，市民认可。";

    private static Ticket InReview(IEnumerable<string>? recent = null)
    {
        var ticket = Contacted();
        ticket.SubmitForReview(Lead, TestActors.Liaison, Now.AddHours(2), Reply, ResolutionOutcome.Solved, null, Now.AddDays(1), recent ?? []);
        return ticket;
    }

    [Fact]
    public void A_submitted_reply_waits_in_review_with_the_units_clock_stopped_and_the_review_clock_running()
    {
        var ticket = InReview();

        ticket.Status.ShouldBe(TicketStatus.UnderReview);
        ticket.ResolutionText.ShouldBe(Reply);
        ticket.LeadAssignment().ResolvedAt.ShouldBe(Now.AddHours(2));
        ticket.AwaitingCallback.ShouldBeFalse();
        ticket.ResolvedAt.ShouldBeNull();
        ticket.ReplyFlags.ShouldBe(ReplyFlags.None);
        AssignmentClock.Of(ticket.LeadAssignment(), ticket.Status).ShouldBeNull();
        AssignmentClock.Review(ticket).ShouldBe(new RunningClock(ClockKind.Review, Now.AddHours(2), Now.AddDays(1)));
        ticket.Events[^1].Action.ShouldBe(TicketAction.SubmitForReview);
        ticket.Events[^1].Note.ShouldBe(Reply);
    }

    [Fact]
    public void Passing_resolves_the_round_and_starts_the_callback_clock()
    {
        var ticket = InReview();

        ticket.PassReview(TestActors.Supervisor, Now.AddHours(5), " 答复完整。 ", Now.AddDays(3));

        ticket.Status.ShouldBe(TicketStatus.Resolved);
        ticket.ResolvedAt.ShouldBe(Now.AddHours(5));
        ticket.CallbackDueAt.ShouldBe(Now.AddDays(3));
        ticket.AwaitingCallback.ShouldBeTrue();
        AssignmentClock.Review(ticket).ShouldBeNull();
        AssignmentClock.Callback(ticket).ShouldBe(new RunningClock(ClockKind.Callback, Now.AddHours(5), Now.AddDays(3)));
        ticket.Events[^1].Note.ShouldBe("答复完整。");
        ticket.Events[^1].UnitId.ShouldBe(Lead);
    }

    [Fact]
    public void Sending_back_returns_the_ticket_to_the_same_unit_with_its_resolution_clock_running_and_counts_the_return()
    {
        var ticket = InReview();
        var due = ticket.LeadAssignment().ResolveDueAt;

        ticket.SendBackFromReview(TestActors.Supervisor, Now.AddHours(3), "答复未说明处理结果。");

        ticket.Status.ShouldBe(TicketStatus.InProgress);
        var lead = ticket.LeadAssignment();
        lead.UnitId.ShouldBe(Lead);
        lead.ResolvedAt.ShouldBeNull();
        lead.ReviewReturns.ShouldBe(1);
        AssignmentClock.Of(lead, ticket.Status).ShouldBe(new RunningClock(ClockKind.Resolve, lead.DispatchedAt, due));
        ticket.Events[^1].Note.ShouldBe("答复未说明处理结果。");

        ticket.SubmitForReview(Lead, TestActors.Liaison, Now.AddHours(4), Reply + "补充：已回访确认。", ResolutionOutcome.Solved, null, Now.AddDays(2), [Reply]);
        ticket.SendBackFromReview(TestActors.Supervisor, Now.AddHours(5), "仍不完整。");
        ticket.LeadAssignment().ReviewReturns.ShouldBe(2);
    }

    [Fact]
    public void Sending_back_needs_a_reason()
    {
        var ticket = InReview();

        Should.Throw<DomainRuleException>(() => ticket.SendBackFromReview(TestActors.Supervisor, Now.AddHours(3), "  "))
            .Code.ShouldBe("Review.Error.ReasonRequired");
        ticket.Status.ShouldBe(TicketStatus.UnderReview);
        ticket.LeadAssignment().ReviewReturns.ShouldBe(0);
    }

    public static TheoryData<string> NotReviewers => ["agent", "dispatcher", "liaison", "admin"];

    [Theory]
    [MemberData(nameof(NotReviewers))]
    public void Only_a_supervisor_passes_or_sends_back(string who)
    {
        var actor = who switch
        {
            "agent" => TestActors.Agent,
            "dispatcher" => TestActors.Dispatcher,
            "liaison" => TestActors.Liaison,
            _ => TestActors.Admin,
        };
        var ticket = InReview();

        Should.Throw<DomainRuleException>(() => ticket.PassReview(actor, Now.AddHours(3), null, Now.AddDays(3))).Code.ShouldBe("Ticket.Error.RoleNotAllowed");
        Should.Throw<DomainRuleException>(() => ticket.SendBackFromReview(actor, Now.AddHours(3), "不完整")).Code.ShouldBe("Ticket.Error.RoleNotAllowed");
        ticket.Status.ShouldBe(TicketStatus.UnderReview);
    }

    [Fact]
    public void Nothing_is_reviewed_that_is_not_in_review()
    {
        var contacted = Contacted();
        Should.Throw<DomainRuleException>(() => contacted.PassReview(TestActors.Supervisor, Now, null, Now.AddDays(3))).Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
        Should.Throw<DomainRuleException>(() => contacted.SendBackFromReview(TestActors.Supervisor, Now, "不完整")).Code.ShouldBe("Ticket.Error.TransitionNotAllowed");

        var passed = InReview();
        passed.PassReview(TestActors.Supervisor, Now.AddHours(3), null, Now.AddDays(3));
        Should.Throw<DomainRuleException>(() => passed.PassReview(TestActors.Supervisor, Now.AddHours(4), null, Now.AddDays(3))).Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
        Should.Throw<DomainRuleException>(() => passed.SendBackFromReview(TestActors.Supervisor, Now.AddHours(4), "晚了")).Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
    }

    [Fact]
    public void A_unit_cannot_act_on_a_reply_in_review_nor_submit_one_before_signing_for()
    {
        var ticket = InReview();
        Should.Throw<DomainRuleException>(() => ticket.AddNote(Lead, TestActors.Liaison, Now.AddHours(3), "补充")).Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
        Should.Throw<DomainRuleException>(() => ticket.Resolve(Lead, TestActors.Liaison, Now.AddHours(3), Reply, ResolutionOutcome.Solved, null, Now.AddDays(3)))
            .Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
        Should.Throw<DomainRuleException>(() => ticket.RequestReturn(Lead, TestActors.Liaison, Now.AddHours(3), "不归我们")).Code.ShouldBe("Ticket.Error.TransitionNotAllowed");

        var dispatched = Dispatched();
        Should.Throw<DomainRuleException>(() => dispatched.SubmitForReview(Lead, TestActors.Liaison, Now, Reply, ResolutionOutcome.Solved, null, Now.AddDays(1), []))
            .Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
        var signed = SignedFor(withAssisting: true);
        Should.Throw<DomainRuleException>(() => signed.SubmitForReview(Assisting, OtherLiaison, Now, Reply, ResolutionOutcome.Solved, null, Now.AddDays(1), []))
            .Code.ShouldBe("Workbench.Error.LeadOnly");
        Should.Throw<DomainRuleException>(() => signed.SubmitForReview(Lead, TestActors.Liaison, Now, Reply, ResolutionOutcome.CannotBeSolved, " ", Now.AddDays(1), []))
            .Code.ShouldBe("Workbench.Error.ReasonRequired");
        signed.Status.ShouldBe(TicketStatus.InProgress);
    }

    [Fact]
    public void A_ticket_in_review_is_open_and_may_be_urged_supervised_or_merged()
    {
        var ticket = InReview();
        ticket.IsOpen.ShouldBeTrue();

        ticket.Urge(TestActors.Agent, Now.AddHours(3), "市民来电催问");
        ticket.Status.ShouldBe(TicketStatus.UnderReview);
        ticket.UrgeCount.ShouldBe(1);
    }
}
