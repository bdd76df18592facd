namespace Hotline.Web.RealTime;

/// <summary>
/// A push to the walls sent when something it shows changed, at most once per <see cref="Interval"/> per node
/// (docs/decisions/0025): the first change after a quiet second is sent at once; changes within the second after a push
/// are gathered into one push at its end, which reads the figures then (so it carries every change before it). Each node
/// pushes what it recorded through the backplane, so the walls on every node see it.
/// </summary>
public abstract class ThrottledPush(TimeProvider time, ILogger logger) : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private DateTimeOffset? _lastSent;
    private ITimer? _pending;

    /// <summary>What the push shows may have changed (called after the transaction that changed it committed).</summary>
    public void Changed()
    {
        lock (_gate)
        {
            if (_pending is not null)
            {
                return;
            }

            var now = time.GetUtcNow();
            if (_lastSent is { } last && now - last < Interval)
            {
                _pending = time.CreateTimer(_ => Due(), null, Interval - (now - last), Timeout.InfiniteTimeSpan);
                return;
            }

            _lastSent = now;
        }

        _ = Task.Run(SendSafelyAsync);
    }

    /// <summary>Reads the figures now and sends them.</summary>
    protected abstract Task SendAsync();

    private void Due()
    {
        lock (_gate)
        {
            _pending?.Dispose();
            _pending = null;
            _lastSent = time.GetUtcNow();
        }

        _ = Task.Run(SendSafelyAsync);
    }

    private async Task SendSafelyAsync()
    {
        try
        {
            await SendAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The wall keeps its last figures; the next change pushes again.
            logger.LogWarning(ex, "The wall's figures ({Push}) were not pushed", GetType().Name);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _pending?.Dispose();
            _pending = null;
        }

        GC.SuppressFinalize(this);
    }
}
