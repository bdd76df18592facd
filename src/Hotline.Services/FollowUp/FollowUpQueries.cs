using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.FollowUp;

/// <summary>The follow-up reads other areas' pages show (the ticket page's 回访记录).</summary>
public static class FollowUpQueries
{
    /// <summary>Every callback attempt of the ticket, all rounds, oldest first.</summary>
    public static async Task<IReadOnlyList<CallbackView>> CallbacksOfAsync(this HotlineDbContext db, long ticketId, CancellationToken ct = default) =>
        await db.Callbacks.AsNoTracking().Where(c => c.TicketId == ticketId)
            .OrderBy(c => c.AttemptedAt).ThenBy(c => c.Id)
            // A few per round at most; the cap only keeps the page bounded.
            .Take(Limits.PageSizeMax)
            .Select(c => new CallbackView(c.Round, c.AttemptedAt, c.AgentName,
                db.Units.Where(u => u.Id == c.UnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
                c.IsSample, c.Reached, c.Satisfaction, c.Solved, c.CitizenWords, c.Reopened))
            .ToListAsync(ct);

    /// <summary>The follow-up facts of <paramref name="ticket"/> (read without tracking) and its callbacks.</summary>
    public static async Task<TicketFollowUp> FollowUpOfAsync(this HotlineDbContext db, Ticket ticket, CancellationToken ct = default) =>
        new(ticket.AwaitingCallback, ticket.CallbackDueAt, ticket.IsCallbackSample, ticket.ClosureReason, ticket.ReopenCount,
            await db.CallbacksOfAsync(ticket.Id, ct))
        {
            CallbackClock = AssignmentClock.Callback(ticket),
        };
}
