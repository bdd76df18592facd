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
        var lead = WorkerOf(unitId);
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

    /// <summary>
    /// 退回: the reviewer sends the reply back to the unit that gave it, with a reason; its review-return is counted. A reply
    /// a sub-unit gave (下派) goes back to that sub-unit, which works it again inside the parent's clocks; the parent, which
    /// answers for it, sees it reopened too (its resolution clock runs again and its review-return, the ranked one, counts).
    /// </summary>
    public void SendBackFromReview(Actor actor, DateTimeOffset now, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("Review.Error.ReasonRequired");
        }

        var lead = _assignments.FirstOrDefault(a => a.IsActive && a.IsLead);
        var replier = ReplyingSubUnit(lead);
        Move(TicketAction.SendBackFromReview, actor, now, reason.Trim(), replier?.UnitId ?? LeadUnitId);
        lead!.SendBackFromReview();
        replier?.SendBackFromReview();
    }

    /// <summary>
    /// The unit whose reply is in review: the parent's, or — when a sub-unit replied — that sub-unit, whose resolution
    /// was recorded on the parent at the same instant (a part the parent took back was never resolved).
    /// </summary>
    public int? ReplyingUnitId => Status == TicketStatus.UnderReview
        ? ReplyingSubUnit(_assignments.FirstOrDefault(a => a.IsActive && a.IsLead))?.UnitId ?? LeadUnitId
        : null;

    private Assignment? ReplyingSubUnit(Assignment? lead) => lead?.ResolvedAt is { } replied
        ? _assignments.FirstOrDefault(a => a.IsActive && a.IsDelegated && a.ResolvedAt == replied && a.IsChildOf(lead))
        : null;
}
