namespace Hotline.Domain.Telephony;

/// <summary>Where a platform call stands, derived from its events: still waiting (or ringing), answered, or lost.</summary>
public enum PhoneCallState
{
    Waiting = 1,
    Answered = 2,
    Abandoned = 3,
}
