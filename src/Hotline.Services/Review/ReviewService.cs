using FluentValidation;
using Hotline.Domain.Access;
using Hotline.Domain.Common;
using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Deadlines;
using Hotline.Services.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Services.Review;

/// <summary>
/// 审核 (issue 18 §2, docs/decisions/0028-reply-review.md): the queue of replies waiting for a reviewer, one reply in
/// full, and the two decisions — pass (the round is resolved, the callback clock starts by the ticket's policy) or send
/// back to the same unit with a reason (the unit is notified; its review-return is counted). Reviewers are supervisors:
/// anyone else finds nothing here and the domain refuses their acts.
/// </summary>
public sealed class ReviewService(
    HotlineDbContext db,
    HotlineClock clock,
    DeadlineService deadlines,
    NotificationService notifications,
    IValidator<ReviewDecisionInput> rules,
    IOptions<HotlineOptions> options,
    ILogger<ReviewService> logger)
{
    public const int DefaultPageSize = 20;
    public const int ExcerptLength = 60;

    /// <summary>The tickets whose reply waits for review (the layout counts them in its one badge query).</summary>
    public IQueryable<Ticket> Waiting() => db.Tickets.Where(t => t.Status == TicketStatus.UnderReview);

    /// <summary>Replies waiting for review, supervised tickets first, then by review deadline (index ix_tickets_under_review).</summary>
    public async Task<PagedList<ReviewQueueItem>> QueueAsync(Viewer viewer, int page = 1, int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        pageSize = Math.Clamp(pageSize, 1, Limits.PageSizeMax);
        page = Limits.ClampPage(page);
        if (!viewer.Actor.Has(Role.Supervisor))
        {
            return new PagedList<ReviewQueueItem>([], page, pageSize, 0);
        }

        var query = from t in Waiting().AsNoTracking()
                    from a in db.Assignments.Where(a => a.TicketId == t.Id && a.IsActive && a.Role == AssignmentRole.Lead).DefaultIfEmpty()
                    select new { t, a };
        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderBy(x => x.t.Supervision == null).ThenByDescending(x => x.t.Supervision).ThenBy(x => x.t.ReviewDueAt).ThenBy(x => x.t.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(x => new
            {
                x.t.Number,
                x.t.RequestType,
                x.t.Urgency,
                x.t.Supervision,
                Category = db.Categories.Where(c => c.Id == x.t.CategoryId).Select(c => new LocalizedName(c.NameZh, c.NameEn)).First(),
                Unit = db.Units.Where(u => u.Id == x.t.LeadUnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
                // The sub-unit whose reply this is (下派): the rule of Ticket.ReplyingUnitId over the stored rows.
                RepliedBy = (from d in db.Assignments
                             join u in db.Units on d.UnitId equals u.Id
                             where d.TicketId == x.t.Id && d.IsActive && d.Role == AssignmentRole.Delegated && d.ParentAssignmentId == x.a.Id
                                 && d.ResolvedAt != null && d.ResolvedAt == x.a.ResolvedAt
                             select new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
                Excerpt = (x.t.ResolutionText ?? string.Empty).Substring(0, ExcerptLength),
                SubmittedAt = x.t.SubmittedForReviewAt!.Value,
                DueAt = x.t.ReviewDueAt!.Value,
                x.t.ReplyFlags,
                ReviewReturns = x.a == null ? 0 : x.a.ReviewReturns,
            })
            .ToListAsync(ct);
        var now = clock.UtcNow;
        var items = rows.Select(r => new ReviewQueueItem(r.Number, r.RequestType, r.Urgency, r.Supervision, r.Category,
            r.Unit ?? LocalizedName.Empty, r.Excerpt, r.SubmittedAt, r.DueAt,
            AssignmentClock.Review(TicketStatus.UnderReview, r.SubmittedAt, r.DueAt)!.Value.Warning(now, options.Value.WarningShare),
            r.ReplyFlags, r.ReviewReturns)
        { RepliedBy = r.RepliedBy }).ToList();
        return new PagedList<ReviewQueueItem>(items, page, pageSize, total);
    }

    /// <summary>The reply of ticket <paramref name="number"/> as the reviewer reads it; null for no such ticket or a viewer who is no reviewer.</summary>
    public async Task<ReviewTicket?> TicketAsync(string number, Viewer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.Actor.Has(Role.Supervisor))
        {
            return null;
        }

        var row = await (from t in db.Tickets.AsNoTracking()
                         where t.Number == number
                         from a in db.Assignments.Where(a => a.TicketId == t.Id && a.IsActive && a.Role == AssignmentRole.Lead).DefaultIfEmpty()
                         select new
                         {
                             t.Id,
                             t.Number,
                             t.Version,
                             t.Status,
                             t.RequestType,
                             t.Urgency,
                             t.Supervision,
                             Category = db.Categories.Where(c => c.Id == t.CategoryId).Select(c => new LocalizedName(c.NameZh, c.NameEn)).First(),
                             t.Address,
                             t.Content,
                             t.LeadUnitId,
                             Unit = db.Units.Where(u => u.Id == t.LeadUnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
                             RepliedBy = (from d in db.Assignments
                                          join u in db.Units on d.UnitId equals u.Id
                                          where d.TicketId == t.Id && d.IsActive && d.Role == AssignmentRole.Delegated && d.ParentAssignmentId == a.Id
                                              && d.ResolvedAt != null && d.ResolvedAt == a.ResolvedAt
                                          select new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
                             t.ResolutionText,
                             t.ResolutionOutcome,
                             t.CannotSolveReason,
                             t.SubmittedForReviewAt,
                             t.ReviewDueAt,
                             t.ReplyFlags,
                             FirstContactAt = a == null ? null : a.FirstContactAt,
                             FirstContactDueAt = a == null ? (DateTimeOffset?)null : a.FirstContactDueAt,
                             ReviewReturns = a == null ? 0 : a.ReviewReturns,
                         }).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var history = await db.TicketEvents.AsNoTracking()
            .Where(e => e.TicketId == row.Id && (e.Action == TicketAction.SubmitForReview || e.Action == TicketAction.PassReview
                || e.Action == TicketAction.SendBackFromReview))
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new ReviewEntry(e.At, e.Action, e.ActorName, e.Note))
            .ToListAsync(ct);
        return new ReviewTicket(row.Number, row.Version, row.Status, row.RequestType, row.Urgency, row.Supervision, row.Category, row.Address,
            row.Content, row.LeadUnitId, row.Unit ?? LocalizedName.Empty, row.ResolutionText, row.ResolutionOutcome, row.CannotSolveReason,
            row.SubmittedForReviewAt, row.ReviewDueAt, AssignmentClock.Review(row.Status, row.SubmittedForReviewAt, row.ReviewDueAt),
            row.ReplyFlags, row.FirstContactAt, row.FirstContactDueAt, row.ReviewReturns, history)
        { RepliedBy = row.Status == TicketStatus.UnderReview ? row.RepliedBy : null };
    }

    /// <summary>通过: the round is resolved and the callback clock starts now, by the ticket's policy on the working calendar.</summary>
    public async Task<ServiceResult<string>> PassAsync(ReviewDecisionInput input, Viewer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(viewer);
        if (await rules.CheckAsync(input, ct) is { } refused)
        {
            return refused;
        }

        var result = await db.ActAsync(db.Tickets.Include(t => t.Assignments), input.Number, input.Version, async ticket =>
        {
            var now = clock.UtcNow;
            var policy = await deadlines.PolicyForAsync(ticket.RequestType, ticket.Urgency, ct);
            var callbackDue = await deadlines.DueAsync(now, policy.Callback, ct);
            ticket.PassReview(viewer.Actor, now, DecisionNote.Clean(input.Note), callbackDue);
            return ticket.Number;
        }, ct);
        if (result.Succeeded)
        {
            logger.LogInformation("Reply of ticket {TicketNumber} passed review by {UserId}", result.Value, viewer.Actor.UserId);
        }

        return result;
    }

    /// <summary>退回: back to the unit that replied (a sub-unit's reply to the sub-unit, its parent told too) with the reason; the review-return is counted.</summary>
    public async Task<ServiceResult<string>> SendBackAsync(ReviewDecisionInput input, Viewer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(viewer);
        if (await rules.CheckAsync(input, DecisionNoteValidator<ReviewDecisionInput>.Reject, ct) is { } refused)
        {
            return refused;
        }

        int? unitId = null;
        var result = await db.ActAsync(db.Tickets.Include(t => t.Assignments), input.Number, input.Version, async ticket =>
        {
            // The unit that replied works it again: a sub-unit's reply goes back to the sub-unit, and its parent is told too.
            unitId = ticket.ReplyingUnitId;
            var parent = ticket.LeadUnitId;
            ticket.SendBackFromReview(viewer.Actor, clock.UtcNow, input.Note!.Trim());
            foreach (var unit in new[] { unitId, parent }.OfType<int>().Distinct())
            {
                await notifications.NotifyUnitAsync(unit, NotificationKind.ReviewSentBack, ticket.Number, null, ct);
            }

            return ticket.Number;
        }, ct);
        if (result.Succeeded)
        {
            logger.LogInformation("Reply of ticket {TicketNumber} by unit {UnitId} sent back from review by {UserId}", result.Value, unitId, viewer.Actor.UserId);
        }

        return result;
    }
}
