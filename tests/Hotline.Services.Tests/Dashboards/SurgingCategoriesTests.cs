using Hotline.Services.Dashboards;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>Categories surging in the last 7 days against their own previous 28 days.</summary>
[Collection(DashboardCollection.Name)]
public sealed class SurgingCategoriesTests(DashboardFixture app) : DatabaseTest<DashboardFixture>(app)
{
    [Fact]
    public async Task The_heating_cold_snap_shows_up_with_its_day_count_and_baseline()
    {
        var dashboard = await App.DashboardAsync();

        dashboard.SurgePeriod.ShouldBe(new DashboardPeriod(new DateOnly(2026, 11, 17), DashboardFixture.Today));
        var heating = dashboard.Surges.ShouldHaveSingleItem();
        heating.Name.En.ShouldBe("Heating");
        heating.PeakDay.ShouldBe(DashboardFixture.ColdSnapDay);
        heating.PeakCount.ShouldBe(40);
        heating.BaselineMean.ShouldBe(3, tolerance: 1e-9);
        heating.BaselineDeviation.ShouldBe(1, tolerance: 1e-9);
        heating.SurgeDays.ShouldBe(1);
    }

    [Fact]
    public async Task Six_noise_complaints_out_of_nowhere_are_unusual_but_below_ten_so_not_a_surge()
    {
        (await App.DashboardAsync()).Surges.ShouldNotContain(s => s.Name.En == "Neighbourhood and commercial noise");
    }
}
