namespace Hotline.Services.FollowUp;

/// <summary>
/// This round's attempts that did not reach the citizen: how many, on how many different local days, whether one
/// was today (another failure today adds no day), and how many days close the ticket as unreachable.
/// </summary>
public sealed record FailedAttempts(int Count, int Days, bool Today, int DaysToClose)
{
    /// <summary>Whether one more failed attempt now closes the round as "citizen unreachable".</summary>
    public bool NextClosesIfUnreached => (Today ? Days : Days + 1) >= DaysToClose;
}
