using Hotline.Domain.Notifications;

namespace Hotline.Services.Notifications;

/// <summary>One line of a person's notification list.</summary>
public sealed record NotificationItem(long Id, NotificationKind Kind, string TicketNumber, string? Detail, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public bool IsRead => ReadAt is not null;
}
