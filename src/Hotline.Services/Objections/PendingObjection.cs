using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Objections;

/// <summary>One objection waiting for arbitration, as the list shows it.</summary>
public sealed record PendingObjection(
    string Number,
    uint Version,
    int UnitId,
    LocalizedName Unit,
    string Reason,
    int? SuggestedUnitId,
    LocalizedName? SuggestedUnit,
    DateTimeOffset ObjectedAt,
    DateTimeOffset SignForDueAt,
    RequestType RequestType,
    Urgency Urgency,
    LocalizedName Category,
    string Content);
