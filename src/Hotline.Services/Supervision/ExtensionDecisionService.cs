using FluentValidation;
using Hotline.Domain.Access;
using Hotline.Domain.Common;
using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Supervision;

/// <summary>
/// Supervisors' decisions on units' extension requests (延期): an approval moves the unit's resolution deadline
/// and is counted for the unit; a rejection, with a note, leaves the deadline where it was.
/// </summary>
public sealed class ExtensionDecisionService(
    HotlineDbContext db,
    HotlineClock clock,
    NotificationService notifications,
    IValidator<ExtensionDecisionInput> rules,
    ILogger<ExtensionDecisionService> logger)
{
    public const int DefaultPageSize = 20;

    /// <summary>Pending requests of every unit, oldest first. Only those still decidable: the ticket in progress at that unit.</summary>
    public async Task<PagedList<PendingExtension>> PendingAsync(int page = 1, int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        pageSize = Math.Clamp(pageSize, 1, Limits.PageSizeMax);
        page = Limits.ClampPage(page);
        var query = Pending();
        var total = await query.CountAsync(ct);
        var items = await query
            .OrderBy(x => x.Request.RequestedAt).ThenBy(x => x.Request.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(x => new PendingExtension(
                x.Request.Id,
                x.Ticket.Number,
                x.Ticket.Version,
                x.Request.UnitId,
                db.Units.Where(u => u.Id == x.Request.UnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).First(),
                x.Request.Reason,
                x.Request.RequestedAt,
                x.Assignment.ResolveDueAt,
                x.Request.ProposedDueAt,
                x.Assignment.ExtensionCount,
                x.Ticket.Urgency,
                db.Categories.Where(c => c.Id == x.Ticket.CategoryId).Select(c => new LocalizedName(c.NameZh, c.NameEn)).First()))
            .ToListAsync(ct);
        return new PagedList<PendingExtension>(items, page, pageSize, total);
    }

    /// <summary>How many extension requests wait for a decision (the nav badge).</summary>
    public Task<int> PendingCountAsync(CancellationToken ct = default) => Waiting().CountAsync(ct);

    /// <summary>The extension requests waiting for a decision (the layout counts them in its one badge query).</summary>
    public IQueryable<ExtensionRequest> Waiting() => Pending().Select(p => p.Request);

    public Task<ServiceResult<string>> ApproveAsync(ExtensionDecisionInput input, Actor actor, CancellationToken ct = default) =>
        DecideAsync(input, approve: true, actor, ct);

    public Task<ServiceResult<string>> RejectAsync(ExtensionDecisionInput input, Actor actor, CancellationToken ct = default) =>
        DecideAsync(input, approve: false, actor, ct);

    private IQueryable<PendingRow> Pending() =>
        from e in db.ExtensionRequests.AsNoTracking()
        join a in db.Assignments.AsNoTracking() on e.AssignmentId equals a.Id
        join t in db.Tickets.AsNoTracking() on e.TicketId equals t.Id
        where e.Status == RequestStatus.Pending && a.IsActive && t.Status == TicketStatus.InProgress
        select new PendingRow { Request = e, Assignment = a, Ticket = t };

    private async Task<ServiceResult<string>> DecideAsync(ExtensionDecisionInput input, bool approve, Actor actor, CancellationToken ct)
    {
        if (await (approve ? rules.CheckAsync(input, ct) : rules.CheckAsync(input, DecisionNoteValidator<ExtensionDecisionInput>.Reject, ct)) is { } refused)
        {
            return refused;
        }

        var result = await db.ActAsync(db.Tickets.Include(t => t.Assignments).Include(t => t.Extensions), input.Number, input.Version, async ticket =>
        {
            ticket.DecideExtension(input.RequestId, approve, actor, clock.UtcNow, DecisionNote.Clean(input.Note));
            var unitId = ticket.Extensions.Single(e => e.Id == input.RequestId).UnitId;
            await notifications.NotifyUnitAsync(unitId, NotificationKind.ExtensionDecided, ticket.Number,
                (approve ? RequestStatus.Approved : RequestStatus.Rejected).ToString(), ct);
            return ticket.Number;
        }, ct);
        if (result.Succeeded)
        {
            logger.LogInformation("Extension request {RequestId} on ticket {TicketNumber} {Decision} by {UserId}",
                input.RequestId, result.Value, approve ? "approved" : "rejected", actor.UserId);
        }

        return result;
    }

    private sealed class PendingRow
    {
        public required ExtensionRequest Request { get; init; }

        public required Assignment Assignment { get; init; }

        public required Ticket Ticket { get; init; }
    }
}
