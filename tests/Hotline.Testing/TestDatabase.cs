using System.Collections.Concurrent;
using Hotline.Services.Data;
using Hotline.Services.Data.Seed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Hotline.Testing;

/// <summary>
/// Real PostgreSQL databases for tests, on the throwaway server `./build.sh test` starts (HOTLINE_TEST_PG).
/// Each template (migrated and seeded once per test run) is copied with CREATE DATABASE … TEMPLATE, so a
/// test class gets its own fresh database in a fraction of a second.
/// </summary>
public static class TestDatabase
{
    /// <summary>A Monday morning, 10:00 in Shanghai: the moment test clocks start at unless a test sets another.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private static readonly ConcurrentDictionary<TestData, Lazy<Task<string>>> Templates = new();
    private static readonly string RunId = $"{Environment.ProcessId}_{DateTime.UtcNow:HHmmss}";
    private static int _counter;

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("HOTLINE_TEST_PG") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "HOTLINE_TEST_PG is not set. Run the tests with ./build.sh test, which starts a throwaway PostgreSQL, " +
                "or point HOTLINE_TEST_PG at a server you may create databases on (e.g. Host=127.0.0.1;Port=5432;Username=postgres).");

    /// <summary>Creates a new database holding <paramref name="data"/> and returns its connection string.</summary>
    public static async Task<string> CreateAsync(TestData data = TestData.Reference)
    {
        var template = await Templates.GetOrAdd(data, d => new Lazy<Task<string>>(() => BuildTemplateAsync(d))).Value;
        var name = $"hotline_t{RunId}_{Interlocked.Increment(ref _counter)}";
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return ConnectionString(name);
    }

    public static Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        return ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task<string> BuildTemplateAsync(TestData data)
    {
        var name = $"hotline_tpl{RunId}_{data.ToString().ToLowerInvariant()}";
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        var clock = new FakeTimeProvider(DefaultNow);
        await using (var services = TestServices.Build(ConnectionString(name), clock))
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: false);
            var demo = scope.ServiceProvider.GetRequiredService<DemoDataSeeder>();
            if (data != TestData.Empty)
            {
                await demo.SeedUsersAsync();
            }

            if (data == TestData.Demo)
            {
                await demo.SeedAsync(DemoTicketCount);
            }
        }

        // Reply review (docs/decisions/0028-reply-review.md) is off in test databases, so the many tests of what follows a
        // resolution (callbacks, reopening, measures, rollups) see a resolution resolve; the review tests switch the
        // seeded policy back on (ReviewPolicyOn) and the seeded rows themselves are tested as seeded elsewhere.
        await ExecuteAsync(ReviewPolicyOff, name);

        // A template cannot be copied while anyone is connected to it.
        NpgsqlConnection.ClearAllPools();
        return name;
    }

    /// <summary>Every reply goes straight to the callback.</summary>
    public const string ReviewPolicyOff = "UPDATE review_policies SET always = false, when_supervised = false";

    /// <summary>The review policy as seeded (<see cref="Hotline.Domain.Deadlines.ReviewPolicy.Defaults"/>): complaints, reports and supervised tickets.</summary>
    public const string ReviewPolicyOn = "UPDATE review_policies SET always = request_type IN (3, 4), when_supervised = true";

    /// <summary>Enough demo tickets for histories and lists, few enough to seed in a second.</summary>
    public const int DemoTicketCount = 300;

    private static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database, IncludeErrorDetail = true }.ConnectionString;

    private static async Task ExecuteAsync(string sql, string database = "postgres")
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
