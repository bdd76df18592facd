using Hotline.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Dashboards;

public sealed partial class HotlineFigures
{
    private static readonly int[] OpenStates =
        [.. Enum.GetValues<TicketStatus>().Where(TicketTransitions.IsOpen).Select(s => (int)s)];

    /// <summary>
    /// Open tickets now by their active lead unit; a row without a unit holds the tickets waiting for dispatch.
    /// Overdue and nearly due look at the clock that is running, in the deadline monitor's order (dispatch while
    /// pending; then sign-for, first contact, resolution): past its deadline is overdue, within
    /// <paramref name="warningShare"/> of its limit is nearly due (the yellow warning). A resolved round's clocks
    /// have stopped, so a ticket waiting for its callback is open but neither.
    /// </summary>
    public Task<List<BacklogRow>> BacklogAsync(double warningShare, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        return Db.Database.SqlQuery<BacklogRow>($"""
            SELECT CASE WHEN t.status = {(int)TicketStatus.PendingDispatch} THEN NULL ELSE a.unit_id END AS unit_id,
                   count(*) AS open,
                   count(*) FILTER (WHERE {now} > r.due_at) AS overdue,
                   count(*) FILTER (WHERE {now} <= r.due_at
                       AND {now} >= r.due_at - {warningShare} * (r.due_at - LEAST(r.started_at, r.due_at))) AS nearly_due
            FROM tickets AS t
            LEFT JOIN assignments AS a ON a.ticket_id = t.id AND a.is_active AND a.role = {(int)AssignmentRole.Lead}
            CROSS JOIN LATERAL (SELECT
                CASE WHEN t.status = {(int)TicketStatus.PendingDispatch} THEN t.dispatch_due_at
                     WHEN a.id IS NULL OR a.resolved_at IS NOT NULL THEN NULL
                     WHEN a.signed_for_at IS NULL THEN a.sign_for_due_at
                     WHEN a.first_contact_at IS NULL THEN a.first_contact_due_at
                     ELSE a.resolve_due_at END AS due_at,
                CASE WHEN t.status = {(int)TicketStatus.PendingDispatch} THEN t.registered_at ELSE a.dispatched_at END AS started_at) AS r
            WHERE t.status = ANY({OpenStates})
            GROUP BY 1
            """).ToListAsync(ct);
    }
}
