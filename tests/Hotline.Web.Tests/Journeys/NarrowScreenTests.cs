using Hotline.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Journeys;

/// <summary>
/// A 1366×768 screen, the call centre's smallest, in both languages: the menu of the users with the most entries stays
/// on one line (no "中/文" or "Sign out" broken over two lines, nothing pushed off the screen), and the intake form's
/// action bar is one row that covers no field.
/// </summary>
public sealed class NarrowScreenTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("supervisor", "zh-CN")]
    [InlineData("supervisor", "en")]
    [InlineData("admin", "zh-CN")]
    [InlineData("admin", "en")]
    [InlineData("agent", "en")]
    public async Task The_menu_stays_on_one_line(string user, string culture)
    {
        var page = await SignedInAsync(user, culture);
        await page.GotoAsync("/Tickets");
        await BrowserFixture.ScreenshotAsync(page, $"menu-1366-{user}-{culture}");

        var broken = await page.EvaluateAsync<string[]>("""
            () => {
                const nav = document.querySelector('nav.navbar');
                const items = [...nav.querySelectorAll('.navbar-brand, .nav-link, .navbar-text, button, .badge')]
                    .filter(e => e.offsetParent !== null);
                const lineOf = e => parseFloat(getComputedStyle(e).lineHeight) || parseFloat(getComputedStyle(e).fontSize) * 1.5;
                return items.filter(e => {
                    const r = e.getBoundingClientRect();
                    return e.getClientRects().length > 1 || r.height > lineOf(e) * 1.6 + 16 || r.right > document.documentElement.clientWidth + 0.5 || r.left < 0;
                }).map(e => e.textContent.trim() + ' ' + Math.round(e.getBoundingClientRect().height) + 'px');
            }
            """);
        broken.ShouldBeEmpty();
        var rows = await page.EvaluateAsync<double[]>("""
            () => [...document.querySelectorAll('nav.navbar .nav-link, nav.navbar .navbar-text, nav.navbar button')]
                .filter(e => e.offsetParent !== null).map(e => { const r = e.getBoundingClientRect(); return r.top + r.height / 2; })
            """);
        (rows.Max() - rows.Min()).ShouldBeLessThan(12, "every menu entry sits on the same line");
        (await page.Locator("nav.navbar").BoundingBoxAsync())!.Height.ShouldBeLessThan(64);
        await Expect(page.Locator("[data-testid=switch-language]")).ToBeVisibleAsync();
        var language = await page.Locator("[data-testid=switch-language]").BoundingBoxAsync();
        language!.Height.ShouldBeLessThan(40);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task The_intake_action_bar_is_one_row_that_covers_no_field(string culture)
    {
        var page = await SignedInAsync("agent", culture);
        await page.GotoAsync("/Intake");
        await Expect(page.Locator(".sticky-actions")).ToBeVisibleAsync();

        // At the top of the form, half way and at the end: one row of unbroken buttons on the screen; at the end the
        // bar sits below the last field.
        foreach (var (scroll, name) in new[] { ("0", "top"), ("document.documentElement.scrollHeight / 2", "middle"), ("document.documentElement.scrollHeight", "end") })
        {
            await page.EvaluateAsync($"() => window.scrollTo(0, {scroll})");
            var problems = await page.EvaluateAsync<string[]>("""
                () => {
                    const bar = document.querySelector('.sticky-actions');
                    const b = bar.getBoundingClientRect();
                    const buttons = [...bar.querySelectorAll('button')].filter(e => e.offsetParent !== null);
                    const tops = buttons.map(e => Math.round(e.getBoundingClientRect().top));
                    const problems = [];
                    if (Math.max(...tops) - Math.min(...tops) > 2) problems.push('buttons on ' + new Set(tops).size + ' rows');
                    if (b.height > 60) problems.push('bar ' + Math.round(b.height) + 'px high');
                    if (b.bottom > window.innerHeight + 0.5 || b.top < 0) problems.push('bar off screen');
                    buttons.filter(e => e.getClientRects().length > 1 || e.getBoundingClientRect().height > 48)
                        .forEach(e => problems.push('button wraps: ' + e.textContent.trim()));
                    buttons.filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)
                        .forEach(e => problems.push('off screen: ' + e.textContent.trim()));
                    return problems;
                }
                """);
            await BrowserFixture.ScreenshotAsync(page, $"intake-1366-{culture}-{name}");
            problems.ShouldBeEmpty(name);
        }

        (await CoveredAsync(page, "#intake-form input:not([type=hidden]), #intake-form select, #intake-form textarea, #intake-form label"))
            .ShouldBeEmpty("at the end of the form the bar lies over no field");

        // Walking the form by keyboard from the top, each field Tab reaches is shown above the bar, not under it.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.Locator("#Input_CallerPhone").FocusAsync();
        var walked = 0;
        while (walked++ < 80 && !await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('.sticky-actions')"))
        {
            // The page may scroll the field up smoothly: wait for it, then say which field stayed under the bar.
            try
            {
                await page.WaitForFunctionAsync("""
                    () => {
                        const f = document.activeElement.getBoundingClientRect(), b = document.querySelector('.sticky-actions').getBoundingClientRect();
                        return f.bottom <= b.top + 2 || f.top >= b.bottom - 2;
                    }
                    """, null, new PageWaitForFunctionOptions { Timeout = 5_000 });
            }
            catch (TimeoutException)
            {
                (await CoveredAsync(page, ":focus")).ShouldBeEmpty($"after {walked} Tab presses");
            }

            await page.Keyboard.PressAsync("Tab");
        }

        walked.ShouldBeGreaterThan(10);
        walked.ShouldBeLessThan(80, "Tab reaches the action bar");
    }

    /// <summary>The elements matching <paramref name="selector"/> that the action bar lies over.</summary>
    private static Task<string[]> CoveredAsync(IPage page, string selector) =>
        page.EvaluateAsync<string[]>("""
            selector => {
                const bar = document.querySelector('.sticky-actions');
                const b = bar.getBoundingClientRect();
                return [...document.querySelectorAll(selector)]
                    .filter(e => e.offsetParent !== null && !bar.contains(e))
                    .filter(e => {
                        const r = e.getBoundingClientRect();
                        return Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top) > 2 && Math.min(r.right, b.right) - Math.max(r.left, b.left) > 2;
                    })
                    .map(e => e.id || e.getAttribute('for') || e.name || e.tagName);
            }
            """, selector);

    private async Task<IPage> SignedInAsync(string user, string culture)
    {
        var page = await browser.SignInAsync(app, user);
        if (culture == "en")
        {
            await page.Locator("[data-testid=switch-language]").ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        }

        return page;
    }
}
