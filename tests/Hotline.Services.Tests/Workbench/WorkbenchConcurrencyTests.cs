using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Workbench;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Workbench;

public sealed class WorkbenchConcurrencyTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Two_liaisons_of_the_unit_signing_for_at_once_one_succeeds_the_other_is_told_to_reload()
    {
        var number = await App.GivenToAsync();
        var version = await App.VersionAsync(number);
        var first = await App.ViewerAsync("liaison-heating");
        // A colleague at the same unit: another person, the same unit.
        var second = first with { Actor = first.Actor with { UserId = "colleague", DisplayName = "同事" } };

        var results = await Task.WhenAll(
            App.UseAsync<WorkbenchService, ServiceResult<string>>(s => s.SignForAsync(number, new SignForInput { Version = version }, first)),
            App.UseAsync<WorkbenchService, ServiceResult<string>>(s => s.SignForAsync(number, new SignForInput { Version = version }, second)));

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Single(r => !r.Succeeded).Errors.ShouldHaveSingleItem().Code.ShouldBe(ServiceError.Concurrency);
        var ticket = await App.TicketAsync(number);
        ticket.Status.ShouldBe(TicketStatus.InProgress);
        ticket.Events.Count(e => e.Action == TicketAction.SignFor).ShouldBe(1);
    }

    [Fact]
    public async Task Two_notes_sent_from_the_same_page_at_once_never_both_count_on_the_old_version()
    {
        var number = await App.GivenToAsync();
        await App.SignForAsync(number);
        var version = await App.VersionAsync(number);
        var viewer = await App.ViewerAsync("liaison-heating");

        var results = await Task.WhenAll(Enumerable.Range(1, 2).Select(i =>
            App.UseAsync<WorkbenchService, ServiceResult<string>>(s => s.RequestExtensionAsync(number,
                new ExtensionInput { Reason = $"理由{i}", ProposedDueAt = new DateTime(2026, 12, 20, 17, 0, 0, DateTimeKind.Unspecified), Version = version }, viewer))));

        results.Count(r => r.Succeeded).ShouldBe(1);
        (await App.ReadAsync(db => db.ExtensionRequests.CountAsync(e => db.Tickets.Any(t => t.Id == e.TicketId && t.Number == number)))).ShouldBe(1);
    }
}
