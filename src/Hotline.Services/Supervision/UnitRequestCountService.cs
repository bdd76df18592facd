using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Supervision;

/// <summary>
/// Approved returns and extensions per unit, counted by the time of the decision within [from, to).
/// A return counts on the lead assignment it ended; an extension on the request a supervisor approved.
/// </summary>
public sealed class UnitRequestCountService(HotlineDbContext db, HotlineClock clock)
{
    /// <summary>Units with at least one approved return or extension in the period, most requests first.</summary>
    public async Task<IReadOnlyList<UnitRequestCount>> CountsAsync(DateTimeOffset from, DateTimeOffset to,
        IReadOnlyCollection<int>? unitIds = null, CancellationToken ct = default)
    {
        var returns = db.Assignments.AsNoTracking()
            .Where(a => a.ReturnStatus == RequestStatus.Approved && a.ReturnDecidedAt >= from && a.ReturnDecidedAt < to);
        var extensions = db.ExtensionRequests.AsNoTracking()
            .Where(e => e.Status == RequestStatus.Approved && e.DecidedAt >= from && e.DecidedAt < to);
        if (unitIds is not null)
        {
            returns = returns.Where(a => unitIds.Contains(a.UnitId));
            extensions = extensions.Where(e => unitIds.Contains(e.UnitId));
        }

        var returned = await returns.GroupBy(a => a.UnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var extended = await extensions.GroupBy(e => e.UnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var ids = returned.Select(r => r.UnitId).Union(extended.Select(e => e.UnitId)).ToList();
        var names = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new LocalizedName(u.NameZh, u.NameEn), ct);
        return ids
            .Select(id => new UnitRequestCount(id, names[id],
                returned.FirstOrDefault(r => r.UnitId == id)?.Count ?? 0,
                extended.FirstOrDefault(e => e.UnitId == id)?.Count ?? 0))
            .OrderByDescending(c => c.ReturnsApproved + c.ExtensionsApproved).ThenBy(c => c.UnitId)
            .ToList();
    }

    /// <summary>The counts for the current local calendar month, as the decision pages show them next to each unit.</summary>
    public async Task<IReadOnlyDictionary<int, UnitRequestCount>> ThisMonthAsync(IReadOnlyCollection<int> unitIds, CancellationToken ct = default)
    {
        var today = clock.LocalToday;
        var first = new DateOnly(today.Year, today.Month, 1);
        var counts = await CountsAsync(clock.StartOfLocalDay(first), clock.StartOfLocalDay(first.AddMonths(1)), unitIds, ct);
        return counts.ToDictionary(c => c.UnitId);
    }
}
