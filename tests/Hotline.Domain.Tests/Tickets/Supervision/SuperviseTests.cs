using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.Supervision.SupervisedTickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;
using static Hotline.Domain.Tests.Tickets.WorkbenchTickets;

namespace Hotline.Domain.Tests.Tickets.Supervision;

public sealed class SuperviseTests
{
    private static readonly DateTimeOffset At = Now.AddHours(1);

    [Fact]
    public void A_supervisor_flags_an_open_ticket_with_a_level_and_a_note_and_the_state_stays()
    {
        var ticket = SignedFor();

        ticket.Supervise(SupervisionLevel.Key, "  " + Note + " ", null, TestActors.Supervisor, At);

        ticket.Supervision.ShouldBe(SupervisionLevel.Key);
        ticket.IsSupervised.ShouldBeTrue();
        ticket.SupervisionNote.ShouldBe(Note);
        ticket.SupervisedAt.ShouldBe(At);
        ticket.Status.ShouldBe(TicketStatus.InProgress);
        var flagged = ticket.Events[^1];
        (flagged.Action, flagged.From, flagged.To, flagged.Note, flagged.UnitId).ShouldBe((TicketAction.Supervise, TicketStatus.InProgress, TicketStatus.InProgress, Note, Lead));
    }

    [Fact]
    public void A_ticket_waiting_for_dispatch_can_be_supervised_too()
    {
        var ticket = Registered();

        ticket.Supervise(SupervisionLevel.Normal, Note, null, TestActors.Supervisor, At);

        ticket.Supervision.ShouldBe(SupervisionLevel.Normal);
        ticket.Status.ShouldBe(TicketStatus.PendingDispatch);
    }

    [Fact]
    public void Supervising_again_changes_the_level_and_the_note()
    {
        var ticket = SignedFor();
        ticket.Supervise(SupervisionLevel.Normal, Note, null, TestActors.Supervisor, At);

        ticket.Supervise(SupervisionLevel.Key, "升级为重点督办：涉及老人儿童。", null, TestActors.Supervisor, At.AddHours(1));

        ticket.Supervision.ShouldBe(SupervisionLevel.Key);
        ticket.SupervisionNote.ShouldBe("升级为重点督办：涉及老人儿童。");
        ticket.SupervisedAt.ShouldBe(At.AddHours(1));
        ticket.Events.Count(e => e.Action == TicketAction.Supervise).ShouldBe(2);
    }

    [Fact]
    public void A_tighter_resolution_deadline_moves_the_lead_unit_s_clock_earlier()
    {
        var ticket = SignedFor(withAssisting: true);
        var tighter = Now.AddDays(1);

        ticket.Supervise(SupervisionLevel.Key, Note, tighter, TestActors.Supervisor, At);

        ticket.LeadAssignment().ResolveDueAt.ShouldBe(tighter);
        ticket.LeadAssignment().ExtensionCount.ShouldBe(0);
        ticket.Assignments.Single(a => !a.IsLead).ResolveDueAt.ShouldBe(Now.AddDays(3));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    public void A_deadline_that_is_not_after_now_is_refused(int minutesFromNow)
    {
        var ticket = SignedFor();

        Should.Throw<DomainRuleException>(() =>
                ticket.Supervise(SupervisionLevel.Key, Note, At.AddMinutes(minutesFromNow), TestActors.Supervisor, At))
            .Code.ShouldBe("Supervision.Error.DeadlineNotTighter");
        ticket.IsSupervised.ShouldBeFalse();
        ticket.LeadAssignment().ResolveDueAt.ShouldBe(Now.AddDays(3));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(60)]
    public void A_deadline_that_is_not_before_the_one_in_force_is_refused(int minutesAfterDue)
    {
        var ticket = SignedFor();

        Should.Throw<DomainRuleException>(() =>
                ticket.Supervise(SupervisionLevel.Key, Note, Now.AddDays(3).AddMinutes(minutesAfterDue), TestActors.Supervisor, At))
            .Code.ShouldBe("Supervision.Error.DeadlineNotTighter");
        ticket.Events[^1].Action.ShouldBe(TicketAction.SignFor);
    }

    [Fact]
    public void A_ticket_without_a_running_resolution_clock_cannot_get_a_tighter_deadline()
    {
        var ticket = Registered();

        Should.Throw<DomainRuleException>(() => ticket.Supervise(SupervisionLevel.Key, Note, Now.AddDays(1), TestActors.Supervisor, At))
            .Code.ShouldBe("Supervision.Error.NoClockToTighten");
        ticket.IsSupervised.ShouldBeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void A_note_is_required(string? note)
    {
        var ticket = SignedFor();

        Should.Throw<DomainRuleException>(() => ticket.Supervise(SupervisionLevel.Normal, note!, null, TestActors.Supervisor, At))
            .Code.ShouldBe("Supervision.Error.NoteRequired");
        ticket.IsSupervised.ShouldBeFalse();
    }

    [Fact]
    public void Only_supervisors_supervise()
    {
        foreach (var actor in new[] { TestActors.Agent, TestActors.Dispatcher, TestActors.Liaison, TestActors.Admin })
        {
            var ticket = SignedFor();

            Should.Throw<DomainRuleException>(() => ticket.Supervise(SupervisionLevel.Normal, Note, null, actor, At))
                .Code.ShouldBe("Ticket.Error.RoleNotAllowed");
            ticket.IsSupervised.ShouldBeFalse();
        }
    }

    [Fact]
    public void A_closed_ticket_cannot_be_supervised()
    {
        var ticket = Closed();

        Should.Throw<DomainRuleException>(() => ticket.Supervise(SupervisionLevel.Key, Note, null, TestActors.Supervisor, ClosedAt.AddHours(1)))
            .Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
        ticket.IsSupervised.ShouldBeFalse();
    }

    [Fact]
    public void A_merged_ticket_cannot_be_supervised()
    {
        var master = Ticket.Register("20261122-00050", Citizen, Heating, SuggestedUnitId, DispatchDue, TestActors.Agent, Now);
        var ticket = Registered();
        ticket.MergeInto(master, TestActors.Dispatcher, Now.AddMinutes(5), null);

        Should.Throw<DomainRuleException>(() => ticket.Supervise(SupervisionLevel.Key, Note, null, TestActors.Supervisor, At))
            .Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
    }

    [Fact]
    public void A_cancelled_ticket_cannot_be_supervised()
    {
        var ticket = Registered();
        ticket.Cancel(TestActors.Supervisor, Now.AddMinutes(5), "骚扰电话");

        Should.Throw<DomainRuleException>(() => ticket.Supervise(SupervisionLevel.Key, Note, null, TestActors.Supervisor, At))
            .Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
    }
}
