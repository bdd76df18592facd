using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;
using static Hotline.Domain.Tests.Tickets.WorkbenchTickets;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>Which clock runs, when it is due and its colour: the one rule every queue, the monitor and the figures read.</summary>
public sealed class AssignmentClockTests
{
    [Fact]
    public void A_ticket_waiting_for_dispatch_runs_its_dispatch_clock_from_registration()
    {
        var ticket = Registered();

        var clock = AssignmentClock.OfTicket(ticket);

        clock.ShouldBe(new RunningClock(ClockKind.Dispatch, Now, DispatchDue));
    }

    [Fact]
    public void An_approved_return_restarts_the_dispatch_clock_from_the_approval_not_from_registration()
    {
        var ticket = Dispatched();
        var approved = Now.AddDays(2);
        ticket.RequestReturn(Lead, TestActors.Liaison, approved.AddMinutes(-30), "不属于本单位职责。");
        ticket.ApproveReturn(TestActors.Dispatcher, approved, "改派", approved.AddHours(4));

        var clock = AssignmentClock.OfTicket(ticket).ShouldNotBeNull();

        clock.ShouldBe(new RunningClock(ClockKind.Dispatch, approved, approved.AddHours(4)));
        clock.Warning(approved.AddMinutes(1), 0.25).ShouldBe(WarningLevel.None, "a fresh four hours, not two days gone");
        clock.Warning(approved.AddHours(3).AddMinutes(1), 0.25).ShouldBe(WarningLevel.Yellow);
    }

    [Fact]
    public void The_lead_runs_sign_for_then_first_contact_then_resolution()
    {
        AssignmentClock.OfTicket(Dispatched()).ShouldBe(new RunningClock(ClockKind.SignFor, Now, Now.AddMinutes(30)));
        AssignmentClock.OfTicket(SignedFor()).ShouldBe(new RunningClock(ClockKind.FirstContact, Now, Now.AddMinutes(30)));
        AssignmentClock.OfTicket(Contacted()).ShouldBe(new RunningClock(ClockKind.Resolve, Now, Now.AddDays(3)));
    }

    [Fact]
    public void An_assisting_unit_runs_its_resolution_clock_until_its_part_is_done()
    {
        var ticket = Dispatched(withAssisting: true);
        var assisting = ticket.Assignments.Single(a => !a.IsLead);

        AssignmentClock.Of(assisting, ticket.Status).ShouldBe(new RunningClock(ClockKind.Resolve, Now, Now.AddDays(3)));

        ticket.MarkAssistDone(Assisting, TestActors.Liaison, Now.AddHours(1), "已配合完成。");

        AssignmentClock.Of(assisting, ticket.Status).ShouldBeNull();
        AssignmentClock.OfTicket(ticket)!.Value.Kind.ShouldBe(ClockKind.SignFor);
    }

    [Fact]
    public void A_resolved_round_waiting_for_its_callback_runs_no_unit_clock()
    {
        var ticket = Contacted();
        ticket.Resolve(Lead, TestActors.Liaison, Now.AddHours(2), "已修复暖气，室温恢复到20度。", ResolutionOutcome.Solved, null, Now.AddDays(3));

        AssignmentClock.OfTicket(ticket).ShouldBeNull();
        AssignmentClock.Of(ticket.Assignments.Single(), ticket.Status).ShouldBeNull();
    }

    [Fact]
    public void A_merged_ticket_does_not_count_down_its_dispatch_clock()
    {
        var master = Registered();
        var duplicate = Ticket.Register("20261122-00043", Citizen with { Phone = "13905350002" }, Heating, SuggestedUnitId, DispatchDue, TestActors.Agent, Now);

        duplicate.MergeInto(master, TestActors.Dispatcher, Now.AddMinutes(3), "同一爆管");

        duplicate.DispatchDueAt.ShouldNotBeNull();
        AssignmentClock.OfTicket(duplicate).ShouldBeNull();
        AssignmentClock.Dispatch(duplicate).ShouldBeNull();
    }

    [Fact]
    public void A_cancelled_ticket_runs_no_clock()
    {
        var ticket = Registered();

        ticket.Cancel(TestActors.Supervisor, Now.AddMinutes(3), "骚扰电话");

        AssignmentClock.OfTicket(ticket).ShouldBeNull();
    }

    [Fact]
    public void An_assignment_left_active_runs_no_clock_once_its_ticket_is_closed_merged_or_cancelled()
    {
        var lead = Dispatched().LeadAssignment();

        foreach (var status in new[] { TicketStatus.Closed, TicketStatus.Merged, TicketStatus.Cancelled, TicketStatus.Resolved, TicketStatus.PendingDispatch })
        {
            AssignmentClock.Of(lead, status).ShouldBeNull(status.ToString());
        }

        AssignmentClock.Of(lead, TicketStatus.ReturnRequested)!.Value.Kind.ShouldBe(ClockKind.SignFor);
    }

    [Theory]
    [InlineData(0.25, 2 * 60 + 14, WarningLevel.None)]
    [InlineData(0.25, 2 * 60 + 15, WarningLevel.Yellow)]
    [InlineData(0.5, 90, WarningLevel.Yellow)]
    [InlineData(0.5, 89, WarningLevel.None)]
    [InlineData(0.1, 2 * 60 + 40, WarningLevel.None)]
    [InlineData(0.1, 3 * 60, WarningLevel.Yellow)]
    [InlineData(0.1, 3 * 60 + 1, WarningLevel.Red)]
    public void The_colour_follows_the_configured_warning_share_not_a_fixed_quarter(double share, int minutesIn, WarningLevel expected)
    {
        var clock = new RunningClock(ClockKind.Resolve, Now, Now.AddHours(3));

        clock.Warning(Now.AddMinutes(minutesIn), share).ShouldBe(expected);
    }

    [Fact]
    public void A_due_time_before_its_start_is_red_once_past_and_never_throws()
    {
        var clock = new RunningClock(ClockKind.FirstContact, Now, Now.AddMinutes(-10));

        clock.Warning(Now, 0.25).ShouldBe(WarningLevel.Red);
        clock.Warning(Now.AddMinutes(-10), 0.25).ShouldBe(WarningLevel.Yellow);
    }

    [Fact]
    public void A_supervisor_s_tighter_resolution_deadline_brings_sign_for_and_first_contact_forward_with_it()
    {
        var ticket = Dispatched();
        var tighter = Now.AddMinutes(20);

        ticket.Supervise(SupervisionLevel.Key, "限时办理：涉及老人儿童。", tighter, TestActors.Supervisor, Now.AddMinutes(5));

        var lead = ticket.LeadAssignment();
        (lead.SignForDueAt, lead.FirstContactDueAt, lead.ResolveDueAt).ShouldBe((tighter, tighter, tighter));
        AssignmentClock.OfTicket(ticket).ShouldBe(new RunningClock(ClockKind.SignFor, Now, tighter));
        AssignmentClock.OfTicket(ticket)!.Value.IsOverdue(Now.AddMinutes(21)).ShouldBeTrue();
    }

    [Fact]
    public void A_tighter_resolution_deadline_after_first_contact_is_due_leaves_the_earlier_clocks_alone()
    {
        var ticket = SignedFor();
        var tighter = Now.AddDays(1);

        ticket.Supervise(SupervisionLevel.Key, "限时办理。", tighter, TestActors.Supervisor, Now.AddMinutes(10));

        var lead = ticket.LeadAssignment();
        (lead.SignForDueAt, lead.FirstContactDueAt, lead.ResolveDueAt).ShouldBe((Now.AddMinutes(30), Now.AddMinutes(30), tighter));
    }
}
