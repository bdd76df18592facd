using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Supervision;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Workbench;

namespace Hotline.Services.Tests.Supervision;

public sealed class CancelActTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_nuisance_ticket_waiting_for_dispatch_is_cancelled_with_its_reason_kind_in_the_timeline()
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating")));

        var result = await CancelAsync(number, CancelReason.Nuisance, "同一号码一小时内来电二十余次，均无实际诉求。");

        result.Errors.ShouldBeEmpty();
        var ticket = await App.StoredTicketAsync(number);
        (ticket.Status, ticket.ClosedAt).ShouldBe((TicketStatus.Cancelled, App.Clock.GetUtcNow()));
        var cancelled = ticket.Events.OrderBy(e => e.Id).Last();
        (cancelled.Action, cancelled.CancelReason, cancelled.Note).ShouldBe((TicketAction.Cancel, (CancelReason?)CancelReason.Nuisance, "同一号码一小时内来电二十余次，均无实际诉求。"));
    }

    [Fact]
    public async Task A_dispatched_ticket_cannot_be_cancelled()
    {
        var number = await App.GivenToAsync();

        var result = await CancelAsync(number, CancelReason.Duplicate, "与另一工单重复");

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
        (await App.StoredTicketAsync(number)).Status.ShouldBe(TicketStatus.Dispatched);
    }

    [Fact]
    public async Task Without_a_kind_or_a_reason_nothing_is_cancelled()
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating")));

        var result = await CancelAsync(number, null, "");

        result.Errors.ShouldBe(
            [new ServiceError(nameof(CancelInput.Kind), "Supervision.Validation.CancelKind.Required"), new ServiceError(nameof(CancelInput.Reason), "Supervision.Error.CancelReasonRequired")],
            ignoreOrder: true);
        (await App.StoredTicketAsync(number)).Status.ShouldBe(TicketStatus.PendingDispatch);
    }

    [Fact]
    public async Task A_dispatcher_cannot_cancel()
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating")));
        var version = await App.VersionAsync(number);

        var result = await App.AsSupervisorAsync((s, actor) => s.CancelAsync(number, new CancelInput { Kind = CancelReason.Nuisance, Reason = "骚扰", Version = version }, actor), "dispatcher");

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("Ticket.Error.RoleNotAllowed");
        (await App.StoredTicketAsync(number)).Status.ShouldBe(TicketStatus.PendingDispatch);
    }

    private async Task<ServiceResult<string>> CancelAsync(string number, CancelReason? kind, string reason)
    {
        var version = await App.VersionAsync(number);
        return await App.AsSupervisorAsync((s, actor) => s.CancelAsync(number, new CancelInput { Kind = kind, Reason = reason, Version = version }, actor));
    }
}
