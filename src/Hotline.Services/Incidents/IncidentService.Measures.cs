using Hotline.Domain.Common;
using Hotline.Domain.Incidents;
using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Incidents;

/// <summary>The incidents in the measures: the dashboard's and a unit's, for a period.</summary>
public sealed partial class IncidentService
{
    private sealed record MeasureSums(int Id, string Name, DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset? EndedAt,
        DateTimeOffset? CallbacksListedAt, string MasterNumber, DateTimeOffset RegisteredAt, DateTimeOffset? ResolvedAt, DateTimeOffset? ClosedAt,
        int MasterStatus, long Attached, long Callers, long Offered, long Answered, long Listed, long Done);

    /// <summary>
    /// The incidents whose window overlaps the local days [<paramref name="from"/>, <paramref name="until"/>), latest first; with
    /// <paramref name="leadUnitId"/>, only those whose master that unit leads. The answer rate is the platform's over the
    /// quarter hours inside the window as far as it ran (the rollup, <c>phone_call_quarter_hours</c>), so the month's
    /// incidents cost a few index reads, not a scan of the calls.
    /// </summary>
    public async Task<IReadOnlyList<IncidentMeasures>> MeasuresAsync(DateOnly from, DateOnly until, int? leadUnitId = null,
        CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var (start, end) = (clock.StartOfLocalDay(from), clock.StartOfLocalDay(until));
        var rows = await db.Database.SqlQuery<MeasureSums>($"""
            SELECT i.id AS id, i.name AS name, i.starts_at AS starts_at, i.ends_at AS ends_at, i.ended_at AS ended_at,
                   i.callbacks_listed_at AS callbacks_listed_at, t.number AS master_number, t.registered_at AS registered_at,
                   t.resolved_at AS resolved_at, t.closed_at AS closed_at, t.status AS master_status,
                   c.attached AS attached, c.callers AS callers,
                   coalesce(q.offered, 0)::bigint AS offered, coalesce(q.answered, 0)::bigint AS answered,
                   b.listed AS listed, b.done AS done
            FROM incidents AS i
            JOIN tickets AS t ON t.id = i.master_ticket_id
            CROSS JOIN LATERAL (SELECT count(*) AS attached, count(DISTINCT phone) AS callers
                                FROM incident_calls WHERE incident_id = i.id) AS c
            CROSS JOIN LATERAL (SELECT count(*) AS listed, count(*) FILTER (WHERE done) AS done
                                FROM incident_callbacks WHERE incident_id = i.id) AS b
            LEFT JOIN LATERAL (SELECT sum(offered) AS offered, sum(answered) AS answered
                               FROM phone_call_quarter_hours
                               WHERE starts_at >= i.starts_at AND starts_at < least(i.ends_at, coalesce(i.ended_at, i.ends_at), {now})) AS q ON true
            WHERE i.starts_at < {end} AND least(i.ends_at, coalesce(i.ended_at, i.ends_at)) > {start}
              AND ({leadUnitId}::int IS NULL OR t.lead_unit_id = {leadUnitId})
            ORDER BY i.starts_at DESC, i.id DESC
            LIMIT {Limits.PageSizeMax}
            """).ToListAsync(ct);
        return rows.Select(r => new IncidentMeasures(r.Id, r.Name,
            Incident.StageOf(r.EndedAt, r.CallbacksListedAt, (int)(r.Listed - r.Done)), r.MasterNumber, r.Attached, r.Callers,
            new Rate(r.Answered, r.Offered), new Rate(r.Done, r.Listed),
            MasterResolvedAt(r.ResolvedAt, r.ClosedAt, (TicketStatus)r.MasterStatus) - r.RegisteredAt)).ToList();
    }

    /// <summary>When the master's result came out: its resolution, or its closure when it was closed without one (answered directly).</summary>
    private static DateTimeOffset? MasterResolvedAt(DateTimeOffset? resolvedAt, DateTimeOffset? closedAt, TicketStatus status) =>
        resolvedAt ?? (status == TicketStatus.Closed ? closedAt : null);
}
