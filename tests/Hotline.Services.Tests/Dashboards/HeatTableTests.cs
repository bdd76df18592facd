using Hotline.Services.Dashboards;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>The busiest leaf categories of the last 14 days, day by day.</summary>
[Collection(DashboardCollection.Name)]
public sealed class HeatTableTests(DashboardFixture app) : DatabaseTest<DashboardFixture>(app)
{
    [Fact]
    public async Task Leaf_categories_are_ranked_by_their_tickets_over_the_last_fourteen_days()
    {
        var heat = (await App.DashboardAsync()).Heat;

        heat.Period.ShouldBe(new DashboardPeriod(new DateOnly(2026, 11, 10), DashboardFixture.Today));
        // Heating: 2 and 4 on alternate days from 10 to 20 Nov (34), then 40 on the 21st. M1–M3 and H3 are older.
        heat.Rows.Select(r => (r.Name.En, r.Total)).ShouldBe(
        [
            ("Heating", 74L),
            ("Neighbourhood and commercial noise", 6L),
            ("Water outage", 5L),
            ("Illegal construction", 3L),
            ("Water bills and meters", 1L),
        ]);
    }

    [Fact]
    public async Task Each_cell_is_one_local_day_oldest_first()
    {
        var heat = (await App.DashboardAsync()).Heat;

        var heating = heat.Rows[0];
        heating.Parent.En.ShouldBe("Public utilities");
        heating.Counts.Count.ShouldBe(14);
        heating.Counts[11].ShouldBe(40);
        heating.Counts[0].ShouldBe(DashboardFixture.HeatingOn(new DateOnly(2026, 11, 10)));
        heat.Rows.Single(r => r.Name.En == "Illegal construction").Counts.TakeLast(2).ShouldBe([1L, 2L]);
        heat.Max.ShouldBe(40);
    }
}
