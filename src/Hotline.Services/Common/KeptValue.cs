namespace Hotline.Services.Common;

/// <summary>
/// A value read from the database and kept on this server between requests, for what only shows it (pickers, filters,
/// time shown in working hours): read again once it is <see cref="MaxAge"/> old, or at once after <see cref="Invalidate"/>
/// (the administrator's save on this server). Another server's save reaches this one within <see cref="MaxAge"/>;
/// writes never decide from a kept value, they read the table.
/// </summary>
public class KeptValue<T>(TimeProvider time, TimeSpan maxAge) where T : class
{
    private Entry? _entry;
    private long _generation;

    public TimeSpan MaxAge { get; } = maxAge;

    /// <summary>The kept value, or one read by <paramref name="load"/> (then kept unless a save dropped it meanwhile).</summary>
    public async Task<T> GetAsync(Func<CancellationToken, Task<T>> load, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(load);
        var now = time.GetUtcNow();
        var generation = Interlocked.Read(ref _generation);
        if (Volatile.Read(ref _entry) is { } kept && kept.Generation == generation && now >= kept.LoadedAt && now - kept.LoadedAt < MaxAge)
        {
            return kept.Value;
        }

        var value = await load(ct);
        // A save that dropped the value while it was read wins: what was read may predate it.
        if (Interlocked.Read(ref _generation) == generation)
        {
            Volatile.Write(ref _entry, new Entry(value, now, generation));
        }

        return value;
    }

    /// <summary>The value changed: the next reader reads it afresh.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _entry, null);
    }

    private sealed record Entry(T Value, DateTimeOffset LoadedAt, long Generation);
}
