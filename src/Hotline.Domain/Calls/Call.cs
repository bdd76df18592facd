namespace Hotline.Domain.Calls;

/// <summary>
/// One contact (来电). <see cref="SubmissionId"/> is minted when the intake form is opened, so a
/// double-clicked or retried submit is recognised as the same call and never logged twice.
/// </summary>
public sealed class Call
{
    private Call()
    {
        Phone = string.Empty;
        AgentUserId = string.Empty;
    }

    public long Id { get; private set; }
    public Guid SubmissionId { get; private set; }
    public string Phone { get; private set; }
    public string? CallerName { get; private set; }
    public Channel Channel { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    /// <summary>
    /// When an agent picked up, as the telephone system reports it; null when only the conversation's start is known
    /// (the intake form), so the "answered within 15 s" rate counts only calls whose waiting time was measured.
    /// </summary>
    public DateTimeOffset? AnsweredAt { get; private set; }
    public DateTimeOffset EndedAt { get; private set; }
    public string AgentUserId { get; private set; }
    public CallOutcome Outcome { get; private set; }
    public long? TicketId { get; private set; }

    /// <summary>
    /// The telephone platform's record of this call (<c>phone_calls</c>), when the call popped onto the agent's screen;
    /// null for a call logged by hand (another channel, or the platform down).
    /// </summary>
    public long? PhoneCallId { get; private set; }

    public static Call Log(Guid submissionId, string phone, string? callerName, Channel channel,
        DateTimeOffset startedAt, DateTimeOffset endedAt, string agentUserId, CallOutcome outcome, DateTimeOffset? answeredAt = null)
    {
        if (!PhoneNumber.TryNormalize(phone, out var normalized))
        {
            throw new Common.DomainRuleException("Validation.Phone.Invalid");
        }

        if (endedAt < startedAt)
        {
            throw new Common.DomainRuleException("Validation.Call.EndBeforeStart");
        }

        if (answeredAt is { } answered && (answered < startedAt || answered > endedAt))
        {
            // Only a telephone system reports it: a time outside the call is a broken feed, not a person's typing error.
            throw new ArgumentOutOfRangeException(nameof(answeredAt), answered, "A call is answered between its start and its end.");
        }

        return new Call
        {
            SubmissionId = submissionId,
            Phone = normalized,
            CallerName = string.IsNullOrWhiteSpace(callerName) ? null : callerName.Trim(),
            Channel = channel,
            StartedAt = startedAt,
            AnsweredAt = answeredAt,
            EndedAt = endedAt,
            AgentUserId = agentUserId,
            Outcome = outcome,
        };
    }

    public void LinkTo(long ticketId) => TicketId = ticketId;

    public void LinkToPhoneCall(long phoneCallId) => PhoneCallId = phoneCallId;
}
