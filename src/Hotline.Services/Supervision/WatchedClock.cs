using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Deadlines;

namespace Hotline.Services.Supervision;

/// <summary>A lead unit's running clock that is overdue (red) or nearly due (yellow), as the supervisor's work list shows it.</summary>
public sealed record WatchedClock(
    string Number,
    TicketStatus Status,
    Urgency Urgency,
    LocalizedName Category,
    int UnitId,
    LocalizedName Unit,
    MonitoredClock Clock,
    DateTimeOffset StartedAt,
    DateTimeOffset DueAt,
    WarningLevel Warning,
    SupervisionLevel? Supervision,
    int UrgeCount);
