using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Dispatch;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Monitor;

namespace Hotline.Services.Tests.Notifications;

/// <summary>Units hear of a ticket given to them and of a caller urging it, in the same save as the act.</summary>
public sealed class NotificationsOnDispatchAndUrge(MonitorDatabaseFixture app) : DatabaseTest<MonitorDatabaseFixture>(app), IClassFixture<MonitorDatabaseFixture>
{
    [Fact]
    public async Task A_dispatch_tells_every_liaison_of_the_lead_and_of_each_assisting_unit()
    {
        var number = await App.DispatchedUrgentAsync("heating", "water", "power");

        var notices = await App.NotificationsAsync(number, NotificationKind.NewAssignment);

        var expected = (await App.LiaisonsAsync("heating")).Concat(await App.LiaisonsAsync("water")).Concat(await App.LiaisonsAsync("power"));
        notices.Select(n => n.UserId).Order().ShouldBe(expected.Order());
        notices.Count.ShouldBe(4);
        notices.ShouldAllBe(n => n.ReadAt == null && n.CreatedAt == App.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Registering_and_dispatching_in_one_go_tells_the_lead_unit()
    {
        var input = IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"));
        input.DispatchUnitId = await App.UnitIdAsync("water");

        var result = await App.IntakeAsync(input, IntakeAction.RegisterAndDispatch);

        result.Errors.ShouldBeEmpty();
        var notices = await App.NotificationsAsync(result.Value!.TicketNumber!);
        notices.ShouldAllBe(n => n.Kind == NotificationKind.NewAssignment);
        notices.Select(n => n.UserId).ShouldBe(await App.LiaisonsAsync("water"));
    }

    [Fact]
    public async Task Urging_a_dispatched_ticket_tells_its_lead_unit_only()
    {
        var number = await App.DispatchedUrgentAsync("heating", "water");

        (await App.IntakeAsync(IntakeInputs.Urge(number), IntakeAction.Urge)).Errors.ShouldBeEmpty();

        var urged = await App.NotificationsAsync(number, NotificationKind.Urged);
        urged.Select(n => n.UserId).Order().ShouldBe(await App.LiaisonsAsync("heating"));
        urged.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Urging_a_ticket_still_waiting_for_dispatch_tells_no_unit()
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating")));

        (await App.IntakeAsync(IntakeInputs.Urge(number), IntakeAction.Urge)).Errors.ShouldBeEmpty();

        (await App.TicketAsync(number)).Status.ShouldBe(TicketStatus.PendingDispatch);
        (await App.NotificationsAsync(number)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_dispatch_refused_as_stale_notifies_nobody()
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating")));
        var dispatcher = await App.ViewerAsync("dispatcher");
        var heating = await App.UnitIdAsync("heating");

        var result = await App.UseAsync<DispatchService, ServiceResult<string>>(s =>
            s.DispatchAsync(number, new() { LeadUnitId = heating, Version = 0 }, dispatcher.Actor));

        result.Errors.Single().Code.ShouldBe(ServiceError.Concurrency);
        (await App.NotificationsAsync(number)).ShouldBeEmpty();
    }
}
