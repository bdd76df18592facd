using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Journeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.FollowUp;

/// <summary>
/// Issue 14, "mark every required field": on the callback form what is required depends on the answers, so the marks show
/// and hide with them (site.js). In each state the marks shown are the fields the validator refuses when left empty, plus
/// the ones answered; in both languages.
/// </summary>
public sealed class CallbackRequiredMarksBrowserTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task The_marks_follow_the_answers_and_match_what_a_save_refuses(string culture)
    {
        var number = await app.ResolvedTicketAsync();
        var page = await browser.SignInAsync(app, "agent");
        await page.GotoAsync($"/FollowUp/Callback?number={number}&culture={culture}");
        await Expect(page.Locator("#callback-form [data-testid=required-legend]")).ToContainTextAsync(culture == "en" ? "Fields marked * are required" : "带 * 的为必填项");

        // Nothing answered: only whether the citizen was reached is asked.
        (await MarkedAsync(page)).ShouldBe(["Input.Reached"], ignoreOrder: true);
        await SaveAsync(page);
        (await RefusedAsync(page)).ShouldBe(["Input.Reached"], ignoreOrder: true);

        // Reached: the verdict is asked; the words only once the citizen is dissatisfied.
        await page.Locator("label[for=reached-yes]").ClickAsync();
        (await MarkedAsync(page)).ShouldBe(["Input.Reached", "Input.Satisfaction", "Input.Solved"], ignoreOrder: true);
        await SaveAsync(page);
        (await RefusedAsync(page)).ShouldBe(["Input.Satisfaction", "Input.Solved"], ignoreOrder: true);

        await page.Locator("label[for=satisfaction-Dissatisfied]").ClickAsync();
        (await MarkedAsync(page)).ShouldBe(["Input.Reached", "Input.Satisfaction", "Input.Solved", "Input.CitizenWords"], ignoreOrder: true);
        await page.Locator("label[for=satisfaction-Satisfied]").ClickAsync();
        (await MarkedAsync(page)).ShouldNotContain("Input.CitizenWords");
        await page.Locator("label[for=satisfaction-Dissatisfied]").ClickAsync();
        await SaveAsync(page);
        (await RefusedAsync(page)).ShouldBe(["Input.Solved", "Input.CitizenWords"], ignoreOrder: true);
        (await MarkedAsync(page)).ShouldContain("Input.CitizenWords", "the redisplayed form keeps the mark for the answer given");

        // Reopening asks why.
        await page.Locator("label[for=solved-no]").ClickAsync();
        await page.Locator("label[for=Input_Reopen]").ClickAsync();
        (await MarkedAsync(page)).ShouldBe(["Input.Reached", "Input.Satisfaction", "Input.Solved", "Input.CitizenWords", "Input.ReopenReason"], ignoreOrder: true);
        await BrowserFixture.ScreenshotAsync(page, $"callback-required-marks-{culture}");
        await SaveAsync(page);
        (await RefusedAsync(page)).ShouldBe(["Input.CitizenWords", "Input.ReopenReason"], ignoreOrder: true);

        // Not reached after all: the other marks go with their parts.
        await page.Locator("label[for=reached-no]").ClickAsync();
        (await MarkedAsync(page)).ShouldBe(["Input.Reached"], ignoreOrder: true);
    }

    private static async Task SaveAsync(IPage page)
    {
        // The page the refusal comes back as is a new document: wait for it, not for the old one.
        await page.EvaluateAsync("() => { window.beforeSave = true; }");
        await page.Locator("[data-testid=record-callback]").ClickAsync();
        await page.WaitForFunctionAsync("() => !window.beforeSave && document.readyState === 'complete'");
        await Expect(page.Locator("#callback-form")).ToBeVisibleAsync();
    }

    /// <summary>The fields whose mark is shown: by the label or fieldset legend that carries it.</summary>
    private static async Task<string[]> MarkedAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("""
            () => Array.from(document.querySelectorAll('#callback-form .required-mark'))
                .filter(m => m.offsetParent !== null)
                .map(m => {
                    const label = m.closest('label');
                    const field = label ? document.getElementById(label.htmlFor) : m.closest('fieldset').querySelector('[name]');
                    return field.name;
                })
            """);

    private static async Task<string[]> RefusedAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("""
            () => Array.from(document.querySelectorAll('#callback-form span[data-valmsg-for]'))
                .filter(s => s.textContent.trim().length > 0)
                .map(s => s.getAttribute('data-valmsg-for'))
            """);
}
