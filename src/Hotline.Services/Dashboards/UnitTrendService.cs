using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Data.ReadReplica;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Dashboards;

/// <summary>
/// A unit's last twelve months in ONE grouped query: the assignments by local month of dispatch (sign-for, first
/// response) and of resolution deadline (on-time completion), and the reached callbacks by month of the call, unioned
/// and summed per month. The conditions are those of <see cref="AssignmentMeasures"/> and
/// <see cref="CallbackMeasures"/> written in SQL; a test holds each month equal to the period counts.
/// </summary>
public sealed class UnitTrendService(ReportingDb reporting, KpiWeightsService weights, HotlineClock clock)
{
    // Reports read the standby when it keeps up (ReportingDb); nothing here writes.
    private HotlineDbContext Db => reporting.Context;

    public const int Months = 12;

    public async Task<IReadOnlyList<TrendPoint>?> TrendAsync(int unitId, Period period, Viewer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (!UnitPerformanceService.MaySee(viewer, unitId))
        {
            return null;
        }

        var months = period.MonthsEndingHere(Months);
        var start = clock.StartOfLocalDay(months[0].From);
        var end = clock.StartOfLocalDay(months[^1].EndExclusive);
        var now = clock.UtcNow;
        var zone = clock.Zone.Id;
        const int lead = (int)AssignmentRole.Lead;
        const int satisfied = (int)Satisfaction.Satisfied;
        const int basically = (int)Satisfaction.BasicallySatisfied;
        var rows = await Db.Database.SqlQuery<TrendRow>($"""
            SELECT x.month AS month,
                   sum(x.assigned)::bigint AS assigned, sum(x.signed_on_time)::bigint AS signed_on_time,
                   sum(x.contact_measured)::bigint AS contact_measured, sum(x.contacted_on_time)::bigint AS contacted_on_time,
                   sum(x.fell_due)::bigint AS fell_due, sum(x.resolved_on_time)::bigint AS resolved_on_time,
                   sum(x.reached)::bigint AS reached, sum(x.satisfied)::bigint AS satisfied, sum(x.solved)::bigint AS solved
            FROM (
                SELECT date_trunc('month', a.dispatched_at AT TIME ZONE {zone})::date AS month,
                       CASE WHEN a.signed_for_at IS NOT NULL OR a.sign_for_due_at < {now} THEN 1 ELSE 0 END AS assigned,
                       CASE WHEN a.signed_for_at <= a.sign_for_due_at THEN 1 ELSE 0 END AS signed_on_time,
                       CASE WHEN a.first_contact_at IS NOT NULL OR a.first_contact_due_at < {now} THEN 1 ELSE 0 END AS contact_measured,
                       CASE WHEN a.first_contact_at <= a.first_contact_due_at THEN 1 ELSE 0 END AS contacted_on_time,
                       0 AS fell_due, 0 AS resolved_on_time, 0 AS reached, 0 AS satisfied, 0 AS solved
                FROM assignments AS a
                WHERE a.unit_id = {unitId} AND a.role = {lead} AND (a.is_active OR a.resolved_at IS NOT NULL)
                  AND a.dispatched_at >= {start} AND a.dispatched_at < {end}
                UNION ALL
                SELECT date_trunc('month', a.resolve_due_at AT TIME ZONE {zone})::date, 0, 0, 0, 0, 1,
                       CASE WHEN a.resolved_at <= a.resolve_due_at THEN 1 ELSE 0 END, 0, 0, 0
                FROM assignments AS a
                WHERE a.unit_id = {unitId} AND a.role = {lead} AND (a.is_active OR a.resolved_at IS NOT NULL)
                  AND a.resolve_due_at >= {start} AND a.resolve_due_at < {end} AND a.resolve_due_at < {now}
                UNION ALL
                SELECT date_trunc('month', c.attempted_at AT TIME ZONE {zone})::date, 0, 0, 0, 0, 0, 0, 1,
                       CASE WHEN c.satisfaction IN ({satisfied}, {basically}) THEN 1 ELSE 0 END,
                       CASE WHEN c.solved THEN 1 ELSE 0 END
                FROM callbacks AS c
                WHERE c.unit_id = {unitId} AND c.reached AND c.attempted_at >= {start} AND c.attempted_at < {end}
            ) AS x
            GROUP BY x.month
            """).ToListAsync(ct);

        var kpi = await weights.GetAsync(ct);
        var byMonth = rows.ToDictionary(r => r.Month);
        return months.Select(m =>
        {
            var r = byMonth.GetValueOrDefault(m.From);
            var counts = r is null
                ? UnitCounts.None(unitId)
                : new UnitCounts(unitId, r.Assigned, r.SignedOnTime, r.ContactMeasured, r.ContactedOnTime, r.FellDue, r.ResolvedOnTime,
                    r.Reached, r.Satisfied, r.Solved, 0, 0);
            return new TrendPoint(m, counts, counts.Score.Index(kpi));
        }).ToList();
    }
}
