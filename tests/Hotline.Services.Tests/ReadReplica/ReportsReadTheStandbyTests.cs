using System.Text.Json;
using Hotline.Services.Dashboards;
using Hotline.Services.Data;
using Hotline.Services.Data.ReadReplica;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hotline.Services.Tests.ReadReplica;

/// <summary>
/// The dashboard reads the standby while it keeps up, with the primary's figures; a standby that does not answer, or
/// has not been measured yet, leaves it on the primary without an error.
/// </summary>
public sealed class ReportsReadTheStandbyTests(ReplicaFixture app) : IClassFixture<ReplicaFixture>
{
    [Fact]
    public async Task Until_the_standby_is_measured_reports_read_the_primary()
    {
        await using var services = TestServices.Build(app.Primary, app.Clock,
            settings: new Dictionary<string, string?> { [$"ConnectionStrings:{ReadReplicaOptions.ConnectionStringName}"] = app.Standby });
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

    [Fact]
    public async Task A_read_alongside_opens_on_the_database_the_requests_reports_read()
    {
        // The dashboard reads its backlog and repeat callers on connections of their own (ADR 0039): from the standby
        // while the request's reports do, from the primary when they do, and a new context each time (a context runs one
        // command at a time).
        (await app.WithStandby.GetRequiredService<ReplicaMonitor>().ProbeAsync()).Source.ShouldBe(ReadSource.Replica);
        await using (var scope = app.WithStandby.CreateAsyncScope())
        {
            var reporting = scope.ServiceProvider.GetRequiredService<ReportingDb>();
            await using var sibling = reporting.OpenSibling();
            sibling.ShouldNotBeSameAs(reporting.Context);
            DatabaseOf(sibling).ShouldBe(new NpgsqlConnectionStringBuilder(app.Standby).Database);
            reporting.UsesReplica.ShouldBeTrue();
        }

        await using (var scope = app.PrimaryOnly.CreateAsyncScope())
        {
            var reporting = scope.ServiceProvider.GetRequiredService<ReportingDb>();
            await using var sibling = reporting.OpenSibling();
            sibling.ShouldNotBeSameAs(scope.ServiceProvider.GetRequiredService<HotlineDbContext>());
            DatabaseOf(sibling).ShouldBe(new NpgsqlConnectionStringBuilder(app.Primary).Database);
            reporting.UsesReplica.ShouldBeFalse();
        }
    }

    private static string? DatabaseOf(HotlineDbContext db) => new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).Database;

    private static Task<long> TodaysTicketsAsync(ServiceProvider services) =>
        ReplicaFixture.UseAsync<HotlineDashboardService, long>(services, async (s, _) => (await s.GetAsync()).Today.TicketsRegistered);
}
