using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.FollowUp;

/// <summary>One ticket waiting for its callback, with how the callback clock stands now and who is calling (<see cref="HeldBy"/>).</summary>
public sealed record CallbackQueueItem(
    string Number,
    CallbackKind Kind,
    RequestType RequestType,
    Urgency Urgency,
    LocalizedName Category,
    LocalizedName? LeadUnit,
    DateTimeOffset ResolvedAt,
    string? ResultExcerpt,
    DateTimeOffset CallbackDueAt,
    WarningLevel Warning,
    int FailedAttempts,
    string CallerPhone,
    string? CallerName,
    IReadOnlyList<CallerContact> MergedCallers,
    string? HeldBy = null);
