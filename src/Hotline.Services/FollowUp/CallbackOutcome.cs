namespace Hotline.Services.FollowUp;

/// <summary>What a recorded callback did to the ticket, for the message the agent sees.</summary>
public enum CallbackOutcome
{
    /// <summary>Not reached; the round keeps waiting for another attempt.</summary>
    AttemptCounted = 1,

    /// <summary>Failed attempts on enough different days: closed as "citizen unreachable".</summary>
    ClosedUnreachable = 2,

    /// <summary>Satisfied or basically satisfied: closed.</summary>
    Closed = 3,

    /// <summary>Dissatisfied and not reopened: closed.</summary>
    ClosedDissatisfied = 4,

    /// <summary>Dissatisfied and reopened: the next round is at the unit(s).</summary>
    Reopened = 5,

    /// <summary>A sampled direct answer's callback: the ticket stays closed.</summary>
    SampleRecorded = 6,
}
