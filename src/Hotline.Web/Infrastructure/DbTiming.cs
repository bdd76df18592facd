namespace Hotline.Web.Infrastructure;

/// <summary>
/// The database time of one request: every command's duration, added up by <see cref="DbTimingInterceptor"/> and
/// reported by <see cref="ServerTimingMiddleware"/>. One instance per request, reached through an AsyncLocal, so
/// concurrent requests never share it; Interlocked because one request may run commands in parallel.
/// </summary>
public sealed class DbTiming
{
    private static readonly AsyncLocal<DbTiming?> CurrentTiming = new();
    private long _ticks;
    private int _commands;

    /// <summary>The timing of the request this code runs for, or null outside a timed request.</summary>
    public static DbTiming? Current
    {
        get => CurrentTiming.Value;
        set => CurrentTiming.Value = value;
    }

    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    public int Commands => Volatile.Read(ref _commands);

    /// <summary>Adds the time of a command (<paramref name="newCommand"/>) or of reading the rows of one already counted.</summary>
    public void Add(TimeSpan duration, bool newCommand = true)
    {
        Interlocked.Add(ref _ticks, duration.Ticks);
        if (newCommand)
        {
            Interlocked.Increment(ref _commands);
        }
    }
}
