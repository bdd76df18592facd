using System.Text.RegularExpressions;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Journeys;

/// <summary>Issue 14, the agent's shift: the intake keyboard, Enter that submits nothing, Alt-key shortcuts, and a
/// half-typed call that survives leaving the screen.</summary>
public sealed class IntakeShiftTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    private const string Content = "市民来电反映，芝罘区南大街88号路灯整夜不亮，已有一周，夜间行人不便。";

    [Fact]
    public async Task The_call_times_default_to_now_and_come_last_so_two_tabs_lead_from_the_name_to_the_request_type()
    {
        var page = await browser.SignInAsync(app);

        await page.Locator("#Input_CallerName").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#Input_Channel")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#Input_RequestType")).ToBeFocusedAsync();

        var fields = await page.Locator("#intake-form").EvaluateAsync<string[]>(
            "f => Array.from(f.elements).filter(e => e.name && e.type !== 'hidden' && e.type !== 'submit' && e.tabIndex >= 0).map(e => e.id)");
        fields[^2..].ShouldBe(["Input_StartedAt", "Input_EndedAt"]);
        await Expect(page.Locator("#Input_StartedAt")).Not.ToHaveValueAsync(string.Empty);
    }

    [Theory]
    [InlineData("#Input_CallerPhone")]
    [InlineData("#Input_CallerName")]
    [InlineData("#Input_IsConfidential")]
    [InlineData("#Input_Address")]
    public async Task Enter_in_a_field_submits_nothing(string field)
    {
        var page = await browser.SignInAsync(app);
        await FillCallAsync(page);
        var before = await app.TicketsWithContentAsync(Content);

        await page.Locator(field).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        (await page.Locator("#intake-form").EvaluateAsync<string>("f => f.dataset.submitting || ''")).ShouldBeEmpty();
        await Expect(page).ToHaveURLAsync(new Regex("/Intake$"));
        await Expect(page.Locator("#Input_Content")).ToHaveValueAsync(Content);
        (await app.TicketsWithContentAsync(Content)).ShouldBe(before);
    }

    [Fact]
    public async Task The_alt_key_shortcuts_named_on_the_screen_work_in_chromium()
    {
        var page = await browser.SignInAsync(app);
        await Expect(page.Locator("#Input_CallerPhone")).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Alt+C");
        await Expect(page.Locator("#category-search")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Alt+K");
        await Expect(page.Locator("#kb-search")).ToBeFocusedAsync();

        await page.GotoAsync("/Tickets");
        await page.Keyboard.PressAsync("Alt+N");
        await Expect(page).ToHaveURLAsync(new Regex("/Intake$"));
        await Expect(page.Locator("#Input_CallerPhone")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Leaving_a_half_typed_call_asks_first_and_the_draft_comes_back_for_the_same_agent_only()
    {
        var page = await browser.SignInAsync(app);
        await page.Locator("#Input_CallerPhone").FillAsync("13905357788");
        await page.Locator("#Input_Content").FillAsync(Content);

        // Leaving asks; staying keeps everything as typed.
        var accept = false;
        var asked = new TaskCompletionSource();
        page.Dialog += async (_, dialog) =>
        {
            await (accept ? dialog.AcceptAsync() : dialog.DismissAsync());
            if (dialog.Type == DialogType.BeforeUnload)
            {
                asked.TrySetResult();
            }
        };
        await page.Locator("nav a[href='/Tickets']").ClickAsync();
        await asked.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await Expect(page.Locator("#Input_Content")).ToHaveValueAsync(Content);
        await Expect(page).ToHaveURLAsync(new Regex("/Intake$"));

        // Leaving anyway: the draft is kept and restored on return.
        accept = true;
        asked = new TaskCompletionSource();
        await page.Locator("nav a[href='/Tickets']").ClickAsync();
        await asked.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await Expect(page).ToHaveURLAsync(new Regex("/Tickets"));
        await page.Locator("nav a[href='/Intake']").ClickAsync();
        await Expect(page.Locator("[data-testid=draft-banner]")).ToBeVisibleAsync();
        await Expect(page.Locator("#Input_CallerPhone")).ToHaveValueAsync("13905357788");
        await Expect(page.Locator("#Input_Content")).ToHaveValueAsync(Content);
        await BrowserFixture.ScreenshotAsync(page, "intake-draft-restored");

        // Another agent on the same browser does not get it.
        await page.Locator("nav form[action='/Account/Logout'] button").ClickAsync();
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_UserName").FillAsync("agent2");
        await page.Locator("#Input_Password").FillAsync(HtmlClient.Password);
        await page.Locator("#Input_Password").PressAsync("Enter");
        await Expect(page.Locator("#Input_CallerPhone")).ToBeFocusedAsync();
        await Expect(page.Locator("[data-testid=draft-banner]")).ToBeHiddenAsync();
        await Expect(page.Locator("#Input_Content")).ToHaveValueAsync(string.Empty);
    }

    [Fact]
    public async Task A_saved_call_leaves_no_draft_behind()
    {
        var page = await browser.SignInAsync(app, "agent2");
        await FillCallAsync(page);
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.Locator("[data-testid=done-ticket]")).ToHaveTextAsync(Journey.TicketNumber);

        await page.GotoAsync("/Intake");
        await Expect(page.Locator("#Input_CallerPhone")).ToBeFocusedAsync();
        await Expect(page.Locator("[data-testid=draft-banner]")).ToBeHiddenAsync();
        await Expect(page.Locator("#Input_Content")).ToHaveValueAsync(string.Empty);
    }

    [Fact]
    public async Task A_draft_of_the_saved_call_that_the_browser_still_holds_is_not_offered_again()
    {
        var page = await browser.SignInAsync(app, "agent2");
        await FillCallAsync(page);
        var key = await page.Locator("#intake-form").GetAttributeAsync("data-draft-key");
        var submission = await page.Locator("#Input_SubmissionId").InputValueAsync();
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.Locator("[data-testid=done-ticket]")).ToHaveTextAsync(Journey.TicketNumber);

        // Under load the saved page's removal of the draft can reach the next page's copy of the browser's storage after
        // that page reads it: the draft of the saved form is still there.
        var stale = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["Input.CallerPhone"] = "13905351234",
            ["Input.Content"] = Content,
            ["#submission"] = submission,
        });
        await page.EvaluateAsync("([k, v]) => localStorage.setItem(k, v)", new[] { key, stale });

        await page.GotoAsync("/Intake");
        await Expect(page.Locator("#Input_CallerPhone")).ToBeFocusedAsync();
        await Expect(page.Locator("[data-testid=draft-banner]")).ToBeHiddenAsync();
        await Expect(page.Locator("#Input_Content")).ToHaveValueAsync(string.Empty);
        (await page.EvaluateAsync<string?>("k => localStorage.getItem(k)", key)).ShouldBeNull();
    }

    private async Task FillCallAsync(IPage page)
    {
        await page.Locator("#Input_CallerPhone").FillAsync("13905351234");
        await page.Locator("#Input_CallerName").FillAsync("周先生");
        await page.Locator("#Input_RequestType").SelectOptionAsync("HelpRequest");
        await page.Locator("#Input_CategoryId").SelectOptionAsync((await app.CategoryIdAsync("utilities-heating")).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#Input_Address").FillAsync("芝罘区南大街88号");
        await page.Locator("#Input_Content").FillAsync(Content);
    }
}
