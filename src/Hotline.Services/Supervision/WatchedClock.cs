using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Supervision;

/// <summary>
/// A running clock that is overdue (red) or nearly due (yellow), as the supervisor's work list shows it: a lead unit's, or a
/// ticket's dispatch clock (no unit).
/// </summary>
public sealed record WatchedClock(
    string Number,
    TicketStatus Status,
    Urgency Urgency,
    LocalizedName Category,
    int? UnitId,
    LocalizedName? Unit,
    ClockKind Clock,
    DateTimeOffset StartedAt,
    DateTimeOffset DueAt,
    WarningLevel Warning,
    SupervisionLevel? Supervision,
    int UrgeCount);
