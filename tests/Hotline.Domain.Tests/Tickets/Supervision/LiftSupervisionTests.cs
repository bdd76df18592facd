using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.Supervision.SupervisedTickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;
using static Hotline.Domain.Tests.Tickets.WorkbenchTickets;

namespace Hotline.Domain.Tests.Tickets.Supervision;

/// <summary>A supervisor lifts the flag by hand; closing, merging or cancelling the ticket lifts it by itself.</summary>
public sealed class LiftSupervisionTests
{
    private static readonly DateTimeOffset At = Now.AddHours(1);

    [Fact]
    public void A_supervisor_lifts_the_flag_and_the_timeline_keeps_both_acts()
    {
        var ticket = SignedFor();
        ticket.Supervise(SupervisionLevel.Key, Note, null, TestActors.Supervisor, At);

        ticket.LiftSupervision(TestActors.Supervisor, At.AddHours(2), "热力公司已上门，解除督办。");

        ticket.IsSupervised.ShouldBeFalse();
        ticket.SupervisedAt.ShouldBe(At);
        ticket.Events[^1].Action.ShouldBe(TicketAction.LiftSupervision);
        ticket.Events[^1].Note.ShouldBe("热力公司已上门，解除督办。");
        ticket.Events.Count(e => e.Action == TicketAction.Supervise).ShouldBe(1);
    }

    [Fact]
    public void Lifting_needs_no_note()
    {
        var ticket = SignedFor();
        ticket.Supervise(SupervisionLevel.Normal, Note, null, TestActors.Supervisor, At);

        ticket.LiftSupervision(TestActors.Supervisor, At.AddHours(2), null);

        ticket.IsSupervised.ShouldBeFalse();
    }

    [Fact]
    public void A_ticket_that_is_not_supervised_cannot_be_lifted()
    {
        var ticket = SignedFor();

        Should.Throw<DomainRuleException>(() => ticket.LiftSupervision(TestActors.Supervisor, At, null))
            .Code.ShouldBe("Supervision.Error.NotSupervised");
    }

    [Fact]
    public void Only_a_supervisor_lifts_the_flag()
    {
        var ticket = SignedFor();
        ticket.Supervise(SupervisionLevel.Normal, Note, null, TestActors.Supervisor, At);

        Should.Throw<DomainRuleException>(() => ticket.LiftSupervision(TestActors.Liaison, At, null))
            .Code.ShouldBe("Ticket.Error.RoleNotAllowed");
        ticket.IsSupervised.ShouldBeTrue();
    }

    [Fact]
    public void Closing_after_the_callback_lifts_the_flag()
    {
        var ticket = Resolved();
        ticket.Supervise(SupervisionLevel.Key, Note, null, TestActors.Supervisor, ResolvedAt.AddHours(1));

        ticket.RecordCallback(new CallbackReport(true, Satisfaction.Satisfied, true, null, DateOnly.FromDateTime(ClosedAt.UtcDateTime)),
            CallbackRules.Default, TestActors.Agent, ClosedAt);

        ticket.Status.ShouldBe(TicketStatus.Closed);
        ticket.IsSupervised.ShouldBeFalse();
        ticket.SupervisedAt.ShouldBe(ResolvedAt.AddHours(1));
    }

    [Fact]
    public void Merging_lifts_the_flag()
    {
        var master = Ticket.Register("20261122-00050", Citizen, Heating, SuggestedUnitId, DispatchDue, TestActors.Agent, Now);
        var ticket = Dispatched();
        ticket.Supervise(SupervisionLevel.Normal, Note, null, TestActors.Supervisor, At);

        ticket.MergeInto(master, TestActors.Supervisor, At.AddMinutes(10), "同一问题");

        ticket.Status.ShouldBe(TicketStatus.Merged);
        ticket.IsSupervised.ShouldBeFalse();
    }

    [Fact]
    public void Cancelling_lifts_the_flag()
    {
        var ticket = Registered();
        ticket.Supervise(SupervisionLevel.Normal, Note, null, TestActors.Supervisor, At);

        ticket.Cancel(TestActors.Supervisor, At.AddMinutes(10), "[Nuisance] 骚扰电话");

        ticket.Status.ShouldBe(TicketStatus.Cancelled);
        ticket.IsSupervised.ShouldBeFalse();
    }
}
