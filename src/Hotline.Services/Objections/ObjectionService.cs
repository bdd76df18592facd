using FluentValidation;
using Hotline.Domain.Common;
using Hotline.Domain.Notifications;
using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Dispatch;
using Hotline.Services.Notifications;
using Hotline.Services.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Objections;

/// <summary>
/// 派单异议 (issue 18 §3, ADR 0029): a unit disputes a dispatch within its sign-for window; a dispatcher or supervisor
/// upholds it (the ticket goes straight to the suggested or another unit, the disputed time charged to nobody) or rejects
/// it (the unit keeps the ticket, its clocks as they were). Every act goes through <see cref="TicketActs"/> like a
/// return's decision; the counts per unit and per dispatcher are read from the assignments.
/// </summary>
public sealed class ObjectionService(
    HotlineDbContext db,
    DispatchService dispatch,
    HotlineClock clock,
    NotificationService notifications,
    IValidator<ObjectionInput> raiseRules,
    IValidator<ObjectionDecisionInput> decisionRules,
    ILogger<ObjectionService> logger)
{
    public const int DefaultPageSize = 20;

    /// <summary>The liaison's unit disputes the dispatch of ticket <paramref name="number"/>.</summary>
    public async Task<ServiceResult<string>> RaiseAsync(string number, ObjectionInput input, Viewer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(viewer);
        if (await raiseRules.CheckAsync(input, ct) is { } refused)
        {
            return refused;
        }

        if (!viewer.IsUnitBound || viewer.UnitId is not { } unit)
        {
            return ServiceResult<string>.Fail(string.Empty, TicketActs.NotFound);
        }

        if (!await db.Units.AnyAsync(u => u.Id == input.SuggestedUnitId && u.IsActive, ct))
        {
            return ServiceResult<string>.Fail(nameof(ObjectionInput.SuggestedUnitId), "Validation.Unit.Invalid");
        }

        var arbiters = await notifications.HoldersOfAsync([Roles.Dispatcher, Roles.Supervisor], ct);
        var result = await db.ActAsync(db.Tickets.VisibleTo(viewer).Include(t => t.Assignments), number, input.Version, ticket =>
        {
            ticket.RaiseObjection(unit, viewer.Actor, clock.UtcNow, input.Reason!, input.SuggestedUnitId!.Value);
            foreach (var user in arbiters)
            {
                notifications.NotifyUser(user, NotificationKind.ObjectionRaised, ticket.Number);
            }

            return Task.FromResult(ticket.Number);
        }, ct);
        if (result.Succeeded)
        {
            logger.LogInformation("Unit {UnitId} objected to the dispatch of ticket {TicketNumber}, suggesting unit {SuggestedUnitId}",
                unit, number, input.SuggestedUnitId);
        }

        return result;
    }

    /// <summary>Objections waiting for arbitration, oldest first.</summary>
    public async Task<PagedList<PendingObjection>> PendingAsync(int page = 1, int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        pageSize = Math.Clamp(pageSize, 1, Limits.PageSizeMax);
        page = Limits.ClampPage(page);
        var query = from a in Waiting()
                    join t in db.Tickets.AsNoTracking() on a.TicketId equals t.Id
                    select new { a, t };
        var total = await query.CountAsync(ct);
        var items = await query
            .OrderBy(x => x.a.ObjectedAt).ThenBy(x => x.t.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(x => new PendingObjection(
                x.t.Number,
                x.t.Version,
                x.a.UnitId,
                db.Units.Where(u => u.Id == x.a.UnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).First(),
                x.a.ObjectionReason ?? string.Empty,
                x.a.ObjectionSuggestedUnitId,
                db.Units.Where(u => u.Id == x.a.ObjectionSuggestedUnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
                x.a.ObjectedAt!.Value,
                x.a.SignForDueAt,
                x.t.RequestType,
                x.t.Urgency,
                db.Categories.Where(c => c.Id == x.t.CategoryId).Select(c => new LocalizedName(c.NameZh, c.NameEn)).First(),
                x.t.Content.Substring(0, DispatchService.ExcerptLength)))
            .ToListAsync(ct);
        return new PagedList<PendingObjection>(items, page, pageSize, total);
    }

    /// <summary>The lead assignments whose objection waits (the list, the nav badge).</summary>
    public IQueryable<Assignment> Waiting() =>
        // A raised objection always has its time (Assignment.RaiseObjection): saying so lets the partial index
        // ix_assignments_objected_at answer instead of a scan of every assignment (a second per page at 10M, as the
        // layout's badge counts this on every page of a dispatcher or supervisor).
        db.Assignments.AsNoTracking().Where(a => a.ObjectedAt != null && a.IsActive && a.Role == AssignmentRole.Lead
            && a.ObjectionStatus == RequestStatus.Pending);

    /// <summary>Upholds the objection: the ticket goes to <see cref="ObjectionDecisionInput.LeadUnitId"/> now, with fresh clocks.</summary>
    public async Task<ServiceResult<string>> UpholdAsync(ObjectionDecisionInput input, Domain.Access.Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await decisionRules.CheckAsync(input, ObjectionDecisionInputValidator.Uphold, ct) is { } refused)
        {
            return refused;
        }

        if (!await db.Units.AnyAsync(u => u.Id == input.LeadUnitId && u.IsActive, ct))
        {
            return ServiceResult<string>.Fail(nameof(ObjectionDecisionInput.LeadUnitId), "Validation.Unit.Invalid");
        }

        int? objecting = null;
        var result = await db.ActAsync(db.Tickets.Include(t => t.Assignments), input.Number, input.Version, async ticket =>
        {
            objecting = ticket.PendingObjection?.UnitId;
            var note = DecisionNote.Clean(input.Note);
            var order = await dispatch.OrderAsync(ticket, input.LeadUnitId!.Value, [], note, clock.UtcNow, ct);
            ticket.UpholdObjection(order, actor, clock.UtcNow, note);
            await dispatch.NotifyAssignedAsync(ticket.Number, order, ct);
            await notifications.NotifyUnitAsync(objecting!.Value, NotificationKind.ObjectionDecided, ticket.Number, nameof(RequestStatus.Approved), ct);
            return ticket.Number;
        }, ct);
        if (result.Succeeded)
        {
            logger.LogInformation("Objection of unit {UnitId} to ticket {TicketNumber} upheld by {UserId}; re-dispatched to unit {LeadUnitId}",
                objecting, result.Value, actor?.UserId, input.LeadUnitId);
        }

        return result;
    }

    /// <summary>Rejects the objection: the unit keeps the ticket as it was. A note telling it why is required.</summary>
    public async Task<ServiceResult<string>> RejectAsync(ObjectionDecisionInput input, Domain.Access.Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await decisionRules.CheckAsync(input, DecisionNoteValidator<ObjectionDecisionInput>.Reject, ct) is { } refused)
        {
            return refused;
        }

        int? objecting = null;
        var result = await db.ActAsync(db.Tickets.Include(t => t.Assignments), input.Number, input.Version, async ticket =>
        {
            objecting = ticket.PendingObjection?.UnitId;
            ticket.RejectObjection(actor, clock.UtcNow, DecisionNote.Clean(input.Note));
            await notifications.NotifyUnitAsync(objecting!.Value, NotificationKind.ObjectionDecided, ticket.Number, nameof(RequestStatus.Rejected), ct);
            return ticket.Number;
        }, ct);
        if (result.Succeeded)
        {
            logger.LogInformation("Objection of unit {UnitId} to ticket {TicketNumber} rejected by {UserId}", objecting, result.Value, actor?.UserId);
        }

        return result;
    }

    /// <summary>A unit's objections raised in <paramref name="period"/> (by the day raised): upheld, rejected.</summary>
    public async Task<ObjectionCounts> UnitCountsAsync(int unitId, Period period, CancellationToken ct = default)
    {
        var (start, end) = Instants(period);
        var row = await RaisedIn(db, start, end).Where(a => a.UnitId == unitId)
            .GroupBy(a => a.UnitId)
            .Select(g => new ObjectionCounts(g.Count(), g.Count(a => a.ObjectionStatus == RequestStatus.Approved),
                g.Count(a => a.ObjectionStatus == RequestStatus.Rejected)))
            .FirstOrDefaultAsync(ct);
        return row ?? ObjectionCounts.None;
    }

    /// <summary>
    /// The assignments objected to in [<paramref name="start"/>, <paramref name="end"/>), by the instant the objection was
    /// raised: the one rule of the unit page and the ranking (<see cref="Dashboards.RankingService"/>).
    /// </summary>
    internal static IQueryable<Assignment> RaisedIn(HotlineDbContext db, DateTimeOffset start, DateTimeOffset end) =>
        db.Assignments.AsNoTracking().Where(a => a.ObjectedAt != null && a.ObjectedAt >= start && a.ObjectedAt < end);

    /// <summary>
    /// Every dispatcher who dispatched lead assignments in <paramref name="period"/> (by dispatch day), with the objections
    /// to those assignments upheld and rejected: the misdispatch rate. Most upheld first.
    /// </summary>
    public async Task<IReadOnlyList<DispatcherObjections>> DispatchersAsync(Period period, CancellationToken ct = default)
    {
        var (start, end) = Instants(period);
        var rows = await db.Assignments.AsNoTracking()
            .Where(a => a.Role == AssignmentRole.Lead && a.DispatchedAt >= start && a.DispatchedAt < end)
            .GroupBy(a => a.DispatchedByUserId)
            .Select(g => new
            {
                UserId = g.Key,
                Dispatched = g.Count(),
                Upheld = g.Count(a => a.ObjectionStatus == RequestStatus.Approved),
                Rejected = g.Count(a => a.ObjectionStatus == RequestStatus.Rejected),
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.UserId).ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName ?? u.Id : u.DisplayName, ct);
        return [.. rows.Select(r => new DispatcherObjections(r.UserId, names.GetValueOrDefault(r.UserId, r.UserId), r.Dispatched, r.Upheld, r.Rejected))
            .OrderByDescending(r => r.Misdispatch.Value ?? 0).ThenByDescending(r => r.Dispatched).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    private (DateTimeOffset Start, DateTimeOffset End) Instants(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return (clock.StartOfLocalDay(period.From), clock.StartOfLocalDay(period.EndExclusive));
    }
}
