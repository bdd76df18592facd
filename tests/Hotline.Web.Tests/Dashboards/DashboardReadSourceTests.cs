using System.Net;
using Hotline.Services.Data.ReadReplica;
using Hotline.Testing;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Hotline.Web.Tests.Dashboards;

/// <summary>
/// With a standby configured the dashboard says where its figures came from: the read replica and its lag, or the
/// primary and why; a standby that drops its connections under a report is left for the primary without an error.
/// </summary>
public sealed class DashboardReadSourceTests(DashboardReadSourceTests.StandbyApp app) : IClassFixture<DashboardReadSourceTests.StandbyApp>
{
    [Fact]
    public async Task The_dashboard_read_from_a_standby_that_keeps_up_shows_its_lag()
    {
        (await Monitor.ProbeAsync()).Source.ShouldBe(ReadSource.Replica);
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");

        var source = (await client.GetDocumentAsync("/Dashboards")).QuerySelector("[data-testid=read-source]").ShouldNotBeNull();

        source.GetAttribute("data-source").ShouldBe(nameof(ReadSource.Replica));
        source.TextContent.ShouldBe("数据来自只读副本，复制延迟 0.0 秒");
    }

    [Fact]
    public async Task When_the_standby_drops_its_connections_the_same_address_is_served_from_the_primary()
    {
        (await Monitor.ProbeAsync()).Source.ShouldBe(ReadSource.Replica);
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");
        await client.GetDocumentAsync("/Dashboards");

        // Every connection to the standby ends, as when it stops: the pooled ones the dashboard just used are dead.
        // pg_terminate_backend only signals unless given a timeout: on a busy machine the backend could still answer
        // the next request, so wait (up to 10 s) until each has exited.
        await using (var admin = new NpgsqlConnection(TestDatabase.ServerConnectionString))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid, 10000)) FROM pg_stat_activity WHERE datname = @db", admin);
            kill.Parameters.AddWithValue("db", new NpgsqlConnectionStringBuilder(app.Standby).Database!);
            await kill.ExecuteScalarAsync();
        }

        var response = await client.GetAsync("/Dashboards?culture=en");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/Dashboards?culture=en");
        var source = (await client.GetDocumentAsync("/Dashboards?culture=en")).QuerySelector("[data-testid=read-source]").ShouldNotBeNull();
        source.GetAttribute("data-source").ShouldBe(nameof(ReadSource.PrimaryReplicaDown));
        source.TextContent.ShouldBe("The read replica is unavailable: figures from the primary");
    }

    private ReplicaMonitor Monitor => app.AppServices.GetRequiredService<ReplicaMonitor>();

    /// <summary>The app with a "standby": a second copy of the demo database.</summary>
    public sealed class StandbyApp : HotlineWebFactory
    {
        public string Standby { get; private set; } = null!;

        protected override async Task<string> CreateDatabaseAsync()
        {
            Standby = await TestDatabase.CreateAsync(TestData.Demo);
            return await base.CreateDatabaseAsync();
        }

        protected override async Task DropDatabaseAsync(string connectionString)
        {
            await base.DropDatabaseAsync(connectionString);
            await TestDatabase.DropAsync(Standby);
        }

        // The tests probe the standby themselves. The node's own probe at start would race them: under load it could
        // still be reading the standby when a test ends its connections, and mark the standby down before the dashboard
        // meets the dead connection.
        protected override void ConfigureVariant(IWebHostBuilder builder) => builder
            .UseSetting($"ConnectionStrings:{ReadReplicaOptions.ConnectionStringName}", Standby)
            .ConfigureServices(services => services.Remove(services.Single(
                d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(ReplicaMonitorService))));
    }
}
