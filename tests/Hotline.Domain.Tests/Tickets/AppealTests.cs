using Hotline.Domain.Common;
using Hotline.Domain.Tests.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.CallbackTickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;
using static Hotline.Domain.Tests.Tickets.WorkbenchTickets;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>
/// 申诉 (issue 18 §4): a unit appeals its own counted marks (missed deadlines, a dissatisfied callback) within the
/// window; a supervisor upholds (the fact is excused) or rejects with a note; one appeal per mark.
/// </summary>
public class AppealTests
{
    // Now is Sunday 2026-11-22 09:30 in Beijing; the sign-for deadline (Now + 30 min) is missed by signing at + 40 min.
    private static readonly AppealWindow Window = AppealWindow.Default;
    private static DateTimeOffset Later { get; } = Now.AddHours(2);

    private static Ticket SignedLate()
    {
        var ticket = Dispatched(withAssisting: true);
        ticket.SignFor(Lead, TestActors.Liaison, Now.AddMinutes(40));
        return ticket;
    }

    private static AppealTarget Mark(Ticket ticket, AppealedMark mark, int unit = Lead) =>
        ticket.MarksAgainst(unit, Later).Single(m => m.Mark == mark);

    private static Appeal Raise(Ticket ticket, AppealTarget target, DateTimeOffset? at = null, int unit = Lead, string reason = "系统故障，签收按钮无响应，已报信息中心。") =>
        ticket.RaiseAppeal(target, unit, reason, TestActors.Liaison, at ?? Later, Window, TestCalendars.Official2026);

    [Fact]
    public void The_marks_against_a_unit_are_its_counted_missed_deadlines_and_dissatisfied_callbacks()
    {
        var ticket = SignedLate();
        ticket.MarksAgainst(Lead, Later).Select(m => m.Mark).ShouldBe([AppealedMark.SignForLate, AppealedMark.FirstContactLate]);
        Dispatched().MarksAgainst(Lead, Now.AddMinutes(10)).ShouldBeEmpty("no deadline has passed yet");
        ticket.MarksAgainst(Assisting, Later).ShouldBeEmpty("assisting units are not rated");
        Mark(ticket, AppealedMark.SignForLate).MarkedAt.ShouldBe(ticket.LeadAssignment().SignForDueAt);

        var resolved = Resolved();
        resolved.RecordCallback(Reached(Satisfaction.Dissatisfied, solved: false), Rules, TestActors.Agent, CallAt);
        resolved.MarksAgainst(Lead, CallAt).Single().Mark.ShouldBe(AppealedMark.DissatisfiedCallback);
    }

    [Fact]
    public void An_appeal_is_recorded_in_the_timeline_and_waits_for_a_supervisor()
    {
        var ticket = SignedLate();

        var appeal = Raise(ticket, Mark(ticket, AppealedMark.SignForLate));

        appeal.IsPending.ShouldBeTrue();
        appeal.UnitId.ShouldBe(Lead);
        appeal.MarkedAt.ShouldBe(Now.AddMinutes(30));
        ticket.Status.ShouldBe(TicketStatus.InProgress);
        ticket.Events[^1].Action.ShouldBe(TicketAction.RaiseAppeal);
        ticket.Events[^1].UnitId.ShouldBe(Lead);
    }

    [Fact]
    public void An_upheld_appeal_excuses_the_clock_and_the_mark_is_no_longer_against_the_unit()
    {
        var ticket = SignedLate();
        var appeal = Raise(ticket, Mark(ticket, AppealedMark.SignForLate));

        ticket.UpholdAppeal(appeal, TestActors.Supervisor, Later.AddHours(1), "信息中心确认当日系统故障。");

        appeal.Status.ShouldBe(RequestStatus.Approved);
        appeal.DecisionNote.ShouldBe("信息中心确认当日系统故障。");
        ticket.LeadAssignment().SignForExcused.ShouldBeTrue();
        ticket.LeadAssignment().FirstContactExcused.ShouldBeFalse("only the appealed mark is excused");
        ticket.MarksAgainst(Lead, Later.AddHours(1)).Select(m => m.Mark).ShouldBe([AppealedMark.FirstContactLate]);
        ticket.Events[^1].Action.ShouldBe(TicketAction.UpholdAppeal);
    }

    [Fact]
    public void An_upheld_appeal_of_a_dissatisfied_callback_excuses_the_callback()
    {
        var ticket = Resolved();
        ticket.RecordCallback(Reached(Satisfaction.Dissatisfied, solved: false), Rules, TestActors.Agent, CallAt);
        var appeal = Raise(ticket, ticket.MarksAgainst(Lead, CallAt).Single(), at: CallAt.AddHours(1));

        ticket.UpholdAppeal(appeal, TestActors.Supervisor, CallAt.AddHours(2), null);

        ticket.Callbacks.Single().Excused.ShouldBeTrue();
    }

    [Fact]
    public void A_rejected_appeal_keeps_the_mark_and_needs_a_note()
    {
        var ticket = SignedLate();
        var appeal = Raise(ticket, Mark(ticket, AppealedMark.SignForLate));

        Should.Throw<DomainRuleException>(() => ticket.RejectAppeal(appeal, TestActors.Supervisor, Later, " ")).Code.ShouldBe("Appeal.Error.NoteRequired");
        ticket.RejectAppeal(appeal, TestActors.Supervisor, Later, "系统日志显示当日签收功能正常。");

        appeal.Status.ShouldBe(RequestStatus.Rejected);
        ticket.LeadAssignment().SignForExcused.ShouldBeFalse();
        ticket.Events[^1].Action.ShouldBe(TicketAction.RejectAppeal);
    }

    [Fact]
    public void The_last_instant_of_the_window_is_in_time()
    {
        var ticket = SignedLate();
        var target = Mark(ticket, AppealedMark.SignForLate);
        // Five working days after Sunday: Monday 23 to Friday 27, the window ends as Saturday 28 begins in Beijing.
        var end = TestCalendars.Beijing(2026, 11, 28);
        Window.EndsAt(TestCalendars.Official2026, target.MarkedAt).ShouldBe(end);

        Raise(ticket, target, at: end).IsPending.ShouldBeTrue();
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "outside the window", "Appeal.Error.WindowPassed" },
        { "not its own unit", "Appeal.Error.NotOwnUnit" },
        { "already open", "Appeal.Error.AlreadyOpen" },
        { "already decided", "Appeal.Error.AlreadyDecided" },
        { "nothing to appeal: met in time", "Appeal.Error.NothingToAppeal" },
        { "nothing to appeal: excused", "Appeal.Error.AlreadyDecided" },
        { "nothing to appeal: taken away", "Appeal.Error.NothingToAppeal" },
        { "without a reason", "Appeal.Error.ReasonRequired" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void An_appeal_is_refused(string when, string code)
    {
        var ticket = SignedLate();
        var target = Mark(ticket, AppealedMark.SignForLate);
        var (at, unit, reason) = (Later, Lead, "系统故障。");
        switch (when)
        {
            case "outside the window": at = TestCalendars.Beijing(2026, 11, 28).AddSeconds(1); break;
            case "not its own unit": unit = Assisting; break;
            case "already open": Raise(ticket, target); break;
            case "already decided":
                ticket.RejectAppeal(Raise(ticket, target), TestActors.Supervisor, Later, "不予支持。");
                break;
            case "nothing to appeal: met in time":
                ticket = Dispatched();
                ticket.SignFor(Lead, TestActors.Liaison, Now.AddMinutes(5));
                ticket.RecordContact(Lead, TestActors.Liaison, Now.AddMinutes(20), Now.AddMinutes(15), "已电话联系。");
                target = new AppealTarget(AppealedMark.SignForLate, ticket.LeadAssignment().SignForDueAt, ticket.LeadAssignment(), null);
                break;
            case "nothing to appeal: excused":
                ticket.UpholdAppeal(Raise(ticket, target), TestActors.Supervisor, Later, null);
                break;
            case "nothing to appeal: taken away":
                ticket = Dispatched();
                ticket.RequestReturn(Lead, TestActors.Liaison, Later, "不属于本单位职责。", ReturnReason.NotOurResponsibility);
                ticket.ApproveReturn(TestActors.Dispatcher, Later.AddMinutes(5), "同意退回。", Now.AddHours(5));
                target = new AppealTarget(AppealedMark.SignForLate, Now.AddMinutes(30), ticket.Assignments.Single(a => a.IsLead), null);
                break;
            case "without a reason": reason = "  "; break;
        }

        var events = ticket.Events.Count;
        Should.Throw<DomainRuleException>(() => ticket.RaiseAppeal(target, unit, reason, TestActors.Liaison, at, Window, TestCalendars.Official2026))
            .Code.ShouldBe(code);
        ticket.Events.Count.ShouldBe(events, "a refused appeal records nothing");
    }

    [Fact]
    public void A_decision_is_made_once()
    {
        var ticket = SignedLate();
        var appeal = Raise(ticket, Mark(ticket, AppealedMark.SignForLate));
        ticket.UpholdAppeal(appeal, TestActors.Supervisor, Later, null);

        Should.Throw<DomainRuleException>(() => ticket.RejectAppeal(appeal, TestActors.Supervisor, Later, "不予支持。")).Code.ShouldBe("Appeal.Error.AlreadyDecided");
        Should.Throw<DomainRuleException>(() => ticket.UpholdAppeal(appeal, TestActors.Supervisor, Later, null)).Code.ShouldBe("Appeal.Error.AlreadyDecided");
    }

    [Fact]
    public void Only_a_liaison_appeals_and_only_a_supervisor_decides()
    {
        var ticket = SignedLate();
        var target = Mark(ticket, AppealedMark.SignForLate);
        Should.Throw<DomainRuleException>(() => ticket.RaiseAppeal(target, Lead, "理由", TestActors.Dispatcher, Later, Window, TestCalendars.Official2026))
            .Code.ShouldBe("Ticket.Error.RoleNotAllowed");
        var appeal = Raise(ticket, target);
        Should.Throw<DomainRuleException>(() => ticket.UpholdAppeal(appeal, TestActors.Dispatcher, Later, null)).Code.ShouldBe("Ticket.Error.RoleNotAllowed");
        appeal.IsPending.ShouldBeTrue();
    }
}
