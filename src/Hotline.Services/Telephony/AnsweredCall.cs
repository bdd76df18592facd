namespace Hotline.Services.Telephony;

/// <summary>
/// A call an agent answered, for their intake screen (screen-pop, docs/decisions/0025): the platform's call, the caller's
/// number when known, and when it was answered (<see cref="AnsweredLocal"/>: the hotline's wall-clock time, as the form
/// shows times). <see cref="NumberOnly"/>: the call popped earlier without the number, which is known now.
/// <see cref="AgentUserId"/> is null when no Hotline user has the agent's login: nobody's screen is sent anything.
/// </summary>
public sealed record AnsweredCall(
    long PhoneCallId,
    string PlatformCallId,
    string? CallerNumber,
    string AgentLogin,
    string? AgentUserId,
    DateTimeOffset ArrivedAt,
    DateTimeOffset AnsweredAt,
    DateTime AnsweredLocal,
    bool NumberOnly);
