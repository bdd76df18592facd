using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>Open, overdue and nearly due tickets now, by active lead unit, with the dispatch queue as its own row.</summary>
[Collection(DashboardCollection.Name)]
public sealed class BacklogByUnitTests(DashboardFixture app) : DatabaseTest<DashboardFixture>(app)
{
    [Fact]
    public async Task Tickets_waiting_for_dispatch_come_first_as_their_own_row()
    {
        var pending = (await App.DashboardAsync()).Backlog[0];

        // Y2 (due 03:59) and T1 (due 04:01) are overdue; P3 (due 10:30, 30 min of 4 h left) is nearly due.
        pending.IsPendingDispatch.ShouldBeTrue();
        (pending.Open, pending.Overdue, pending.NearlyDue).ShouldBe((3, 2, 1));
    }

    [Fact]
    public async Task Units_are_listed_most_overdue_first_with_the_clock_that_is_running()
    {
        var units = (await App.DashboardAsync()).Backlog.Skip(1).ToList();

        // Heating: H3 past its resolution deadline, T3 past its 30-minute sign-for, T4 fine.
        // Water: F1 resolved (open until the callback, no clock running), Y1 fine, T5 with 6 of 30 sign-for minutes left.
        units.Select(u => u.Unit!.En).ShouldBe(["Municipal Heating Company", "Municipal Water Supply Company"]);
        (units[0].Open, units[0].Overdue, units[0].NearlyDue).ShouldBe((3, 2, 0));
        (units[1].Open, units[1].Overdue, units[1].NearlyDue).ShouldBe((3, 0, 1));
    }

    [Fact]
    public async Task The_totals_at_a_glance_are_the_sums_of_the_rows()
    {
        var dashboard = await App.DashboardAsync();

        (dashboard.Today.Open, dashboard.Today.Overdue, dashboard.Today.NearlyDue).ShouldBe((9, 4, 2));
    }
}
