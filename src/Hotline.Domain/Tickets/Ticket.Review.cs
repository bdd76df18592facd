using Hotline.Domain.Access;
using Hotline.Domain.Common;

namespace Hotline.Domain.Tickets;

/// <summary>
/// 审核 (issue 18 §2, docs/decisions/0028-reply-review.md): a reply the review policy names waits for a hotline
/// reviewer before the callback. Passing it resolves the round (the callback clock starts); sending it back returns
/// the ticket to the same unit, whose resolution clock runs again and whose review-return is counted.
/// </summary>
public sealed partial class Ticket
{
    /// <summary>When the reviewer must decide on the latest reply submitted for review (kept after the decision).</summary>
    public DateTimeOffset? ReviewDueAt { get; private set; }

    /// <summary>When the latest reply went to review.</summary>
    public DateTimeOffset? SubmittedForReviewAt { get; private set; }

    /// <summary>What the automatic check found in the reply now (or last) in review.</summary>
    public ReplyFlags ReplyFlags { get; private set; }

    /// <summary>
    /// The lead unit's reply goes to review: its resolution clock stops, the review clock runs to
    /// <paramref name="reviewDueAt"/>, and the quality check runs once against the unit's latest replies.
    /// </summary>
    public void SubmitForReview(int unitId, Actor actor, DateTimeOffset now, string result, ResolutionOutcome outcome,
        string? cannotSolveReason, DateTimeOffset reviewDueAt, IEnumerable<string> unitRecentReplies)
    {
        var lead = LeadOf(unitId);
        CheckResult(outcome, cannotSolveReason);
        var flags = ReplyQuality.Check(result, lead.FirstContactAt, lead.FirstContactDueAt, unitRecentReplies);
        Move(TicketAction.SubmitForReview, actor, now, result, unitId);
        RecordResult(lead, now, result, outcome, cannotSolveReason);
        SubmittedForReviewAt = now;
        ReviewDueAt = reviewDueAt;
        ReplyFlags = flags;
    }

    /// <summary>通过: the reviewer accepts the reply; the round is resolved and the callback clock starts.</summary>
    public void PassReview(Actor actor, DateTimeOffset now, string? note, DateTimeOffset callbackDueAt)
    {
        Move(TicketAction.PassReview, actor, now, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), LeadUnitId);
        StartCallback(now, callbackDueAt);
    }

    /// <summary>退回: the reviewer sends the reply back to the same unit with a reason; the unit's review-return is counted.</summary>
    public void SendBackFromReview(Actor actor, DateTimeOffset now, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("Review.Error.ReasonRequired");
        }

        var lead = _assignments.FirstOrDefault(a => a.IsActive && a.IsLead);
        Move(TicketAction.SendBackFromReview, actor, now, reason.Trim(), LeadUnitId);
        lead!.SendBackFromReview();
    }
}
