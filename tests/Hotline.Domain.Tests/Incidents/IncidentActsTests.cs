using Hotline.Domain.Access;
using Hotline.Domain.Calls;
using Hotline.Domain.Common;
using Hotline.Domain.Incidents;
using Hotline.Domain.Tests.Tickets;
using Hotline.Domain.Tickets;

namespace Hotline.Domain.Tests.Incidents;

/// <summary>突发事件's acts as tables: declare, attach (the one match rule) and end, each allowed and refused.</summary>
public class IncidentActsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 1, 0, 0, TimeSpan.Zero);
    private const int Heating = 11;
    private const int Utilities = 1;
    private const int Water = 12;
    private const int District = 100;
    private const int Township = 101;
    private const int OtherDistrict = 200;
    private const long Master = 42;

    /// <summary>No heating in the district, from an hour ago for a day.</summary>
    private static Incident Declared(int category = Heating, int? area = District) =>
        Incident.Declare("冷潮：供暖不足", category, area, Now.AddHours(-1), Now.AddDays(1), Master, TicketStatus.Dispatched, TestActors.Supervisor, Now);

    private static Call CallAt(DateTimeOffset started) =>
        Call.Log(Guid.NewGuid(), "13800138000", "刘先生", Channel.Phone, started, started.AddMinutes(2), TestActors.Agent.UserId, CallOutcome.IncidentAttached);

    public static TheoryData<string, int, int?, int, int, TicketStatus, Role, string> DeclareRefusals => new()
    {
        { "no name", Heating, District, -1, 24, TicketStatus.Dispatched, Role.Supervisor, "Incident.Error.NameRequired" },
        { "冷潮", Heating, District, 2, 1, TicketStatus.Dispatched, Role.Supervisor, "Incident.Error.WindowInvalid" },
        { "冷潮", Heating, District, -48, -24, TicketStatus.Dispatched, Role.Supervisor, "Incident.Error.WindowPassed" },
        { "冷潮", Heating, District, 0, 24 * 40, TicketStatus.Dispatched, Role.Supervisor, "Incident.Error.WindowInvalid" },
        { "冷潮", Heating, District, -1, 24, TicketStatus.Closed, Role.Supervisor, "Incident.Error.MasterNotOpen" },
        { "冷潮", Heating, District, -1, 24, TicketStatus.Merged, Role.Supervisor, "Incident.Error.MasterNotOpen" },
        { "冷潮", Heating, District, -1, 24, TicketStatus.Dispatched, Role.Agent, "Ticket.Error.RoleNotAllowed" },
        { "冷潮", Heating, District, -1, 24, TicketStatus.Dispatched, Role.Dispatcher, "Ticket.Error.RoleNotAllowed" },
    };

    [Theory]
    [MemberData(nameof(DeclareRefusals))]
    public void Declaring_is_refused(string name, int category, int? area, int startHours, int endHours, TicketStatus master, Role role, string code)
    {
        var actor = new Actor("u9", "某人", new HashSet<Role> { role });
        Should.Throw<DomainRuleException>(() => Incident.Declare(name == "no name" ? " " : name, category, area, Now.AddHours(startHours),
            Now.AddHours(endHours), Master, master, actor, Now)).Code.ShouldBe(code);
    }

    [Theory]
    [InlineData(TicketStatus.PendingDispatch)]
    [InlineData(TicketStatus.Dispatched)]
    [InlineData(TicketStatus.InProgress)]
    public void A_supervisor_declares_an_incident_on_an_open_master(TicketStatus master)
    {
        var incident = Incident.Declare(" 爆管 ", Water, null, Now, Now.AddHours(6), Master, master, TestActors.Supervisor, Now);

        (incident.Name, incident.CategoryId, incident.AreaUnitId, incident.MasterTicketId).ShouldBe(("爆管", Water, (int?)null, Master));
        (incident.DeclaredByName, incident.EndedAt).ShouldBe((TestActors.Supervisor.DisplayName, (DateTimeOffset?)null));
        incident.IsActiveAt(Now).ShouldBeTrue();
        incident.IsActiveAt(Now.AddHours(6)).ShouldBeFalse("the window's end is outside it");
        Incident.StageOf(incident.EndedAt, incident.CallbacksListedAt, 0).ShouldBe(IncidentStage.Active);
    }

    /// <summary>The match rule: (incident category, incident area, call category, its group, call area path, minutes from now) → allowed or the refusal.</summary>
    public static TheoryData<int, int?, int, int?, int[], int, IncidentRefusal?> Matches => new()
    {
        { Heating, District, Heating, Utilities, [District], 0, null },
        { Heating, District, Heating, Utilities, [Township, District], 0, null },
        { Utilities, District, Heating, Utilities, [District], 0, null },
        { Heating, null, Heating, Utilities, [], 0, null },
        { Heating, null, Heating, Utilities, [OtherDistrict], 0, null },
        { Heating, District, Heating, Utilities, [District], -59, null },
        { Heating, District, Water, Utilities, [District], 0, IncidentRefusal.WrongCategory },
        { Water, District, Heating, Utilities, [District], 0, IncidentRefusal.WrongCategory },
        { Heating, District, Heating, Utilities, [OtherDistrict], 0, IncidentRefusal.WrongArea },
        { Heating, District, Heating, Utilities, [], 0, IncidentRefusal.WrongArea },
        { Heating, Township, Heating, Utilities, [District], 0, IncidentRefusal.WrongArea },
        { Heating, District, Heating, Utilities, [District], -61, IncidentRefusal.OutsideWindow },
        { Heating, District, Heating, Utilities, [District], 24 * 60, IncidentRefusal.OutsideWindow },
    };

    [Theory]
    [MemberData(nameof(Matches))]
    public void The_match_rule(int category, int? area, int callCategory, int? group, int[] areaPath, int minutes, IncidentRefusal? expected)
    {
        var incident = Declared(category, area);
        var place = new IncidentPlace(callCategory, group, areaPath);
        IncidentMatch.Check(incident, place, Now.AddMinutes(minutes)).ShouldBe(expected);

        var call = CallAt(Now.AddMinutes(minutes));
        if (expected is null)
        {
            var attached = incident.Attach(call, place, "  家里暖气不热  ", TestActors.Agent, Now);
            call.TicketId.ShouldBe(Master, "the call is linked to the master ticket");
            (attached.Phone, attached.CallerName, attached.Words, attached.CallStartedAt).ShouldBe(("13800138000", "刘先生", "家里暖气不热", call.StartedAt));
        }
        else
        {
            Should.Throw<DomainRuleException>(() => incident.Attach(call, place, null, TestActors.Agent, Now)).Code.ShouldBe($"Incident.Error.{expected}");
            call.TicketId.ShouldBeNull();
        }
    }

    [Fact]
    public void A_call_is_attached_once()
    {
        var incident = Declared();
        var call = CallAt(Now);
        incident.Attach(call, IncidentPlace.Of(Heating, Utilities, District), null, TestActors.Agent, Now);

        Should.Throw<DomainRuleException>(() => incident.Attach(call, IncidentPlace.Of(Heating, Utilities, District), null, TestActors.Agent, Now))
            .Code.ShouldBe("Incident.Error.AlreadyAttached");
        Should.Throw<DomainRuleException>(() => Declared().Attach(call, IncidentPlace.Of(Heating, Utilities, District), null, TestActors.Agent, Now))
            .Code.ShouldBe("Incident.Error.AlreadyAttached", "not to a second incident either");
    }

    [Fact]
    public void After_the_end_no_call_is_attached_even_one_that_started_before()
    {
        var incident = Declared();
        var before = CallAt(Now.AddMinutes(-5));
        incident.End(TestActors.Supervisor, Now);

        Should.Throw<DomainRuleException>(() => incident.Attach(before, IncidentPlace.Of(Heating, Utilities, District), null, TestActors.Agent, Now))
            .Code.ShouldBe("Incident.Error.Ended");
        IncidentMatch.Check(incident, IncidentPlace.Of(Heating, Utilities, District), Now.AddMinutes(1)).ShouldBe(IncidentRefusal.Ended);
        incident.IsActiveAt(Now).ShouldBeFalse();
        Incident.StageOf(incident.EndedAt, incident.CallbacksListedAt, 0).ShouldBe(IncidentStage.Ended);
    }

    [Theory]
    [InlineData(Role.Supervisor, null)]
    [InlineData(Role.Agent, "Ticket.Error.RoleNotAllowed")]
    [InlineData(Role.Dispatcher, "Ticket.Error.RoleNotAllowed")]
    public void Ending_is_for_supervisors_and_happens_once(Role role, string? code)
    {
        var incident = Declared();
        var actor = new Actor("u9", "某人", new HashSet<Role> { role });
        if (code is not null)
        {
            Should.Throw<DomainRuleException>(() => incident.End(actor, Now)).Code.ShouldBe(code);
            incident.EndedAt.ShouldBeNull();
            return;
        }

        incident.End(actor, Now);
        (incident.EndedAt, incident.EndedByName).ShouldBe((Now, "某人"));
        Should.Throw<DomainRuleException>(() => incident.End(actor, Now.AddMinutes(1))).Code.ShouldBe("Incident.Error.AlreadyEnded");
        incident.EndedAt.ShouldBe(Now);
    }

    [Theory]
    [InlineData(Role.Supervisor)]
    [InlineData(Role.Dispatcher)]
    public void Only_an_agent_attaches(Role role)
    {
        var actor = new Actor("u9", "某人", new HashSet<Role> { role });
        Should.Throw<DomainRuleException>(() => Declared().Attach(CallAt(Now), IncidentPlace.Of(Heating, Utilities, District), null, actor, Now))
            .Code.ShouldBe("Ticket.Error.RoleNotAllowed");
    }

    [Fact]
    public void Words_longer_than_a_note_are_refused()
    {
        var call = CallAt(Now);
        Should.Throw<DomainRuleException>(() => Declared().Attach(call, IncidentPlace.Of(Heating, Utilities, District), new string('冷', Limits.NoteMax + 1),
            TestActors.Agent, Now)).Code.ShouldBe("Validation.Note.TooLong");
        call.TicketId.ShouldBeNull();
    }
}
