using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Deadlines;

namespace Hotline.Services.Dashboards;

/// <summary>One of a unit's active lead assignments with a clock past its deadline (the first such clock).</summary>
public sealed record OverdueAssignment(
    string Number,
    TicketStatus Status,
    RequestType RequestType,
    Urgency Urgency,
    LocalizedName Category,
    DateTimeOffset DispatchedAt,
    MonitoredClock Clock,
    DateTimeOffset DueAt);
