using Npgsql;

namespace Hotline.Web.Tests.Hardening;

/// <summary>
/// A fingerprint of every table's rows: how many, and the newest transaction that wrote one (<c>xmin</c>). Two equal
/// fingerprints mean no row was added, changed or deleted in between. Tables a refused request legitimately writes
/// (data-protection keys, the audit trail of refused sign-ins, an agent's claim on a callback: opening the callback
/// page holds it, whatever else the request carries) are left out.
/// </summary>
internal sealed class StoredRows(string connectionString)
{
    private static readonly string[] Ignored = ["data_protection_keys", "__EFMigrationsHistory", "callback_claims"];

    private string? _query;

    public async Task<IReadOnlyDictionary<string, string>> ReadAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        _query ??= await BuildQueryAsync(connection);
        await using var command = new NpgsqlCommand(_query, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<string, string>();
        while (await reader.ReadAsync())
        {
            rows[reader.GetString(0)] = reader.GetString(1);
        }

        return rows;
    }

    /// <summary>The tables whose fingerprint differs, empty when nothing was written.</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        [.. after.Where(a => !before.TryGetValue(a.Key, out var b) || b != a.Value).Select(a => a.Key)];

    private static async Task<string> BuildQueryAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            var table = reader.GetString(0);
            if (!Ignored.Contains(table) && !table.Contains("audit", StringComparison.OrdinalIgnoreCase))
            {
                tables.Add(table);
            }
        }

        return string.Join(" UNION ALL ", tables.Select(t =>
            $"SELECT '{t}', count(*)::text || '/' || coalesce(max(xmin::text::bigint), 0)::text FROM \"{t}\""));
    }
}
