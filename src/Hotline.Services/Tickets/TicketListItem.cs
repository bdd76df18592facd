using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Tickets;

public sealed record TicketListItem(
    string Number,
    DateTimeOffset RegisteredAt,
    TicketStatus Status,
    RequestType RequestType,
    Urgency Urgency,
    LocalizedName Category,
    LocalizedName? Unit,
    string CallerPhone,
    string Content,
    int UrgeCount,
    bool IsConfidential,
    SupervisionLevel? Supervision);
