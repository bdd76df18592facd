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
    private volatile bool _openedOnReplica;

    /// <summary>Where this request's reports come from (fixed at the first use).</summary>
    public ReplicaStatus Status => _status ??= monitor.Current;

    /// <summary>Whether this request has opened a context on the standby (an outage on it then is the standby's).</summary>
    public bool UsesReplica => _openedOnReplica;

    public HotlineDbContext Context
    {
        get
        {
            if (!Status.ReadsReplica)
            {
                return primary;
            }

            return _replica ??= OpenSibling();
        }
    }

    /// <summary>
    /// A context of its own on the database <see cref="Context"/> reads, for a read that runs at the same time as this
    /// request's others (a context runs one command at a time); the caller disposes it.
    /// </summary>
    public HotlineDbContext OpenSibling()
    {
        var options = primaryOptions;
        if (Status.ReadsReplica)
        {
            var builder = new DbContextOptionsBuilder<HotlineDbContext>(primaryOptions);
            HotlineDbContextOptions.Configure(builder, monitor.Connection.ConnectionString!);
            options = builder.Options;
            _openedOnReplica = true;
        }

        var sibling = new HotlineDbContext(options);
        sibling.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return sibling;
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
