using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Dispatch;

/// <summary>A unit's request to give a ticket back (退单), waiting for the dispatcher.</summary>
public sealed record PendingReturn(
    string Number,
    uint Version,
    int UnitId,
    LocalizedName Unit,
    ReturnReason? Kind,
    string Reason,
    DateTimeOffset RequestedAt,
    RequestType RequestType,
    Urgency Urgency,
    LocalizedName Category,
    string Content);
