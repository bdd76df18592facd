using System.Text.RegularExpressions;
using Hotline.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Journeys;

/// <summary>PRODUCT.md quality bar: Chinese by default, English a switch away.</summary>
public sealed partial class LanguageSwitchTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_language_button_switches_the_intake_screen_to_english_and_back_to_chinese()
    {
        var page = await browser.SignInAsync(app);
        var nav = page.Locator("nav.navbar");
        var language = page.Locator("[data-testid=switch-language]");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(nav).ToContainTextAsync("工单查询");
        await Expect(language).ToHaveTextAsync("English");

        await language.ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page).ToHaveURLAsync(new Regex("/Intake$"));
        await Expect(nav).ToContainTextAsync("Tickets");
        await Expect(nav).ToContainTextAsync("Call intake");
        await Expect(page.Locator("[data-testid=register]")).ToContainTextAsync("Register ticket");
        await Expect(page.Locator("#call-heading")).ToHaveTextAsync("Call");
        await Expect(language).ToHaveTextAsync("中文");
        await BrowserFixture.ScreenshotAsync(page, "language-english-intake");

        // Nothing on the English screen is left in Chinese, apart from the agent's own name and the way back.
        var text = await page.Locator("main").InnerTextAsync();
        var options = await page.Locator("main option").AllTextContentsAsync();
        var placeholders = await page.Locator("main [placeholder]").EvaluateAllAsync<string[]>("els => els.map(e => e.placeholder)");
        var untranslated = Han().Matches(string.Join('\n', [text, .. options, .. placeholders])).Select(m => m.Value).Distinct().ToList();
        untranslated.ShouldBeEmpty();

        await language.ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(nav).ToContainTextAsync("工单查询");
        await Expect(page.Locator("[data-testid=register]")).ToContainTextAsync("登记工单");
        await Expect(language).ToHaveTextAsync("English");
    }

    [GeneratedRegex(@"[^\n]*\p{IsCJKUnifiedIdeographs}[^\n]*")]
    private static partial Regex Han();
}
