using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Exports;

/// <summary>A ticket as the list export writes it; the caller's number is already masked where the viewer sees it masked.</summary>
public sealed record TicketExportRow(
    string Number,
    DateTimeOffset RegisteredAt,
    TicketStatus Status,
    RequestType RequestType,
    Urgency Urgency,
    LocalizedName Category,
    LocalizedName? Unit,
    string CallerPhone,
    string Address,
    string Content,
    DateTimeOffset? ClosedAt);
