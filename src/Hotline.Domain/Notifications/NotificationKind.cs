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

    // Issue 18 §3 (30–39).

    /// <summary>A unit disputes a dispatch: the dispatchers and supervisors are told.</summary>
    ObjectionRaised = 30,

    /// <summary>The objecting unit hears the arbitration (detail: approved = upheld, rejected).</summary>
    ObjectionDecided = 31,

    /// <summary>A sub-unit was given a ticket by its parent unit (下派).</summary>
    Delegated = 32,

    // Issue 18 §4 (40–49): appeals (申诉).

    /// <summary>A unit appealed a mark: the supervisors are told.</summary>
    AppealRaised = 40,

    /// <summary>The appealing unit hears the decision (detail: approved = upheld, rejected).</summary>
    AppealDecided = 41,
}
