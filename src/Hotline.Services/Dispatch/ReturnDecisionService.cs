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

namespace Hotline.Services.Dispatch;

/// <summary>
/// The dispatcher's decisions on units' return requests (退单): approve (the ticket goes back to the dispatch
/// queue and the unit's return is counted) or reject (back to the unit, its clocks still running).
/// </summary>
public sealed class ReturnDecisionService(
    HotlineDbContext db,
    DeadlineService deadlines,
    HotlineClock clock,
    NotificationService notifications,
    IValidator<ReturnDecisionInput> rules,
    ILogger<ReturnDecisionService> logger)
{
    public const int DefaultPageSize = 20;

    /// <summary>Tickets a unit asked to return, oldest request first.</summary>
    public async Task<PagedList<PendingReturn>> PendingAsync(int page = 1, int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        pageSize = Math.Clamp(pageSize, 1, Limits.PageSizeMax);
        page = Limits.ClampPage(page);
        var query = from a in db.Assignments.AsNoTracking()
                    join t in db.Tickets.AsNoTracking() on a.TicketId equals t.Id
                    where t.Status == TicketStatus.ReturnRequested && a.IsActive && a.Role == AssignmentRole.Lead
                          && a.ReturnStatus == RequestStatus.Pending
                    select new { a, t };
        var total = await query.CountAsync(ct);
        var items = await query
            .OrderBy(x => x.a.ReturnRequestedAt).ThenBy(x => x.t.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(x => new PendingReturn(
                x.t.Number,
                x.t.Version,
                x.a.UnitId,
                db.Units.Where(u => u.Id == x.a.UnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).First(),
                x.a.ReturnKind,
                x.a.ReturnReason ?? string.Empty,
                x.a.ReturnRequestedAt!.Value,
                x.t.RequestType,
                x.t.Urgency,
                db.Categories.Where(c => c.Id == x.t.CategoryId).Select(c => new LocalizedName(c.NameZh, c.NameEn)).First(),
                x.t.Content.Substring(0, DispatchService.ExcerptLength)))
            .ToListAsync(ct);
        return new PagedList<PendingReturn>(items, page, pageSize, total);
    }

    /// <summary>How many returns wait for a decision (the nav badge).</summary>
    public Task<int> PendingCountAsync(CancellationToken ct = default) => Waiting().CountAsync(ct);

    /// <summary>The tickets whose return waits for a decision (the layout counts it in its one badge query).</summary>
    public IQueryable<Ticket> Waiting() => db.Tickets.Where(t => t.Status == TicketStatus.ReturnRequested);

    /// <summary>The units whose return of this ticket was approved, latest first (shown when re-dispatching).</summary>
    public async Task<IReadOnlyList<ApprovedReturn>> ApprovedReturnsAsync(string number, CancellationToken ct = default) =>
        await (from a in db.Assignments.AsNoTracking()
               join t in db.Tickets.AsNoTracking() on a.TicketId equals t.Id
               where t.Number == number && a.ReturnStatus == RequestStatus.Approved
               orderby a.ReturnDecidedAt descending
               select new ApprovedReturn(a.UnitId,
                   db.Units.Where(u => u.Id == a.UnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).First(),
                   a.ReturnKind, a.ReturnReason ?? string.Empty, a.ReturnDecidedAt!.Value))
            .ToListAsync(ct);

    /// <summary>Accepts the return: the ticket waits for re-dispatch. Returns the ticket number.</summary>
    public Task<ServiceResult<string>> ApproveAsync(ReturnDecisionInput input, Actor actor, CancellationToken ct = default) =>
        DecideAsync(input, approve: true, actor, ct);

    /// <summary>Refuses the return: the ticket goes back to the unit as it was. A note telling the unit why is required.</summary>
    public Task<ServiceResult<string>> RejectAsync(ReturnDecisionInput input, Actor actor, CancellationToken ct = default) =>
        DecideAsync(input, approve: false, actor, ct);

    private async Task<ServiceResult<string>> DecideAsync(ReturnDecisionInput input, bool approve, Actor actor, CancellationToken ct)
    {
        if (await (approve ? rules.CheckAsync(input, ct) : rules.CheckAsync(input, DecisionNoteValidator<ReturnDecisionInput>.Reject, ct)) is { } refused)
        {
            return refused;
        }

        int? unitId = null;
        var result = await db.ActAsync(db.Tickets.Include(t => t.Assignments), input.Number, input.Version, async ticket =>
        {
            unitId = ticket.Assignments.FirstOrDefault(a => a.IsActive && a.IsLead && a.ReturnStatus == RequestStatus.Pending)?.UnitId;
            var note = DecisionNote.Clean(input.Note);
            if (approve)
            {
                // Back in the queue with a fresh dispatch clock, so the re-dispatch is measured from now.
                var redispatchDue = await deadlines.DispatchDueAsync(ticket.RequestType, ticket.Urgency, clock.UtcNow, ct);
                ticket.ApproveReturn(actor, clock.UtcNow, note, redispatchDue);
            }
            else
            {
                ticket.RejectReturn(actor, clock.UtcNow, note);
            }

            await notifications.NotifyUnitAsync(unitId!.Value, NotificationKind.ReturnDecided, ticket.Number,
                (approve ? RequestStatus.Approved : RequestStatus.Rejected).ToString(), ct);
            return ticket.Number;
        }, ct);
        if (result.Succeeded)
        {
            logger.LogInformation("Return of ticket {TicketNumber} by unit {UnitId} {Decision} by {UserId}",
                result.Value, unitId, approve ? "approved" : "rejected", actor.UserId);
        }

        return result;
    }
}
