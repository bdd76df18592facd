using System.Globalization;
using System.Net;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Dashboards;

/// <summary>The unit page: a liaison lands on their own unit and cannot open another's; staff open any.</summary>
public sealed class UnitPerformancePageTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private Task<int> UnitAsync(string code) => app.QueryAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task A_liaison_lands_on_their_own_unit()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("liaison-heating");

        var page = await client.GetDocumentAsync("/Units/Performance");

        page.QuerySelector("[data-testid=unit-name]")!.TextContent.ShouldContain("热力");
        page.QuerySelectorAll("[data-testid=components] tbody tr").Length.ShouldBe(5);
        page.QuerySelectorAll("[data-testid=trend] tbody tr").Length.ShouldBe(12);
        page.QuerySelector("[data-testid=period]")!.TextContent.ShouldContain("2026-11");
    }

    [Fact]
    public async Task The_unit_page_shows_each_months_average_time_held_and_the_share_lost_to_misdispatch()
    {
        await app.FoldHoldingsAsync();

        using var client = new HtmlClient(app);
        await client.LoginAsync("liaison-heating");

        var page = await client.GetDocumentAsync("/Units/Performance");

        page.QuerySelectorAll("[data-testid=held-time] tbody tr").Length.ShouldBe(12);
        var november = page.QuerySelector("[data-testid=held-time] tr[data-month='2026-11']")!;
        int.Parse(november.QuerySelector("[data-testid=held-count]")!.TextContent, CultureInfo.InvariantCulture).ShouldBePositive();
        november.QuerySelector("[data-testid=held-natural]")!.TextContent.ShouldNotBe("—");
        november.QuerySelector("[data-testid=held-lost]")!.TextContent.ShouldEndWith("%");
        page.QuerySelector("#held-heading")!.TextContent.ShouldBe("持有时长（按月）");
    }

    [Fact]
    public async Task A_liaison_asking_for_another_unit_gets_not_found()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("liaison-heating");

        var response = await client.GetAsync($"/Units/Performance?id={await UnitAsync("water")}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_liaison_may_name_their_own_unit()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("liaison-heating");

        var response = await client.GetAsync($"/Units/Performance?id={await UnitAsync("heating")}&Kind=Year");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_supervisor_opens_any_unit_and_without_one_is_sent_to_the_ranking()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");

        var page = await client.GetDocumentAsync($"/Units/Performance?id={await UnitAsync("water")}&Kind=Week&Date=2026-11-18");
        var none = await client.GetAsync("/Units/Performance");
        var unknown = await client.GetAsync("/Units/Performance?id=999999");

        page.QuerySelector("[data-testid=unit-name]")!.TextContent.ShouldContain("自来水");
        page.QuerySelector("[data-testid=period]")!.TextContent.ShouldContain("2026-W47");
        none.RedirectPath().ShouldBe("/Dashboards/Ranking");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task All_time_ranks_every_unit_on_everything_up_to_today_and_links_back_to_itself()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");

        var ranking = await client.GetDocumentAsync("/Dashboards/Ranking?Kind=AllTime");
        var unit = await client.GetDocumentAsync($"/Units/Performance?id={await UnitAsync("heating")}&Kind=AllTime");

        ranking.QuerySelector("#period-kind option[selected]")!.GetAttribute("value").ShouldBe("AllTime");
        ranking.QuerySelector("[data-testid=period]")!.TextContent.ShouldContain("截至");
        ranking.QuerySelectorAll("a[rel=prev]").ShouldBeEmpty();
        ranking.QuerySelectorAll("[data-testid=ranking-row]").ShouldNotBeEmpty();
        // A unit's link keeps all time (named by its last day), and the drill-down lists have no lower date bound.
        var link = ranking.QuerySelector("[data-testid=ranking-row] th a")!.GetAttribute("href")!;
        link.ShouldContain("Kind=AllTime&Date=");
        link.ShouldNotContain("1900");
        ranking.QuerySelector("[data-testid=returns]")!.GetAttribute("href")!.ShouldNotContain("From=");
        unit.QuerySelector("[data-testid=period]")!.TextContent.ShouldContain("截至");
        unit.QuerySelectorAll("[data-testid=trend] tbody tr").Length.ShouldBe(12);
    }

    [Fact]
    public async Task The_trend_shows_each_month_s_objections_and_delegations_in_Chinese_and_in_English()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");
        var url = $"/Units/Performance?id={await UnitAsync("laishan")}";

        var chinese = await client.GetDocumentAsync(url);
        await client.SubmitAsync(chinese, "form[action='/Culture']", new Dictionary<string, string> { ["culture"] = "en" });
        var english = await client.GetDocumentAsync(url);

        foreach (var (page, objections, delegations) in new[]
        {
            (chinese, "派单异议（提出/成立/驳回）", "下派/受下派"),
            (english, "Objections (raised / upheld / rejected)", "Delegated / received"),
        })
        {
            var headings = page.QuerySelectorAll("[data-testid=trend] thead th").Select(th => th.TextContent.Trim()).ToList();
            headings.ShouldContain(objections);
            headings.ShouldContain(delegations);
            page.QuerySelectorAll("[data-testid=trend] tbody tr [data-testid=trend-objections]").Length.ShouldBe(12);
            page.QuerySelectorAll("[data-testid=trend] tbody tr [data-testid=trend-delegations]").Length.ShouldBe(12);
        }

        english.QuerySelector("[data-testid=trend] tbody tr [data-testid=trend-delegations]")!.TextContent.Trim().ShouldBe("0 / 0");
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("dispatcher")]
    public async Task Agents_and_dispatchers_are_refused(string user)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        (await client.GetAsync("/Units/Performance")).RedirectPath().ShouldBe("/Account/AccessDenied");
    }
}
