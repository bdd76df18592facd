using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hotline.Services.Data;

/// <summary>The one place the provider is set up, shared by the app, the design-time factory and tests.</summary>
public static class HotlineDbContextOptions
{
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(Tune(connectionString), npgsql => npgsql.MigrationsAssembly(typeof(HotlineDbContext).Assembly.FullName))
            .UseSnakeCaseNamingConvention();

    /// <summary>
    /// The app's connection settings, unless the connection string says otherwise (docs/performance.md):
    /// statements the app sends again and again are prepared once per connection (auto-prepare), at their first use: the
    /// pool hands its idle connections out in turn (first in, first out), so after a burst has grown it, a page's next
    /// requests meet connections that have not run its statements yet, and each of them parsed and planned them again
    /// until their second use (the workbench's first requests after the dashboards' burst took 13–14 ms instead of 5);
    /// a pooled connection is
    /// not reset with DISCARD ALL each time it is handed out (the app keeps no session state: the monitor's advisory lock is
    /// transaction-scoped, the start-up's is released in a finally, nothing is SET); the JIT is off, since its compile time (tens of ms) exceeds what the
    /// index-bound queries of the app take (the one query a generic plan misleads asks for its own plan,
    /// <see cref="PlannedForValues"/>: set here it would re-plan every trigger statement on every row written).
    /// <c>work_mem</c> is 32 MB: a text search's bitmap of a common word's
    /// ~110,000 tickets (at 10M) does not fit in the default 4 MB, turns lossy, and every row of a lossy page is then
    /// rechecked by computing its bigrams (~45 µs each): the capped count took 130–280 ms instead of 30–60.
    /// Plans are serial (<c>max_parallel_workers_per_gather=0</c>, ADR 0036): the app's statements read indexes and
    /// rollups in milliseconds, and starting a worker costs more than it saves; at ten million tickets the dashboard's
    /// running clocks took 80 ms with two workers and 12 ms without.
    /// </summary>
    public static string Tune(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 100;
            builder.AutoPrepareMinUsages = 1;
        }

        if (!Mentions(connectionString, "No Reset On Close", "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        if (string.IsNullOrEmpty(builder.Options))
        {
            builder.Options = "-c jit=off -c work_mem=32MB -c max_parallel_workers_per_gather=0";
        }

        return builder.ConnectionString;
    }

    private static bool Mentions(string connectionString, params string[] keys) =>
        keys.Any(k => connectionString.Contains(k, StringComparison.OrdinalIgnoreCase));
}
