using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Review;

/// <summary>One reply waiting for review: whose, since when, what the check found and how the review clock stands.</summary>
public sealed record ReviewQueueItem(
    string Number,
    RequestType RequestType,
    Urgency Urgency,
    SupervisionLevel? Supervision,
    LocalizedName Category,
    LocalizedName Unit,
    string ReplyExcerpt,
    DateTimeOffset SubmittedAt,
    DateTimeOffset ReviewDueAt,
    WarningLevel Warning,
    ReplyFlags Flags,
    int ReviewReturns)
{
    /// <summary>The sub-unit that wrote the reply for <see cref="Unit"/> (下派), or null when the unit replied itself.</summary>
    public LocalizedName? RepliedBy { get; init; }
}
