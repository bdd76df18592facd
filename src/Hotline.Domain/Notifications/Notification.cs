namespace Hotline.Domain.Notifications;

/// <summary>One in-app notice to one person (unit notices are fanned out to the unit's liaisons).</summary>
public sealed class Notification
{
    private Notification()
    {
        UserId = string.Empty;
        TicketNumber = string.Empty;
    }

    public Notification(string userId, NotificationKind kind, string ticketNumber, string? detail, DateTimeOffset now)
    {
        UserId = userId;
        Kind = kind;
        TicketNumber = ticketNumber;
        Detail = detail;
        CreatedAt = now;
    }

    public long Id { get; private set; }
    public string UserId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public string TicketNumber { get; private set; }

    /// <summary>A short machine-readable detail (e.g. which clock), rendered by the page in the reader's language.</summary>
    public string? Detail { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
