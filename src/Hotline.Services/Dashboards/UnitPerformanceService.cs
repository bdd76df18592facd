using Hotline.Domain.Common;
using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Data.ReadReplica;
using Hotline.Services.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Dashboards;

/// <summary>
/// One unit's performance page (本单位考核): its components and place this period, and its overdue assignments now.
/// Liaisons may look at their own unit only; every method answers null (the page: 404) for another.
/// </summary>
public sealed class UnitPerformanceService(ReportingDb reporting, RankingService ranking, HotlineClock clock)
{
    // Reports read the standby when it keeps up (ReportingDb); nothing here writes.
    private HotlineDbContext Db => reporting.Context;

    public const int OverduePageSize = 20;

    /// <summary>The unit a viewer's page opens on: a liaison's own; nobody's for hotline staff (they pick one).</summary>
    public static int? DefaultUnit(Viewer viewer) => viewer?.IsUnitBound == true ? viewer.UnitId : null;

    public static bool MaySee(Viewer viewer, int unitId) => viewer is not null && (!viewer.IsUnitBound || viewer.UnitId == unitId);

    public async Task<UnitPerformance?> GetAsync(int unitId, Period period, Viewer viewer, CancellationToken ct = default)
    {
        if (!MaySee(viewer, unitId))
        {
            return null;
        }

        // The unit's place needs everyone's index: the whole ranking is three grouped queries.
        var report = await ranking.RankAsync(period, ct);
        return report.Rows.FirstOrDefault(r => r.UnitId == unitId) is { } row
            ? new UnitPerformance(row, report.RankedCount, report.Weights, period)
            : null;
    }

    /// <summary>Active lead assignments of the unit whose running clock is past its deadline now, most overdue first.</summary>
    public async Task<PagedList<OverdueAssignment>?> OverdueAsync(int unitId, int page, Viewer viewer, CancellationToken ct = default)
    {
        if (!MaySee(viewer, unitId))
        {
            return null;
        }

        var now = clock.UtcNow;
        page = Limits.ClampPage(page);
        // The running clock of each of the unit's active lead assignments (the view running_clocks), past its deadline.
        var overdue =
            from c in Db.RunningClocks
            where c.UnitId == unitId && c.Role == AssignmentRole.Lead && c.DueAt < now
            join t in Db.Tickets on c.TicketId equals t.Id
            select new
            {
                t.Id,
                t.Number,
                t.Status,
                t.RequestType,
                t.Urgency,
                t.CategoryId,
                DispatchedAt = c.StartedAt,
                c.Clock,
                c.DueAt,
            };
        var total = await overdue.CountAsync(ct);
        var rows = await overdue.OrderBy(o => o.DueAt).ThenBy(o => o.Id)
            .Skip((page - 1) * OverduePageSize).Take(OverduePageSize)
            .Select(o => new OverdueAssignment(o.Number, o.Status, o.RequestType, o.Urgency,
                Db.Categories.Where(c => c.Id == o.CategoryId).Select(c => new LocalizedName(c.NameZh, c.NameEn)).First(),
                o.DispatchedAt, o.Clock, o.DueAt))
            .ToListAsync(ct);
        return new PagedList<OverdueAssignment>(rows, page, OverduePageSize, total);
    }
}
