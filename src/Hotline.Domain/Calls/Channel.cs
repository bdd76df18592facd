namespace Hotline.Domain.Calls;

/// <summary>How the contact reached the hotline.</summary>
public enum Channel
{
    Phone = 1,
    Sms = 2,
    Web = 3,
    WeChat = 4,
    App = 5,
    Letter = 6,
    WalkIn = 7,
    GridReport = 8,
}
