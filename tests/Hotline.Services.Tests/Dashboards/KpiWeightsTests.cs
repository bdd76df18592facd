using Hotline.Domain.Performance;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>Administrators' weights: validated, stored in settings, and the ranking follows them.</summary>
public sealed class KpiWeightsTests : DatabaseTest<MeasuresFixture>, IClassFixture<MeasuresFixture>
{
    public KpiWeightsTests(MeasuresFixture app)
        : base(app) => app.MeasureNow();

    private async Task<ServiceResult<KpiWeights>> SaveAsync(KpiWeightsInput input, string user = "admin")
    {
        var actor = (await App.ViewerAsync(user)).Actor;
        return await App.UseAsync<KpiWeightsService, ServiceResult<KpiWeights>>(s => s.SaveAsync(input, actor));
    }

    private async Task<KpiWeightsInput> FormAsync(decimal signFor, decimal firstResponse, decimal onTime, decimal satisfaction, decimal solved) => new()
    {
        SignFor = signFor,
        FirstResponse = firstResponse,
        OnTimeCompletion = onTime,
        Satisfaction = satisfaction,
        Solved = solved,
        Current = await App.UseAsync<KpiWeightsService, string>(s => s.CurrentAsync()),
    };

    [Fact]
    public async Task Changing_the_weights_changes_the_index_and_the_order()
    {
        // All the weight on "solved": heating 2/3 → 66.67; units without reached callbacks have no index at all.
        (await SaveAsync(await FormAsync(0, 0, 0, 0, 1))).Succeeded.ShouldBeTrue();

        var report = await App.UseAsync<RankingService, RankingReport>(s => s.RankAsync(MeasuresFixture.November));

        report.Weights.ShouldBe(new KpiWeights(0, 0, 0, 0, 1));
        var heating = report.Rows.Single(r => r.Code == "heating");
        heating.Index.ShouldNotBeNull().ShouldBe(66.667, 0.001);
        heating.Rank.ShouldBe(1);
        report.RankedCount.ShouldBe(1);
        (await SaveAsync(await FormAsync(15, 15, 30, 20, 20))).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Weights_that_are_negative_or_all_zero_are_refused_and_nothing_changes()
    {
        var before = await App.UseAsync<KpiWeightsService, KpiWeights>(s => s.GetAsync());

        var negative = await SaveAsync(await FormAsync(-1, 15, 30, 20, 20));
        var zero = await SaveAsync(await FormAsync(0, 0, 0, 0, 0));
        var missing = await SaveAsync(new KpiWeightsInput { SignFor = 10 });

        negative.Errors.ShouldBe([new ServiceError("SignFor", KpiWeights.ErrorNegative)]);
        zero.Errors.ShouldBe([new ServiceError(string.Empty, KpiWeights.ErrorSumZero)]);
        missing.Errors.Select(e => e.Field).ShouldBe(["FirstResponse", "OnTimeCompletion", "Satisfaction", "Solved"]);
        (await App.UseAsync<KpiWeightsService, KpiWeights>(s => s.GetAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Only_an_administrator_may_change_the_weights()
    {
        var result = await SaveAsync(await FormAsync(10, 10, 10, 10, 10), user: "supervisor");

        result.Errors.ShouldBe([new ServiceError(string.Empty, ServiceError.AdminOnly)]);
    }

    [Fact]
    public async Task A_save_over_weights_someone_else_saved_meanwhile_is_refused()
    {
        var stale = await FormAsync(10, 10, 10, 10, 10);
        (await SaveAsync(await FormAsync(20, 20, 20, 20, 20))).Succeeded.ShouldBeTrue();

        var result = await SaveAsync(stale);

        result.Errors.ShouldBe([new ServiceError(string.Empty, ServiceError.Concurrency)]);
        (await App.UseAsync<KpiWeightsService, KpiWeights>(s => s.GetAsync())).ShouldBe(new KpiWeights(20, 20, 20, 20, 20));
        (await SaveAsync(await FormAsync(15, 15, 30, 20, 20))).Succeeded.ShouldBeTrue();
    }
}
