using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Dashboards;

/// <summary>One of a unit's active lead assignments whose running clock is past its deadline.</summary>
public sealed record OverdueAssignment(
    string Number,
    TicketStatus Status,
    RequestType RequestType,
    Urgency Urgency,
    LocalizedName Category,
    DateTimeOffset DispatchedAt,
    ClockKind Clock,
    DateTimeOffset DueAt);
