using System.Collections.Concurrent;
using Hotline.Web.Api.Open311;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Journeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Hardening;

/// <summary>
/// Chromium enforcing the Content-Security-Policy: every page of the catalog (so pages added later too), opened by every
/// role, loads without a single violation: no inline script, no style attribute, nothing from another host.
/// </summary>
public sealed class NoPageBreaksTheContentSecurityPolicy(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    public static TheoryData<string> Roles() => [.. SweepFixture.Users];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_page_opens_without_a_policy_violation(string user)
    {
        var tickets = await SweepFixture.TicketsInEveryStateAsync(app);
        var (page, violations) = await SignInWatchingAsync(user);
        var opened = 0;

        foreach (var catalogPage in CatalogPage.All.Where(p => p.View is not null))
        {
            // A page showing one ticket is opened with each kind of ticket until one shows (the others show "not found").
            IEnumerable<string?> numbers = catalogPage.TicketNumberKey is null ? new string?[] { null } : tickets.Cast<string?>();
            foreach (var number in numbers)
            {
                var response = await page.GotoAsync(catalogPage.UrlFor(number));
                opened++;
                if (response?.Status == 200)
                {
                    break;
                }
            }
        }

        await page.GotoAsync("/");
        await BrowserFixture.ScreenshotAsync(page, $"csp-{user}-home");
        opened.ShouldBeGreaterThan(CatalogPage.All.Count / 2);
        violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_intake_screens_panels_filled_by_script_keep_to_the_policy()
    {
        var (page, violations) = await SignInWatchingAsync("agent");
        await page.GotoAsync("/Intake");

        await page.Locator("#Input_CallerPhone").FillAsync(Journey.RepeatCaller);
        await Expect(page.Locator("[data-testid=history-item]").First).ToBeVisibleAsync();
        await page.Locator("#kb-search").FillAsync("供暖");
        await Expect(page.Locator("[data-testid=kb-article]").First).ToBeVisibleAsync();

        await BrowserFixture.ScreenshotAsync(page, "csp-intake-panels");
        violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_style_attribute_written_into_a_page_is_reported()
    {
        var (page, violations) = await SignInWatchingAsync("supervisor");
        await page.GotoAsync("/Dashboards");
        await BrowserFixture.ScreenshotAsync(page, "csp-dashboard");

        await page.RunAndWaitForConsoleMessageAsync(
            () => page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<div style=\"color: red\">x</div>')"),
            new() { Predicate = m => m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) });

        violations.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task The_api_reference_page_starts_its_script_by_the_requests_nonce_alone()
    {
        var page = await browser.NewPageAsync(app);
        var violations = await WatchAsync(page);

        await page.GotoAsync(Open311Setup.ReferencePath);

        await Expect(page.GetByText("POST Service Request").First).ToBeVisibleAsync();
        await page.GetByText("POST Service Request").First.ClickAsync();
        await BrowserFixture.ScreenshotAsync(page, "csp-open311-reference");
        // Its bundle probes once whether eval runs and does without: that refusal is the policy at work.
        violations.Where(v => !v.Contains("'unsafe-eval'", StringComparison.Ordinal) && !v.Contains("script-src eval", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    /// <summary>Signs in and collects every violation Chromium reports, in the console or as a securitypolicyviolation event.</summary>
    private async Task<(IPage Page, ConcurrentQueue<string> Violations)> SignInWatchingAsync(string user)
    {
        var page = await browser.SignInAsync(app, user);
        return (page, await WatchAsync(page));
    }

    private static async Task<ConcurrentQueue<string>> WatchAsync(IPage page)
    {
        var violations = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Enqueue($"{page.Url}: {message.Text}");
            }
        };
        await page.Context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));");
        return violations;
    }
}
