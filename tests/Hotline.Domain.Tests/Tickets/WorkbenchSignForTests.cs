using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;
using static Hotline.Domain.Tests.Tickets.WorkbenchTickets;

namespace Hotline.Domain.Tests.Tickets;

public class WorkbenchSignForTests
{
    [Fact]
    public void The_lead_units_liaison_signs_for_a_dispatched_ticket_and_it_is_in_progress()
    {
        var ticket = Dispatched();

        ticket.SignFor(Lead, TestActors.Liaison, Now.AddMinutes(5));

        ticket.Status.ShouldBe(TicketStatus.InProgress);
        ticket.LeadAssignment().SignedForAt.ShouldBe(Now.AddMinutes(5));
        var signed = ticket.Events[^1];
        (signed.Action, signed.From, signed.To, signed.UnitId).ShouldBe((TicketAction.SignFor, TicketStatus.Dispatched, TicketStatus.InProgress, (int?)Lead));
    }

    [Fact]
    public void Another_unit_cannot_sign_for_it()
    {
        var ticket = Dispatched();

        Should.Throw<DomainRuleException>(() => ticket.SignFor(Stranger, TestActors.Liaison, Now)).Code.ShouldBe("Workbench.Error.NotYourAssignment");
        ticket.Status.ShouldBe(TicketStatus.Dispatched);
    }

    [Fact]
    public void An_assisting_unit_cannot_sign_for_it()
    {
        var ticket = Dispatched(withAssisting: true);

        Should.Throw<DomainRuleException>(() => ticket.SignFor(Assisting, TestActors.Liaison, Now)).Code.ShouldBe("Workbench.Error.LeadOnly");
    }

    [Fact]
    public void Signing_for_twice_is_refused()
    {
        var ticket = SignedFor();

        Should.Throw<DomainRuleException>(() => ticket.SignFor(Lead, TestActors.Liaison, Now.AddMinutes(6))).Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
        ticket.LeadAssignment().SignedForAt.ShouldBe(Now.AddMinutes(5));
    }

    [Fact]
    public void Only_a_liaison_signs_for()
    {
        var ticket = Dispatched();

        Should.Throw<DomainRuleException>(() => ticket.SignFor(Lead, TestActors.Dispatcher, Now)).Code.ShouldBe("Ticket.Error.RoleNotAllowed");
    }

    [Fact]
    public void A_ticket_waiting_for_dispatch_cannot_be_signed_for()
    {
        var ticket = Registered();

        Should.Throw<DomainRuleException>(() => ticket.SignFor(Lead, TestActors.Liaison, Now));
        ticket.Status.ShouldBe(TicketStatus.PendingDispatch);
    }

    [Fact]
    public void Contact_is_recorded_at_the_time_it_happened()
    {
        var ticket = SignedFor();

        ticket.RecordContact(Lead, TestActors.Liaison, Now.AddMinutes(20), Now.AddMinutes(15), "已电话联系市民。");

        ticket.Status.ShouldBe(TicketStatus.InProgress);
        ticket.LeadAssignment().FirstContactAt.ShouldBe(Now.AddMinutes(15));
        ticket.Events[^1].Action.ShouldBe(TicketAction.RecordContact);
        ticket.Events[^1].Note.ShouldBe("已电话联系市民。");
    }

    [Fact]
    public void Contact_before_signing_for_is_refused()
    {
        var ticket = Dispatched();

        Should.Throw<DomainRuleException>(() => ticket.RecordContact(Lead, TestActors.Liaison, Now.AddMinutes(20), Now.AddMinutes(15), "联系")).Code
            .ShouldBe("Ticket.Error.TransitionNotAllowed");
    }

    [Fact]
    public void Contact_in_the_future_or_before_the_dispatch_is_refused()
    {
        var ticket = SignedFor();

        Should.Throw<DomainRuleException>(() => ticket.RecordContact(Lead, TestActors.Liaison, Now.AddMinutes(20), Now.AddMinutes(21), "联系")).Code
            .ShouldBe("Workbench.Error.ContactInFuture");
        Should.Throw<DomainRuleException>(() => ticket.RecordContact(Lead, TestActors.Liaison, Now.AddMinutes(20), Now.AddMinutes(-1), "联系")).Code
            .ShouldBe("Workbench.Error.ContactBeforeDispatch");
        ticket.LeadAssignment().FirstContactAt.ShouldBeNull();
    }

    [Fact]
    public void A_contact_entered_in_the_dispatchs_own_minute_is_taken_as_at_the_dispatch()
    {
        // Dispatched at hh:mm:40; the form offers hh:mm, the minute the liaison called (found by the cluster journey).
        var dispatchedAt = Now.AddMinutes(10).AddSeconds(40);
        var ticket = Registered();
        ticket.Dispatch(Order(Lead), TestActors.Dispatcher, dispatchedAt);
        ticket.SignFor(Lead, TestActors.Liaison, dispatchedAt.AddSeconds(5));

        Should.Throw<DomainRuleException>(() => ticket.RecordContact(Lead, TestActors.Liaison, dispatchedAt.AddSeconds(10), Now.AddMinutes(9), "联系")).Code
            .ShouldBe("Workbench.Error.ContactBeforeDispatch");
        ticket.RecordContact(Lead, TestActors.Liaison, dispatchedAt.AddSeconds(10), Now.AddMinutes(10), "联系");

        ticket.LeadAssignment().FirstContactAt.ShouldBe(dispatchedAt);
    }

    [Fact]
    public void An_assisting_unit_cannot_record_the_first_contact()
    {
        var ticket = SignedFor(withAssisting: true);

        Should.Throw<DomainRuleException>(() => ticket.RecordContact(Assisting, TestActors.Liaison, Now.AddMinutes(20), Now.AddMinutes(15), "联系")).Code
            .ShouldBe("Workbench.Error.LeadOnly");
    }

    [Fact]
    public void Lead_and_assisting_units_add_notes_other_units_cannot()
    {
        var ticket = Dispatched(withAssisting: true);

        ticket.AddNote(Assisting, OtherLiaison, Now.AddMinutes(3), "管网已排查，无渗漏。");
        ticket.SignFor(Lead, TestActors.Liaison, Now.AddMinutes(5));
        ticket.AddNote(Lead, TestActors.Liaison, Now.AddMinutes(6), "维修人员已出发。");

        ticket.Events.Count(e => e.Action == TicketAction.AddNote).ShouldBe(2);
        ticket.Status.ShouldBe(TicketStatus.InProgress);
        Should.Throw<DomainRuleException>(() => ticket.AddNote(Stranger, TestActors.Liaison, Now.AddMinutes(7), "x")).Code.ShouldBe("Workbench.Error.NotYourAssignment");
        Should.Throw<DomainRuleException>(() => ticket.AddNote(Lead, TestActors.Agent, Now.AddMinutes(7), "x")).Code.ShouldBe("Ticket.Error.RoleNotAllowed");
    }

    [Fact]
    public void An_assisting_unit_marks_its_part_done_once_the_lead_cannot()
    {
        var ticket = SignedFor(withAssisting: true);

        ticket.MarkAssistDone(Assisting, OtherLiaison, Now.AddMinutes(30), "已完成管网排查。");

        ticket.Assignments.Single(a => a.UnitId == Assisting).AssistDoneAt.ShouldBe(Now.AddMinutes(30));
        ticket.Status.ShouldBe(TicketStatus.InProgress);
        Should.Throw<DomainRuleException>(() => ticket.MarkAssistDone(Lead, TestActors.Liaison, Now.AddMinutes(31), null)).Code
            .ShouldBe("Workbench.Error.LeadCannotAssistDone");
        Should.Throw<DomainRuleException>(() => ticket.MarkAssistDone(Stranger, TestActors.Liaison, Now.AddMinutes(31), null)).Code
            .ShouldBe("Workbench.Error.NotYourAssignment");
    }
}
