using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Supervision;

/// <summary>A unit's request for a later resolution deadline (延期), waiting for a supervisor.</summary>
public sealed record PendingExtension(
    long RequestId,
    string Number,
    uint Version,
    int UnitId,
    LocalizedName Unit,
    string Reason,
    DateTimeOffset RequestedAt,
    DateTimeOffset CurrentDueAt,
    DateTimeOffset ProposedDueAt,
    int EarlierExtensions,
    Urgency Urgency,
    LocalizedName Category);
