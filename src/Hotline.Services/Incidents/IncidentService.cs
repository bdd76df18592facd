using FluentValidation;
using Hotline.Domain.Common;
using Hotline.Domain.Incidents;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Incidents;

/// <summary>
/// 突发事件 (issue 18 §5, docs/decisions/0032-emergency-incidents.md): supervisors declare and end incidents; intake
/// asks which running incidents a call matches (attaching is an intake act, <c>IntakeService</c>); the wall, the dashboard
/// and the supervisors' page list them with their attached calls. Callbacks and the report are in the other parts.
/// </summary>
public sealed partial class IncidentService(
    HotlineDbContext db,
    HotlineClock clock,
    IValidator<DeclareIncidentInput> declareRules,
    IValidator<FollowUp.CallbackInput> callbackRules,
    Intake.IntakeService intake,
    Microsoft.Extensions.Options.IOptions<HotlineOptions> options,
    ILogger<IncidentService> logger)
{
    public const int PageSize = 20;

    /// <summary>A supervisor ends the incident (the version they saw guards a concurrent end or listing).</summary>
    public Task<ServiceResult<int>> EndAsync(int id, uint version, Viewer viewer, CancellationToken ct = default) =>
        ActAsync(id, version, incident => incident.End(viewer.Actor, clock.UtcNow), ct);

    /// <summary>
    /// What intake offers first: incidents running now that the call, as far as the form says, matches (a category or an
    /// area not chosen yet does not narrow the offer); one rule, <see cref="IncidentMatch"/>.
    /// </summary>
    public async Task<IReadOnlyList<IncidentSummary>> OfferAsync(int? categoryId, int? areaUnitId, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var running = await db.Incidents.AsNoTracking().Where(i => i.EndedAt == null && i.StartsAt <= now && i.EndsAt > now)
            .OrderBy(i => i.StartsAt).Take(Limits.PageSizeMax).ToListAsync(ct);
        var offered = new List<int>();
        foreach (var incident in running)
        {
            var place = await IncidentPlaces.OfAsync(db, categoryId ?? incident.CategoryId, areaUnitId ?? incident.AreaUnitId, ct);
            if (IncidentMatch.Matches(incident, place, now))
            {
                offered.Add(incident.Id);
            }
        }

        return offered.Count == 0 ? [] : await SummariesAsync(db.Incidents.Where(i => offered.Contains(i.Id)), ct);
    }

    /// <summary>The incidents not closed yet (running, or their callers still to be called back): the wall's and the dashboard's.</summary>
    public Task<List<IncidentSummary>> RunningAsync(CancellationToken ct = default) =>
        SummariesAsync(db.Incidents.Where(i => i.EndedAt == null
            || (i.CallbacksListedAt != null && db.IncidentCallbacks.Any(c => c.IncidentId == i.Id && !c.Done))), ct);

    public async Task<PagedList<IncidentSummary>> ListAsync(int page, CancellationToken ct = default)
    {
        page = Limits.ClampPage(page);
        var total = await db.Incidents.CountAsync(ct);
        var ids = await db.Incidents.OrderByDescending(i => i.DeclaredAt).ThenByDescending(i => i.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).Select(i => i.Id).ToListAsync(ct);
        var rows = await SummariesAsync(db.Incidents.Where(i => ids.Contains(i.Id)), ct);
        return new PagedList<IncidentSummary>(rows.OrderBy(r => ids.IndexOf(r.Id)).ToList(), page, PageSize, total);
    }

    public async Task<IncidentDetail?> DetailAsync(int id, CancellationToken ct = default)
    {
        var summary = (await SummariesAsync(db.Incidents.Where(i => i.Id == id), ct)).FirstOrDefault();
        if (summary is null)
        {
            return null;
        }

        var row = await db.Incidents.AsNoTracking().Where(i => i.Id == id).Select(i => new
        {
            i.DeclaredAt,
            i.DeclaredByName,
            i.EndedAt,
            i.EndedByName,
            MasterStatus = db.Tickets.Where(t => t.Id == i.MasterTicketId).Select(t => t.Status).First(),
            i.CallbacksListedAt,
            Listed = db.IncidentCallbacks.Count(c => c.IncidentId == i.Id),
            Waiting = db.IncidentCallbacks.Count(c => c.IncidentId == i.Id && !c.Done),
            i.Version,
        }).SingleAsync(ct);
        return new IncidentDetail(summary, row.DeclaredAt, row.DeclaredByName, row.EndedAt, row.EndedByName, row.MasterStatus,
            row.CallbacksListedAt, row.Listed, row.Waiting, row.Version);
    }

    /// <summary>The incident's attached calls, latest first, a page at a time.</summary>
    public async Task<PagedList<IncidentCallRow>> CallsAsync(int id, int page, CancellationToken ct = default)
    {
        page = Limits.ClampPage(page);
        var calls = db.IncidentCalls.AsNoTracking().Where(c => c.IncidentId == id);
        var total = await calls.CountAsync(ct);
        var rows = await calls.OrderByDescending(c => c.CallStartedAt).ThenByDescending(c => c.CallId)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new IncidentCallRow(c.CallId, c.Phone, c.CallerName, c.Words, c.CallStartedAt, c.AttachedAt))
            .ToListAsync(ct);
        return new PagedList<IncidentCallRow>(rows, page, PageSize, total);
    }

    /// <summary>The categories an incident may name: each active group (all its leaves) followed by its leaves.</summary>
    public async Task<IReadOnlyList<IncidentCategoryOption>> CategoryChoicesAsync(CancellationToken ct = default)
    {
        var all = await db.Categories.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new IncidentCategoryOption(c.Id, new LocalizedName(c.NameZh, c.NameEn), c.ParentId)).ToListAsync(ct);
        return all.Where(c => c.ParentId is null).SelectMany(g => all.Where(l => l.ParentId == g.Id).Prepend(g)).ToList();
    }

    /// <summary>
    /// The incidents whose master's result is out and whose callers still wait for it (not listed yet, or listed and
    /// not all called back): the callback queue shows them so the agents find the bulk callback.
    /// </summary>
    public Task<List<IncidentSummary>> AwaitingCallbacksAsync(CancellationToken ct = default) =>
        SummariesAsync(db.Incidents.Where(i => db.Tickets.Any(t => t.Id == i.MasterTicketId && Incident.ResultStatuses.Contains(t.Status))
            && (i.CallbacksListedAt == null || db.IncidentCallbacks.Any(c => c.IncidentId == i.Id && !c.Done))), ct);

    /// <summary>Attached calls so far (the wall's push reads it after each attach).</summary>
    public Task<int> AttachedCountAsync(int id, CancellationToken ct = default) => db.IncidentCalls.CountAsync(c => c.IncidentId == id, ct);

    private async Task<List<IncidentSummary>> SummariesAsync(IQueryable<Incident> incidents, CancellationToken ct)
    {
        var rows = await incidents.AsNoTracking().OrderBy(i => i.StartsAt).ThenBy(i => i.Id).Take(Limits.PageSizeMax).Select(i => new
        {
            i.Id,
            i.Name,
            Category = db.Categories.Where(c => c.Id == i.CategoryId).Select(c => new LocalizedName(c.NameZh, c.NameEn)).First(),
            Area = db.Units.Where(u => u.Id == i.AreaUnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
            i.StartsAt,
            i.EndsAt,
            Master = db.Tickets.Where(t => t.Id == i.MasterTicketId).Select(t => t.Number).First(),
            Attached = db.IncidentCalls.LongCount(c => c.IncidentId == i.Id),
            i.EndedAt,
            i.CallbacksListedAt,
            Waiting = db.IncidentCallbacks.Count(c => c.IncidentId == i.Id && !c.Done),
        }).ToListAsync(ct);
        return rows.Select(r => new IncidentSummary(r.Id, r.Name, r.Category, r.Area, r.StartsAt, r.EndsAt, r.Master, r.Attached,
            Incident.StageOf(r.EndedAt, r.CallbacksListedAt, r.Waiting))).ToList();
    }

    private async Task<ServiceResult<int>> ActAsync(int id, uint version, Action<Incident> act, CancellationToken ct)
    {
        var incident = await db.Incidents.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null)
        {
            return ServiceResult<int>.Fail(string.Empty, "Incident.Error.NotFound");
        }

        if (incident.Version != version)
        {
            return ServiceResult<int>.Fail(string.Empty, ServiceError.Concurrency);
        }

        try
        {
            act(incident);
            await db.SaveChangesAsync(ct);
            return ServiceResult<int>.Ok(incident.Id);
        }
        catch (DomainRuleException ex)
        {
            db.ChangeTracker.Clear();
            return ServiceResult<int>.Fail(string.Empty, ex.Code);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ServiceResult<int>.Fail(string.Empty, ServiceError.Concurrency);
        }
    }
}
