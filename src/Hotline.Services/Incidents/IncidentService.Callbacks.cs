using Hotline.Domain.Common;
using Hotline.Domain.Incidents;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Incidents;

/// <summary>批量回访: the attached callers listed once the master's result is out, and one recorded outcome per caller.</summary>
public sealed partial class IncidentService
{
    /// <summary>A bulk page holds at most this many callers; the ones still waiting come first.</summary>
    public const int CallbackPageSize = Limits.PageSizeMax;

    /// <summary>
    /// Lists every attached caller (by number) for a callback, in one statement: callers listed before are left as they are,
    /// so listing twice (a double click, a caller attached later) never lists anyone twice. Answers how many were added.
    /// </summary>
    public async Task<ServiceResult<int>> ListCallbacksAsync(int id, Viewer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The incident's row lock serialises two listings, so the second sees the first's rows and adds none.
        await db.Database.ExecuteSqlAsync($"SELECT id FROM incidents WHERE id = {id} FOR UPDATE", ct);
        var incident = await db.Incidents.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null)
        {
            return ServiceResult<int>.Fail(string.Empty, "Incident.Error.NotFound");
        }

        var masterStatus = await db.Tickets.Where(t => t.Id == incident.MasterTicketId).Select(t => t.Status).SingleAsync(ct);
        var now = clock.UtcNow;
        try
        {
            incident.ListCallbacks(masterStatus, viewer.Actor, now);
        }
        catch (DomainRuleException ex)
        {
            db.ChangeTracker.Clear();
            return ServiceResult<int>.Fail(string.Empty, ex.Code);
        }

        await db.SaveChangesAsync(ct);
        var added = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO incident_callbacks (incident_id, phone, caller_name, calls, listed_at, failed_days, done)
            SELECT c.incident_id, c.phone, max(c.caller_name), count(*), {now}, 0, false
            FROM incident_calls AS c
            WHERE c.incident_id = {id}
            GROUP BY c.incident_id, c.phone
            ON CONFLICT (incident_id, phone) DO NOTHING
            """, ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Incident {IncidentId}: {Added} callers listed for a callback by {User}", id, added, viewer.Actor.UserId);
        return ServiceResult<int>.Ok(added);
    }

    /// <summary>The listed callers, those still waiting first, then by number.</summary>
    public async Task<PagedList<IncidentCallbackRow>> CallbacksAsync(int id, int page, CancellationToken ct = default)
    {
        page = Limits.ClampPage(page);
        var callbacks = db.IncidentCallbacks.AsNoTracking().Where(c => c.IncidentId == id);
        var total = await callbacks.CountAsync(ct);
        var rows = await callbacks.OrderBy(c => c.Done).ThenBy(c => c.Phone)
            .Skip((page - 1) * CallbackPageSize).Take(CallbackPageSize)
            .Select(c => new IncidentCallbackRow(c.Id, c.Phone, c.CallerName, c.Calls, c.Done, c.Reached, c.Satisfaction, c.Solved,
                c.CitizenWords, c.FailedDays, c.RecordedAt, c.AgentName, c.Version))
            .ToListAsync(ct);
        return new PagedList<IncidentCallbackRow>(rows, page, CallbackPageSize, total);
    }

    /// <summary>
    /// Records the lines the agent filled in (reached chosen), all or nothing: a line refused, or changed by someone else
    /// since the page was loaded, refuses the whole save and nothing is recorded. Answers how many were recorded.
    /// </summary>
    public async Task<ServiceResult<int>> RecordCallbacksAsync(int id, IReadOnlyList<IncidentCallbackRowInput> rows, Viewer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(viewer);
        var filled = rows.Select((r, i) => (Row: r, Index: i)).Where(x => x.Row.Reached is not null).ToList();
        if (filled.Count == 0)
        {
            return ServiceResult<int>.Fail(string.Empty, "Incident.Error.NothingRecorded");
        }

        var errors = new List<ServiceError>();
        foreach (var (row, index) in filled)
        {
            var shape = await callbackRules.ValidateAsync(row.AsCallback(), ct);
            errors.AddRange(shape.Errors.Select(e => new ServiceError($"Rows[{index}].{e.PropertyName}", e.ErrorMessage)));
        }

        if (errors.Count > 0)
        {
            return ServiceResult<int>.Fail(errors);
        }

        var ids = filled.Select(x => x.Row.Id).ToList();
        var callbacks = await db.IncidentCallbacks.Where(c => c.IncidentId == id && ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var now = clock.UtcNow;
        var rules = options.Value.CallbackRules;
        try
        {
            foreach (var (row, index) in filled)
            {
                if (!callbacks.TryGetValue(row.Id, out var callback))
                {
                    db.ChangeTracker.Clear();
                    return ServiceResult<int>.Fail($"Rows[{index}]", "Incident.Error.NotFound");
                }

                if (callback.Version != row.Version)
                {
                    db.ChangeTracker.Clear();
                    return ServiceResult<int>.Fail(string.Empty, ServiceError.Concurrency);
                }

                // Between this read and the save, the row version read above still guards it.
                callback.Record(new CallbackReport(row.Reached!.Value, row.Satisfaction, row.Solved, row.CitizenWords, clock.LocalToday),
                    rules, viewer.Actor, now);
            }

            await db.SaveChangesAsync(ct);
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

        logger.LogInformation("Incident {IncidentId}: {Count} callbacks recorded by {User}", id, filled.Count, viewer.Actor.UserId);
        return ServiceResult<int>.Ok(filled.Count);
    }
}
