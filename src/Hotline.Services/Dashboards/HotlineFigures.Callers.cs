using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Dashboards;

public sealed partial class HotlineFigures
{
    /// <summary>Callers with at least two tickets registered in the period, most tickets first.</summary>
    public Task<List<RepeatCallerRow>> RepeatCallersAsync(DashboardPeriod period, int limit, CancellationToken ct = default) =>
        Db.Database.SqlQuery<RepeatCallerRow>($"""
            SELECT t.caller_phone AS phone, count(*) AS tickets, max(t.registered_at) AS last_at
            FROM tickets AS t
            WHERE t.registered_at >= {period.Start(clock)} AND t.registered_at < {period.End(clock)}
            GROUP BY t.caller_phone
            HAVING count(*) >= 2
            ORDER BY count(*) DESC, max(t.registered_at) DESC, t.caller_phone
            LIMIT {limit}
            """).ToListAsync(ct);
}
