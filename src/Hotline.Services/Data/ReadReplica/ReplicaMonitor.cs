using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hotline.Services.Data.ReadReplica;

/// <summary>
/// Measures the standby's replication lag (one per node, <see cref="ReplicaMonitorService"/> asks every
/// <see cref="ReadReplicaOptions.ProbeInterval"/>) and holds the answer every request reads. Until the first
/// measurement, and whenever the standby fails, reports read the primary.
/// </summary>
public sealed class ReplicaMonitor
{
    // On a standby: nothing received is left to replay → no lag; otherwise the age of the last transaction replayed.
    // A database that is not in recovery (a promoted standby, a copy used as a replica in tests) has no lag.
    private const string LagSql = """
        SELECT CASE
            WHEN NOT pg_is_in_recovery() THEN 0
            WHEN pg_last_wal_receive_lsn() IS NOT NULL AND pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
            ELSE COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp()), 0)
        END::float8
        """;

    private readonly TimeProvider _time;
    private readonly ReadReplicaOptions _options;
    private readonly ILogger<ReplicaMonitor> _logger;
    private ReplicaStatus _current;

    public ReplicaMonitor(ReplicaConnection connection, TimeProvider time, IOptions<ReadReplicaOptions> options, ILogger<ReplicaMonitor> logger)
    {
        Connection = connection;
        _time = time;
        _options = options.Value;
        _logger = logger;
        _current = connection.IsConfigured ? new ReplicaStatus(ReadSource.PrimaryReplicaDown, null, null) : ReplicaStatus.NotConfigured;
    }

    public ReplicaConnection Connection { get; }

    public ReplicaStatus Current => Volatile.Read(ref _current);

    /// <summary>Measures the lag now; a standby that does not answer within a few seconds counts as down.</summary>
    public async Task<ReplicaStatus> ProbeAsync(CancellationToken ct = default)
    {
        if (!Connection.IsConfigured)
        {
            return ReplicaStatus.NotConfigured;
        }

        TimeSpan? lag;
        try
        {
            await using var connection = new NpgsqlConnection(Connection.ProbeConnectionString);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand(LagSql, connection);
            lag = TimeSpan.FromSeconds((double)(await command.ExecuteScalarAsync(ct))!);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            lag = null;
            Failed(ex);
        }

        var status = ReplicaStatus.From(lag, _options.MaxLag, _time.GetUtcNow());
        var previous = Interlocked.Exchange(ref _current, status);
        if (previous.Source != status.Source)
        {
            _logger.LogWarning("Reports now read from {Source} (standby lag {Lag}, bound {MaxLag})", status.Source, status.Lag, _options.MaxLag);
        }

        return status;
    }

    /// <summary>A report failed on the standby: reports read the primary until the standby answers a probe again.</summary>
    public void MarkDown(Exception? cause = null)
    {
        Failed(cause);
        var previous = Interlocked.Exchange(ref _current, new ReplicaStatus(ReadSource.PrimaryReplicaDown, null, _time.GetUtcNow()));
        if (previous.Source != ReadSource.PrimaryReplicaDown)
        {
            _logger.LogWarning("Reports now read from {Source}: the standby failed a query", ReadSource.PrimaryReplicaDown);
        }
    }

    private void Failed(Exception? cause)
    {
        // Pooled connections to a standby that went away are dead: the next probe must open a fresh one.
        using var pooled = new NpgsqlConnection(Connection.ConnectionString);
        NpgsqlConnection.ClearPool(pooled);
        using var probe = new NpgsqlConnection(Connection.ProbeConnectionString);
        NpgsqlConnection.ClearPool(probe);
        if (cause is not null)
        {
            _logger.LogDebug(cause, "Standby unavailable");
        }
    }
}
