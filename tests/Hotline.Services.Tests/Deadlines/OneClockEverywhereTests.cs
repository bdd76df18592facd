using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Supervision;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Deadlines;

/// <summary>
/// The dashboard, the supervisor's work list and the measures read the same running clocks: the work list counts and
/// shows tickets overdue for dispatch, and its overdue count is the dashboard's.
/// </summary>
public sealed class OneClockEverywhereTests(DemoDatabaseFixture app) : DatabaseTest<DemoDatabaseFixture>(app), IClassFixture<DemoDatabaseFixture>
{
    [Theory]
    [InlineData(0)]
    [InlineData(30)]
    [InlineData(24 * 60)]
    [InlineData(3 * 24 * 60)]
    public async Task The_work_list_counts_the_overdue_the_dashboard_counts_tickets_overdue_for_dispatch_included(int minutesLater)
    {
        App.Clock.SetUtcNow(TestDatabase.DefaultNow.AddMinutes(minutesLater));

        var backlog = (await App.UseAsync<HotlineDashboardService, SupervisorDashboard>(s => s.GetAsync())).Backlog;
        var (clocks, overdue) = await App.UseAsync<SupervisorWorkListService, (PagedList<WatchedClock>, int)>(s => s.ClocksAsync(new WorkListFilter()));

        overdue.ShouldBe((int)backlog.Sum(b => b.Overdue));
        clocks.TotalCount.ShouldBe((int)backlog.Sum(b => b.Overdue + b.NearlyDue));
        var waitingOverdue = (int)backlog.Where(b => b.IsPendingDispatch).Sum(b => b.Overdue);
        var (dispatchClocks, _) = await App.UseAsync<SupervisorWorkListService, (PagedList<WatchedClock>, int)>(s =>
            s.ClocksAsync(new WorkListFilter { Warning = WarningLevel.Red }));
        if (minutesLater >= 24 * 60)
        {
            // A day on, every ticket still waiting for dispatch is overdue, and the list shows them.
            waitingOverdue.ShouldBeGreaterThan(0);
        }

        var measured = await App.ReadAsync(db => db.Tickets.WithMeasure(new TicketFilter { Measure = Domain.Performance.Measure.Overdue }, db,
            new MeasureWindow(null, null, App.Clock.GetUtcNow(), 0.25)).CountAsync());
        measured.ShouldBe(overdue);
        if (waitingOverdue > 0 && dispatchClocks.TotalCount <= WorkListFilter.PageSize)
        {
            dispatchClocks.Items.Count(c => c.Clock == ClockKind.Dispatch).ShouldBe(waitingOverdue);
            dispatchClocks.Items.Where(c => c.Clock == ClockKind.Dispatch).ShouldAllBe(c => c.Unit == null && c.UnitId == null && c.Status == TicketStatus.PendingDispatch);
        }
    }
}
