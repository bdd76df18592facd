using System.Diagnostics;
using Hotline.Domain.Tickets;
using Hotline.Services.Data;
using Hotline.Services.Data.Seed;
using Hotline.Services.Deadlines;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hotline.Bench.Seeding;

/// <summary>
/// <c>seed-bench N</c>: brings the database up to date (migrations, reference data, demo logins), then writes N tickets
/// of the last two years with all their rows through <see cref="BulkWriter"/>, rebuilds the indexes and the dashboard
/// rollups, moves the id sequences and ticket-number counters past the new rows, and analyzes. Refuses a database that already has tickets
/// unless told to replace them.
/// </summary>
internal sealed class BenchSeeder(string connectionString, TimeProvider time, TextWriter log)
{
    private static readonly string[] Tables = ["tickets", "assignments", "ticket_events", "calls", "callbacks", "extension_requests"];

    public async Task<SeedReport> SeedAsync(int ticketCount, bool replace, int seed = 2026, CancellationToken ct = default)
    {
        var total = Stopwatch.StartNew();
        BenchReference reference;
        await using (var services = BenchServices.Build(connectionString, time))
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: false, ct);
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedUsersAsync(ct);
            reference = await BenchReference.LoadAsync(scope.ServiceProvider.GetRequiredService<HotlineDbContext>(),
                scope.ServiceProvider.GetRequiredService<UserManager<HotlineUser>>(), scope.ServiceProvider.GetRequiredService<DeadlineService>(), ct);
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var existing = await ScalarAsync<long>(connection, "SELECT count(*) FROM tickets", ct);
        if (existing > 0 && !replace)
        {
            throw new InvalidOperationException($"The database already holds {existing:N0} tickets; pass --force to replace them.");
        }

        if (existing > 0)
        {
            log.WriteLine($"Replacing {existing:N0} tickets");
            await ExecuteAsync(connection, "TRUNCATE tickets, assignments, ticket_events, calls, callbacks, extension_requests, attachments, " +
                "notifications, ticket_day_counters RESTART IDENTITY CASCADE", ct);
        }

        var indexes = await DropIndexesAsync(connection, ct);
        var load = Stopwatch.StartNew();
        var counts = await LoadAsync(reference, ticketCount, seed, ct);
        load.Stop();
        log.WriteLine($"Generated and copied in {load.Elapsed.TotalSeconds:0} s; rebuilding {indexes.Count} indexes");

        foreach (var table in Tables)
        {
            await ExecuteAsync(connection, $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))", ct);
        }

        // The copy sessions run as replicas, so the rollup triggers did not fire: count the rows once, directly. The
        // rollups read whole tables and need no index, so they run beside the long GIN build instead of after it.
        // Emptied first, so the rebuild writes them in day order into fresh files as production's inserts lie (a
        // DELETE's space reused after an earlier seed scattered a month's quarter hours over 1,800 pages, not 30).
        var indexing = Stopwatch.StartNew();
        await ExecuteAsync(connection, "TRUNCATE call_quarter_hours, ticket_category_days, unit_days, unit_day_deltas, phone_days", ct);
        await RebuildAsync([.. indexes, "SELECT hotline_rebuild_figures()", "SELECT hotline_rebuild_unit_figures()"], ct);
        indexing.Stop();

        var analyzing = Stopwatch.StartNew();
        await ExecuteAsync(connection, "VACUUM ANALYZE", ct);
        analyzing.Stop();
        var size = await ScalarAsync<long>(connection, "SELECT pg_database_size(current_database())", ct);
        return counts with { Load = load.Elapsed, Indexes = indexing.Elapsed, Analyze = analyzing.Elapsed, Total = total.Elapsed, DatabaseBytes = size };
    }

    private async Task<SeedReport> LoadAsync(BenchReference reference, int ticketCount, int seed, CancellationToken ct)
    {
        var random = new Random(seed);
        var now = time.GetUtcNow();
        var zone = reference.Calendar.TimeZone;
        var localNow = TimeZoneInfo.ConvertTime(now, zone);
        var today = DateOnly.FromDateTime(localNow.DateTime);
        var day = new DayInstants(zone, now, random);
        var plan = VolumePlan.Create(ticketCount, today, DayInstants.ElapsedShareToday(localNow.TimeOfDay), random);
        var generator = new TicketGenerator(reference, random, now, ticketCount);
        long tickets = 0, calls = 0;
        var counters = new List<(DateOnly Day, int Last)>();
        await using (var writer = await BulkWriter.OpenAsync(connectionString, ct))
        {
            foreach (var planned in plan.PlannedDays)
            {
                var sequence = 0;
                foreach (var at in day.Sample(planned.Date, planned.Tickets))
                {
                    var generated = generator.Next(TicketNumber.Format(planned.Date, ++sequence), at, random.NextDouble() < planned.HeatingShare);
                    writer.Write(generated);
                    calls += generated.Calls.Count;
                }

                // Silence, wrong numbers, nuisance: with them a hotline of this size answers ~3,000 calls a day per million tickets.
                foreach (var at in day.Sample(planned.Date, (int)(planned.Tickets * 1.17)))
                {
                    writer.Write(generator.InvalidCall(at));
                    calls++;
                }

                tickets += sequence;
                counters.Add((planned.Date, sequence));
                if (planned.Date.Day == 1)
                {
                    log.WriteLine($"  {planned.Date:yyyy-MM}: {tickets:N0} tickets so far");
                }
            }

            await writer.CompleteAsync(ct);
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            await WriteCountersAsync(connection, counters, ct);
            return new SeedReport(tickets, generator.AssignmentCount, writer.Events, calls, writer.CallbackRows, writer.Extensions);
        }
    }

    /// <summary>New tickets registered today continue after the seeded numbers instead of colliding with them.</summary>
    private static async Task WriteCountersAsync(NpgsqlConnection connection, List<(DateOnly Day, int Last)> counters, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO ticket_day_counters (day, last_value)
            SELECT * FROM unnest(@days, @values)
            ON CONFLICT (day) DO UPDATE SET last_value = GREATEST(ticket_day_counters.last_value, excluded.last_value)
            """, connection);
        command.Parameters.AddWithValue("days", counters.Where(c => c.Last > 0).Select(c => c.Day).ToArray());
        command.Parameters.AddWithValue("values", counters.Where(c => c.Last > 0).Select(c => c.Last).ToArray());
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Writing into indexes row by row is several times slower than building them once at the end.</summary>
    private static async Task<List<string>> DropIndexesAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var definitions = new List<(string Name, string Definition)>();
        await using (var command = new NpgsqlCommand("""
            SELECT c.relname, pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
            WHERE t.relname = ANY(@tables) AND t.relnamespace = 'public'::regnamespace AND NOT i.indisprimary
            ORDER BY pg_get_indexdef(i.indexrelid) LIKE '%USING gin%' DESC, c.relname
            """, connection))
        {
            command.Parameters.AddWithValue("tables", Tables);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                definitions.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in definitions)
        {
            await ExecuteAsync(connection, $"DROP INDEX \"{name}\"", ct);
        }

        return definitions.Select(d => d.Definition).ToList();
    }

    /// <summary>Two builders for two cores, taking the statements in order: the slow GIN index goes first so it does not
    /// finish last alone, and the other builder works through the rest meanwhile. A GIN build's time depends on how
    /// many entries it can gather in memory before writing them out, hence the generous maintenance_work_mem.</summary>
    private async Task RebuildAsync(List<string> definitions, CancellationToken ct)
    {
        var queue = new Queue<string>(definitions);
        async Task BuildAsync()
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            await ExecuteAsync(connection, "SET maintenance_work_mem = '2GB'", ct);
            while (true)
            {
                string definition;
                lock (queue)
                {
                    if (!queue.TryDequeue(out definition!))
                    {
                        return;
                    }
                }

                await ExecuteAsync(connection, definition, ct);
            }
        }

        await Task.WhenAll(BuildAsync(), BuildAsync());
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }
}
