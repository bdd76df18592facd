using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Data.ReadReplica;

/// <summary>
/// The database reports read (dashboards, the wall, the ranking and unit figures, exports, ticket searches): the
/// standby while <see cref="ReplicaMonitor"/> finds it answering within the lag bound, otherwise the request's own
/// primary context. Anything that writes, or must read its own writes, uses <see cref="HotlineDbContext"/> directly.
/// One per request: the choice is made once, so every figure on a page comes from the same database.
/// </summary>
public sealed class ReportingDb(HotlineDbContext primary, ReplicaMonitor monitor, DbContextOptions<HotlineDbContext> primaryOptions) : IAsyncDisposable, IDisposable
{
    private HotlineDbContext? _replica;
    private ReplicaStatus? _status;

    /// <summary>Where this request's reports come from (fixed at the first use).</summary>
    public ReplicaStatus Status => _status ??= monitor.Current;

    /// <summary>Whether this request has opened a context on the standby (an outage on it then is the standby's).</summary>
    public bool UsesReplica => _replica is not null;

    public HotlineDbContext Context
    {
        get
        {
            if (!Status.ReadsReplica)
            {
                return primary;
            }

            if (_replica is null)
            {
                var options = new DbContextOptionsBuilder<HotlineDbContext>(primaryOptions);
                HotlineDbContextOptions.Configure(options, monitor.Connection.ConnectionString!);
                _replica = new HotlineDbContext(options.Options);
                _replica.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
            }

            return _replica;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_replica is not null)
        {
            await _replica.DisposeAsync();
        }
    }

    public void Dispose() => _replica?.Dispose();
}
