using Hotline.Services.Dashboards;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>November's ranking of the fixture: seven rated units among the 66, worked out by hand.</summary>
public sealed class RankingTests : DatabaseTest<MeasuresFixture>, IClassFixture<MeasuresFixture>
{
    public RankingTests(MeasuresFixture app)
        : base(app) => app.MeasureNow();

    private Task<RankingReport> RankAsync() =>
        App.UseAsync<RankingService, RankingReport>(s => s.RankAsync(MeasuresFixture.November));

    [Fact]
    public async Task Rated_units_are_ranked_by_index_with_ties_broken_by_completion_rate_then_code()
    {
        var report = await RankAsync();

        // laishan 100 and water 100 tie, both 100% on time: "laishan" < "water". transport 75 and urban 75 tie the
        // same way. Then heating 72.33, housing 50, ecology 0.
        report.Rows.Where(r => r.IsRanked).Select(r => (r.Code, r.Rank)).ShouldBe([
            ("laishan", (int?)1), ("water", 2), ("transport", 3), ("urban", 4), ("heating", 5), ("housing", 6), ("ecology", 7)]);
        report.Rows.Single(r => r.Code == "heating").Index.ShouldNotBeNull().ShouldBe(72.333, 0.001);
        report.Rows.Single(r => r.Code == "housing").Index.ShouldNotBeNull().ShouldBe(50.0, 1e-9);
    }

    [Fact]
    public async Task The_five_lowest_of_the_seven_ranked_are_flagged_red()
    {
        var report = await RankAsync();

        report.Rows.Where(r => r.IsFlagged).Select(r => r.Code).ShouldBe(["transport", "urban", "heating", "housing", "ecology"]);
    }

    [Fact]
    public async Task Every_unit_is_listed_and_the_unrated_ones_come_after_without_a_rank()
    {
        var report = await RankAsync();

        report.Rows.Count.ShouldBe(66);
        report.RankedCount.ShouldBe(7);
        report.Rows.Skip(7).ShouldAllBe(r => r.Rank == null && r.Index == null && !r.IsFlagged);
        // An unrated unit shows no rate at all: "—", never 0% or 100%.
        report.Rows.Skip(7).ShouldAllBe(r => r.Score.SignFor.Value == null && r.Score.Satisfaction.Value == null);
    }

    [Fact]
    public async Task A_rate_with_nothing_measured_has_no_value_and_leaves_the_index_to_the_others()
    {
        var water = (await RankAsync()).Rows.Single(r => r.Code == "water");

        // No callback reached water's citizen: satisfaction and solved have no value, the index is (15+15+30)/60.
        water.Score.Satisfaction.Value.ShouldBeNull();
        water.Score.Solved.Value.ShouldBeNull();
        water.Index.ShouldBe(100.0);
    }
}
