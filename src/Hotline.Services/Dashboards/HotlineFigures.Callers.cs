using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Dashboards;

public sealed partial class HotlineFigures
{
    /// <summary>
    /// Callers with at least two tickets registered in the period, most tickets first, from the rollup of tickets per
    /// caller and local day (<c>phone_days</c>, docs/decisions/0023-unit-figure-rollups.md). It reads only the days that
    /// make a repeat (the index <c>ix_phone_days_repeats</c>, hotline_count_caller): a day of two tickets or more, or a
    /// day whose caller's previous day with tickets lies in the period. Every day of a repeat caller in the period but
    /// the first is such a day; the first is too when it holds two tickets or more (its previous day lies before the
    /// period), and otherwise it holds one ticket and is added as one. Its last ticket is never the caller's last.
    /// </summary>
    public Task<List<RepeatCallerRow>> RepeatCallersAsync(DashboardPeriod period, int limit, CancellationToken ct = default) =>
        Db.Database.SqlQuery<RepeatCallerRow>($"""
            SELECT p.phone AS phone,
                   (sum(p.tickets) + CASE WHEN bool_or(p.prev_day IS NULL OR p.prev_day < {period.From}) THEN 0 ELSE 1 END)::bigint AS tickets,
                   max(p.last_at) AS last_at
            FROM phone_days AS p
            WHERE (p.tickets >= 2 OR (p.tickets = 1 AND p.prev_day IS NOT NULL))
              AND (CASE WHEN p.tickets >= 2 THEN p.day WHEN p.tickets = 1 THEN p.prev_day END) >= {period.From}
              AND (CASE WHEN p.tickets >= 2 THEN p.day WHEN p.tickets = 1 THEN p.prev_day END) <= {period.To}
              AND p.day <= {period.To}
            GROUP BY p.phone
            ORDER BY 2 DESC, 3 DESC, p.phone
            LIMIT {limit}
            """).ToListAsync(ct);
}
