using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Review;

/// <summary>
/// What a reviewer reads before deciding: the citizen's request, the unit's reply and its outcome, what the automatic
/// check found, the review clock, and the earlier replies and send-backs of this ticket.
/// </summary>
public sealed record ReviewTicket(
    string Number,
    uint Version,
    TicketStatus Status,
    RequestType RequestType,
    Urgency Urgency,
    SupervisionLevel? Supervision,
    LocalizedName Category,
    string Address,
    string Content,
    int? UnitId,
    LocalizedName Unit,
    string? Reply,
    ResolutionOutcome? Outcome,
    string? CannotSolveReason,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ReviewDueAt,
    RunningClock? Clock,
    ReplyFlags Flags,
    DateTimeOffset? FirstContactAt,
    DateTimeOffset? FirstContactDueAt,
    int ReviewReturns,
    IReadOnlyList<ReviewEntry> History)
{
    public bool InReview => Status == TicketStatus.UnderReview;

    /// <summary>The sub-unit that wrote the reply in review for <see cref="Unit"/> (下派), or null when the unit replied itself.</summary>
    public LocalizedName? RepliedBy { get; init; }
}
