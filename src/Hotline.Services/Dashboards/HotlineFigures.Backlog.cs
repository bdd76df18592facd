using Hotline.Domain.Tickets;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Dashboards;

public sealed partial class HotlineFigures
{
    // The open states as SQL literals (OpenTicketStates), as the partial index ix_tickets_open_by_lead_unit states them.
    // OFFSET 0 keeps the colour a column computed once per clock: inlined, each FILTER computed it again.
    private static readonly string BacklogSql = $$"""
        SELECT g.unit_id AS unit_id, u.name_zh AS name_zh, u.name_en AS name_en,
               sum(g.open)::bigint AS open, sum(g.overdue)::bigint AS overdue, sum(g.nearly_due)::bigint AS nearly_due
        FROM (SELECT CASE WHEN t.status = {{(int)TicketStatus.PendingDispatch}} THEN NULL ELSE t.lead_unit_id END AS unit_id,
                     count(*) AS open, 0 AS overdue, 0 AS nearly_due
              FROM tickets AS t
              WHERE t.status IN ({{OpenTicketStates.SqlList}})
              GROUP BY 1
              UNION ALL
              SELECT w.unit_id, 0, count(*) FILTER (WHERE w.warning = 2), count(*) FILTER (WHERE w.warning = 1)
              FROM (SELECT CASE WHEN c.clock = {{(int)ClockKind.Dispatch}} THEN NULL ELSE c.unit_id END AS unit_id,
                           hotline_clock_warning(c.started_at, c.due_at, {0}, {1}) AS warning
                    FROM running_clocks AS c
                    WHERE c.clock = {{(int)ClockKind.Dispatch}} OR c.role = {{(int)AssignmentRole.Lead}}
                    OFFSET 0) AS w
              GROUP BY 1) AS g
        LEFT JOIN units AS u ON u.id = g.unit_id
        GROUP BY g.unit_id, u.name_zh, u.name_en
        """;

    /// <summary>
    /// Open tickets now by their lead unit (<c>tickets.lead_unit_id</c>, the unit of the ticket's active lead
    /// assignment); a row without a unit holds the tickets waiting for dispatch. Overdue and nearly due read the clock
    /// running on the ticket (the view running_clocks: the dispatch clock while pending, then the lead's sign-for, first
    /// contact or resolution) and its colour with <paramref name="warningShare"/> (hotline_clock_warning), as every
    /// queue and the work list do. A resolved round's clocks have stopped, so a ticket waiting for its callback is open
    /// but neither. Two grouped scans instead of a join per open ticket: the open tickets from the partial index
    /// <c>ix_tickets_open_by_lead_unit</c>, the running clocks from <c>ix_assignments_running</c> alone (it states the
    /// ticket's status as each assignment carries it, ADR 0039); at ten million tickets ~1,000 buffers instead of
    /// ~198,000 (docs/performance.md, "10M dashboard, part 2", "Repeat callers by candidates, the backlog alongside").
    /// </summary>
    public Task<List<BacklogRow>> BacklogAsync(double warningShare, CancellationToken ct = default) =>
        Db.Database.SqlQueryRaw<BacklogRow>(BacklogSql, clock.UtcNow, warningShare).ToListAsync(ct);
}
