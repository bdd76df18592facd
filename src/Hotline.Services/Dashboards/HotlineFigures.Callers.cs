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
    /// Most repeat callers have two tickets; the list first groups only the callers with three or more (ADR 0039), and
    /// groups every repeat caller only when those are fewer than <paramref name="limit"/>.
    /// </summary>
    public async Task<List<RepeatCallerRow>> RepeatCallersAsync(DashboardPeriod period, int limit, CancellationToken ct = default)
    {
        var three = await RepeatCallersAsync(period, limit, threeOrMore: true, ct);
        return three.Count >= limit ? three : await RepeatCallersAsync(period, limit, threeOrMore: false, ct);
    }

    /// <summary>
    /// With <paramref name="threeOrMore"/>, only the callers with three tickets or more in the period: exactly those
    /// with a repeat day that holds three tickets or more, or two after an earlier day in the period, or is followed by
    /// another day with tickets in the period (<c>next_day</c>). A caller with two tickets has none of these: one day
    /// of two tickets after none in the period, or two days of one ticket of which the second is the last.
    /// </summary>
    private Task<List<RepeatCallerRow>> RepeatCallersAsync(DashboardPeriod period, int limit, bool threeOrMore, CancellationToken ct) =>
        Db.Database.SqlQuery<RepeatCallerRow>($"""
            SELECT p.phone AS phone,
                   (sum(p.tickets) + CASE WHEN bool_or(p.prev_day IS NULL OR p.prev_day < {period.From}) THEN 0 ELSE 1 END)::bigint AS tickets,
                   max(p.last_at) AS last_at
            FROM phone_days AS p
            WHERE (p.tickets >= 2 OR (p.tickets = 1 AND p.prev_day IS NOT NULL))
              AND (CASE WHEN p.tickets >= 2 THEN p.day WHEN p.tickets = 1 THEN p.prev_day END) >= {period.From}
              AND (CASE WHEN p.tickets >= 2 THEN p.day WHEN p.tickets = 1 THEN p.prev_day END) <= {period.To}
              AND p.day <= {period.To}
              AND (NOT {threeOrMore} OR p.phone IN (
                  SELECT c.phone
                  FROM phone_days AS c
                  WHERE (c.tickets >= 2 OR (c.tickets = 1 AND c.prev_day IS NOT NULL))
                    AND (CASE WHEN c.tickets >= 2 THEN c.day WHEN c.tickets = 1 THEN c.prev_day END) >= {period.From}
                    AND (CASE WHEN c.tickets >= 2 THEN c.day WHEN c.tickets = 1 THEN c.prev_day END) <= {period.To}
                    AND c.day <= {period.To}
                    AND (c.tickets >= 3 OR (c.tickets = 2 AND c.prev_day >= {period.From}) OR c.next_day <= {period.To})))
            GROUP BY p.phone
            ORDER BY 2 DESC, 3 DESC, p.phone
            LIMIT {limit}
            """).ToListAsync(ct);
}
