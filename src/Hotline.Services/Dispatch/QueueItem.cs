using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Dispatch;

/// <summary>A ticket waiting for dispatch, with how its dispatch clock stands now.</summary>
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
    int UrgeCount);
