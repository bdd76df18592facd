namespace Hotline.Domain.Telephony;

/// <summary>What the answering agent's intake screen is sent after a call's events are folded (docs/decisions/0025).</summary>
public enum ScreenPop
{
    /// <summary>Nothing: not answered, already ended, already popped, or no agent named.</summary>
    None = 0,

    /// <summary>The call was just answered: the screen fills in the call (with the caller's number if known).</summary>
    Pop = 1,

    /// <summary>The call popped before its offer told the number; the number is known now.</summary>
    Number = 2,
}
