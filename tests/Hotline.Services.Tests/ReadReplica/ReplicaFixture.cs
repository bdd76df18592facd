using Hotline.Services.Data.ReadReplica;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Services.Tests.ReadReplica;

/// <summary>
/// Two copies of the demo database: the primary, and a "standby" that starts equal to it but never receives what is
/// written later (so a test can tell which one a report read). Three service layers over them: with the standby, with a
/// standby that does not answer, and without one.
/// </summary>
public sealed class ReplicaFixture : IAsyncLifetime
{
    private readonly List<string> _databases = [];

    public FakeTimeProvider Clock { get; } = new(TestDatabase.DefaultNow);

    public ServiceProvider WithStandby { get; private set; } = null!;

    public ServiceProvider WithDeadStandby { get; private set; } = null!;

    public ServiceProvider PrimaryOnly { get; private set; } = null!;

    public string Primary { get; private set; } = null!;

    public string Standby { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Primary = await TestDatabase.CreateAsync(TestData.Demo);
        Standby = await TestDatabase.CreateAsync(TestData.Demo);
        _databases.AddRange([Primary, Standby]);
        WithStandby = TestServices.Build(Primary, Clock, settings: Replica(Standby));
        // Port 1 refuses connections at once: a standby that is down.
        WithDeadStandby = TestServices.Build(Primary, Clock, settings: Replica("Host=127.0.0.1;Port=1;Username=postgres;Database=none"));
        PrimaryOnly = TestServices.Build(Primary, Clock);
    }

    public async Task DisposeAsync()
    {
        foreach (var services in new[] { WithStandby, WithDeadStandby, PrimaryOnly })
        {
            if (services is not null)
            {
                await services.DisposeAsync();
            }
        }

        foreach (var database in _databases)
        {
            await TestDatabase.DropAsync(database);
        }
    }

    /// <summary>Calls one service in a new scope of <paramref name="services"/>, as one request would.</summary>
    public static async Task<TResult> UseAsync<TService, TResult>(ServiceProvider services, Func<TService, ReportingDb, Task<TResult>> call)
        where TService : notnull
    {
        await using var scope = services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>(), scope.ServiceProvider.GetRequiredService<ReportingDb>());
    }

    private static Dictionary<string, string?> Replica(string connectionString) =>
        new() { [$"ConnectionStrings:{ReadReplicaOptions.ConnectionStringName}"] = connectionString };
}
