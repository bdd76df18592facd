namespace Hotline.Services.Telephony;

/// <summary>The queue at <see cref="At"/>: calls waiting, how long the longest has waited, agents ready and on a call.</summary>
public sealed record QueueNow(DateTimeOffset At, long Waiting, int LongestWaitSeconds, long AgentsReady, long AgentsOnCall);
