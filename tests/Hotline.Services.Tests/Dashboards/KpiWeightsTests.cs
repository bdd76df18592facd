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

    [Fact]
    public async Task A_rate_on_fewer_cases_than_its_minimum_sample_shows_no_value_and_leaves_the_index()
    {
        // Heating reached 3 citizens on callback (2 solved); with at least 4 needed, both callback rates go.
        var before = (await App.UseAsync<RankingService, RankingReport>(s => s.RankAsync(MeasuresFixture.November))).Rows.Single(r => r.Code == "heating");
        var form = await FormAsync(15, 15, 30, 20, 20);
        (form.SatisfactionMinimum, form.SolvedMinimum) = (4, 4);
        (await SaveAsync(form)).Succeeded.ShouldBeTrue();

        var report = await App.UseAsync<RankingService, RankingReport>(s => s.RankAsync(MeasuresFixture.November));
        var heating = report.Rows.Single(r => r.Code == "heating");

        report.Weights.Minimums.ShouldBe(new SampleMinimums(0, 0, 0, 4, 4));
        (heating.Score.Solved.Numerator, heating.Score.Solved.Denominator, heating.Score.Solved.Value).ShouldBe((2, 3, (double?)null));
        heating.Score.Satisfaction.IsTooFew.ShouldBeTrue();
        before.Score.Solved.Value.ShouldNotBeNull();
        heating.Index.ShouldBe((heating.Score with { Satisfaction = default, Solved = default }).Index(KpiWeights.Default), "the index of the other three");
        (await SaveAsync(await FormAsync(15, 15, 30, 20, 20))).Succeeded.ShouldBeTrue();
        (await App.UseAsync<KpiWeightsService, KpiWeights>(s => s.GetAsync())).Minimums.ShouldBe(SampleMinimums.None);
    }

    [Fact]
    public async Task A_minimum_sample_below_zero_or_above_the_limit_is_refused_next_to_its_field()
    {
        var form = await FormAsync(15, 15, 30, 20, 20);
        (form.SignForMinimum, form.SolvedMinimum) = (-1, SampleMinimums.Max + 1);

        var result = await SaveAsync(form);

        result.Errors.ShouldBe([new ServiceError("SignForMinimum", SampleMinimums.ErrorOutOfRange), new ServiceError("SolvedMinimum", SampleMinimums.ErrorOutOfRange)]);
        (await App.UseAsync<KpiWeightsService, KpiWeights>(s => s.GetAsync())).Minimums.ShouldBe(SampleMinimums.None);
    }
}
