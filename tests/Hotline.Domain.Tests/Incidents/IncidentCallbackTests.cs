using Hotline.Domain.Access;
using Hotline.Domain.Common;
using Hotline.Domain.Incidents;
using Hotline.Domain.Tests.Tickets;
using Hotline.Domain.Tickets;

namespace Hotline.Domain.Tests.Incidents;

/// <summary>批量回访: listing needs the master's result; each caller's callback follows the ticket callback's rules.</summary>
public class IncidentCallbackTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 5);

    private static Incident Declared() =>
        Incident.Declare("爆管", 12, null, Now.AddHours(-1), Now.AddDays(1), 42, TicketStatus.Dispatched, TestActors.Supervisor, Now);

    private static IncidentCallback Listed() => IncidentCallback.List(1, "13800138000", "刘先生", 2, Now);

    [Theory]
    [InlineData(TicketStatus.Dispatched, "Incident.Error.MasterNotResolved")]
    [InlineData(TicketStatus.InProgress, "Incident.Error.MasterNotResolved")]
    [InlineData(TicketStatus.UnderReview, "Incident.Error.MasterNotResolved")]
    [InlineData(TicketStatus.Resolved, null)]
    [InlineData(TicketStatus.Closed, null)]
    public void Callers_are_listed_once_the_master_is_resolved_and_passed_review(TicketStatus master, string? code)
    {
        var incident = Declared();
        if (code is not null)
        {
            Should.Throw<DomainRuleException>(() => incident.ListCallbacks(master, TestActors.Agent, Now)).Code.ShouldBe(code);
            (incident.CallbacksListedAt, incident.EndedAt).ShouldBe((null, null));
            return;
        }

        incident.ListCallbacks(master, TestActors.Agent, Now);
        (incident.CallbacksListedAt, incident.EndedAt).ShouldBe((Now, Now), "listing ends a running incident");
        incident.ListCallbacks(master, TestActors.Supervisor, Now.AddHours(1));
        incident.CallbacksListedAt.ShouldBe(Now, "listing again keeps the first listing");
        Incident.StageOf(incident.EndedAt, incident.CallbacksListedAt, 3).ShouldBe(IncidentStage.CallingBack);
        Incident.StageOf(incident.EndedAt, incident.CallbacksListedAt, 0).ShouldBe(IncidentStage.Closed);
    }

    [Fact]
    public void A_dispatcher_does_not_list_callbacks() =>
        Should.Throw<DomainRuleException>(() => Declared().ListCallbacks(TicketStatus.Resolved, TestActors.Dispatcher, Now))
            .Code.ShouldBe("Ticket.Error.RoleNotAllowed");

    [Fact]
    public void A_reached_caller_is_recorded_once()
    {
        var callback = Listed();
        callback.Record(new CallbackReport(true, Satisfaction.BasicallySatisfied, true, " 已恢复 ", Today), CallbackRules.Default, TestActors.Agent, Now);

        (callback.Done, callback.Reached, callback.Satisfaction, callback.Solved, callback.CitizenWords).ShouldBe((true, true, Satisfaction.BasicallySatisfied, true, "已恢复"));
        (callback.RecordedAt, callback.AgentName).ShouldBe((Now, TestActors.Agent.DisplayName));
        Should.Throw<DomainRuleException>(() => callback.Record(new CallbackReport(true, Satisfaction.Dissatisfied, false, "又停了", Today),
            CallbackRules.Default, TestActors.Agent, Now)).Code.ShouldBe("FollowUp.Error.NotAwaitingCallback");
        callback.Satisfaction.ShouldBe(Satisfaction.BasicallySatisfied);
    }

    public static TheoryData<CallbackReport, string> Refusals => new()
    {
        { new CallbackReport(true, null, true, null, Today), "FollowUp.Error.SatisfactionRequired" },
        { new CallbackReport(true, Satisfaction.Satisfied, null, null, Today), "FollowUp.Error.SolvedRequired" },
        { new CallbackReport(true, Satisfaction.Dissatisfied, false, "没修好", Today, Reopen: true, ReopenReason: "再办"), "Incident.Error.NoReopen" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_report_the_ticket_callback_would_refuse_is_refused_here_too(CallbackReport report, string code)
    {
        var callback = Listed();
        Should.Throw<DomainRuleException>(() => callback.Record(report, CallbackRules.Default, TestActors.Agent, Now)).Code.ShouldBe(code);
        (callback.Done, callback.RecordedAt).ShouldBe((false, null));
    }

    [Fact]
    public void Failed_attempts_on_three_different_days_make_the_caller_unreachable()
    {
        var callback = Listed();
        var notReached = (DateOnly day) => new CallbackReport(false, null, null, null, day);

        callback.Record(notReached(Today), CallbackRules.Default, TestActors.Agent, Now);
        callback.Record(notReached(Today), CallbackRules.Default, TestActors.Agent, Now.AddHours(1));
        (callback.FailedDays, callback.Done).ShouldBe((1, false), "two tries on one day are one failed day");
        callback.Record(notReached(Today.AddDays(1)), CallbackRules.Default, TestActors.Agent, Now.AddDays(1));
        callback.Done.ShouldBeFalse();
        callback.Record(notReached(Today.AddDays(2)), CallbackRules.Default, TestActors.Agent, Now.AddDays(2));
        (callback.FailedDays, callback.Done, callback.IsUnreachable).ShouldBe((3, true, true));
    }

    [Fact]
    public void A_liaison_does_not_record_callbacks() =>
        Should.Throw<DomainRuleException>(() => Listed().Record(new CallbackReport(false, null, null, null, Today), CallbackRules.Default, TestActors.Liaison, Now))
            .Code.ShouldBe("Ticket.Error.RoleNotAllowed");

    [Fact]
    public void A_second_failed_attempt_after_reaching_is_refused()
    {
        var callback = Listed();
        callback.Record(new CallbackReport(true, Satisfaction.Satisfied, true, null, Today), CallbackRules.Default, TestActors.Supervisor, Now);
        Should.Throw<DomainRuleException>(() => callback.Record(new CallbackReport(false, null, null, null, Today), CallbackRules.Default,
            new Actor("u1", "王晓燕", new HashSet<Role> { Role.Agent }), Now)).Code.ShouldBe("FollowUp.Error.NotAwaitingCallback");
    }
}
