using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Supervision;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Workbench;
using Hotline.Services.Tickets;
using Hotline.Services.Workbench;

namespace Hotline.Services.Tests.Supervision;

public sealed class UrgeActTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_supervisor_s_urge_is_counted_in_the_timeline_and_the_lead_unit_is_told()
    {
        var number = await App.GivenWithAssistingAsync("heating", "laishan");

        var result = await UrgeAsync(number, "请今天下班前上门。");

        result.Errors.ShouldBeEmpty();
        var ticket = await App.StoredTicketAsync(number);
        ticket.UrgeCount.ShouldBe(1);
        var urge = ticket.Events.OrderBy(e => e.Id).Last();
        (urge.Action, urge.Note, urge.ActorName, urge.CallId).ShouldBe((TicketAction.Urge, "请今天下班前上门。", "陈主任", null));
        (await App.NotifiedAsync(number, NotificationKind.Urged)).ShouldBe(["liaison-heating"]);
    }

    [Fact]
    public async Task Citizens_and_supervisors_urges_add_up_and_show_in_the_ticket_list_and_on_the_workbench()
    {
        var number = await App.GivenToAsync();
        (await App.IntakeAsync(IntakeInputs.Urge(number), Hotline.Services.Intake.IntakeAction.Urge)).Errors.ShouldBeEmpty();

        (await UrgeAsync(number, "督办催办：尽快处理。")).Errors.ShouldBeEmpty();

        var supervisor = await App.ViewerAsync("supervisor");
        var list = await App.UseAsync<TicketQueryService, PagedList<TicketListItem>>(s => s.SearchAsync(new TicketFilter { Number = number }, supervisor));
        list.Items.ShouldHaveSingleItem().UrgeCount.ShouldBe(2);
        var liaison = await App.ViewerAsync("liaison-heating");
        var queue = await App.UseAsync<WorkbenchService, WorkbenchQueue>(s => s.QueueAsync(liaison, new WorkbenchFilter { Text = number }));
        queue.Items.Items.ShouldHaveSingleItem().UrgeCount.ShouldBe(2);
        (await App.NotifiedAsync(number, NotificationKind.Urged)).ShouldBe(["liaison-heating", "liaison-heating"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public async Task An_urge_needs_a_note(string? note)
    {
        var number = await App.GivenToAsync();

        var result = await UrgeAsync(number, note);

        result.Errors.ShouldHaveSingleItem().ShouldBe(new ServiceError(nameof(UrgeInput.Note), "Supervision.Validation.UrgeNote.Required"));
        (await App.StoredTicketAsync(number)).UrgeCount.ShouldBe(0);
    }

    [Fact]
    public async Task An_agent_cannot_urge_through_the_supervisor_s_service()
    {
        var number = await App.GivenToAsync();
        var version = await App.VersionAsync(number);

        var result = await App.AsSupervisorAsync((s, actor) => s.UrgeAsync(number, new UrgeInput { Note = "催办", Version = version }, actor), "agent");

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("Ticket.Error.RoleNotAllowed");
        (await App.StoredTicketAsync(number)).UrgeCount.ShouldBe(0);
    }

    private async Task<ServiceResult<string>> UrgeAsync(string number, string? note)
    {
        var version = await App.VersionAsync(number);
        return await App.AsSupervisorAsync((s, actor) => s.UrgeAsync(number, new UrgeInput { Note = note, Version = version }, actor));
    }
}
