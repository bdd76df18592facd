namespace Hotline.Domain.Notifications;

public enum NotificationKind
{
    NewAssignment = 1,
    DeadlineNearing = 2,
    DeadlineOverdue = 3,
    ExtensionDecided = 4,
    ReturnDecided = 5,
    Urged = 6,
    Supervised = 7,
}
