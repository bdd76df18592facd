namespace Hotline.Services.Telephony;

/// <summary>
/// One agent's day on the telephone: calls answered, their handle time, and the seconds spent in each state (a state
/// lasts until the agent's next state change, or the end of the day, or now).
/// </summary>
public sealed record AgentDayRow(string Agent, long Answered, long HandleMs, long ReadySeconds, long OnCallSeconds, long AfterCallSeconds, long NotReadySeconds)
{
    public double? AverageHandleSeconds => Answered == 0 ? null : HandleMs / 1000.0 / Answered;
}
