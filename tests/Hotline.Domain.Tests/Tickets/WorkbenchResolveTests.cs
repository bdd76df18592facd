using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;
using static Hotline.Domain.Tests.Tickets.WorkbenchTickets;

namespace Hotline.Domain.Tests.Tickets;

public class WorkbenchResolveTests
{
    private const string Result = "已上门更换散热器阀门，室温恢复到20度，市民认可。";

    [Fact]
    public void The_lead_unit_resolves_and_the_callback_clock_starts()
    {
        var ticket = Contacted();
        var callbackDue = Now.AddDays(3);

        ticket.Resolve(Lead, TestActors.Liaison, Now.AddHours(2), Result, ResolutionOutcome.Solved, "ignored", callbackDue);

        ticket.Status.ShouldBe(TicketStatus.Resolved);
        ticket.ResolutionText.ShouldBe(Result);
        ticket.ResolutionOutcome.ShouldBe(ResolutionOutcome.Solved);
        ticket.CannotSolveReason.ShouldBeNull();
        ticket.ResolvedAt.ShouldBe(Now.AddHours(2));
        ticket.CallbackDueAt.ShouldBe(callbackDue);
        ticket.LeadAssignment().ResolvedAt.ShouldBe(Now.AddHours(2));
    }

    [Fact]
    public void Cannot_be_solved_needs_a_reason()
    {
        var ticket = Contacted();

        Should.Throw<DomainRuleException>(() => ticket.Resolve(Lead, TestActors.Liaison, Now.AddHours(2), Result, ResolutionOutcome.CannotBeSolved, " ", Now.AddDays(3)))
            .Code.ShouldBe("Workbench.Error.ReasonRequired");
        ticket.Status.ShouldBe(TicketStatus.InProgress);

        ticket.Resolve(Lead, TestActors.Liaison, Now.AddHours(2), Result, ResolutionOutcome.CannotBeSolved, "涉及历史遗留产权问题。", Now.AddDays(3));
        ticket.CannotSolveReason.ShouldBe("涉及历史遗留产权问题。");
    }

    [Fact]
    public void Resolving_is_refused_to_assisting_and_other_units_other_roles_and_before_signing_for()
    {
        var dispatched = Dispatched();
        Should.Throw<DomainRuleException>(() => dispatched.Resolve(Lead, TestActors.Liaison, Now, Result, ResolutionOutcome.Solved, null, Now.AddDays(3))).Code
            .ShouldBe("Ticket.Error.TransitionNotAllowed");

        var ticket = SignedFor(withAssisting: true);
        Should.Throw<DomainRuleException>(() => ticket.Resolve(Assisting, OtherLiaison, Now, Result, ResolutionOutcome.Solved, null, Now.AddDays(3))).Code
            .ShouldBe("Workbench.Error.LeadOnly");
        Should.Throw<DomainRuleException>(() => ticket.Resolve(Stranger, TestActors.Liaison, Now, Result, ResolutionOutcome.Solved, null, Now.AddDays(3))).Code
            .ShouldBe("Workbench.Error.NotYourAssignment");
        Should.Throw<DomainRuleException>(() => ticket.Resolve(Lead, TestActors.Supervisor, Now, Result, ResolutionOutcome.Solved, null, Now.AddDays(3))).Code
            .ShouldBe("Ticket.Error.RoleNotAllowed");
        ticket.Status.ShouldBe(TicketStatus.InProgress);
    }

    [Fact]
    public void A_unit_reveals_the_caller_once_and_it_is_on_the_timeline()
    {
        var ticket = Dispatched(withAssisting: true);

        ticket.RevealCaller(Lead, TestActors.Liaison, Now.AddMinutes(1), "需上门核实具体位置。");

        var reveal = ticket.Events[^1];
        (reveal.Action, reveal.UnitId, reveal.Note).ShouldBe((TicketAction.RevealCaller, (int?)Lead, "需上门核实具体位置。"));
        ticket.Status.ShouldBe(TicketStatus.Dispatched);
        Should.Throw<DomainRuleException>(() => ticket.RevealCaller(Lead, TestActors.Liaison, Now.AddMinutes(2), "again")).Code.ShouldBe("Workbench.Error.AlreadyRevealed");
        // Once per unit: the assisting unit states its own reason.
        ticket.RevealCaller(Assisting, OtherLiaison, Now.AddMinutes(3), "协办需联系市民。");
        ticket.Events.Count(e => e.Action == TicketAction.RevealCaller).ShouldBe(2);
    }

    [Fact]
    public void Revealing_is_refused_to_units_never_given_the_ticket_and_to_hotline_roles()
    {
        var ticket = Dispatched();

        Should.Throw<DomainRuleException>(() => ticket.RevealCaller(Stranger, TestActors.Liaison, Now, "x")).Code.ShouldBe("Workbench.Error.NotYourAssignment");
        Should.Throw<DomainRuleException>(() => ticket.RevealCaller(Lead, TestActors.Agent, Now, "x")).Code.ShouldBe("Ticket.Error.RoleNotAllowed");
    }

    [Fact]
    public void An_attachment_is_recorded_on_an_open_ticket_but_not_a_closed_one()
    {
        var ticket = Dispatched();

        ticket.RecordAttachment(Lead, TestActors.Liaison, Now.AddMinutes(1), "现场照片.jpg");

        ticket.Events[^1].Action.ShouldBe(TicketAction.AddAttachment);
        ticket.Events[^1].Note.ShouldBe("现场照片.jpg");
        var closed = AnsweredDirectly();
        Should.Throw<DomainRuleException>(() => closed.RecordAttachment(Lead, TestActors.Liaison, Now.AddMinutes(1), "x.pdf"));
    }
}
