using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Hotline.Services.Tests.Dispatch.DispatchSteps;

namespace Hotline.Services.Tests.Dispatch;

/// <summary>并单: a duplicate closes as Merged, points to its master, and its caller hears the master's result.</summary>
public sealed class MergeTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_duplicate_closes_as_merged_and_the_master_counts_it_and_records_it_in_its_timeline()
    {
        var master = await RegisterAsync("13905350101");
        var duplicate = await RegisterAsync("13905350102");
        App.Clock.Advance(TimeSpan.FromMinutes(20));
        var masterBefore = await App.StateAsync(master);

        var result = await App.TryMergeAsync(duplicate, $"  {master} ", "  同一处爆管 ");

        result.Errors.ShouldBeEmpty();
        result.Value.ShouldBe(master);
        var dispatcher = (await App.ViewerAsync("dispatcher")).Actor;
        var masterTicket = await App.StoredTicketAsync(master);
        var merged = await App.StoredTicketAsync(duplicate);
        merged.Status.ShouldBe(TicketStatus.Merged);
        merged.MasterTicketId.ShouldBe(masterTicket.Id);
        merged.ClosedAt.ShouldBe(Local(2026, 11, 23, 10, 20));
        var mergeEvent = merged.Events.OrderBy(e => e.Id).Last();
        mergeEvent.Action.ShouldBe(TicketAction.Merge);
        mergeEvent.From.ShouldBe(TicketStatus.PendingDispatch);
        mergeEvent.To.ShouldBe(TicketStatus.Merged);
        mergeEvent.Note.ShouldBe("同一处爆管");
        mergeEvent.ActorUserId.ShouldBe(dispatcher.UserId);
        masterTicket.Status.ShouldBe(masterBefore.Status);
        masterTicket.DuplicateCount.ShouldBe(1);
        masterTicket.ClosedAt.ShouldBeNull();
        var absorbed = masterTicket.Events.OrderBy(e => e.Id).Last();
        absorbed.Action.ShouldBe(TicketAction.AbsorbDuplicate);
        absorbed.Note.ShouldBe(duplicate);
        absorbed.From.ShouldBe(TicketStatus.PendingDispatch);
        absorbed.To.ShouldBe(TicketStatus.PendingDispatch);
        absorbed.At.ShouldBe(Local(2026, 11, 23, 10, 20));
    }

    [Fact]
    public async Task The_callers_of_merged_duplicates_are_found_among_the_masters_callers()
    {
        var master = await RegisterAsync("13905350201");
        var first = await RegisterAsync("13905350202");
        var second = await RegisterAsync("13905350203");
        var unrelated = await RegisterAsync("13905350204");

        (await App.TryMergeAsync(first, master)).Errors.ShouldBeEmpty();
        (await App.TryMergeAsync(second, master)).Errors.ShouldBeEmpty();

        var masterId = (await App.StoredTicketAsync(master)).Id;
        var callers = await App.ReadAsync(db => db.Tickets.AsNoTracking()
            .Where(t => t.Id == masterId || t.MasterTicketId == masterId)
            .Select(t => t.CallerPhone).ToListAsync());
        callers.ShouldBe(["13905350201", "13905350202", "13905350203"], ignoreOrder: true);
        (await App.StateAsync(master)).DuplicateCount.ShouldBe(2);
        (await App.StateAsync(unrelated)).MasterTicketId.ShouldBeNull();
    }

    [Fact]
    public async Task A_dispatched_duplicate_can_be_merged_into_a_dispatched_master_and_its_assignment_ends()
    {
        var master = await RegisterAsync("13905350301");
        var duplicate = await RegisterAsync("13905350302");
        await App.DispatchAsync(master, "water");
        await App.DispatchAsync(duplicate, "heating");

        var result = await App.TryMergeAsync(duplicate, master, userName: "supervisor");

        result.Errors.ShouldBeEmpty();
        (await App.StoredAssignmentsAsync(duplicate)).ShouldHaveSingleItem().IsActive.ShouldBeFalse();
        (await App.StoredAssignmentsAsync(master)).ShouldHaveSingleItem().IsActive.ShouldBeTrue();
        (await App.StateAsync(master)).Status.ShouldBe(TicketStatus.Dispatched);
        (await App.StateAsync(duplicate)).Status.ShouldBe(TicketStatus.Merged);
    }

    [Fact]
    public async Task Duplicates_merged_into_one_master_at_once_are_never_lost_from_its_count()
    {
        var master = await RegisterAsync("13905350401");
        var duplicates = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            duplicates.Add(await RegisterAsync($"1390535041{i}"));
        }

        await App.ViewerAsync("dispatcher");
        var versions = new Dictionary<string, uint>();
        foreach (var d in duplicates)
        {
            versions[d] = await App.VersionAsync(d);
        }

        var results = await Task.WhenAll(duplicates.Select(d => Task.Run(() => App.TryMergeAsync(d, master, version: versions[d]))));

        // Each merge either counts or is refused as changed by someone else; none is silently overwritten.
        var accepted = duplicates.Where((_, i) => results[i].Succeeded).ToList();
        accepted.ShouldNotBeEmpty();
        results.Where(r => !r.Succeeded).ShouldAllBe(r => r.Errors.Single().Code == ServiceError.Concurrency);
        var masterTicket = await App.StoredTicketAsync(master);
        masterTicket.DuplicateCount.ShouldBe(accepted.Count);
        masterTicket.Events.Where(e => e.Action == TicketAction.AbsorbDuplicate).Select(e => e.Note).ShouldBe(accepted, ignoreOrder: true);
        foreach (var d in duplicates)
        {
            (await App.StateAsync(d)).Status.ShouldBe(accepted.Contains(d) ? TicketStatus.Merged : TicketStatus.PendingDispatch);
        }
    }

    private async Task<string> RegisterAsync(string phone) =>
        await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-water-pipe"), IntakeInputs.WaterContent, phone,
            RequestType.HelpRequest, Urgency.Urgent));
}
