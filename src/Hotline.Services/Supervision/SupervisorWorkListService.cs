using Hotline.Domain.Common;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Deadlines;
using Hotline.Services.Dispatch;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hotline.Services.Supervision;

/// <summary>
/// What supervisors read (督办): their work list across all units — clocks overdue or nearly due, units' requests
/// waiting for a decision, tickets reopened repeatedly, the week's dissatisfied callbacks — and, in
/// SupervisorWorkListService.Tickets.cs, one ticket's supervision. Every section is paged or bounded, most urgent first.
/// </summary>
public sealed partial class SupervisorWorkListService(
    HotlineDbContext db,
    HotlineClock clock,
    ExtensionDecisionService extensions,
    ReturnDecisionService returns,
    IOptions<HotlineOptions> options)
{
    /// <summary>How many of the oldest requests of each kind the work list shows (the decision pages list them all).</summary>
    public const int OldestDecisions = 5;

    /// <summary>Dissatisfied callbacks of this many days back are listed.</summary>
    public const int CallbackDays = 7;

    public async Task<SupervisorWorkList> WorkListAsync(WorkListFilter filter, CancellationToken ct = default)
    {
        var (clocks, overdue) = await ClocksAsync(filter, ct);
        return new SupervisorWorkList(clocks, overdue, await DecisionsAsync(ct), await ReopenedAsync(filter, ct),
            options.Value.ReopenAttentionThreshold, await DissatisfiedAsync(filter, ct), CallbackDays);
    }

    /// <summary>
    /// Running clocks that are overdue or within the yellow share of their limit: tickets waiting for dispatch (their
    /// dispatch clock) and active lead assignments (sign-for, first contact, resolution); supervised tickets first (key
    /// before normal), then the earliest deadline. Also how many of all matching clocks are overdue — the dashboard's
    /// overdue count, as both read the view running_clocks.
    /// </summary>
    public async Task<(PagedList<WatchedClock> Clocks, int Overdue)> ClocksAsync(WorkListFilter filter, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var page = Limits.ClampPage(filter.ClocksPage);
        var rows = Running(now, options.Value.WarningShare);
        if (filter.UnitId is { } unit)
        {
            // A ticket waiting for dispatch is no unit's yet.
            rows = rows.Where(r => r.UnitId == unit);
        }

        var overdue = await rows.CountAsync(r => r.Warning == (int)WarningLevel.Red, ct);
        rows = filter.Warning switch
        {
            WarningLevel.Red or WarningLevel.Yellow => rows.Where(r => r.Warning == (int)filter.Warning),
            _ => rows,
        };
        var total = await rows.CountAsync(ct);
        var pageRows = await rows
            .OrderByDescending(r => r.Supervision ?? 0).ThenBy(r => r.DueAt).ThenBy(r => r.TicketId)
            .Skip((page - 1) * WorkListFilter.PageSize).Take(WorkListFilter.PageSize)
            .ToListAsync(ct);
        var units = await UnitNamesAsync(pageRows.Where(r => r.UnitId != null).Select(r => r.UnitId!.Value), ct);
        var categories = await CategoryNamesAsync(pageRows.Select(r => r.CategoryId), ct);
        var items = pageRows.Select(r => new WatchedClock(r.Number, r.Status, r.Urgency, categories[r.CategoryId], r.UnitId, r.UnitId is { } u ? units[u] : null,
            r.Clock, r.StartedAt, r.DueAt, (WarningLevel)r.Warning, r.Supervision, r.UrgeCount)).ToList();
        return (new PagedList<WatchedClock>(items, page, WorkListFilter.PageSize, total), overdue);
    }

    /// <summary>Extension and return requests waiting, with the oldest few of each.</summary>
    public async Task<PendingDecisions> DecisionsAsync(CancellationToken ct = default)
    {
        var pendingExtensions = await extensions.PendingAsync(1, OldestDecisions, ct);
        var pendingReturns = await returns.PendingAsync(1, OldestDecisions, ct);
        return new PendingDecisions(pendingExtensions.TotalCount, pendingExtensions.Items, pendingReturns.TotalCount, pendingReturns.Items);
    }

    /// <summary>Tickets reopened more than the attention threshold: open ones first, supervised first, the most reopened first.</summary>
    public async Task<PagedList<ReopenedTicket>> ReopenedAsync(WorkListFilter filter, CancellationToken ct = default)
    {
        var threshold = options.Value.ReopenAttentionThreshold;
        var page = Limits.ClampPage(filter.ReopenedPage);
        var query = db.Tickets.AsNoTracking().Where(t => t.ReopenCount > threshold);
        if (filter.UnitId is { } unit)
        {
            query = query.Where(t => t.LeadUnitId == unit);
        }

        var total = await query.CountAsync(ct);
        var items = await query
            .OrderBy(t => t.Status == TicketStatus.Closed || t.Status == TicketStatus.Merged || t.Status == TicketStatus.Cancelled)
            .ThenByDescending(t => t.Supervision ?? 0).ThenByDescending(t => t.ReopenCount).ThenByDescending(t => t.Id)
            .Skip((page - 1) * WorkListFilter.PageSize).Take(WorkListFilter.PageSize)
            .Select(t => new ReopenedTicket(t.Number, t.Status, t.Round, t.ReopenCount,
                db.Units.Where(u => u.Id == t.LeadUnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
                db.Categories.Where(c => c.Id == t.CategoryId).Select(c => new LocalizedName(c.NameZh, c.NameEn)).First(),
                t.Supervision, t.UrgeCount, t.RegisteredAt))
            .ToListAsync(ct);
        return new PagedList<ReopenedTicket>(items, page, WorkListFilter.PageSize, total);
    }

    /// <summary>Callbacks of the last <see cref="CallbackDays"/> days that reached a dissatisfied citizen, newest first.</summary>
    public async Task<PagedList<DissatisfiedCallback>> DissatisfiedAsync(WorkListFilter filter, CancellationToken ct = default)
    {
        var since = clock.UtcNow.AddDays(-CallbackDays);
        var page = Limits.ClampPage(filter.CallbacksPage);
        var query = from c in db.Callbacks.AsNoTracking()
                    join t in db.Tickets.AsNoTracking() on c.TicketId equals t.Id
                    where c.Reached && c.Satisfaction == Satisfaction.Dissatisfied && c.AttemptedAt >= since
                    select new { c, t };
        if (filter.UnitId is { } unit)
        {
            query = query.Where(x => x.c.UnitId == unit);
        }

        var total = await query.CountAsync(ct);
        var items = await query
            .OrderByDescending(x => x.c.AttemptedAt).ThenByDescending(x => x.c.Id)
            .Skip((page - 1) * WorkListFilter.PageSize).Take(WorkListFilter.PageSize)
            .Select(x => new DissatisfiedCallback(x.t.Number, x.t.Status, x.c.Round,
                db.Units.Where(u => u.Id == x.c.UnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
                x.c.AttemptedAt, x.c.AgentName, x.c.CitizenWords, x.c.Solved, x.c.Reopened, x.t.Supervision))
            .ToListAsync(ct);
        return new PagedList<DissatisfiedCallback>(items, page, WorkListFilter.PageSize, total);
    }

    /// <summary>
    /// Every dispatch clock and lead unit's clock that is red or yellow now, from the view running_clocks; the colour is
    /// hotline_clock_warning's, in SQL, so that only those rows are read; filtering and paging compose on top.
    /// </summary>
    private IQueryable<RunningClockRow> Running(DateTimeOffset now, double share) =>
        from c in db.RunningClocks
        join t in db.Tickets on c.TicketId equals t.Id
        where c.Role == AssignmentRole.Lead || c.Clock == ClockKind.Dispatch
        let warning = TicketClock.Warning(c.StartedAt, c.DueAt, now, share)
        where warning >= (int)WarningLevel.Yellow
        select new RunningClockRow
        {
            TicketId = t.Id,
            Number = t.Number,
            Status = t.Status,
            Urgency = t.Urgency,
            CategoryId = t.CategoryId,
            Supervision = t.Supervision,
            UrgeCount = t.UrgeCount,
            UnitId = c.UnitId,
            StartedAt = c.StartedAt,
            Clock = c.Clock,
            DueAt = c.DueAt,
            Warning = warning,
        };

    private async Task<Dictionary<int, LocalizedName>> UnitNamesAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Units.AsNoTracking().Where(u => wanted.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new LocalizedName(u.NameZh, u.NameEn), ct);
    }

    private async Task<Dictionary<int, LocalizedName>> CategoryNamesAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Categories.AsNoTracking().Where(c => wanted.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => new LocalizedName(c.NameZh, c.NameEn), ct);
    }
}
