namespace Hotline.Domain.Telephony;

/// <summary>What the telephone platform (ACD/CTI) reports; the names are the API's <c>type</c> values.</summary>
public enum CallEventKind
{
    Offered = 1,
    Queued = 2,
    Answered = 3,
    Transferred = 4,
    Ended = 5,
    Abandoned = 6,
    Recording = 7,

    /// <summary>Not a call's event: an agent changed state (ready, not ready, on call, after-call work).</summary>
    AgentState = 8,
}
