using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Review;

/// <summary>
/// What a unit's reply needs before it goes on (审核, docs/decisions/0028-reply-review.md): the review policy's row
/// that demands review of this ticket (<see cref="ReviewPolicy.Demanding"/>), and the unit's latest replies the quality
/// check compares a new one with (<see cref="ReplyQuality"/>).
/// </summary>
public sealed class ReviewRules(HotlineDbContext db)
{
    /// <summary>The policy row that sends this ticket's reply to review, or null when it goes straight to the callback.</summary>
    public async Task<ReviewPolicy?> DemandingAsync(Ticket ticket, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var rows = await db.ReviewPolicies.AsNoTracking().Where(p => p.RequestType == ticket.RequestType).ToListAsync(ct);
        return ReviewPolicy.Demanding(rows, ticket.RequestType, ticket.IsSupervised);
    }

    /// <summary>The unit's latest <see cref="ReplyQuality.RecentReplies"/> replies, newest first (index ix_ticket_events_unit_replies).</summary>
    public async Task<IReadOnlyList<string>> RecentRepliesAsync(int unitId, CancellationToken ct = default) =>
        await db.TicketEvents.AsNoTracking()
            .Where(e => e.UnitId == unitId && (e.Action == TicketAction.Resolve || e.Action == TicketAction.SubmitForReview) && e.Note != null)
            .OrderByDescending(e => e.At)
            .Take(ReplyQuality.RecentReplies)
            .Select(e => e.Note!)
            .ToListAsync(ct);
}
