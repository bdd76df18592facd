using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Dashboards;

public sealed partial class HotlineFigures
{
    /// <summary>
    /// Callers with at least two tickets registered in the period, most tickets first, from the rollup of tickets per
    /// caller and local day (<c>phone_days</c>, docs/decisions/0023-unit-figure-rollups.md).
    /// </summary>
    public Task<List<RepeatCallerRow>> RepeatCallersAsync(DashboardPeriod period, int limit, CancellationToken ct = default) =>
        Db.Database.SqlQuery<RepeatCallerRow>($"""
            SELECT p.phone AS phone, sum(p.tickets)::bigint AS tickets, max(p.last_at) AS last_at
            FROM phone_days AS p
            WHERE p.day >= {period.From} AND p.day <= {period.To}
            GROUP BY p.phone
            HAVING sum(p.tickets) >= 2
            ORDER BY sum(p.tickets) DESC, max(p.last_at) DESC, p.phone
            LIMIT {limit}
            """).ToListAsync(ct);
}
