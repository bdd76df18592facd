using Hotline.Domain.Incidents;
using Hotline.Domain.Tickets;

namespace Hotline.Services.Incidents;

/// <summary>An incident with its master ticket's state and its callbacks' progress, for its page.</summary>
public sealed record IncidentDetail(
    IncidentSummary Summary,
    DateTimeOffset DeclaredAt,
    string DeclaredBy,
    DateTimeOffset? EndedAt,
    string? EndedBy,
    TicketStatus MasterStatus,
    DateTimeOffset? CallbacksListedAt,
    int CallbacksListed,
    int CallbacksWaiting,
    uint Version)
{
    /// <summary>The master's result is out: the callers may be listed for their callback.</summary>
    public bool MasterResolved => Incident.ResultStatuses.Contains(MasterStatus);
}
