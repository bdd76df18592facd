using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;
using static Hotline.Services.Tests.Dispatch.DispatchSteps;

namespace Hotline.Services.Tests.Dispatch;

/// <summary>"Register and dispatch" from the intake screen: the ticket, the call and the dispatch in one transaction.</summary>
public sealed class RegisterAndDispatchTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_ticket_goes_to_the_categorys_default_unit_with_register_then_dispatch_in_its_timeline()
    {
        var input = IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"), type: RequestType.HelpRequest,
            urgency: Urgency.Urgent, areaUnitId: await App.UnitIdAsync("laishan"));

        var result = await App.IntakeAsync(input, IntakeAction.RegisterAndDispatch);

        result.Errors.ShouldBeEmpty();
        result.Value!.Outcome.ShouldBe(CallOutcome.NewTicket);
        var agent = (await App.ViewerAsync("agent")).Actor;
        var heating = await App.UnitIdAsync("heating");
        var ticket = await App.StoredTicketAsync(result.Value.TicketNumber!);
        ticket.Status.ShouldBe(TicketStatus.Dispatched);
        ticket.SuggestedUnitId.ShouldBe(heating);
        ticket.LeadUnitId.ShouldBe(heating);
        ticket.DispatchedAt.ShouldBe(ticket.RegisteredAt);
        ticket.DispatchDueAt.ShouldBe(Local(2026, 11, 23, 10, 15));
        var timeline = ticket.Events.OrderBy(e => e.At).ThenBy(e => e.Id).ToList();
        timeline.Select(e => e.Action).ShouldBe([TicketAction.Register, TicketAction.Dispatch]);
        timeline[0].CallId.ShouldBe(result.Value.CallId);
        timeline[1].From.ShouldBe(TicketStatus.PendingDispatch);
        timeline[1].To.ShouldBe(TicketStatus.Dispatched);
        timeline[1].UnitId.ShouldBe(heating);
        timeline[1].ActorUserId.ShouldBe(agent.UserId);
        var lead = ticket.Assignments.ShouldHaveSingleItem();
        lead.UnitId.ShouldBe(heating);
        lead.Role.ShouldBe(AssignmentRole.Lead);
        lead.DispatchedByUserId.ShouldBe(agent.UserId);
        lead.SignForDueAt.ShouldBe(Local(2026, 11, 23, 10, 30));
        lead.FirstContactDueAt.ShouldBe(Local(2026, 11, 23, 10, 30));
        lead.ResolveDueAt.ShouldBe(Local(2026, 11, 27));
        (await App.LoggedCallAsync(result.Value.CallId)).TicketId.ShouldBe(ticket.Id);
    }

    [Fact]
    public async Task A_local_category_goes_straight_to_the_chosen_area_unit()
    {
        var township = await App.UnitIdAsync("laishan-huanghai");
        var input = IntakeInputs.Register(await App.CategoryIdAsync("urban-illegal-construction"),
            "小区楼顶有人私搭乱建彩钢板房，已经施工三天了，请尽快查处。", areaUnitId: township);

        var result = await App.IntakeAsync(input, IntakeAction.RegisterAndDispatch);

        result.Errors.ShouldBeEmpty();
        var ticket = await App.StoredTicketAsync(result.Value!.TicketNumber!);
        ticket.SuggestedUnitId.ShouldBe(township);
        ticket.LeadUnitId.ShouldBe(township);
        ticket.Assignments.ShouldHaveSingleItem().UnitId.ShouldBe(township);
    }

    [Fact]
    public async Task A_unit_chosen_by_the_agent_wins_over_the_suggestion()
    {
        var input = IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"));
        input.DispatchUnitId = await App.UnitIdAsync("housing");

        var result = await App.IntakeAsync(input, IntakeAction.RegisterAndDispatch);

        result.Errors.ShouldBeEmpty();
        var ticket = await App.StoredTicketAsync(result.Value!.TicketNumber!);
        ticket.SuggestedUnitId.ShouldBe(await App.UnitIdAsync("heating"));
        ticket.LeadUnitId.ShouldBe(input.DispatchUnitId);
        ticket.Assignments.ShouldHaveSingleItem().UnitId.ShouldBe(input.DispatchUnitId!.Value);
    }

    [Fact]
    public async Task An_unknown_dispatch_unit_is_refused_and_nothing_is_saved_not_even_the_ticket()
    {
        var input = IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"));
        input.DispatchUnitId = 987_654;
        var before = await App.CountAsync();

        var result = await App.IntakeAsync(input, IntakeAction.RegisterAndDispatch);

        result.Errors.ShouldBe([new ServiceError(nameof(IntakeInput.DispatchUnitId), "Validation.LeadUnit.Required")]);
        (await App.CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_refusal_inside_the_transaction_leaves_no_call_no_ticket_and_no_number_behind()
    {
        // A liaison may neither register nor dispatch: the call already written in the transaction must go too.
        var input = IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"));
        var before = await App.CountAsync();

        var result = await App.IntakeAsync(input, IntakeAction.RegisterAndDispatch, "liaison-heating");

        result.Errors.ShouldBe([new ServiceError(string.Empty, "Ticket.Error.RoleNotAllowed")]);
        (await App.CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_repeated_submit_of_register_and_dispatch_dispatches_once()
    {
        var input = IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"));

        var first = await App.IntakeAsync(input, IntakeAction.RegisterAndDispatch);
        var again = await App.IntakeAsync(input, IntakeAction.RegisterAndDispatch);

        again.Value!.WasRepeat.ShouldBeTrue();
        again.Value.TicketNumber.ShouldBe(first.Value!.TicketNumber);
        (await App.StoredTicketAsync(first.Value.TicketNumber!)).Assignments.ShouldHaveSingleItem();
    }
}
