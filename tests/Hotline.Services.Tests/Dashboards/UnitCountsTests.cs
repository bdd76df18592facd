using Hotline.Domain.Performance;
using Hotline.Services.Dashboards;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>The numerators and denominators of the fixture's units, worked out by hand from its stories.</summary>
public sealed class UnitCountsTests : DatabaseTest<MeasuresFixture>, IClassFixture<MeasuresFixture>
{
    public UnitCountsTests(MeasuresFixture app)
        : base(app) => app.MeasureNow();

    private Task<IReadOnlyDictionary<int, UnitCounts>> CountAsync(Period period, int? unitId = null) =>
        App.UseAsync<UnitMeasuresService, IReadOnlyDictionary<int, UnitCounts>>(s => s.CountAsync(period, unitId));

    [Fact]
    public async Task Heating_in_november_counts_what_its_stories_say()
    {
        var heating = (await CountAsync(MeasuresFixture.November))[App.Units["heating"]];

        // Sign-for decided: T1 T2 T4 T5 T8 (past due) and T7b (signed); not T3 (round 2 went out in October), not T6
        // (taken away), not T7 (due 12:00, still running). On time: T1 T4 T5 T7b.
        (heating.SignedOnTime, heating.Assigned).ShouldBe((4L, 6L));
        // First contact decided: T1 T2 T4 T5 T8; T7 and T7b still running. On time: T1 T4 T5.
        (heating.ContactedOnTime, heating.ContactMeasured).ShouldBe((3L, 5L));
        // Resolution fell due in November: T1 (met exactly), T2 (late), T3 round 2 (3 Nov, met), T4, T5 (moved to
        // 16 Nov, met on 14 Nov), T8 (25 Nov, never resolved). On time: T1 T3 T4 T5.
        (heating.ResolvedOnTime, heating.FellDue).ShouldBe((4L, 6L));
        // Reached callbacks in November: T1 (satisfied, solved), T2 (basically satisfied, unsolved), T3 round 2
        // (satisfied, solved); T4's three unreachable attempts count nowhere.
        (heating.Satisfied, heating.Solved, heating.CallbacksReached).ShouldBe((3L, 2L, 3L));
        (heating.Returns, heating.Extensions, heating.ReviewReturns).ShouldBe((1L, 1L, 1L));
    }

    [Fact]
    public async Task Heating_s_index_is_the_weighted_mean_of_its_rates()
    {
        var heating = (await CountAsync(MeasuresFixture.November))[App.Units["heating"]];

        // 15×4/6 + 15×3/5 + 30×4/6 + 20×3/3 + 20×2/3 = 10 + 9 + 20 + 20 + 13.33 = 72.33 (weights sum to 100).
        heating.Score.Index(KpiWeights.Default).ShouldNotBeNull().ShouldBe(72.333, 0.001);
    }

    [Fact]
    public async Task A_reopened_ticket_counts_each_round_in_its_own_month()
    {
        var heating = (await CountAsync(MeasuresFixture.October))[App.Units["heating"]];

        // October holds T3 round 1 (signed and contacted on time, resolved late, dissatisfied and unsolved) and round
        // 2's dispatch (signed and contacted on time on 25 Oct); round 2's resolution and callback are November's.
        (heating.SignedOnTime, heating.Assigned).ShouldBe((2L, 2L));
        (heating.ContactedOnTime, heating.ContactMeasured).ShouldBe((2L, 2L));
        (heating.ResolvedOnTime, heating.FellDue).ShouldBe((0L, 1L));
        (heating.Satisfied, heating.Solved, heating.CallbacksReached).ShouldBe((0L, 0L, 1L));
        // 15×1 + 15×1 + 30×0 + 20×0 + 20×0 = 30.
        heating.Score.Index(KpiWeights.Default).ShouldNotBeNull().ShouldBe(30.0, 1e-9);
    }

    [Fact]
    public async Task The_unit_a_returned_ticket_went_to_next_is_counted_for_it()
    {
        var water = (await CountAsync(MeasuresFixture.November))[App.Units["water"]];

        // T6 at water: signed, contacted and resolved on time (due 13 Nov); no callback yet.
        (water.SignedOnTime, water.Assigned, water.ContactedOnTime, water.ContactMeasured, water.ResolvedOnTime, water.FellDue)
            .ShouldBe((1L, 1L, 1L, 1L, 1L, 1L));
        water.CallbacksReached.ShouldBe(0);
        water.Score.Satisfaction.Value.ShouldBeNull();
        water.Returns.ShouldBe(0);
    }

    [Fact]
    public async Task Asking_for_one_unit_counts_the_same_as_the_whole_table()
    {
        var all = await CountAsync(MeasuresFixture.November);

        var one = await CountAsync(MeasuresFixture.November, App.Units["heating"]);

        one.Keys.ShouldBe([App.Units["heating"]]);
        one[App.Units["heating"]].ShouldBe(all[App.Units["heating"]]);
    }

    [Fact]
    public async Task Clocks_still_running_are_not_counted_until_they_are_decided()
    {
        // On 2 Dec at 13:00 T7's sign-for (due 1 Dec 12:00) and both first contacts (due 18:00) have run out.
        App.Clock.AdjustTime(MeasuresFixture.L(12, 2, 13).ToUniversalTime());

        var heating = (await CountAsync(MeasuresFixture.November))[App.Units["heating"]];

        (heating.SignedOnTime, heating.Assigned).ShouldBe((4L, 7L));
        (heating.ContactedOnTime, heating.ContactMeasured).ShouldBe((3L, 7L));
    }
}
