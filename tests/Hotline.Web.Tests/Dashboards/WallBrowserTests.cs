using Hotline.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Dashboards;

/// <summary>
/// The wall monitor in Chromium at 1920×1080. The browser's clock is Playwright's, so 30 seconds pass at once and no
/// test sleeps; the data requests are real, or aborted/refused by a route to play a network blip or an expired session.
/// </summary>
public sealed class WallBrowserTests(HotlineWebFactory app, BrowserFixture browser) : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    private const int RefreshMs = 30_000;

    [Fact]
    public async Task The_wall_refreshes_its_figures_every_30_seconds_without_reloading()
    {
        var page = await WallAsync();
        var tickets = int.Parse((await page.Locator("[data-testid=wall-tickets]").TextContentAsync())!, null);
        await BrowserFixture.ScreenshotAsync(page, "wall");

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var number = await app.RegisterNowAsync("13905357777");
        await page.Clock.FastForwardAsync(RefreshMs);

        await Expect(FirstNumber(page)).ToHaveTextAsync(number);
        await Expect(page.Locator("[data-testid=wall-tickets]")).ToHaveTextAsync((tickets + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-testid=wall-latest] tr").First).ToContainTextAsync("139****7777");
        await Expect(page.Locator("[data-testid=wall-updated]")).ToHaveTextAsync("更新于 " + Local(app.Clock.GetUtcNow()));
        (await page.EvaluateAsync<bool>("() => window.sameDocument === true")).ShouldBeTrue();
    }

    [Fact]
    public async Task A_network_blip_keeps_the_last_figures_says_it_is_reconnecting_and_recovers_by_itself()
    {
        var page = await WallAsync();
        var shown = await FirstNumber(page).TextContentAsync();
        var attempts = 0;
        await page.RouteAsync(url => url.Contains("handler=Data", StringComparison.Ordinal), async route =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                await route.AbortAsync("internetdisconnected");
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        var number = await app.RegisterNowAsync("13905356666");

        await page.Clock.FastForwardAsync(RefreshMs);

        await Expect(page.Locator("[data-testid=wall-status]")).ToHaveTextAsync("连接中断，正在重连…");
        await Expect(FirstNumber(page)).ToHaveTextAsync(shown!);
        await BrowserFixture.ScreenshotAsync(page, "wall-reconnecting");

        await page.Clock.FastForwardAsync(5_000);

        await Expect(page.Locator("[data-testid=wall-status]")).ToBeHiddenAsync();
        await Expect(FirstNumber(page)).ToHaveTextAsync(number);
        attempts.ShouldBe(2);
        (await page.EvaluateAsync<bool>("() => window.sameDocument === true")).ShouldBeTrue();
    }

    [Fact]
    public async Task An_expired_session_is_said_plainly_and_the_wall_recovers_once_signed_in_again()
    {
        var page = await WallAsync();
        await page.RouteAsync(url => url.Contains("handler=Data", StringComparison.Ordinal),
            route => route.FulfillAsync(new RouteFulfillOptions { Status = 401 }));

        await page.Clock.FastForwardAsync(RefreshMs);

        await Expect(page.Locator("[data-testid=wall-expired]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=wall-expired]")).ToContainTextAsync("登录已过期");
        await Expect(page.Locator("[data-testid=wall-expired] a")).ToHaveAttributeAsync("href", "/Account/Login?ReturnUrl=%2FDashboards%2FWall");

        await page.UnrouteAllAsync();
        await page.Clock.FastForwardAsync(RefreshMs);

        await Expect(page.Locator("[data-testid=wall-expired]")).ToBeHiddenAsync();
    }

    /// <summary>A 1920×1080 screen signed in as the supervisor, on the wall, with the browser's clock under the test's control.</summary>
    [Fact]
    public async Task All_twelve_figures_fit_their_tiles_across_the_screen()
    {
        var page = await WallAsync();

        // Six tiles in one row of 1920 px, and the telephone platform's six (queue now, today's 15 s and connect rates,
        // the only 15 s rate on the wall) in the row below.
        (await page.Locator(".wall-tiles:not(.wall-phone) .tile:visible").CountAsync()).ShouldBe(6);
        (await page.Locator(".wall-phone .tile:visible").CountAsync()).ShouldBe(6);
        // The widest figures a busy hotline shows (Yantai: 4,615 calls on its peak day; 100% answered within 15 s).
        await page.EvaluateAsync("() => document.querySelectorAll('.tile-value').forEach(v => v.textContent = v.textContent.includes('%') ? '100.0%' : '4,615')");
        var overflowing = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.tile')].filter(t => t.offsetParent !== null)
                .filter(t => t.scrollWidth > t.clientWidth || t.getBoundingClientRect().right > document.documentElement.clientWidth)
                .map(t => t.textContent.trim())
            """);
        overflowing.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_bottom_of_the_screen_lists_overdue_by_unit_and_surges_and_they_refresh_with_the_rest()
    {
        await app.ColdSnapAsync();
        var page = await WallAsync();
        var units = page.Locator("[data-testid=wall-overdue-units] tr");
        (await units.CountAsync()).ShouldBe(Hotline.Services.Dashboards.WallMonitorService.OverdueUnitCount);
        await Expect(page.Locator("[data-testid=wall-surges] tr").First).ToContainTextAsync("供暖");
        await BrowserFixture.ScreenshotAsync(page, "wall-1920x1080");

        // The three panels reach the bottom fifth of the screen, and nothing spills over its edges.
        var layout = await page.EvaluateAsync<double[]>("""
            () => {
                const bottom = s => document.querySelector(s).getBoundingClientRect().bottom;
                const e = document.documentElement;
                return [bottom('.wall-latest'), bottom('[data-testid=wall-surges-panel]'), e.scrollWidth, e.scrollHeight];
            }
            """);
        layout[0].ShouldBeGreaterThan(1080 * 0.9);
        layout[1].ShouldBeGreaterThan(1080 * 0.9);
        layout[2].ShouldBeLessThanOrEqualTo(1920);
        layout[3].ShouldBeLessThanOrEqualTo(1080);
        var clipped = await page.EvaluateAsync<int>("""
            () => [...document.querySelectorAll('.wall-side tbody tr')].filter(r => {
                const panel = r.closest('.wall-panel').getBoundingClientRect(), row = r.getBoundingClientRect();
                return row.bottom > panel.bottom + 1;
            }).length
            """);
        clipped.ShouldBe(0);

        // The next refresh rewrites both lists in place, and says so when one is empty.
        await page.RouteAsync(url => url.Contains("handler=Data", StringComparison.Ordinal), async route =>
        {
            var response = await route.FetchAsync();
            var json = System.Text.Json.Nodes.JsonNode.Parse(await response.TextAsync())!;
            json["overdueUnits"] = System.Text.Json.Nodes.JsonNode.Parse("""[{"name":"市热力有限公司","overdue":"42","open":"57"}]""");
            json["surges"] = new System.Text.Json.Nodes.JsonArray();
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = json.ToJsonString() });
        });
        await page.Clock.FastForwardAsync(RefreshMs);

        await Expect(units).ToHaveCountAsync(1);
        await Expect(units.First).ToHaveTextAsync("市热力有限公司4257");
        await Expect(page.Locator("[data-testid=wall-surges] tr")).ToHaveTextAsync(["近7天没有激增的分类。"]);
        (await page.EvaluateAsync<bool>("() => window.sameDocument === true")).ShouldBeTrue();
        await BrowserFixture.ScreenshotAsync(page, "wall-1920x1080-refreshed");
    }

    private async Task<IPage> WallAsync()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = 1920, Height = 1080 },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_UserName").FillAsync("supervisor");
        await page.Locator("#Input_Password").FillAsync(HtmlClient.Password);
        await page.Locator("[data-testid=login-submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        await page.Clock.InstallAsync();
        await page.GotoAsync("/Dashboards/Wall");
        await page.EvaluateAsync("() => { window.sameDocument = true; }");
        return page;
    }

    private static ILocator FirstNumber(IPage page) => page.Locator("[data-testid=wall-latest] tr").First.Locator("td").First;

    private static string Local(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
