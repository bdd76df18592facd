using Hotline.Domain.Tickets;

namespace Hotline.Services.Deadlines;

/// <summary>
/// One row of the view <c>running_clocks</c> (Data/Sql/running_clocks.sql): a clock running now, the database's copy of
/// <see cref="AssignmentClock"/>'s rule (docs/decisions/0018-one-running-clock.md). Every queue, the deadline monitor,
/// the supervisor's work list, the backlog and the measures read it; <see cref="Warning"/> is its colour in SQL.
/// </summary>
public sealed class TicketClock
{
    public long TicketId { get; private set; }

    /// <summary>Null for a ticket's dispatch clock.</summary>
    public long? AssignmentId { get; private set; }

    /// <summary>The unit whose clock it is; null for a dispatch clock.</summary>
    public int? UnitId { get; private set; }

    /// <summary>The assignment's role; null for a dispatch clock.</summary>
    public AssignmentRole? Role { get; private set; }

    public ClockKind Clock { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    /// <summary>The clock as the domain holds it, for its colour in C#.</summary>
    public RunningClock ToRunning() => new(Clock, StartedAt, DueAt);

    /// <summary>
    /// The colour of a clock in SQL (hotline_clock_warning): 2 red, 1 yellow, 0 neither — <see cref="RunningClock.Warning"/>'s
    /// rule, which a test holds it to. Only for LINQ queries.
    /// </summary>
    public static int Warning(DateTimeOffset startedAt, DateTimeOffset dueAt, DateTimeOffset now, double warningShare) =>
        throw new NotSupportedException("Only for queries: PostgreSQL's hotline_clock_warning.");
}
