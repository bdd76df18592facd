using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Supervision;

/// <summary>One ticket's supervision: the banner everyone who may see the ticket sees, and the supervisor's action page.</summary>
public sealed partial class SupervisorWorkListService
{
    /// <summary>The supervision banner of a ticket the viewer may see; null when they may not (or it does not exist).</summary>
    public async Task<SupervisionBanner?> BannerAsync(string number, Viewer viewer, CancellationToken ct = default)
    {
        var threshold = options.Value.ReopenAttentionThreshold;
        return await db.Tickets.AsNoTracking().VisibleTo(viewer).Where(t => t.Number == number)
            .Select(t => new SupervisionBanner(t.Supervision, t.SupervisionNote, t.SupervisedAt,
                t.Assignments.Where(a => a.IsActive && a.Role == AssignmentRole.Lead && a.ResolvedAt == null)
                    .Select(a => (DateTimeOffset?)a.ResolveDueAt).FirstOrDefault(),
                t.ReopenCount, t.ReopenCount > threshold))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Everything the supervisor's action page needs about one ticket, or null when there is no such ticket.</summary>
    public async Task<SupervisionTicket?> TicketAsync(string number, CancellationToken ct = default)
    {
        var rules = options.Value;
        var row = await db.Tickets.AsNoTracking().Where(t => t.Number == number)
            .Select(t => new
            {
                Ticket = t,
                Category = db.Categories.Where(c => c.Id == t.CategoryId).Select(c => new LocalizedName(c.NameZh, c.NameEn)).First(),
                Lead = db.Units.Where(u => u.Id == t.LeadUnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
                ResolveDueAt = t.Assignments.Where(a => a.IsActive && a.Role == AssignmentRole.Lead && a.ResolvedAt == null)
                    .Select(a => (DateTimeOffset?)a.ResolveDueAt).FirstOrDefault(),
                // The last dispatch of the ticket: its lead and the assisting units given the ticket with it.
                LastLead = t.Assignments.Where(a => a.Role == AssignmentRole.Lead)
                    .OrderByDescending(a => a.Round).ThenByDescending(a => a.DispatchedAt).ThenByDescending(a => a.Id)
                    .Select(a => new { a.UnitId, a.Round, a.DispatchedAt }).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var t = row.Ticket;
        var assisting = row.LastLead is { } last
            ? await db.Assignments.AsNoTracking()
                .Where(a => a.TicketId == t.Id && a.Role == AssignmentRole.Assisting && a.Round == last.Round && a.DispatchedAt == last.DispatchedAt)
                .OrderBy(a => a.Id).Select(a => a.UnitId).ToListAsync(ct)
            : [];
        return new SupervisionTicket
        {
            Number = t.Number,
            Version = t.Version,
            Status = t.Status,
            RequestType = t.RequestType,
            Urgency = t.Urgency,
            Category = row.Category,
            Content = t.Content,
            RegisteredAt = t.RegisteredAt,
            Round = t.Round,
            UrgeCount = t.UrgeCount,
            ReopenCount = t.ReopenCount,
            RepeatedlyReopened = t.ReopenCount > rules.ReopenAttentionThreshold,
            Supervision = t.Supervision,
            SupervisionNote = t.SupervisionNote,
            SupervisedAt = t.SupervisedAt,
            LeadUnit = row.Lead,
            ResolveDueAt = row.ResolveDueAt,
            ClosedAt = t.ClosedAt,
            ReopenUntil = t.Status == TicketStatus.Closed && t.ClosedAt is { } closed ? closed + rules.CallbackRules.ReopenWindow : null,
            LastLeadUnitId = t.LeadUnitId ?? row.LastLead?.UnitId,
            LastAssistingUnitIds = assisting,
        };
    }
}
