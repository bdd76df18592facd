using Hotline.Domain.Calls;

namespace Hotline.Domain.Incidents;

/// <summary>
/// A call attached to an incident: the call itself (<c>calls</c>, linked to the master ticket) and what the caller said,
/// kept for the incident's record and for the callback that tells them the result.
/// </summary>
public sealed class IncidentCall
{
    private IncidentCall()
    {
        Phone = string.Empty;
        AgentUserId = string.Empty;
    }

    internal IncidentCall(int incidentId, Call call, string? words, DateTimeOffset attachedAt)
    {
        IncidentId = incidentId;
        CallId = call.Id;
        Phone = call.Phone;
        CallerName = call.CallerName;
        Words = string.IsNullOrWhiteSpace(words) ? null : words.Trim();
        CallStartedAt = call.StartedAt;
        AttachedAt = attachedAt;
        AgentUserId = call.AgentUserId;
    }

    /// <summary>The call's own id: one call is attached once.</summary>
    public long CallId { get; private set; }

    public int IncidentId { get; private set; }
    public string Phone { get; private set; }
    public string? CallerName { get; private set; }
    public string? Words { get; private set; }
    public DateTimeOffset CallStartedAt { get; private set; }
    public DateTimeOffset AttachedAt { get; private set; }
    public string AgentUserId { get; private set; }
}
