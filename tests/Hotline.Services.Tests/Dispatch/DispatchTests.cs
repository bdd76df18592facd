using Hotline.Domain.Tickets;
using Hotline.Services.Tests.Infrastructure;
using static Hotline.Services.Tests.Dispatch.DispatchSteps;

namespace Hotline.Services.Tests.Dispatch;

public sealed class DispatchTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_ticket_is_dispatched_to_the_lead_unit_and_the_timeline_says_who_gave_it_to_whom()
    {
        var number = await RegisterAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(7));

        var result = await App.TryDispatchAsync(number, await App.FormAsync(number, "heating", "  请今天上门检修。 "));

        result.Errors.ShouldBeEmpty();
        result.Value.ShouldBe(number);
        var dispatcher = (await App.ViewerAsync("dispatcher")).Actor;
        var heating = await App.UnitIdAsync("heating");
        var ticket = await App.StoredTicketAsync(number);
        ticket.Status.ShouldBe(TicketStatus.Dispatched);
        ticket.LeadUnitId.ShouldBe(heating);
        ticket.Round.ShouldBe(1);
        ticket.DispatchedAt.ShouldBe(Local(2026, 11, 23, 10, 7));
        var dispatched = ticket.Events.OrderBy(e => e.Id).Last();
        dispatched.Action.ShouldBe(TicketAction.Dispatch);
        dispatched.ActorUserId.ShouldBe(dispatcher.UserId);
        dispatched.ActorName.ShouldBe(dispatcher.DisplayName);
        dispatched.UnitId.ShouldBe(heating);
        dispatched.From.ShouldBe(TicketStatus.PendingDispatch);
        dispatched.To.ShouldBe(TicketStatus.Dispatched);
        dispatched.At.ShouldBe(Local(2026, 11, 23, 10, 7));
        dispatched.Round.ShouldBe(1);
        dispatched.Note.ShouldBe("请今天上门检修。");
        var lead = ticket.Assignments.ShouldHaveSingleItem();
        lead.UnitId.ShouldBe(heating);
        lead.Role.ShouldBe(AssignmentRole.Lead);
        lead.Round.ShouldBe(1);
        lead.IsActive.ShouldBeTrue();
        lead.DispatchedByUserId.ShouldBe(dispatcher.UserId);
        lead.Instruction.ShouldBe("请今天上门检修。");
        lead.SignedForAt.ShouldBeNull();
    }

    [Fact]
    public async Task Assisting_units_get_the_same_clocks_as_the_lead_unit()
    {
        var number = await RegisterAsync();

        (await App.TryDispatchAsync(number, await App.FormAsync(number, "heating", "热力公司主办，街道协助入户。", "laishan-huanghai", "housing")))
            .Errors.ShouldBeEmpty();

        var assignments = await App.StoredAssignmentsAsync(number);
        assignments.Select(a => (a.UnitId, a.Role)).ShouldBe(
        [
            (await App.UnitIdAsync("heating"), AssignmentRole.Lead),
            (await App.UnitIdAsync("laishan-huanghai"), AssignmentRole.Assisting),
            (await App.UnitIdAsync("housing"), AssignmentRole.Assisting),
        ]);
        // A complaint dispatched Monday 10:00: 1 working day to sign for and to contact, 5 to resolve.
        assignments.ShouldAllBe(a => a.SignForDueAt == Local(2026, 11, 25, 0, 0)
            && a.FirstContactDueAt == Local(2026, 11, 25, 0, 0)
            && a.ResolveDueAt == Local(2026, 12, 1, 0, 0)
            && a.IsActive && a.Round == 1 && a.Instruction == "热力公司主办，街道协助入户。");
        (await App.StoredTicketAsync(number)).LeadUnitId.ShouldBe(await App.UnitIdAsync("heating"));
    }

    [Fact]
    public async Task An_assisting_unit_named_twice_gets_one_assignment()
    {
        var number = await RegisterAsync();

        (await App.TryDispatchAsync(number, await App.FormAsync(number, "heating", null, "housing", "housing"))).Errors.ShouldBeEmpty();

        (await App.StoredAssignmentsAsync(number)).Count(a => a.Role == AssignmentRole.Assisting).ShouldBe(1);
    }

    [Fact]
    public async Task An_agent_and_a_supervisor_may_dispatch_too()
    {
        var byAgent = await RegisterAsync();
        var bySupervisor = await RegisterAsync();

        (await App.TryDispatchAsync(byAgent, await App.FormAsync(byAgent, "heating"), "agent")).Errors.ShouldBeEmpty();
        (await App.TryDispatchAsync(bySupervisor, await App.FormAsync(bySupervisor, "heating"), "supervisor")).Errors.ShouldBeEmpty();

        (await App.StateAsync(byAgent)).Status.ShouldBe(TicketStatus.Dispatched);
        (await App.StateAsync(bySupervisor)).Status.ShouldBe(TicketStatus.Dispatched);
    }

    private async Task<string> RegisterAsync() =>
        await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating")));
}
