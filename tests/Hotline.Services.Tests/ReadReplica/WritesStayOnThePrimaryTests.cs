using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Data;
using Hotline.Services.Data.ReadReplica;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Services.Tests.ReadReplica;

/// <summary>
/// Reports and text searches read the standby while it keeps up; writes, the plain ticket list and a ticket's page use
/// the primary; when the standby fails, reports read the primary until it answers again. (The fixture's standby never
/// receives what is written here, so a test can tell which database answered.)
/// </summary>
public sealed class WritesStayOnThePrimaryTests(ReplicaFixture app) : IClassFixture<ReplicaFixture>
{
    private const string Content = "只读副本测试：幸福小区南门路灯整晚不亮，夜里行人看不清路，请尽快维修。";

    [Fact]
    public async Task Reports_and_searches_read_the_standby_while_writes_and_the_ticket_list_use_the_primary()
    {
        var monitor = app.WithStandby.GetRequiredService<ReplicaMonitor>();
        (await monitor.ProbeAsync()).Source.ShouldBe(ReadSource.Replica);
        var agent = await app.WithStandby.ViewerAsync("agent");
        var supervisor = await app.WithStandby.ViewerAsync("supervisor");
        var before = await TodaysTicketsAsync(app.WithStandby);

        // The fixture's standby never receives this write: whatever shows it was read from the primary.
        var categoryId = await ReadPrimaryAsync(db => db.Categories.Where(c => c.Code == "utilities-heating").Select(c => c.Id).SingleAsync());
        var registered = await ReplicaFixture.UseAsync<IntakeService, ServiceResult<IntakeOutcome>>(app.WithStandby,
            (s, _) => s.ExecuteAsync(IntakeInputs.Register(categoryId, Content), IntakeAction.Register, agent.Actor));
        registered.Errors.ShouldBeEmpty();
        var number = registered.Value!.TicketNumber;

        (await TodaysTicketsAsync(app.WithStandby)).ShouldBe(before, "the dashboard reads the standby");
        (await SearchAsync(new TicketFilter { Text = "南门路灯整晚不亮" }, supervisor)).ShouldNotContain(number, "a text search reads the standby");
        (await SearchAsync(new TicketFilter(), supervisor)).ShouldContain(number, "the plain list reads the primary: the new ticket heads it");
        (await ReplicaFixture.UseAsync<TicketQueryService, TicketDetail?>(app.WithStandby, (s, _) => s.GetAsync(number!, supervisor)))
            .ShouldNotBeNull("a ticket's page reads its own write on the primary");

        // The standby fails under a report: from then on reports read the primary, with the new ticket.
        monitor.MarkDown();
        (await TodaysTicketsAsync(app.WithStandby)).ShouldBe(before + 1);
        (await SearchAsync(new TicketFilter { Text = "南门路灯整晚不亮" }, supervisor)).ShouldContain(number);

        // And back on the standby once it answers a probe again.
        (await monitor.ProbeAsync()).Source.ShouldBe(ReadSource.Replica);
        (await TodaysTicketsAsync(app.WithStandby)).ShouldBe(before);
    }

    private static Task<long> TodaysTicketsAsync(ServiceProvider services) =>
        ReplicaFixture.UseAsync<HotlineDashboardService, long>(services, async (s, _) => (await s.GetAsync()).Today.TicketsRegistered);

    private async Task<List<string>> SearchAsync(TicketFilter filter, Viewer viewer) =>
        await ReplicaFixture.UseAsync<TicketQueryService, List<string>>(app.WithStandby,
            async (s, _) => [.. (await s.SearchAsync(filter, viewer)).Items.Select(i => i.Number)]);

    private async Task<T> ReadPrimaryAsync<T>(Func<HotlineDbContext, Task<T>> read)
    {
        await using var scope = app.PrimaryOnly.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<HotlineDbContext>());
    }
}
