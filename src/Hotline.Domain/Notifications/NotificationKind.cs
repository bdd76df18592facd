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

    /// <summary>A dissatisfied callback sent the ticket back to the unit for another round (重办).</summary>
    Reopened = 8,

    /// <summary>A reviewer sent the unit's reply back (审核退回): the ticket is the unit's again.</summary>
    ReviewSentBack = 20,
}
