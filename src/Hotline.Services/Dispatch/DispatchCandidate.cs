using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Tickets;

namespace Hotline.Services.Dispatch;

/// <summary>What the dispatch page shows about the ticket it is about to dispatch.</summary>
public sealed record DispatchCandidate(
    string Number,
    TicketStatus Status,
    RequestType RequestType,
    Urgency Urgency,
    LocalizedName Category,
    LocalizedName? Area,
    string Address,
    string Content,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? DispatchDueAt,
    int? SuggestedUnitId,
    uint Version,
    Hotline.Domain.Calls.Channel Channel,
    SentLocation Sent)
{
    /// <summary>The dispatch clock while the ticket waits for dispatch; null otherwise.</summary>
    public RunningClock? DispatchClock => AssignmentClock.Dispatch(Status, RegisteredAt, DispatchRestartedAt, DispatchDueAt);

    /// <summary>When an approved return restarted the dispatch clock, or null.</summary>
    public DateTimeOffset? DispatchRestartedAt { get; init; }
}
