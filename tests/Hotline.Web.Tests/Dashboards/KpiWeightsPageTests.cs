using System.Net;
using AngleSharp.Html.Dom;
using Hotline.Services.Dashboards;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Dashboards;

/// <summary>The administrators' KPI weights form: bad weights are redisplayed with messages and nothing is saved.</summary>
public sealed class KpiWeightsPageTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private static Dictionary<string, string> Weights(string signFor, string firstResponse, string onTime, string satisfaction, string solved) => new()
    {
        ["Input.SignFor"] = signFor,
        ["Input.FirstResponse"] = firstResponse,
        ["Input.OnTimeCompletion"] = onTime,
        ["Input.Satisfaction"] = satisfaction,
        ["Input.Solved"] = solved,
    };

    private async Task<(HtmlClient Client, IHtmlDocument Page)> FormAsync()
    {
        var client = new HtmlClient(app);
        await client.LoginAsync("admin");
        return (client, await client.GetDocumentAsync("/Admin/Kpi"));
    }

    private Task<string?> StoredAsync() =>
        app.QueryAsync(db => db.Settings.Where(s => s.Key == KpiWeightsService.Key).Select(s => s.Value).FirstOrDefaultAsync());

    [Fact]
    public async Task The_form_shows_the_weights_in_force()
    {
        var (client, page) = await FormAsync();
        using var _ = client;

        ((IHtmlInputElement)page.QuerySelector("#w-OnTimeCompletion")!).Value.ShouldBe("30");
        ((IHtmlInputElement)page.QuerySelector("#w-SignFor")!).Value.ShouldBe("15");
    }

    [Theory]
    [InlineData("-5", "10", "SignFor", "权重不能为负数")]
    [InlineData("1001", "10", "SignFor", "权重不能超过 1000")]
    [InlineData("", "10", "SignFor", "此项必填")]
    [InlineData("abc", "10", "SignFor", "填写的值无效")]
    public async Task A_bad_weight_is_shown_next_to_its_field_and_nothing_is_saved(string signFor, string firstResponse, string field, string message)
    {
        var before = await StoredAsync();
        var (client, page) = await FormAsync();
        using var _ = client;

        var response = await client.SubmitAsync(page, "[data-testid=kpi-form]", Weights(signFor, firstResponse, "30", "20", "20"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var redisplayed = await HtmlClient.ParseAsync(response);
        redisplayed.QuerySelector($"[data-testid=error-{field}]")!.TextContent.ShouldContain(message);
        redisplayed.QuerySelector("[data-testid=kpi-error]")!.TextContent.ShouldContain("未保存");
        // What was typed stays in the box.
        ((IHtmlInputElement)redisplayed.QuerySelector($"#w-{field}")!).Value.ShouldBe(signFor);
        (await StoredAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task All_weights_zero_is_refused_for_the_whole_form()
    {
        var (client, page) = await FormAsync();
        using var _ = client;

        var response = await client.SubmitAsync(page, "[data-testid=kpi-form]", Weights("0", "0", "0", "0", "0"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlClient.ParseAsync(response)).QuerySelector("[data-testid=kpi-error]")!.TextContent.ShouldContain("至少要有一项权重大于 0");
    }

    [Fact]
    public async Task Valid_weights_are_saved_and_the_ranking_shows_them()
    {
        var (client, page) = await FormAsync();
        using var _ = client;

        var response = await client.SubmitAsync(page, "[data-testid=kpi-form]", Weights("10", "10", "40", "20", "20"));

        response.RedirectPath().ShouldBe("/Admin/Kpi");
        (await client.GetDocumentAsync("/Admin/Kpi")).QuerySelector("[data-testid=status-message]")!.TextContent.ShouldContain("已保存");
        (await client.GetDocumentAsync("/Dashboards/Ranking")).QuerySelector("[data-testid=weights]")!.TextContent.ShouldContain("按期办结率 40");
        (await client.SubmitAsync(await client.GetDocumentAsync("/Admin/Kpi"), "[data-testid=kpi-form]", Weights("15", "15", "30", "20", "20")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_minimum_sample_out_of_range_is_shown_next_to_its_field_and_one_in_range_is_saved_and_shown_on_the_ranking()
    {
        var before = await StoredAsync();
        var (client, page) = await FormAsync();
        using var _ = client;

        var refused = await client.SubmitAsync(page, "[data-testid=kpi-form]", new Dictionary<string, string> { ["Input.SatisfactionMinimum"] = "-3" });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var redisplayed = await HtmlClient.ParseAsync(refused);
        redisplayed.QuerySelector("[data-testid=error-SatisfactionMinimum]")!.TextContent.ShouldContain("最少样本数须在 0 至 100000 之间");
        ((IHtmlInputElement)redisplayed.QuerySelector("#m-Satisfaction")!).Value.ShouldBe("-3");
        (await StoredAsync()).ShouldBe(before);

        var saved = await client.SubmitAsync(await client.GetDocumentAsync("/Admin/Kpi"), "[data-testid=kpi-form]",
            new Dictionary<string, string> { ["Input.SatisfactionMinimum"] = "1000" });

        saved.RedirectPath().ShouldBe("/Admin/Kpi");
        ((IHtmlInputElement)(await client.GetDocumentAsync("/Admin/Kpi")).QuerySelector("#m-Satisfaction")!).Value.ShouldBe("1000");
        var ranking = await client.GetDocumentAsync("/Dashboards/Ranking");
        ranking.QuerySelector("[data-testid=minimums]")!.TextContent.ShouldContain("回访满意率 1000");
        ranking.QuerySelectorAll("[data-component=Satisfaction] [data-testid=rate]").ShouldAllBe(r => r.TextContent.Trim() == "—");
        ranking.QuerySelectorAll("[data-component=Satisfaction] [data-too-few]").ShouldNotBeEmpty();
        (await client.SubmitAsync(await client.GetDocumentAsync("/Admin/Kpi"), "[data-testid=kpi-form]",
            new Dictionary<string, string> { ["Input.SatisfactionMinimum"] = "0" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
