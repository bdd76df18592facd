using Hotline.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Dashboards;

public sealed partial class HotlineFigures
{
    private static readonly int[] OpenStates =
        [.. Enum.GetValues<TicketStatus>().Where(TicketTransitions.IsOpen).Select(s => (int)s)];

    /// <summary>
    /// Open tickets now by their active lead unit; a row without a unit holds the tickets waiting for dispatch.
    /// Overdue and nearly due read the clock running on the ticket (the view running_clocks: the dispatch clock while
    /// pending, then the lead's sign-for, first contact or resolution) and its colour with
    /// <paramref name="warningShare"/> (hotline_clock_warning), as every queue and the work list do. A resolved round's
    /// clocks have stopped, so a ticket waiting for its callback is open but neither.
    /// </summary>
    public Task<List<BacklogRow>> BacklogAsync(double warningShare, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        return Db.Database.SqlQuery<BacklogRow>($"""
            SELECT CASE WHEN t.status = {(int)TicketStatus.PendingDispatch} THEN NULL ELSE a.unit_id END AS unit_id,
                   count(*) AS open,
                   count(*) FILTER (WHERE w.warning = 2) AS overdue,
                   count(*) FILTER (WHERE w.warning = 1) AS nearly_due
            FROM tickets AS t
            LEFT JOIN assignments AS a ON a.ticket_id = t.id AND a.is_active AND a.role = {(int)AssignmentRole.Lead}
            LEFT JOIN running_clocks AS c ON c.ticket_id = t.id
                AND (c.clock = {(int)ClockKind.Dispatch} OR c.role = {(int)AssignmentRole.Lead})
            CROSS JOIN LATERAL (SELECT hotline_clock_warning(c.started_at, c.due_at, {now}, {warningShare}) AS warning) AS w
            WHERE t.status = ANY({OpenStates})
            GROUP BY 1
            """).ToListAsync(ct);
    }
}
