using Hotline.Domain.Calls;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Tickets;

namespace Hotline.Services.Dispatch;

/// <summary>
/// A ticket waiting for dispatch, with how its dispatch clock stands now; a supervised one (督办, e.g. a unit's return
/// that came back to the queue) carries its level and the supervisor's note; one from a citizen channel, its channel,
/// position and photo link.
/// </summary>
public sealed record QueueItem(
    string Number,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? DispatchDueAt,
    WarningLevel Warning,
    Urgency Urgency,
    RequestType RequestType,
    LocalizedName Category,
    LocalizedName? Area,
    LocalizedName? SuggestedUnit,
    string Content,
    int UrgeCount,
    SupervisionLevel? Supervision,
    string? SupervisionNote,
    Channel Channel,
    SentLocation Sent);
