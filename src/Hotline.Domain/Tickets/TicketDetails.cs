namespace Hotline.Domain.Tickets;

/// <summary>
/// What the agent classified and wrote down about the request; a citizen channel may add where it is (a position from
/// the handset's GPS) and a link to a photo.
/// </summary>
public sealed record TicketDetails(
    RequestType RequestType,
    Urgency Urgency,
    int CategoryId,
    int? AreaUnitId,
    string Address,
    string Content,
    bool IsConfidential,
    GeoPoint? Position = null,
    string? MediaUrl = null);
