using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Open311;

/// <summary>
/// A ticket as the public may see it through Open311: never the caller's phone, name or email. A confidential ticket
/// (every 举报) shows only its number, its status and its dates: everything else is null.
/// </summary>
public sealed record PublicRequest(
    string Number,
    TicketStatus Status,
    bool IsConfidential,
    DateTimeOffset RequestedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ExpectedAt,
    string? ServiceCode,
    LocalizedName? ServiceName,
    string? Description,
    LocalizedName? Agency,
    string? PublishedReply,
    bool WasDirectAnswer,
    string? MasterNumber,
    string? Address,
    double? Latitude,
    double? Longitude,
    string? MediaUrl)
{
    public bool IsOpen => TicketTransitions.IsOpen(Status);
}
