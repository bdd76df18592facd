using System.Text.RegularExpressions;
using Hotline.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Journeys;

/// <summary>The login page by keyboard: Enter after the password signs in, whatever the language.</summary>
public sealed class LoginKeyboardTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Enter_after_the_password_signs_in_and_keeps_the_language(bool english)
    {
        var page = await browser.NewPageAsync(app);
        await page.GotoAsync("/Account/Login");
        if (english)
        {
            await page.Locator("[data-testid=switch-language]").ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        }

        // The language switch is no part of the sign-in form, so the form's Enter cannot reach it.
        await Expect(page.Locator("form:has([data-testid=login-submit]) [data-testid=switch-language]")).ToHaveCountAsync(0);
        await page.Locator("#Input_UserName").FillAsync("agent");
        await page.Locator("#Input_Password").FillAsync(HtmlClient.Password);
        await page.Locator("#Input_Password").PressAsync("Enter");

        await Expect(page.Locator("[data-testid=current-user]")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Intake$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", english ? "en" : "zh-CN");
    }
}
