using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Delegation;
using Hotline.Services.Objections;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Dashboards;

/// <summary>
/// A unit's dispatch objections and delegations in each month of its trend, by the rules of the month's unit page
/// (<see cref="ObjectionService.RaisedIn"/>, <see cref="DelegationService.ReceivedIn"/>, <see cref="DelegationService.GivenIn"/>)
/// applied to each month's instants: one statement, a part per month, each part a few counts on the rules' small partial
/// indexes.
/// </summary>
internal static class TrendHandOffs
{
    public static async Task<Dictionary<DateOnly, (ObjectionCounts Objections, int DelegatedOut, int DelegatedIn)>> ByMonthAsync(
        HotlineDbContext db, HotlineClock clock, int unitId, IReadOnlyList<Period> months, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(months);
        IQueryable<MonthRow>? all = null;
        foreach (var month in months)
        {
            var (start, end) = (clock.StartOfLocalDay(month.From), clock.StartOfLocalDay(month.EndExclusive));
            var raised = ObjectionService.RaisedIn(db, start, end).Where(a => a.UnitId == unitId);
            var received = DelegationService.ReceivedIn(db, start, end).Where(a => a.UnitId == unitId);
            var given = DelegationService.GivenIn(db, start, end).Where(unit => unit == unitId);
            var first = month.From;
            var part = db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new MonthRow
            {
                Month = first,
                Raised = raised.Count(),
                Upheld = raised.Count(a => a.ObjectionStatus == RequestStatus.Approved),
                Rejected = raised.Count(a => a.ObjectionStatus == RequestStatus.Rejected),
                DelegatedOut = given.Count(),
                DelegatedIn = received.Count(),
            });
            all = all is null ? part : all.Concat(part);
        }

        if (all is null)
        {
            return [];
        }

        var rows = await all.ToListAsync(ct);
        return rows.ToDictionary(r => r.Month, r => (new ObjectionCounts(r.Raised, r.Upheld, r.Rejected), r.DelegatedOut, r.DelegatedIn));
    }

    private sealed class MonthRow
    {
        public DateOnly Month { get; init; }
        public int Raised { get; init; }
        public int Upheld { get; init; }
        public int Rejected { get; init; }
        public int DelegatedOut { get; init; }
        public int DelegatedIn { get; init; }
    }
}
