namespace Hotline.Domain.Tickets;

/// <summary>
/// What the citizen is told through the public channels (Open311 status_notes, the /status page): the lead unit's
/// result once the ticket is closed, i.e. after the callback. A result still waiting for its callback may yet be
/// reopened, so it is not published.
/// </summary>
public static class PublishedReply
{
    public static string? Of(TicketStatus status, string? resolutionText) =>
        status == TicketStatus.Closed && !string.IsNullOrWhiteSpace(resolutionText) ? resolutionText : null;
}
