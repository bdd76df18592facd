using System.Net;
using Hotline.Testing;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Journeys;
using static Hotline.Web.Tests.Telephony.TelephonyApi;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Telephony;

/// <summary>
/// The wall's telephone row in Chromium (docs/decisions/0025): events posted to the API change the queue, the agents and
/// today's rates on the open wall without a reload, and the longest wait counts up between pushes. The browser's clock is
/// Playwright's, so seconds pass when the test says.
/// </summary>
public sealed class PhoneWallBrowserTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Events_from_the_platform_change_the_walls_telephone_row_without_a_reload()
    {
        using var api = await new TelephonyApi(app).WithKeyAsync();
        var page = await browser.SignInAsync(app, "supervisor");
        await page.Clock.InstallAsync();
        await page.GotoAsync("/Dashboards/Wall");
        await page.EvaluateAsync("() => { window.sameDocument = true; }");
        var row = page.Locator("#wall-phone");
        await Expect(row).ToHaveAttributeAsync("data-live", "1");
        // The catch-up read on connecting has landed: what follows is pushed.
        await Expect(row).ToHaveAttributeAsync("data-pushes", "1");
        await Expect(page.Locator("[data-testid=wall-waiting]")).ToHaveTextAsync("0");
        await Expect(page.Locator("[data-testid=wall-ready]")).ToHaveTextAsync("0");

        var now = TestDatabase.DefaultNow;
        (await api.PostAsync(
            new { eventId = "wall-s1", type = "agentState", agent = "agent", state = "ready", at = Time(now.AddMinutes(-1)) },
            new { eventId = "wall-o1", type = "offered", callId = "WALL-1", at = Time(now.AddSeconds(-10)), caller = "13812345678" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        await Expect(page.Locator("[data-testid=wall-waiting]")).ToHaveTextAsync("1");
        await Expect(page.Locator("[data-testid=wall-longest]")).ToHaveTextAsync("0:10");
        await Expect(page.Locator("[data-testid=wall-ready]")).ToHaveTextAsync("1");

        // Nothing is pushed while the caller waits: the wall counts the wait up by itself.
        await page.Clock.FastForwardAsync(5_000);
        await Expect(page.Locator("[data-testid=wall-longest]")).ToHaveTextAsync("0:15");
        await BrowserFixture.ScreenshotAsync(page, "wall-phone-waiting");

        // Two seconds later the agent answers: the queue empties, the agent is on the call, today's rates are 100%.
        app.Clock.Advance(TimeSpan.FromSeconds(2));
        (await api.PostAsync(
            new { eventId = "wall-a1", type = "answered", callId = "WALL-1", at = Time(now.AddSeconds(2)), agent = "agent" },
            new { eventId = "wall-s2", type = "agentState", agent = "agent", state = "onCall", at = Time(now.AddSeconds(2)) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        await Expect(page.Locator("[data-testid=wall-waiting]")).ToHaveTextAsync("0");
        await Expect(page.Locator("[data-testid=wall-on-call]")).ToHaveTextAsync("1");
        await Expect(page.Locator("[data-testid=wall-ready]")).ToHaveTextAsync("0");
        await Expect(page.Locator("[data-testid=wall-phone-within]")).ToHaveTextAsync("100.0%");
        await Expect(page.Locator("[data-testid=wall-phone-connect]")).ToHaveTextAsync("100.0%");
        await page.Clock.FastForwardAsync(3_000);
        await Expect(page.Locator("[data-testid=wall-longest]")).ToHaveTextAsync("0:00");
        (await page.EvaluateAsync<bool>("() => window.sameDocument === true")).ShouldBeTrue();
        await BrowserFixture.ScreenshotAsync(page, "wall-phone-answered");
    }
}
