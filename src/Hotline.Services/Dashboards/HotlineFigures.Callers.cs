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
    /// of two tickets after none in the period, or two days of one ticket of which the second is the last. The repeat
    /// days are one definition read twice (NOT MATERIALIZED: two scans of the index, a hashed semi-join); the filter is
    /// left out of the statement rather than switched off by a parameter, which would cost a subplan per row.
    /// </summary>
    private Task<List<RepeatCallerRow>> RepeatCallersAsync(DashboardPeriod period, int limit, bool threeOrMore, CancellationToken ct) =>
        Db.Database.SqlQueryRaw<RepeatCallerRow>(threeOrMore ? ThreeOrMoreCallersSql : RepeatCallersSql, period.From, period.To, limit)
            .ToListAsync(ct);

    private static readonly string RepeatCallersSql = RepeatDaysSql + TopCallersSql;
    private static readonly string ThreeOrMoreCallersSql = RepeatDaysSql + ThreeOrMoreSql + TopCallersSql;

    // {0} the period's first day, {1} its last, {2} how many callers.
    private const string RepeatDaysSql = """
        WITH repeat_days AS NOT MATERIALIZED (
            SELECT p.phone, p.tickets, p.prev_day, p.next_day, p.last_at
            FROM phone_days AS p
            WHERE (p.tickets >= 2 OR (p.tickets = 1 AND p.prev_day IS NOT NULL))
              AND (CASE WHEN p.tickets >= 2 THEN p.day WHEN p.tickets = 1 THEN p.prev_day END) >= {0}
              AND (CASE WHEN p.tickets >= 2 THEN p.day WHEN p.tickets = 1 THEN p.prev_day END) <= {1}
              AND p.day <= {1})
        SELECT r.phone AS phone,
               (sum(r.tickets) + CASE WHEN bool_or(r.prev_day IS NULL OR r.prev_day < {0}) THEN 0 ELSE 1 END)::bigint AS tickets,
               max(r.last_at) AS last_at
        FROM repeat_days AS r

        """;

    private const string ThreeOrMoreSql = """
        WHERE r.phone IN (SELECT c.phone FROM repeat_days AS c
                          WHERE c.tickets >= 3 OR (c.tickets = 2 AND c.prev_day >= {0}) OR c.next_day <= {1})

        """;

    private const string TopCallersSql = """
        GROUP BY r.phone
        ORDER BY 2 DESC, 3 DESC, r.phone
        LIMIT {2}
        """;
}
