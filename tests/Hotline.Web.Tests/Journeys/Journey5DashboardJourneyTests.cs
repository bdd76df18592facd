using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Hotline.Web.Tests.Dashboards;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Journeys;

/// <summary>
/// PRODUCT.md journey 5: a supervisor opens the dashboard — today's counts, overdue tickets by unit, a chart of the last
/// 30 days, the categories surging this week — goes to the month's unit ranking with the bottom five flagged, and
/// exports it to Excel, which opens with the figures the page showed.
/// </summary>
public sealed class Journey5DashboardJourneyTests(HotlineWebFactory app, BrowserFixture browser) : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_supervisor_reads_the_dashboard_then_exports_the_month_s_ranking_to_excel()
    {
        await app.ColdSnapAsync();
        // Supervisors land on the dashboard when they sign in.
        var page = await browser.SignInAsync(app, "supervisor");

        await Expect(page).ToHaveURLAsync(new Regex("/Dashboards$"));
        // Today at a glance: the demo day has registered tickets and calls.
        (await CountAsync(page, "kpi-registered-value")).ShouldBeGreaterThan(0);
        (await CountAsync(page, "kpi-calls-value")).ShouldBeGreaterThan(0);
        await Expect(page.Locator("[data-testid=kpi-answered-value]")).ToHaveTextAsync(new Regex(@"^\d+\.\d%$"));
        // Open and overdue tickets by unit.
        (await page.Locator("[data-testid=backlog-row]").CountAsync()).ShouldBeGreaterThan(0);
        // The last 30 days as a chart (and a table), and this week's surge: heating in the cold snap.
        await Expect(page.Locator("[data-testid=trend-chart]")).ToHaveAttributeAsync("data-rendered", "true");
        await Expect(page.Locator("[data-testid=surge-row]").First).ToContainTextAsync("供暖");
        await BrowserFixture.ScreenshotAsync(page, "journey5-dashboard");

        await page.Locator("[data-testid=ranking-link]").ClickAsync();

        await Expect(page.Locator("[data-testid=period]")).ToContainTextAsync("2026-11");
        await Expect(page.Locator("tr.ranking-flagged [data-testid=red-flag]")).ToHaveCountAsync(5);
        var firstRow = await page.Locator("[data-testid=ranking-row]").First.InnerTextAsync();
        await BrowserFixture.ScreenshotAsync(page, "journey5-ranking");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=export-excel]").ClickAsync());
        download.SuggestedFilename.ShouldBe("单位排名-2026-11.xlsx");
        var file = Path.Combine(BrowserFixture.ScreenshotDirectory, "journey5-ranking.xlsx");
        await download.SaveAsAsync(file);
        using var workbook = new XLWorkbook(file);
        var sheet = workbook.Worksheet(1);
        // Headed as the page is (ADR 0031): the period first, the column headers after the heading and an empty line.
        sheet.Cell(1, 1).GetString().ShouldBe("统计排名 2026-11");
        var h = sheet.Column(1).CellsUsed().First(c => c.GetString() == "排名").Address.RowNumber;
        sheet.Cell(h - 1, 1).IsEmpty().ShouldBeTrue();
        sheet.Cell(h, 2).GetString().ShouldBe("单位");
        sheet.Cell(h + 1, 1).GetDouble().ShouldBe(1);
        firstRow.ShouldContain(sheet.Cell(h + 1, 2).GetString());
    }

    private static async Task<int> CountAsync(IPage page, string testId)
    {
        var text = await page.Locator($"[data-testid={testId}]").First.InnerTextAsync();
        return int.Parse(new string(text.Where(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
    }
}
