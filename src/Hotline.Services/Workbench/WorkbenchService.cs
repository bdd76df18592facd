using FluentValidation;
using Hotline.Domain.Common;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Domain.Units;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Deadlines;
using Hotline.Services.Knowledge;
using Hotline.Services.Reference;
using Hotline.Services.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Workbench;

/// <summary>
/// The unit workbench (本单位工单): a liaison's queue of the unit's assignments, one ticket in full, and the acts on it
/// (in WorkbenchService.Acts.cs). Every query starts from <see cref="TicketVisibility.VisibleTo"/>: another unit's
/// ticket is "not found", never "forbidden", so its existence is not revealed either.
/// </summary>
public sealed partial class WorkbenchService(
    HotlineDbContext db,
    HotlineClock clock,
    DeadlineService deadlines,
    Review.ReviewRules review,
    TicketQueryService tickets,
    ReferenceDataService reference,
    Microsoft.Extensions.Options.IOptions<HotlineOptions> options,
    IValidator<ContactInput> contactRules,
    IValidator<NoteInput> noteRules,
    IValidator<AssistDoneInput> assistDoneRules,
    IValidator<ExtensionInput> extensionRules,
    IValidator<ReturnInput> returnRules,
    IValidator<ResolveInput> resolveRules,
    IValidator<RevealInput> revealRules,
    IValidator<UploadInput> uploadRules,
    ILogger<WorkbenchService> logger)
{
    public const int ExcerptLength = 60;

    /// <summary>
    /// The unit's active assignments that wait for something: supervised tickets on top (key before normal), then the
    /// most urgent clock first (overdue on top).
    /// </summary>
    public async Task<WorkbenchQueue> QueueAsync(Viewer viewer, WorkbenchFilter filter, CancellationToken ct = default)
    {
        var pageSize = Math.Clamp(filter.PageSize, 1, Limits.PageSizeMax);
        var page = Limits.ClampPage(filter.Page);
        var unitId = viewer.UnitId ?? -1;
        // The queue is the unit's own assignments, which is the visibility rule itself ("a unit sees every ticket it
        // was given"); VisibleTo's extra EXISTS over every assignment the unit ever had would cost tens of milliseconds
        // at a million tickets and can exclude nothing here. The queries are compiled once (WorkbenchQueries).
        string? text = null, pattern = null;
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            text = filter.Text.Trim();
            text = text.Length > Domain.Common.Limits.SearchTextMax ? text[..Domain.Common.Limits.SearchTextMax] : text;
            pattern = $"%{KnowledgeService.EscapeLike(text)}%";
        }

        var counts = new Dictionary<WorkbenchGroup, int>();
        await foreach (var count in WorkbenchQueries.Counts(db, unitId, filter.Urgency, text, pattern).WithCancellation(ct))
        {
            if (count.Key is { } key)
            {
                counts[key] = count.Count;
            }
        }

        // The total is the shown tab's count (or all of them), not a query of its own.
        var total = filter.Group is { } shown ? counts.GetValueOrDefault(shown) : counts.Values.Sum();
        var skip = (page - 1) * pageSize;
        var pageRows = new List<WorkbenchQueries.PageRow>();
        await foreach (var row in (filter.Group is { } group
                           ? WorkbenchQueries.OneTab(db, unitId, filter.Urgency, text, pattern, group, skip, pageSize)
                           : WorkbenchQueries.AllTabs(db, unitId, filter.Urgency, text, pattern, skip, pageSize)).WithCancellation(ct))
        {
            pageRows.Add(row);
        }

        var now = clock.UtcNow;
        var items = pageRows.Select(r => new WorkbenchItem(r.Number, r.Group, r.Role, r.Status, r.Urgency, r.RequestType, r.Category,
            r.Address, r.Content, r.DispatchedAt, r.DueAt, new RunningClock(r.Clock, r.DispatchedAt, r.DueAt).Warning(now, options.Value.WarningShare), r.Version,
            r.Supervision, r.SupervisionNote, r.ResolveDueAt, r.UrgeCount)).ToList();
        return new WorkbenchQueue(new PagedList<WorkbenchItem>(items, page, pageSize, total), counts);
    }

    /// <summary>Everything the workbench page of one ticket needs, or null when the viewer's unit was never given it.</summary>
    public async Task<WorkbenchTicket?> GetAsync(string number, Viewer viewer, CancellationToken ct = default)
    {
        var detail = await tickets.GetAsync(number, viewer, ct);
        if (detail is null)
        {
            return null;
        }

        var unitId = viewer.UnitId ?? -1;
        var ticket = await db.Tickets.AsNoTracking().VisibleTo(viewer).Where(t => t.Number == number)
            .Select(t => new
            {
                t.Id,
                t.Version,
                t.CallerPhone,
                t.CallerName,
                Revealed = t.Events.Any(e => e.Action == TicketAction.RevealCaller && e.UnitId == unitId),
            })
            .SingleAsync(ct);
        var mine = await db.Assignments.AsNoTracking().Where(a => a.TicketId == ticket.Id && a.UnitId == unitId)
            .OrderByDescending(a => a.IsActive).ThenByDescending(a => a.Round).ThenByDescending(a => a.Id)
            .Select(a => new UnitAssignment(a.Role, a.IsActive, a.DispatchedAt, a.SignForDueAt, a.SignedForAt, a.FirstContactDueAt,
                a.FirstContactAt, a.ResolveDueAt, a.ResolvedAt, a.AssistDoneAt, a.ReturnStatus, a.ReturnReason, a.ReturnKind, a.ExtensionCount)
            {
                ObjectionStatus = a.ObjectionStatus,
                ObjectionReason = a.ObjectionReason,
            })
            .FirstOrDefaultAsync(ct);
        mine = mine is null ? null : mine with
        {
            Running = AssignmentClock.Of(detail.Status, mine.IsActive, mine.Role, mine.DispatchedAt, mine.SignForDueAt, mine.SignedForAt,
                mine.FirstContactDueAt, mine.FirstContactAt, mine.ResolveDueAt, mine.ResolvedAt, mine.AssistDoneAt),
        };
        var extensions = await db.ExtensionRequests.AsNoTracking().Where(e => e.TicketId == ticket.Id && e.UnitId == unitId)
            .OrderByDescending(e => e.RequestedAt)
            .Select(e => new ExtensionView(e.RequestedAt, e.Reason, e.PreviousDueAt, e.ProposedDueAt, e.Status, e.DecidedAt, e.DecisionNote))
            .ToListAsync(ct);
        if (detail.CallerMasked && ticket.Revealed)
        {
            // This unit stated a reason once (in the timeline); from then on it sees the caller as the hotline does.
            detail = detail with { CallerPhone = ticket.CallerPhone, CallerName = ticket.CallerName, CallerMasked = false };
        }

        var (subUnits, delegations, delegatedBy) = await DelegationAsync(ticket.Id, unitId, detail.Status, mine, ct);
        return new WorkbenchTicket(detail, ticket.Version, mine, ticket.Revealed,
            extensions.Any(e => e.Status == RequestStatus.Pending), extensions, detail.Attachments)
        {
            ObjectionWindowOpen = mine is not null && clock.UtcNow <= mine.SignForDueAt,
            SubUnits = subUnits,
            Delegations = delegations,
            DelegatedBy = delegatedBy,
        };
    }

    /// <summary>
    /// 下派 as the workbench shows it: the lead unit's own sub-units (to delegate to), the sub-units it delegated this ticket
    /// to (to follow), or, for a sub-unit, the unit it works the ticket for.
    /// </summary>
    private async Task<(IReadOnlyList<UnitOption>, IReadOnlyList<DelegationView>, LocalizedName?)> DelegationAsync(long ticketId, int unitId,
        TicketStatus status, UnitAssignment? mine, CancellationToken ct)
    {
        if (mine is null)
        {
            return ([], [], null);
        }

        if (mine.IsDelegated)
        {
            var parent = await (from a in db.Assignments.AsNoTracking()
                                join p in db.Assignments.AsNoTracking() on a.ParentAssignmentId equals p.Id
                                join u in db.Units.AsNoTracking() on p.UnitId equals u.Id
                                where a.TicketId == ticketId && a.UnitId == unitId && a.Role == AssignmentRole.Delegated
                                orderby a.Id descending
                                select new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefaultAsync(ct);
            return ([], [], parent);
        }

        var delegations = await (from a in db.Assignments.AsNoTracking()
                                 join p in db.Assignments.AsNoTracking() on a.ParentAssignmentId equals p.Id
                                 join u in db.Units.AsNoTracking() on a.UnitId equals u.Id
                                 where a.TicketId == ticketId && a.Role == AssignmentRole.Delegated && p.UnitId == unitId
                                 orderby a.Id
                                 select new DelegationView(new LocalizedName(u.NameZh, u.NameEn), a.IsActive, a.DispatchedAt, a.SignForDueAt,
                                     a.SignedForAt, a.FirstContactDueAt, a.FirstContactAt, a.ResolveDueAt, a.ResolvedAt))
            .ToListAsync(ct);
        delegations = [.. delegations.Select(d => d with
        {
            Running = AssignmentClock.Of(status, d.IsActive, AssignmentRole.Delegated, d.DelegatedAt, d.SignForDueAt, d.SignedForAt,
                d.FirstContactDueAt, d.FirstContactAt, d.ResolveDueAt, d.ResolvedAt, null),
        })];
        if (!mine.IsLead || !mine.IsActive)
        {
            return ([], delegations, null);
        }

        var units = await reference.UnitsAsync(ct);
        var own = UnitTree.DescendantsOf(unitId, units.Select(u => (u.Id, u.ParentId)));
        return ([.. units.Where(u => own.Contains(u.Id))], delegations, null);
    }
}
