using Hotline.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Hotline.Web.Tests.Dashboards;

/// <summary>The ranking and the unit page in Chromium at 1366×768; screenshots land in TestResults/screenshots.</summary>
public sealed class RankingBrowserTests(HotlineWebFactory app, BrowserFixture browser) : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_supervisor_reads_the_month_s_ranking_opens_a_figure_and_downloads_the_workbook()
    {
        var page = await SignInAsync("supervisor");

        await page.Locator("nav [data-testid=nav-ranking]").ClickAsync();

        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("统计排名");
        await Assertions.Expect(page.Locator("[data-testid=period]")).ToContainTextAsync("2026-11");
        await Assertions.Expect(page.Locator("[data-testid=ranking-row]")).ToHaveCountAsync(66);
        // The red flag is a label, not only a colour.
        await Assertions.Expect(page.Locator("tr.ranking-flagged [data-testid=red-flag]")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("tr.ranking-flagged [data-testid=red-flag]").First).ToContainTextAsync("红牌");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(1366);
        await BrowserFixture.ScreenshotAsync(page, "ranking");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=export-excel]").ClickAsync());
        download.SuggestedFilename.ShouldBe("单位排名-2026-11.xlsx");

        var denominator = page.Locator("[data-testid=ranking-row]").First.Locator("[data-testid=rate-counts] a").Last;
        var count = (await denominator.TextContentAsync())!.Trim();
        await denominator.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=measure-chip]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=result-count]")).ToContainTextAsync(count);
        await BrowserFixture.ScreenshotAsync(page, "ranking-drill-down");
    }

    [Fact]
    public async Task A_liaison_opens_their_unit_s_page_from_the_menu()
    {
        await app.FoldHoldingsAsync();
        var page = await SignInAsync("liaison-heating");

        await page.Locator("nav [data-testid=nav-unit-performance]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=unit-name]")).ToContainTextAsync("市热力有限公司");
        (await page.Locator("[data-testid=trend] tbody tr").CountAsync()).ShouldBe(12);
        await Assertions.Expect(page.Locator("[data-testid=held-time] tr[data-month='2026-11'] [data-testid=held-lost]")).ToContainTextAsync("%");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(1366);
        await BrowserFixture.ScreenshotAsync(page, "unit-performance");
    }

    private async Task<IPage> SignInAsync(string user)
    {
        var page = await browser.NewPageAsync(app);
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_UserName").FillAsync(user);
        await page.Locator("#Input_Password").FillAsync(HtmlClient.Password);
        await page.Locator("[data-testid=login-submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        return page;
    }
}
