using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Dispatch;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Dispatch;

/// <summary>A refused dispatch says why, and leaves the ticket exactly as it was.</summary>
public sealed class DispatchRefusalTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_lead_unit_cannot_also_assist()
    {
        var number = await RegisterAsync();
        var before = await App.StateAsync(number);

        var result = await App.TryDispatchAsync(number, await App.FormAsync(number, "heating", null, "housing", "heating"));

        result.Errors.ShouldBe([new ServiceError(nameof(DispatchInput.AssistingUnitIds), "Dispatch.Error.LeadAlsoAssisting")]);
        (await App.StateAsync(number)).ShouldBe(before);
    }

    [Fact]
    public async Task More_than_ten_assisting_units_are_refused()
    {
        var number = await RegisterAsync();
        var before = await App.StateAsync(number);
        var eleven = await App.ReadAsync(db => db.Units.Where(u => u.IsActive && u.Code != "heating").OrderBy(u => u.Id)
            .Select(u => u.Id).Take(DispatchOrder.MaxAssistingUnits + 1).ToListAsync());
        var form = await App.FormAsync(number, "heating");
        form.AssistingUnitIds = eleven;

        var result = await App.TryDispatchAsync(number, form);

        result.Errors.ShouldBe([new ServiceError(nameof(DispatchInput.AssistingUnitIds), "Dispatch.Error.TooManyAssisting")]);
        (await App.StateAsync(number)).ShouldBe(before);
    }

    [Fact]
    public async Task A_dispatch_without_a_lead_unit_is_refused_on_that_field()
    {
        var number = await RegisterAsync();
        var before = await App.StateAsync(number);

        var result = await App.TryDispatchAsync(number, new DispatchInput { Version = before.Version });

        result.Errors.ShouldBe([new ServiceError(nameof(DispatchInput.LeadUnitId), "Validation.LeadUnit.Required")]);
        (await App.StateAsync(number)).ShouldBe(before);
    }

    [Fact]
    public async Task An_unknown_lead_unit_is_refused()
    {
        var number = await RegisterAsync();
        var before = await App.StateAsync(number);
        var form = await App.FormAsync(number, "heating");
        form.LeadUnitId = 987_654;

        var result = await App.TryDispatchAsync(number, form);

        result.Errors.ShouldBe([new ServiceError(nameof(DispatchInput.LeadUnitId), "Validation.Unit.Invalid")]);
        (await App.StateAsync(number)).ShouldBe(before);
    }

    [Fact]
    public async Task An_unknown_assisting_unit_is_refused()
    {
        var number = await RegisterAsync();
        var before = await App.StateAsync(number);
        var form = await App.FormAsync(number, "heating", null, "housing");
        form.AssistingUnitIds.Add(987_654);

        var result = await App.TryDispatchAsync(number, form);

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("Validation.Unit.Invalid");
        (await App.StateAsync(number)).ShouldBe(before);
    }

    [Fact]
    public async Task A_unit_no_longer_active_is_refused()
    {
        var number = await RegisterAsync();
        await App.WriteAsync(db => db.Units.Where(u => u.Code == "postal").ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false)));
        var before = await App.StateAsync(number);

        var result = await App.TryDispatchAsync(number, await App.FormAsync(number, "postal"));

        result.Errors.ShouldBe([new ServiceError(nameof(DispatchInput.LeadUnitId), "Validation.Unit.Invalid")]);
        (await App.StateAsync(number)).ShouldBe(before);
    }

    [Fact]
    public async Task An_unknown_ticket_is_refused()
    {
        var form = await App.FormAsync(await RegisterAsync(), "heating");

        var result = await App.TryDispatchAsync("20261123-09999", form);

        result.Errors.ShouldBe([new ServiceError(string.Empty, "Ticket.Error.NotFound")]);
    }

    [Fact]
    public async Task A_ticket_already_dispatched_cannot_be_dispatched_again_and_keeps_its_assignment()
    {
        var number = await RegisterAsync();
        await App.DispatchAsync(number, "heating");
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        var before = await App.StateAsync(number);

        // The form carries the current version: the refusal comes from the lifecycle, not from a conflict.
        var result = await App.TryDispatchAsync(number, await App.FormAsync(number, "water"));

        result.Errors.ShouldBe([new ServiceError(string.Empty, "Ticket.Error.TransitionNotAllowed")]);
        (await App.StateAsync(number)).ShouldBe(before);
        (await App.StoredAssignmentsAsync(number)).ShouldHaveSingleItem().UnitId.ShouldBe(await App.UnitIdAsync("heating"));
    }

    [Fact]
    public async Task A_ticket_answered_directly_cannot_be_dispatched()
    {
        var answered = await App.IntakeAsync(IntakeInputs.AnswerDirectly(await App.CategoryIdAsync("utilities-heating"), null, "已当场答复。"),
            IntakeAction.AnswerDirectly);
        var number = answered.Value!.TicketNumber!;
        var before = await App.StateAsync(number);

        var result = await App.TryDispatchAsync(number, await App.FormAsync(number, "heating"));

        result.Errors.ShouldBe([new ServiceError(string.Empty, "Ticket.Error.TransitionNotAllowed")]);
        (await App.StateAsync(number)).ShouldBe(before);
    }

    [Fact]
    public async Task A_liaison_cannot_dispatch()
    {
        var number = await RegisterAsync();
        var before = await App.StateAsync(number);

        var result = await App.TryDispatchAsync(number, await App.FormAsync(number, "heating"), "liaison-heating");

        result.Errors.ShouldBe([new ServiceError(string.Empty, "Ticket.Error.RoleNotAllowed")]);
        (await App.StateAsync(number)).ShouldBe(before);
    }

    [Fact]
    public async Task A_form_read_before_the_ticket_changed_is_refused_as_a_conflict_and_nothing_changes()
    {
        var number = await RegisterAsync();
        var stale = await App.FormAsync(number, "heating");
        // A repeat call urges the ticket while the dispatcher is still looking at it.
        (await App.IntakeAsync(IntakeInputs.Urge(number), IntakeAction.Urge)).Errors.ShouldBeEmpty();
        var before = await App.StateAsync(number);
        before.Version.ShouldNotBe(stale.Version);

        var result = await App.TryDispatchAsync(number, stale);

        result.Errors.ShouldBe([new ServiceError(string.Empty, ServiceError.Concurrency)]);
        (await App.StateAsync(number)).ShouldBe(before);
        before.Status.ShouldBe(TicketStatus.PendingDispatch);
        before.Assignments.ShouldBe(0);
    }

    private async Task<string> RegisterAsync() =>
        await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating")));
}
