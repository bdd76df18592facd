using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Supervision;

/// <summary>A ticket reopened more often than the attention threshold ("repeatedly reopened").</summary>
public sealed record ReopenedTicket(
    string Number,
    TicketStatus Status,
    int Round,
    int ReopenCount,
    LocalizedName? LeadUnit,
    LocalizedName Category,
    SupervisionLevel? Supervision,
    int UrgeCount,
    DateTimeOffset RegisteredAt);
