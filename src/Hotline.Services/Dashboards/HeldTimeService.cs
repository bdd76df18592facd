using Hotline.Domain.Performance;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Data.ReadReplica;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Dashboards;

/// <summary>
/// Per unit and month, how long its lead holdings lasted and the share lost to misdispatch (issue 18 §1), summed from
/// the stored holdings (<c>ticket_holdings</c>, kept by HoldingFold from the one rule, HoldingTimeline). A holding
/// counts in the month it ended, in the hotline's zone; one still running counts nowhere yet.
/// </summary>
public sealed class HeldTimeService(ReportingDb reporting, HotlineClock clock)
{
    // Reports read the standby when it keeps up (ReportingDb); nothing here writes.
    private HotlineDbContext Db => reporting.Context;

    /// <summary>The unit's held time in each of <paramref name="months"/>, or null when the viewer may not see the unit.</summary>
    public async Task<IReadOnlyList<HeldTime>?> MonthsAsync(int unitId, IReadOnlyList<Period> months, Viewer viewer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(months);
        if (!UnitPerformanceService.MaySee(viewer, unitId) || months.Count == 0)
        {
            return null;
        }

        var rows = await SumAsync(unitId, months[0].From, months[^1].To, ct);
        var byMonth = rows.ToDictionary(r => r.Month, r => r.Held);
        return [.. months.Select(m => byMonth.GetValueOrDefault(new DateOnly(m.From.Year, m.From.Month, 1)) ?? HeldTime.None)];
    }

    private async Task<List<(DateOnly Month, HeldTime Held)>> SumAsync(int unitId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (start, end) = (clock.StartOfLocalDay(from), clock.StartOfLocalDay(to.AddDays(1)));
        int[] misdispatch = [.. HeldTime.MisdispatchEnds.Select(e => (int)e)];
        var rows = await Db.Database.SqlQuery<HeldRow>($"""
            SELECT date_trunc('month', hotline_local_day(h.to_at))::date AS month, count(*)::int AS holdings,
                   sum(h.natural) AS natural, sum(h.working) AS working,
                   count(*) FILTER (WHERE h.end_kind = ANY({misdispatch}))::int AS misdispatched,
                   coalesce(sum(h.natural) FILTER (WHERE h.end_kind = ANY({misdispatch})), interval '0') AS misdispatched_natural
            FROM ticket_holdings AS h
            WHERE h.unit_id = {unitId} AND h.to_at >= {start} AND h.to_at < {end} AND h.to_at IS NOT NULL AND h.is_lead
            GROUP BY 1
            """).ToListAsync(ct);
        return [.. rows.Select(r => (r.Month, new HeldTime(r.Holdings, r.Natural, r.Working, r.Misdispatched, r.MisdispatchedNatural)))];
    }

    private sealed class HeldRow
    {
        public DateOnly Month { get; init; }
        public int Holdings { get; init; }
        public TimeSpan Natural { get; init; }
        public TimeSpan Working { get; init; }
        public int Misdispatched { get; init; }
        public TimeSpan MisdispatchedNatural { get; init; }
    }
}
