using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>A unit's own page: its place, its twelve-month trend and its overdue assignments.</summary>
public sealed class UnitPageTests : DatabaseTest<MeasuresFixture>, IClassFixture<MeasuresFixture>
{
    public UnitPageTests(MeasuresFixture app)
        : base(app) => app.MeasureNow();

    private async Task<IReadOnlyList<TrendPoint>?> TrendAsync(string unit, string user = "supervisor")
    {
        var viewer = await App.ViewerAsync(user);
        return await App.UseAsync<UnitTrendService, IReadOnlyList<TrendPoint>?>(s => s.TrendAsync(App.Units[unit], MeasuresFixture.November, viewer));
    }

    [Fact]
    public async Task The_trend_s_months_hold_the_same_counts_as_the_period_query()
    {
        var trend = (await TrendAsync("heating")).ShouldNotBeNull();
        var november = await App.UseAsync<UnitMeasuresService, IReadOnlyDictionary<int, UnitCounts>>(s => s.CountAsync(MeasuresFixture.November));
        var october = await App.UseAsync<UnitMeasuresService, IReadOnlyDictionary<int, UnitCounts>>(s => s.CountAsync(MeasuresFixture.October));
        var heating = App.Units["heating"];

        trend.Select(p => p.Month.Code).ShouldBe(Enumerable.Range(0, 12).Select(i => new DateOnly(2025, 12, 1).AddMonths(i).ToString("yyyy-MM", null)));
        // Returns and extensions are not part of the trend: compare the rated counts.
        trend[^1].Counts.ShouldBe(november[heating] with { Returns = 0, Extensions = 0 });
        trend[^2].Counts.ShouldBe(october[heating] with { Returns = 0, Extensions = 0 });
        trend[^2].Index.ShouldNotBeNull().ShouldBe(30.0, 1e-9);
        trend.Take(10).ShouldAllBe(p => p.Index == null && p.Counts.Assigned == 0);
    }

    [Fact]
    public async Task The_unit_s_place_is_its_place_in_the_ranking()
    {
        var viewer = await App.ViewerAsync("liaison-heating");

        var page = await App.UseAsync<UnitPerformanceService, UnitPerformance?>(s =>
            s.GetAsync(App.Units["heating"], MeasuresFixture.November, viewer));

        page.ShouldNotBeNull();
        (page.Row.Rank, page.RankedCount, page.Row.IsFlagged).ShouldBe((5, 7, true));
    }

    [Fact]
    public async Task A_liaison_gets_nothing_about_another_unit()
    {
        var viewer = await App.ViewerAsync("liaison-water");
        var heating = App.Units["heating"];

        (await App.UseAsync<UnitPerformanceService, UnitPerformance?>(s => s.GetAsync(heating, MeasuresFixture.November, viewer))).ShouldBeNull();
        (await App.UseAsync<UnitPerformanceService, PagedList<OverdueAssignment>?>(s => s.OverdueAsync(heating, 1, viewer))).ShouldBeNull();
        (await TrendAsync("heating", "liaison-water")).ShouldBeNull();
        UnitPerformanceService.DefaultUnit(viewer).ShouldBe(App.Units["water"]);
    }

    [Fact]
    public async Task The_overdue_list_names_the_clock_that_ran_out_first()
    {
        var viewer = await App.ViewerAsync("liaison-heating");

        var overdue = await App.UseAsync<UnitPerformanceService, PagedList<OverdueAssignment>?>(s => s.OverdueAsync(App.Units["heating"], 1, viewer));

        // Only T8 is past a deadline now: never signed for (due 20 Nov 10:00).
        overdue.ShouldNotBeNull();
        overdue.TotalCount.ShouldBe(1);
        overdue.Items.Single().ShouldSatisfyAllConditions(
            o => o.Number.ShouldBe(App.Numbers["T8"]),
            o => o.Clock.ShouldBe(ClockKind.SignFor),
            o => o.DueAt.ShouldBe(MeasuresFixture.L(11, 20, 10)));
    }

    [Fact]
    public async Task Later_the_overdue_list_grows_with_the_clocks_that_ran_out_meanwhile()
    {
        App.Clock.AdjustTime(MeasuresFixture.L(12, 1, 19).ToUniversalTime());
        var viewer = await App.ViewerAsync("supervisor");

        var overdue = await App.UseAsync<UnitPerformanceService, PagedList<OverdueAssignment>?>(s => s.OverdueAsync(App.Units["heating"], 1, viewer));

        // By 19:00 T7's sign-for (12:00) and T7b's first contact (18:00) ran out too; most overdue first.
        overdue.ShouldNotBeNull().Items.Select(o => (o.Number, o.Clock)).ShouldBe([
            (App.Numbers["T8"], ClockKind.SignFor), (App.Numbers["T7"], ClockKind.SignFor), (App.Numbers["T7b"], ClockKind.FirstContact)]);
    }
}
