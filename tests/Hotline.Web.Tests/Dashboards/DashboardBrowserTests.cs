using System.Collections.Concurrent;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Journeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Dashboards;

/// <summary>The supervisor dashboard in Chromium at 1366×768: the chart is drawn from /lib, and its numbers lead to tickets.</summary>
public sealed class DashboardBrowserTests(HotlineWebFactory app, BrowserFixture browser) : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_dashboard_draws_its_trend_chart_with_the_vendored_chart_js_and_asks_nothing_of_other_servers()
    {
        await app.ColdSnapAsync();
        var page = await browser.SignInAsync(app, "supervisor");
        var requests = new ConcurrentQueue<string>();
        page.Request += (_, request) => requests.Enqueue(request.Url);

        await page.Locator("[data-testid=nav-dashboard]").ClickAsync();

        await Expect(page.Locator("[data-testid=trend-chart]")).ToHaveAttributeAsync("data-rendered", "true");
        (await page.EvaluateAsync<bool>("() => Chart.getChart(document.getElementById('trend-chart'))?.data.datasets.length === 4")).ShouldBeTrue();
        (await page.EvaluateAsync<int>("() => document.getElementById('trend-chart').getBoundingClientRect().height")).ShouldBeGreaterThan(150);
        requests.ShouldContain(url => new Uri(url).AbsolutePath == "/lib/chart.js-4.6.1/chart.umd.min.js");
        requests.ShouldAllBe(url => url.StartsWith(app.BaseAddress.ToString(), StringComparison.Ordinal));
        await Expect(page.Locator("[data-testid=surge-row]")).ToContainTextAsync("供暖");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(1366);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "dashboard.png") });
        await BrowserFixture.ScreenshotAsync(page, "dashboard-full");
    }

    [Fact]
    public async Task A_heat_cell_leads_to_the_ticket_list_filtered_to_its_category_and_day()
    {
        await app.ColdSnapAsync();
        var page = await browser.SignInAsync(app, "supervisor");
        await page.GotoAsync("/Dashboards");
        var cell = page.Locator("[data-testid=heat-row]").First.Locator("td.heat-cell a").First;
        var count = (await cell.TextContentAsync())!.Trim();

        await cell.ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/Tickets?CategoryId=", StringComparison.Ordinal));
        await Expect(page.Locator("[data-testid=result-count]")).ToHaveTextAsync($"共 {count} 条工单");
        (await page.Locator("[data-testid=ticket-row]").CountAsync()).ShouldBe(Math.Min(int.Parse(count, null), 20));
    }

    [Fact]
    public async Task The_trend_figures_are_also_a_table_for_those_who_cannot_see_the_chart()
    {
        var page = await browser.SignInAsync(app, "supervisor");
        await page.GotoAsync("/Dashboards");

        await page.Locator("[data-testid=trend-table] summary").ClickAsync();

        await Expect(page.Locator("[data-testid=trend-table] tbody tr")).ToHaveCountAsync(30);
        await Expect(page.Locator("[data-testid=trend-table] tbody tr").First.Locator("th")).ToHaveTextAsync("2026-11-23");
    }

    [Fact]
    public async Task In_english_the_dashboard_still_fits_the_screen()
    {
        await app.ColdSnapAsync();
        var page = await browser.SignInAsync(app, "supervisor");

        await page.GotoAsync("/Dashboards?culture=en");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Supervisor dashboard");
        await Expect(page.Locator("[data-testid=trend-chart]")).ToHaveAttributeAsync("data-rendered", "true");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(1366);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "dashboard-en.png") });
    }
}
