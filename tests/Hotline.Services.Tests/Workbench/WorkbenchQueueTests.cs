using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Workbench;

namespace Hotline.Services.Tests.Workbench;

public sealed class WorkbenchQueueTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_queue_groups_the_units_assignments_by_what_is_due_next_most_urgent_first()
    {
        // Each stage once, dispatched a minute apart so that their clocks differ.
        var toSign = await App.GivenToAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var urgent = await App.GivenToAsync(urgency: Urgency.Urgent);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var toContact = await App.GivenToAsync();
        await App.SignForAsync(toContact);
        var toResolve = await App.GivenToAsync();
        await App.SignForAsync(toResolve);
        await App.ContactAsync(toResolve);
        var returning = await App.GivenToAsync();
        var version = await App.VersionAsync(returning);
        (await App.ActAsync("liaison-heating", (s, v) => s.RequestReturnAsync(returning, new ReturnInput { Kind = ReturnReason.Other, Reason = "非本单位职责", Version = version }, v)))
            .Errors.ShouldBeEmpty();
        var assisting = await App.GivenWithAssistingAsync("water", "heating");
        var foreign = await App.GivenToAsync("water");
        // 40 minutes on, the urgent ticket's 30-minute sign-for clock is overdue.
        App.Clock.Advance(TimeSpan.FromMinutes(40));

        var queue = await QueueAsync(new WorkbenchFilter());

        var rows = queue.Items.Items.ToDictionary(i => i.Number);
        rows.Keys.ShouldBe([toSign, urgent, toContact, toResolve, returning, assisting], ignoreOrder: true);
        rows.ShouldNotContainKey(foreign);
        rows[toSign].Group.ShouldBe(WorkbenchGroup.ToSignFor);
        rows[urgent].Group.ShouldBe(WorkbenchGroup.ToSignFor);
        rows[toContact].Group.ShouldBe(WorkbenchGroup.ToContact);
        rows[toResolve].Group.ShouldBe(WorkbenchGroup.ToResolve);
        rows[returning].Group.ShouldBe(WorkbenchGroup.Pending);
        rows[assisting].Group.ShouldBe(WorkbenchGroup.Assisting);
        rows[assisting].Role.ShouldBe(AssignmentRole.Assisting);
        queue.Count(WorkbenchGroup.ToSignFor).ShouldBe(2);
        queue.Count(WorkbenchGroup.ToContact).ShouldBe(1);
        queue.Count(WorkbenchGroup.ToResolve).ShouldBe(1);
        queue.Count(WorkbenchGroup.Pending).ShouldBe(1);
        queue.Count(WorkbenchGroup.Assisting).ShouldBe(1);
        queue.Total.ShouldBe(6);

        // Overdue on top, then by the nearest deadline.
        queue.Items.Items[0].Number.ShouldBe(urgent);
        rows[urgent].Warning.ShouldBe(WarningLevel.Red);
        queue.Items.Items.Select(i => i.DueAt).ShouldBeInOrder();
        var stored = await App.ReadAsync(db => Task.FromResult(db.Assignments.Where(a => a.IsActive && db.Tickets.Any(t => t.Id == a.TicketId && t.Number == toContact)).Select(a => a.FirstContactDueAt).Single()));
        rows[toContact].DueAt.ShouldBe(stored);
    }

    private async Task<WorkbenchQueue> QueueAsync(WorkbenchFilter filter, string user = "liaison-heating")
    {
        filter.PageSize = filter.PageSize == WorkbenchFilter.DefaultPageSize ? 100 : filter.PageSize;
        var viewer = await App.ViewerAsync(user);
        return await App.UseAsync<WorkbenchService, WorkbenchQueue>(s => s.QueueAsync(viewer, filter));
    }
}
