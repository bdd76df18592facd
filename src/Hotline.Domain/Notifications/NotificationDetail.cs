using Hotline.Domain.Tickets;

namespace Hotline.Domain.Notifications;

/// <summary>
/// What a notification's <see cref="Notification.Detail"/> names, by kind: the clock that is nearly due or overdue, the
/// decision on an extension or a return, the supervision level. Stored as the value's name, read back as the value, so
/// a page shows its label and never the code.
/// </summary>
public static class NotificationDetail
{
    public static Type? TypeOf(NotificationKind kind) => kind switch
    {
        NotificationKind.DeadlineNearing or NotificationKind.DeadlineOverdue => typeof(ClockKind),
        NotificationKind.ExtensionDecided or NotificationKind.ReturnDecided or NotificationKind.ObjectionDecided
            or NotificationKind.AppealDecided => typeof(RequestStatus),
        NotificationKind.Supervised => typeof(SupervisionLevel),
        _ => null,
    };

    /// <summary>The value a kind's detail names, or null when the kind carries none or the text names nothing of its type.</summary>
    public static Enum? Parse(NotificationKind kind, string? detail) =>
        detail is not null && TypeOf(kind) is { } type && !int.TryParse(detail, out _)
            && Enum.TryParse(type, detail, ignoreCase: false, out var value) && Enum.IsDefined(type, value!)
            ? (Enum)value!
            : null;
}
