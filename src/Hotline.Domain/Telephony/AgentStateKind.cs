namespace Hotline.Domain.Telephony;

/// <summary>An agent's state on the telephone platform (or the agent's own toolbar).</summary>
public enum AgentStateKind
{
    Ready = 1,
    NotReady = 2,
    OnCall = 3,
    AfterCallWork = 4,
    LoggedOut = 5,
}
