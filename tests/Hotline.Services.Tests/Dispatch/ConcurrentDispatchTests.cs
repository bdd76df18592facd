using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Dispatch;

/// <summary>Two dispatchers acting on the same ticket at once never both win, and never leave two sets of assignments.</summary>
public sealed class ConcurrentDispatchTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Two_dispatchers_dispatching_the_same_ticket_at_once_give_exactly_one_dispatch()
    {
        var heating = await App.CategoryIdAsync("utilities-heating");
        await App.ViewerAsync("dispatcher");
        await App.ViewerAsync("supervisor");

        // Several rounds, so that both orders of arrival and a true overlap all get their chance.
        for (var round = 0; round < 6; round++)
        {
            var number = await App.RegisterAsync(IntakeInputs.Register(heating));
            var first = await App.FormAsync(number, "heating", "热力公司处理");
            var second = await App.FormAsync(number, "water", "自来水公司处理");

            var results = await Task.WhenAll(
                Task.Run(() => App.TryDispatchAsync(number, first, "dispatcher")),
                Task.Run(() => App.TryDispatchAsync(number, second, "supervisor")));

            results.Count(r => r.Succeeded).ShouldBe(1, $"round {round}");
            results.Single(r => !r.Succeeded).Errors.ShouldHaveSingleItem().Code.ShouldBe(ServiceError.Concurrency);
            var winner = results[0].Succeeded ? first : second;
            var ticket = await App.StoredTicketAsync(number);
            ticket.Status.ShouldBe(TicketStatus.Dispatched);
            ticket.LeadUnitId.ShouldBe(winner.LeadUnitId);
            ticket.Assignments.ShouldHaveSingleItem().UnitId.ShouldBe(winner.LeadUnitId!.Value);
            ticket.Events.Count(e => e.Action == TicketAction.Dispatch).ShouldBe(1);
        }
    }

    [Fact]
    public async Task A_dispatch_racing_a_merge_of_the_same_ticket_lets_only_one_of_them_through()
    {
        var heating = await App.CategoryIdAsync("utilities-heating");
        var master = await App.RegisterAsync(IntakeInputs.Register(heating));
        await App.ViewerAsync("dispatcher");
        await App.ViewerAsync("supervisor");

        for (var round = 0; round < 6; round++)
        {
            var number = await App.RegisterAsync(IntakeInputs.Register(heating));
            var version = await App.VersionAsync(number);
            var dispatch = await App.FormAsync(number, "heating");
            var duplicatesBefore = (await App.StateAsync(master)).DuplicateCount;

            var results = await Task.WhenAll(
                Task.Run(() => App.TryDispatchAsync(number, dispatch)),
                Task.Run(() => App.TryMergeAsync(number, master, "同一问题", version, "supervisor")));

            results.Count(r => r.Succeeded).ShouldBe(1, $"round {round}");
            results.Single(r => !r.Succeeded).Errors.ShouldHaveSingleItem().Code.ShouldBe(ServiceError.Concurrency);
            var ticket = await App.StoredTicketAsync(number);
            var dispatched = results[0].Succeeded;
            ticket.Status.ShouldBe(dispatched ? TicketStatus.Dispatched : TicketStatus.Merged);
            ticket.MasterTicketId.ShouldBe(dispatched ? null : (await App.StoredTicketAsync(master)).Id);
            ticket.Assignments.Count.ShouldBe(dispatched ? 1 : 0);
            (await App.StateAsync(master)).DuplicateCount.ShouldBe(duplicatesBefore + (dispatched ? 0 : 1));
        }
    }
}
