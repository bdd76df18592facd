using Hotline.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Hotline.Web.Tests.Decisions;

/// <summary>The decision pages in Chromium at 1366×768; screenshots land in TestResults/screenshots.</summary>
public sealed class DecisionBrowserTests(HotlineWebFactory app, BrowserFixture browser) : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_return_requests_fit_the_screen()
    {
        await app.ReturnRequestedAsync();
        await app.ReturnRequestedAsync("water");
        var page = await SignInAsync("dispatcher");

        await page.GotoAsync("/Dispatch/Returns");

        (await page.Locator("[data-testid=return-row]").CountAsync()).ShouldBeGreaterThanOrEqualTo(2);
        await Assertions.Expect(page.Locator("[data-testid=return-row] [data-testid=approve-return]").First).ToBeVisibleAsync();
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(1366);
        await BrowserFixture.ScreenshotAsync(page, "returns");
    }

    [Fact]
    public async Task The_extension_requests_fit_the_screen()
    {
        await app.ExtensionRequestedAsync();
        await app.ExtensionRequestedAsync(5, "water");
        var page = await SignInAsync("supervisor");

        await page.GotoAsync("/Supervision/Extensions");

        (await page.Locator("[data-testid=extension-row]").CountAsync()).ShouldBeGreaterThanOrEqualTo(2);
        await Assertions.Expect(page.Locator("[data-testid=extension-row] [data-testid=reject-extension]").First).ToBeVisibleAsync();
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(1366);
        await BrowserFixture.ScreenshotAsync(page, "extensions");
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
