using Hotline.Domain.Calls;
using Hotline.Domain.Channels;
using Npgsql;

namespace Hotline.Bench.Measuring;

/// <summary>API keys for the bench's clients, written straight to the database (only their hash, as the admin page does).</summary>
internal static class BenchKeys
{
    public static async Task<(int ClientId, string Key)> IssueAsync(string connectionString, string name, ApiScope scope, Channel channel,
        CancellationToken ct)
    {
        var key = ApiKey.New();
        var client = ApiClient.Create(name, scope, channel, key, "bench", DateTimeOffset.UtcNow);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("""
            INSERT INTO api_clients (name, scope, channel, key_prefix, key_hash, created_at, created_by_user_id, key_issued_at)
            VALUES (@name, @scope, @channel, @prefix, @hash, now(), 'bench', now())
            RETURNING id
            """, connection);
        command.Parameters.AddWithValue("name", client.Name);
        command.Parameters.AddWithValue("scope", (int)client.Scope);
        command.Parameters.AddWithValue("channel", (int)client.Channel);
        command.Parameters.AddWithValue("prefix", client.KeyPrefix);
        command.Parameters.AddWithValue("hash", client.KeyHash);
        var id = (int)(await command.ExecuteScalarAsync(ct))!;
        return (id, key);
    }
}
