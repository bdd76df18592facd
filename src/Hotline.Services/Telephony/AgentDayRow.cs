namespace Hotline.Services.Telephony;

/// <summary>
/// One agent's day on the telephone: calls answered, the handle time of those that ended, and the seconds spent in each state (a state
/// lasts until the agent's next state change, or the end of the day, or now).
/// </summary>
public sealed record AgentDayRow(string Agent, long Answered, long Handled, long HandleMs, long ReadySeconds, long OnCallSeconds, long AfterCallSeconds, long NotReadySeconds)
{
    /// <summary>Over the answered calls that ended, as the hotline's average handle time (<see cref="Domain.Telephony.PhoneFigures"/>): a call still on has no handle time yet.</summary>
    public double? AverageHandleSeconds => new Domain.Telephony.PhoneFigures(0, Answered, 0, 0, 0, 0, Handled, HandleMs).AverageHandleTime;
}
