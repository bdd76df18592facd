using System.Text.Json;
using Hotline.Services.Dashboards;
using Hotline.Services.Data;
using Hotline.Services.Data.ReadReplica;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hotline.Services.Tests.ReadReplica;

/// <summary>
/// Dashboards, ranking, exports and searches read the standby while it keeps up; writes and the pages that read their
/// own writes use the primary; a standby that lags or does not answer leaves every report on the primary, without an
/// error.
/// </summary>
public sealed class ReportsReadTheStandbyTests(ReplicaFixture app) : IClassFixture<ReplicaFixture>
{
    private const string Content = "只读副本测试：幸福小区南门路灯整晚不亮，夜里行人看不清路，请尽快维修。";

    [Fact]
    public async Task Until_the_standby_is_measured_reports_read_the_primary()
    {
        await using var services = TestServices.Build(app.Primary, app.Clock,
            new Dictionary<string, string?> { [$"ConnectionStrings:{ReadReplicaOptions.ConnectionStringName}"] = app.Standby });
        await using var scope = services.CreateAsyncScope();
        var reporting = scope.ServiceProvider.GetRequiredService<ReportingDb>();
        reporting.Status.Source.ShouldBe(ReadSource.PrimaryReplicaDown);
        reporting.Context.ShouldBeSameAs(scope.ServiceProvider.GetRequiredService<HotlineDbContext>());
    }

    [Fact]
    public async Task A_standby_that_keeps_up_gives_the_dashboard_the_primarys_figures_and_says_so()
    {
        var status = await app.WithStandby.GetRequiredService<ReplicaMonitor>().ProbeAsync();
        status.Source.ShouldBe(ReadSource.Replica);
        status.Lag.ShouldBe(TimeSpan.Zero);

        var (fromStandby, source) = await ReplicaFixture.UseAsync<HotlineDashboardService, (SupervisorDashboard, ReadSource)>(app.WithStandby,
            async (s, reporting) => (await s.GetAsync(), reporting.Status.Source));
        var fromPrimary = await ReplicaFixture.UseAsync<HotlineDashboardService, SupervisorDashboard>(app.PrimaryOnly, (s, _) => s.GetAsync());

        source.ShouldBe(ReadSource.Replica);
        JsonSerializer.Serialize(fromStandby).ShouldBe(JsonSerializer.Serialize(fromPrimary));
    }

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
        var registered = await ReplicaFixture.UseAsync<IntakeService, Common.ServiceResult<IntakeOutcome>>(app.WithStandby,
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

    [Fact]
    public async Task A_standby_that_does_not_answer_leaves_the_dashboard_on_the_primary_without_an_error()
    {
        var status = await app.WithDeadStandby.GetRequiredService<ReplicaMonitor>().ProbeAsync();
        status.Source.ShouldBe(ReadSource.PrimaryReplicaDown);
        status.Lag.ShouldBeNull();

        var (dashboard, source) = await ReplicaFixture.UseAsync<HotlineDashboardService, (SupervisorDashboard, ReadSource)>(app.WithDeadStandby,
            async (s, reporting) => (await s.GetAsync(), reporting.Status.Source));
        source.ShouldBe(ReadSource.PrimaryReplicaDown);
        dashboard.Today.TicketsRegistered.ShouldBe(await TodaysTicketsAsync(app.PrimaryOnly));
    }

    [Fact]
    public async Task Without_a_standby_nothing_changes()
    {
        await using var scope = app.PrimaryOnly.CreateAsyncScope();
        var reporting = scope.ServiceProvider.GetRequiredService<ReportingDb>();
        reporting.Status.Configured.ShouldBeFalse();
        reporting.Context.ShouldBeSameAs(scope.ServiceProvider.GetRequiredService<HotlineDbContext>());
        (await app.PrimaryOnly.GetRequiredService<ReplicaMonitor>().ProbeAsync()).ShouldBe(ReplicaStatus.NotConfigured);
    }

    [Fact]
    public async Task The_standby_context_is_the_standbys_database()
    {
        (await app.WithStandby.GetRequiredService<ReplicaMonitor>().ProbeAsync()).Source.ShouldBe(ReadSource.Replica);
        await using var scope = app.WithStandby.CreateAsyncScope();
        var reporting = scope.ServiceProvider.GetRequiredService<ReportingDb>();
        new NpgsqlConnectionStringBuilder(reporting.Context.Database.GetConnectionString()).Database
            .ShouldBe(new NpgsqlConnectionStringBuilder(app.Standby).Database);
        reporting.UsesReplica.ShouldBeTrue();
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
