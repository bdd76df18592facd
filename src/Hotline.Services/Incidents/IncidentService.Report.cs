using Hotline.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Incidents;

/// <summary>The incident report: grouped SQL over the incident's calls and the platform's calls in its window.</summary>
public sealed partial class IncidentService
{
    public async Task<IncidentReport?> ReportAsync(int id, CancellationToken ct = default)
    {
        var detail = await DetailAsync(id, ct);
        if (detail is null)
        {
            return null;
        }

        var start = detail.Summary.StartsAt;
        var end = new[] { detail.Summary.EndsAt, detail.EndedAt ?? DateTimeOffset.MaxValue, clock.UtcNow }.Min();
        var zone = clock.Zone.Id;
        var hours = await db.Database.SqlQuery<IncidentHourRow>($"""
            WITH counted AS (
                SELECT date_trunc('hour', c.call_started_at AT TIME ZONE {zone}) AS hour, count(*) AS attached, 0::bigint AS arrived, 0::bigint AS answered
                FROM incident_calls AS c WHERE c.incident_id = {id}
                GROUP BY 1
                UNION ALL
                SELECT date_trunc('hour', p.arrived_at AT TIME ZONE {zone}), 0, count(*), count(p.answered_at)
                FROM phone_calls AS p WHERE p.arrived_at >= {start} AND p.arrived_at < {end}
                GROUP BY 1
            )
            SELECT hour AS hour, sum(attached)::bigint AS attached, sum(arrived)::bigint AS arrived, sum(answered)::bigint AS answered
            FROM counted GROUP BY hour ORDER BY hour
            """).ToListAsync(ct);
        var master = await db.Incidents.Where(i => i.Id == id)
            .Select(i => db.Tickets.Where(t => t.Id == i.MasterTicketId).Select(t => new { t.RegisteredAt, t.ResolvedAt, t.ClosedAt, t.Status }).First())
            .SingleAsync(ct);
        var callers = await db.IncidentCalls.Where(c => c.IncidentId == id).Select(c => c.Phone).Distinct().LongCountAsync(ct);
        var callbacks = db.IncidentCallbacks.Where(c => c.IncidentId == id);
        var counts = await callbacks.GroupBy(c => 1).Select(g => new IncidentCallbackCounts(
            g.LongCount(),
            g.LongCount(c => !c.Done),
            g.LongCount(c => c.Reached == true && c.Satisfaction == Satisfaction.Satisfied),
            g.LongCount(c => c.Reached == true && c.Satisfaction == Satisfaction.BasicallySatisfied),
            g.LongCount(c => c.Reached == true && c.Satisfaction == Satisfaction.Dissatisfied),
            g.LongCount(c => c.Done && c.Reached == false),
            g.LongCount(c => c.Reached == true && c.Solved == true))).FirstOrDefaultAsync(ct)
            ?? new IncidentCallbackCounts(0, 0, 0, 0, 0, 0, 0);
        return new IncidentReport(detail, hours, master.RegisteredAt, MasterResolvedAt(master.ResolvedAt, master.ClosedAt, master.Status), callers, counts);
    }
}
