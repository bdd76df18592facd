using Hotline.Services.Dashboards;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Testing;
using Npgsql;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>
/// The quarter-hour rollups of calls and phone calls (docs/decisions/0041-rollup-shards.md): writers on other
/// connections in one quarter hour add to other rows and commit without waiting for each other; the fold sums the
/// shards of past quarter hours into one row each without changing a figure and without waiting for a writer.
/// </summary>
public sealed class RollupShardTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    // Quarter hours long before the seeded demo's, so the sums are these tests' alone; the fold's quarter hour comes
    // first, so its folds (of every quarter hour before a time) touch no other test's rows.
    private static readonly DateTimeOffset Quarter = new(2024, 3, 4, 2, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string, int> Rollups => new()
    {
        { "SELECT hotline_count_call(@at, @at + interval '10 seconds', 1, 1)", "SELECT coalesce(sum(calls), 0) FROM call_quarter_hours WHERE starts_at = @at", 1 },
        { "SELECT hotline_count_phone_call(@at, 2, 10000, 60000, 1)", "SELECT coalesce(sum(offered), 0) FROM phone_call_quarter_hours WHERE starts_at = @at", 2 },
    };

    [Theory]
    [MemberData(nameof(Rollups))]
    public async Task A_second_writer_in_the_same_quarter_hour_commits_while_the_first_is_still_open(string add, string count, int day)
    {
        var at = Quarter.AddDays(day);
        await using var first = await OpenAsync();
        await using var second = await OpenOnAnotherShardAsync(first);
        await ExecuteAsync(second, "SET lock_timeout = '5s'");

        await using var open = await first.BeginTransactionAsync();
        await ExecuteAsync(first, add, at.AddMinutes(1));
        // Waiting on the first writer's row would fail here after 5 s (lock_timeout) instead of adding.
        await ExecuteAsync(second, add, at.AddMinutes(2));
        (await ScalarAsync(second, count, at)).ShouldBe(1, "the second writer's call is counted while the first is open");
        await open.CommitAsync();

        (await ScalarAsync(second, count, at)).ShouldBe(2);
    }

    [Fact]
    public async Task The_fold_leaves_one_row_per_past_quarter_hour_with_the_same_sums_and_skips_rows_a_writer_holds()
    {
        var past = Quarter;
        var recent = past.AddMinutes(15);
        await using var first = await OpenAsync();
        await using var second = await OpenOnAnotherShardAsync(first);
        foreach (var connection in new[] { first, second })
        {
            await ExecuteAsync(connection, "SELECT hotline_count_call(@at, @at + interval '20 seconds', 1, 1)", past.AddMinutes(3));
            await ExecuteAsync(connection, "SELECT hotline_count_phone_call(@at, 2, 20000, 90000, 1)", past.AddMinutes(4));
            await ExecuteAsync(connection, "SELECT hotline_count_phone_call(@at, 3, 3000, NULL, 1)", recent.AddMinutes(1));
        }

        var before = await QuartersAsync(past, recent);

        // A writer holds its call row in the past quarter hour: the fold takes the other call shard and both phone shards,
        // and does not wait; the held row is folded by the next fold.
        await using (var holding = await first.BeginTransactionAsync())
        {
            await ExecuteAsync(first, "SELECT hotline_count_call(@at, NULL, 1, 1)", past.AddMinutes(5));
            (await App.ReadAsync(db => FigureFoldService.FoldQuarterShardsAsync(db, recent.AddMinutes(15)))).ShouldBe(3);
            await holding.CommitAsync();
        }

        (await App.ReadAsync(db => FigureFoldService.FoldQuarterShardsAsync(db, recent.AddMinutes(15)))).ShouldBe(1);

        var after = await QuartersAsync(past, recent);
        after.Sums.ShouldBe(before.Sums with { Calls = before.Sums.Calls + 1 });
        before.PastRows.ShouldBe("call shard|call shard|phone shard|phone shard");
        after.PastRows.ShouldBe("call folded|phone folded", "each past quarter hour is one folded row per table");
        after.RecentRows.ShouldBe(2, "the last quarter hours stay with their writers' shards");
    }

    private sealed record Sums(long Calls, long Timed, long WithinTarget, long Offered, long Answered, long WaitMs, long HandleMs, long Abandoned);

    private sealed record Quarters(Sums Sums, string PastRows, long RecentRows);

    private async Task<Quarters> QuartersAsync(DateTimeOffset past, DateTimeOffset recent)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT sum(calls) FROM call_quarter_hours WHERE starts_at = @past),
                   (SELECT sum(timed) FROM call_quarter_hours WHERE starts_at = @past),
                   (SELECT sum(within_target) FROM call_quarter_hours WHERE starts_at = @past),
                   (SELECT sum(offered) FROM phone_call_quarter_hours WHERE starts_at IN (@past, @recent)),
                   (SELECT sum(answered) FROM phone_call_quarter_hours WHERE starts_at IN (@past, @recent)),
                   (SELECT sum(wait_ms) FROM phone_call_quarter_hours WHERE starts_at IN (@past, @recent)),
                   (SELECT sum(handle_ms) FROM phone_call_quarter_hours WHERE starts_at IN (@past, @recent)),
                   (SELECT sum(abandoned) FROM phone_call_quarter_hours WHERE starts_at IN (@past, @recent)),
                   (SELECT string_agg(t || CASE WHEN shard < 0 THEN ' folded' ELSE ' shard' END, '|' ORDER BY t, shard)
                    FROM (SELECT 'call' AS t, shard FROM call_quarter_hours WHERE starts_at = @past
                          UNION ALL SELECT 'phone', shard FROM phone_call_quarter_hours WHERE starts_at = @past) AS r),
                   (SELECT count(*) FROM phone_call_quarter_hours WHERE starts_at = @recent AND shard >= 0)
            """, connection);
        command.Parameters.AddWithValue("past", past);
        command.Parameters.AddWithValue("recent", recent);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new Quarters(new Sums(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4),
            reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7)), reader.GetString(8), reader.GetInt64(9));
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(App.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A second connection whose server process adds to another shard than <paramref name="first"/>'s.</summary>
    private async Task<NpgsqlConnection> OpenOnAnotherShardAsync(NpgsqlConnection first)
    {
        var shard = await ShardAsync(first);
        for (var attempt = 0; attempt < 64; attempt++)
        {
            var connection = await OpenAsync();
            if (await ShardAsync(connection) != shard)
            {
                return connection;
            }

            await connection.DisposeAsync();
        }

        throw new InvalidOperationException($"64 connections all add to shard {shard}: the rollup rows are not sharded by connection.");
    }

    private static async Task<short> ShardAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT hotline_rollup_shard()", connection);
        return (short)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, DateTimeOffset? at = null)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (at is { } value)
        {
            command.Parameters.AddWithValue("at", value);
        }

        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, DateTimeOffset at)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("at", at);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
