using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Data.ReadReplica;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Dashboards;

/// <summary>
/// The hotline-wide figures of docs/measures.md as grouped SQL, shared by the supervisor dashboard and the wall
/// monitor. Every query bounds its time column by two instants (an index range) and groups by the local date,
/// <c>(column AT TIME ZONE zone)::date</c>, so a day means the hotline's day whatever the server's zone is.
/// </summary>
public sealed partial class HotlineFigures(ReportingDb reporting, HotlineClock clock)
{
    // A context of its own (AlongsideAsync), else the request's reports' (the standby when it keeps up, ReportingDb).
    // Nothing here writes.
    private HotlineDbContext? _own;

    private HotlineDbContext Db => _own ?? reporting.Context;

    /// <summary>
    /// Runs <paramref name="read"/> on figures of its own, on a connection of its own to the database this request's
    /// reports read (ReportingDb.OpenSibling), so it runs while the caller reads its other figures: the dashboard's
    /// heaviest statements overlap instead of adding up (ADR 0039).
    /// </summary>
    public async Task<T> AlongsideAsync<T>(Func<HotlineFigures, Task<T>> read)
    {
        await using var db = reporting.OpenSibling();
        return await read(new HotlineFigures(reporting, clock) { _own = db });
    }

    /// <summary>"Answered within 15 s" (GB/T 33358-2016).</summary>
    public static readonly TimeSpan AnswerTarget = TimeSpan.FromSeconds(15);

    private string Zone => clock.Zone.Id;

    /// <summary>
    /// Phone calls by local day and hour (intake logs letters, web forms and walk-ins as call rows too; they are not
    /// calls); <c>Timed</c> counts calls whose answer time the telephone system reported. Read from the quarter-hour
    /// rollup (<c>call_quarter_hours</c>, docs/decisions/0012-figure-rollups.md): a local day starts on a quarter hour
    /// and a quarter hour lies within one local hour, so the sums are the calls' own counts.
    /// </summary>
    public Task<List<CallHourRow>> CallsByHourAsync(DashboardPeriod period, CancellationToken ct = default) =>
        Db.Database.SqlQuery<CallHourRow>($"""
            SELECT (q.starts_at AT TIME ZONE {Zone})::date AS day,
                   extract(hour FROM q.starts_at AT TIME ZONE {Zone})::int AS hour,
                   sum(q.calls)::bigint AS calls,
                   sum(q.timed)::bigint AS timed,
                   sum(q.within_target)::bigint AS within_target
            FROM call_quarter_hours AS q
            WHERE q.channel = {(int)Channel.Phone} AND q.starts_at >= {period.Start(clock)} AND q.starts_at < {period.End(clock)}
            GROUP BY 1, 2
            HAVING sum(q.calls) > 0
            """).ToListAsync(ct);

    /// <summary>
    /// Tickets registered by leaf category and local day, with the direct answers among them, read from the daily
    /// rollup (<c>ticket_category_days</c>, kept in the hotline's zone).
    /// </summary>
    public Task<List<CategoryDayRow>> TicketsByCategoryAsync(DashboardPeriod period, CancellationToken ct = default) =>
        Db.Database.SqlQuery<CategoryDayRow>($"""
            SELECT d.category_id AS category_id, d.day AS day, d.tickets::bigint AS tickets, d.direct::bigint AS direct
            FROM ticket_category_days AS d
            WHERE d.day >= {period.From} AND d.day <= {period.To} AND d.tickets > 0
            """).ToListAsync(ct);

    /// <summary>Tickets registered in the period (the wall's one number), from the same rollup.</summary>
    public Task<long> TicketsRegisteredAsync(DashboardPeriod period, CancellationToken ct = default) =>
        Db.Database.SqlQuery<long>($"""
            SELECT coalesce(sum(d.tickets), 0)::bigint AS "Value"
            FROM ticket_category_days AS d
            WHERE d.day >= {period.From} AND d.day <= {period.To}
            """).SingleAsync(ct);
}
