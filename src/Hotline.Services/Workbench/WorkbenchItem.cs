using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Workbench;

/// <summary>
/// One of the unit's assignments in its queue, with the clock that runs next and how it stands now; a supervised
/// ticket (督办) carries its level, the supervisor's note and the resolution deadline in force (perhaps tightened).
/// </summary>
public sealed record WorkbenchItem(
    string Number,
    WorkbenchGroup Group,
    AssignmentRole Role,
    TicketStatus Status,
    Urgency Urgency,
    RequestType RequestType,
    LocalizedName Category,
    string Address,
    string Content,
    DateTimeOffset DispatchedAt,
    DateTimeOffset DueAt,
    WarningLevel Warning,
    uint Version,
    SupervisionLevel? Supervision,
    string? SupervisionNote,
    DateTimeOffset ResolveDueAt,
    int UrgeCount);
