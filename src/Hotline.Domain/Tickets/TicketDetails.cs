namespace Hotline.Domain.Tickets;

/// <summary>What the agent classified and wrote down about the request.</summary>
public sealed record TicketDetails(
    RequestType RequestType,
    Urgency Urgency,
    int CategoryId,
    int? AreaUnitId,
    string Address,
    string Content,
    bool IsConfidential);
