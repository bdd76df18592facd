using Hotline.Bench.Seeding;
using Hotline.Domain.Tickets;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Hotline.Services.Tests.Bench;

/// <summary>
/// The benchmark's generator (./build.sh seed-bench) on 2,000 tickets: the rows are ones the app accepts (unique
/// numbers per day, counters past them, every reference resolvable) and every fact agrees with its stored deadline.
/// </summary>
public sealed class BenchSeederWritesConsistentTickets(BenchSeederWritesConsistentTickets.SeededDatabase database)
    : IClassFixture<BenchSeederWritesConsistentTickets.SeededDatabase>
{
    private const int Tickets = 2_000;
    private readonly string _connectionString = database.ConnectionString;

    [Fact]
    public async Task Numbers_are_unique_per_local_day_and_the_day_counters_continue_after_them()
    {
        (await CountAsync("SELECT count(*) FROM tickets")).ShouldBe(Tickets);
        (await CountAsync("SELECT count(DISTINCT number) FROM tickets")).ShouldBe(Tickets);
        (await CountAsync("""
            SELECT count(*) FROM tickets
            WHERE left(number, 8) <> to_char(registered_at AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD')
            """)).ShouldBe(0);
        (await CountAsync("""
            SELECT count(*) FROM (SELECT left(number, 8) AS day, max(right(number, 5)::int) AS last FROM tickets GROUP BY 1) n
            LEFT JOIN ticket_day_counters c ON to_char(c.day, 'YYYYMMDD') = n.day
            WHERE c.last_value IS DISTINCT FROM n.last
            """)).ShouldBe(0);
        (await CountAsync($"SELECT count(*) FROM tickets WHERE registered_at > '{TestDatabase.DefaultNow:O}'")).ShouldBe(0);
    }

    [Fact]
    public async Task Every_row_refers_to_a_ticket_a_call_or_an_assignment_that_exists()
    {
        foreach (var table in new[] { "assignments", "ticket_events", "callbacks", "extension_requests" })
        {
            (await CountAsync($"SELECT count(*) FROM {table} x WHERE NOT EXISTS (SELECT 1 FROM tickets t WHERE t.id = x.ticket_id)")).ShouldBe(0, table);
        }

        (await CountAsync("SELECT count(*) FROM calls c WHERE c.ticket_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.id = c.ticket_id)")).ShouldBe(0);
        (await CountAsync("SELECT count(*) FROM ticket_events e WHERE e.call_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM calls c WHERE c.id = e.call_id)")).ShouldBe(0);
        (await CountAsync("SELECT count(*) FROM extension_requests x WHERE NOT EXISTS (SELECT 1 FROM assignments a WHERE a.id = x.assignment_id AND a.ticket_id = x.ticket_id)")).ShouldBe(0);
        // Each ticket's timeline starts with its registration (or direct answer), linked to the call that made it.
        (await CountAsync("SELECT count(*) FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.action IN (1, 2) AND e.call_id IS NOT NULL)")).ShouldBe(0);
    }

    [Fact]
    public async Task Facts_follow_each_other_and_are_nearly_always_within_their_deadlines()
    {
        (await CountAsync("""
            SELECT count(*) FROM assignments
            WHERE sign_for_due_at < dispatched_at OR first_contact_due_at < dispatched_at OR signed_for_at < dispatched_at
               OR first_contact_at < signed_for_at OR resolved_at < first_contact_at
               OR (resolved_at IS NOT NULL AND role = 1 AND first_contact_at IS NULL)
            """)).ShouldBe(0);
        var onTime = await ScalarAsync<decimal>("SELECT avg((resolved_at <= resolve_due_at)::int) FROM assignments WHERE resolved_at IS NOT NULL");
        onTime.ShouldBeInRange(0.9m, 0.999m);
        var direct = await ScalarAsync<decimal>("SELECT avg(is_directly_answered::int) FROM tickets");
        direct.ShouldBeInRange(0.5m, 0.7m);
        // Closed after a callback means a reached, judging callback of the last round (or three unreachable days).
        (await CountAsync("""
            SELECT count(*) FROM tickets t WHERE closure_reason IN (2, 3)
              AND NOT EXISTS (SELECT 1 FROM callbacks c WHERE c.ticket_id = t.id AND c.round = t.round AND c.reached)
            """)).ShouldBe(0);
    }

    [Fact]
    public async Task Stored_deadlines_are_the_policy_and_calendar_of_the_app()
    {
        await using var services = TestServices.Build(_connectionString, new FakeTimeProvider(TestDatabase.DefaultNow));
        await using var scope = services.CreateAsyncScope();
        var deadlines = scope.ServiceProvider.GetRequiredService<Hotline.Services.Deadlines.DeadlineService>();
        var calendar = await deadlines.LoadCalendarAsync();
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT t.request_type, t.urgency, a.dispatched_at, a.sign_for_due_at, a.first_contact_due_at, a.resolve_due_at
            FROM assignments a JOIN tickets t ON t.id = a.ticket_id
            WHERE a.extension_count = 0 AND t.supervised_at IS NULL ORDER BY a.id LIMIT 200
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var checkedRows = 0;
        while (await reader.ReadAsync())
        {
            var policy = await deadlines.PolicyForAsync((RequestType)reader.GetInt32(0), (Urgency)reader.GetInt32(1));
            var dispatchedAt = reader.GetFieldValue<DateTimeOffset>(2);
            // The calendar itself, not DeadlineService.Due: that one logs a warning for each year without data (2024, 2025).
            reader.GetFieldValue<DateTimeOffset>(3).ShouldBe(calendar.Add(dispatchedAt, policy.SignFor).DueAt);
            reader.GetFieldValue<DateTimeOffset>(4).ShouldBe(calendar.Add(dispatchedAt, policy.FirstContact).DueAt);
            reader.GetFieldValue<DateTimeOffset>(5).ShouldBe(calendar.Add(dispatchedAt, policy.Resolve).DueAt);
            checkedRows++;
        }

        checkedRows.ShouldBeGreaterThan(100);
    }

    [Fact]
    public async Task The_dashboard_rollups_count_every_seeded_call_and_ticket()
    {
        // The copy sessions bypass the triggers; the seeder rebuilds the rollups once at the end.
        (await CountAsync("SELECT coalesce(sum(tickets), 0) FROM ticket_category_days")).ShouldBe(Tickets);
        (await CountAsync("SELECT coalesce(sum(calls), 0) FROM call_quarter_hours")).ShouldBe(await CountAsync("SELECT count(*) FROM calls"));
        (await CountAsync("SELECT coalesce(sum(direct), 0) FROM ticket_category_days"))
            .ShouldBe(await CountAsync("SELECT count(*) FROM tickets WHERE is_directly_answered"));
    }

    [Fact]
    public async Task A_database_that_already_has_tickets_is_refused_unless_replacing_is_asked_for()
    {
        var again = new BenchSeeder(_connectionString, new FakeTimeProvider(TestDatabase.DefaultNow), TextWriter.Null);

        await Should.ThrowAsync<InvalidOperationException>(() => again.SeedAsync(10, replace: false));
        (await CountAsync("SELECT count(*) FROM tickets")).ShouldBe(Tickets);
    }

    /// <summary>Seeded once for the class: the generator's output is what every test reads.</summary>
    public sealed class SeededDatabase : IAsyncLifetime
    {
        public string ConnectionString { get; private set; } = string.Empty;

        public async Task InitializeAsync()
        {
            ConnectionString = await TestDatabase.CreateAsync();
            await new BenchSeeder(ConnectionString, new FakeTimeProvider(TestDatabase.DefaultNow), TextWriter.Null).SeedAsync(Tickets, replace: false);
        }

        public Task DisposeAsync() => TestDatabase.DropAsync(ConnectionString);
    }

    private async Task<long> CountAsync(string sql) => await ScalarAsync<long>(sql);

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
