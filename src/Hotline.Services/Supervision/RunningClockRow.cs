using Hotline.Domain.Tickets;

namespace Hotline.Services.Supervision;

/// <summary>One row of the work list's clock query, before names are looked up.</summary>
internal sealed class RunningClockRow
{
    public long TicketId { get; init; }
    public string Number { get; init; } = string.Empty;
    public TicketStatus Status { get; init; }
    public Urgency Urgency { get; init; }
    public int CategoryId { get; init; }
    public SupervisionLevel? Supervision { get; init; }
    public int UrgeCount { get; init; }
    /// <summary>Null for a dispatch clock.</summary>
    public int? UnitId { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public ClockKind Clock { get; init; }
    public DateTimeOffset DueAt { get; init; }
    /// <summary>The clock's colour from hotline_clock_warning: 2 red, 1 yellow (the list reads no other).</summary>
    public int Warning { get; init; }
}
