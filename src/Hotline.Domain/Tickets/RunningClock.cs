using Hotline.Domain.Deadlines;

namespace Hotline.Domain.Tickets;

/// <summary>
/// A clock that is running now: which one, when it started and when it is due. Its colour is
/// <see cref="DeadlineWarning.Evaluate"/> over that span with the configured warning share; the database's view
/// <c>running_clocks</c> (Data/Sql/running_clocks.sql) lists the same clocks, and a test holds the two together.
/// </summary>
public readonly record struct RunningClock(ClockKind Kind, DateTimeOffset StartedAt, DateTimeOffset DueAt)
{
    /// <summary>Red once past due, yellow within <paramref name="warningShare"/> of its span. A due time stored before its
    /// start (a supervisor's deadline tighter than the dispatch, say) counts its span as nothing.</summary>
    public WarningLevel Warning(DateTimeOffset now, double warningShare) =>
        DeadlineWarning.Evaluate(StartedAt <= DueAt ? StartedAt : DueAt, DueAt, now, warningShare);

    public bool IsOverdue(DateTimeOffset now) => now > DueAt;
}
