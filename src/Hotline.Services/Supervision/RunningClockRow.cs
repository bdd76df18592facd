using Hotline.Domain.Tickets;
using Hotline.Services.Deadlines;

namespace Hotline.Services.Supervision;

/// <summary>One row of the work list's clock query (raw SQL, snake_case columns), before names are looked up.</summary>
internal sealed class RunningClockRow
{
    public long AssignmentId { get; init; }
    public string Number { get; init; } = string.Empty;
    public TicketStatus Status { get; init; }
    public Urgency Urgency { get; init; }
    public int CategoryId { get; init; }
    public SupervisionLevel? Supervision { get; init; }
    public int UrgeCount { get; init; }
    public int UnitId { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public MonitoredClock Clock { get; init; }
    public DateTimeOffset DueAt { get; init; }
}
