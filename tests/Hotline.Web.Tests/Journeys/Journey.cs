using System.Text.RegularExpressions;
using Hotline.Services.Data;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Journeys;

/// <summary>Steps the browser journeys share: signing in, reading the database behind the page, moving focus by keyboard.</summary>
internal static partial class Journey
{
    public const string RepeatCaller = "13805350001";

    public static readonly Regex TicketNumber = TicketNumberPattern();

    static Journey() => SetDefaultExpectTimeout(15_000);

    /// <summary>Signs in through the login form and waits for the landing page (the intake screen for agents).</summary>
    public static async Task<IPage> SignInAsync(this BrowserFixture browser, HotlineWebFactory app, string userName = "agent")
    {
        var page = await browser.NewPageAsync(app);
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_UserName").FillAsync(userName);
        await page.Locator("#Input_Password").FillAsync(HtmlClient.Password);
        await page.Locator("[data-testid=login-submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=current-user]")).ToBeVisibleAsync();
        // The landing page's scripts (shortcuts, the intake's first focus and draft) run before the test types: under load
        // a key pressed before the load event reached no handler, and the first focus then moved away from what it focused.
        await page.WaitForLoadStateAsync(LoadState.Load);
        return page;
    }

    /// <summary>Runs a query against the app's own database in a fresh scope.</summary>
    public static async Task<T> DbAsync<T>(this HotlineWebFactory app, Func<HotlineDbContext, Task<T>> query)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<HotlineDbContext>());
    }

    public static Task<int> CategoryIdAsync(this HotlineWebFactory app, string code) =>
        app.DbAsync(db => db.Categories.Where(c => c.Code == code).Select(c => c.Id).SingleAsync());

    public static Task<(int Id, string NameZh, string NameEn)> UnitAsync(this HotlineWebFactory app, string code) =>
        app.DbAsync(async db =>
        {
            var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Code == code);
            return (unit.Id, unit.NameZh, unit.NameEn);
        });

    public static Task<int> TicketsWithContentAsync(this HotlineWebFactory app, string content) =>
        app.DbAsync(db => db.Tickets.CountAsync(t => t.Content == content));

    /// <summary>Presses Tab until <paramref name="selector"/> has the focus; fails if it never gets it.</summary>
    public static async Task TabToAsync(this IPage page, string selector, int maxPresses = 40)
    {
        var target = page.Locator(selector);
        for (var i = 0; i < maxPresses; i++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(target).ToBeFocusedAsync();
    }

    /// <summary>Presses ArrowDown in the focused select until its chosen option's text contains <paramref name="text"/>.</summary>
    public static async Task ArrowDownToAsync(this IPage page, string selector, string text, int maxPresses = 80)
    {
        var select = page.Locator(selector);
        await Expect(select).ToBeFocusedAsync();
        for (var i = 0; i < maxPresses; i++)
        {
            var chosen = await select.EvaluateAsync<string>("s => s.selectedOptions.length ? s.selectedOptions[0].textContent.trim() : ''");
            if (chosen.Contains(text, StringComparison.Ordinal))
            {
                return;
            }

            await page.Keyboard.PressAsync("ArrowDown");
        }

        throw new ShouldAssertException($"No option containing '{text}' reached in {selector} with ArrowDown.");
    }

    /// <summary>Waits until the field is wholly above the intake screen's sticky action bar (it may scroll there smoothly).</summary>
    public static async Task ExpectClearOfActionBarAsync(this IPage page, string selector)
    {
        try
        {
            await page.WaitForFunctionAsync(
                "s => document.querySelector(s).getBoundingClientRect().bottom <= document.querySelector('.sticky-actions').getBoundingClientRect().top",
                selector);
        }
        catch (TimeoutException)
        {
            var position = await page.EvaluateAsync<string>(
                "s => `field bottom ${document.querySelector(s).getBoundingClientRect().bottom}, action bar top ${document.querySelector('.sticky-actions').getBoundingClientRect().top}`",
                selector);
            throw new ShouldAssertException($"{selector} stays hidden behind the sticky action bar ({position}).");
        }
    }

    [GeneratedRegex(@"^\d{8}-\d{5}$")]
    private static partial Regex TicketNumberPattern();
}
