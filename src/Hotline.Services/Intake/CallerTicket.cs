using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Intake;

/// <summary>One line of the history panel: a caller's earlier ticket.</summary>
public sealed record CallerTicket(
    string Number,
    DateTimeOffset RegisteredAt,
    TicketStatus Status,
    RequestType RequestType,
    LocalizedName Category,
    LocalizedName? Unit,
    string Content,
    int UrgeCount,
    bool IsOpen);
