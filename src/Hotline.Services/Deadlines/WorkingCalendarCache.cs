using Hotline.Domain.Deadlines;

namespace Hotline.Services.Deadlines;

/// <summary>
/// The working calendar kept between requests for what only shows time (the ticket page's time held in working hours):
/// calendar days and office hours change only on the administrator's calendar page, which drops it after each save
/// (<see cref="Invalidate"/>). Another server's edit reaches this one within <see cref="MaxAge"/>. Deadlines are never
/// computed from it: <see cref="DeadlineService"/> reads the calendar afresh for every clock it starts.
/// </summary>
public sealed class WorkingCalendarCache(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private Entry? _entry;
    private long _generation;

    /// <summary>The kept calendar, or one read by <paramref name="load"/> (then kept unless an edit dropped it meanwhile).</summary>
    public async Task<WorkingCalendar> GetAsync(Func<CancellationToken, Task<WorkingCalendar>> load, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(load);
        var now = time.GetUtcNow();
        var generation = Interlocked.Read(ref _generation);
        if (Volatile.Read(ref _entry) is { } kept && kept.Generation == generation && now >= kept.LoadedAt && now - kept.LoadedAt < MaxAge)
        {
            return kept.Calendar;
        }

        var calendar = await load(ct);
        // A save that dropped the calendar while it was read wins: what was read may predate it.
        if (Interlocked.Read(ref _generation) == generation)
        {
            Volatile.Write(ref _entry, new Entry(calendar, now, generation));
        }

        return calendar;
    }

    /// <summary>The calendar changed: the next reader reads it afresh.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _entry, null);
    }

    private sealed record Entry(WorkingCalendar Calendar, DateTimeOffset LoadedAt, long Generation);
}
