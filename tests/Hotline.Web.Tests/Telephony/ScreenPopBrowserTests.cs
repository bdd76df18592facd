using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Hotline.Domain.Tickets;
using Hotline.Testing;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Journeys;
using Microsoft.EntityFrameworkCore;
using static Hotline.Web.Tests.Telephony.TelephonyApi;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Telephony;

/// <summary>
/// Screen-pop in the browser (docs/decisions/0025): the telephone platform reports that an agent answered a call, and
/// that agent's open intake screen fills in the call and the caller's history within a second; the ticket registered
/// from it links to the platform's call. Another agent's screen stays as it was.
/// </summary>
public sealed class ScreenPopBrowserTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    private static readonly Microsoft.Playwright.LocatorAssertionsToHaveTextOptions WithinASecond = new() { Timeout = 1_000 };

    [Fact]
    public async Task An_answered_call_fills_the_agents_intake_screen_with_the_number_and_history_and_the_ticket_links_to_it()
    {
        using var api = await new TelephonyApi(app).WithKeyAsync();
        var page = await browser.SignInAsync(app);
        await Expect(page).ToHaveURLAsync(new Regex("/Intake$"));
        var other = await browser.SignInAsync(app, "agent2");
        await Expect(page.Locator("#intake-form")).ToHaveAttributeAsync("data-live", "1");
        await Expect(other.Locator("#intake-form")).ToHaveAttributeAsync("data-live", "1");
        await Expect(page.Locator("[data-testid=platform-call-id]")).ToHaveTextAsync("—");

        var offered = TestDatabase.DefaultNow.AddSeconds(-20);
        var answered = offered.AddSeconds(9);
        (await api.PostAsync(
            new { eventId = "pop-1-o", type = "offered", callId = "PLAT-0001", at = Time(offered), caller = Journey.RepeatCaller, queue = "12345" },
            new { eventId = "pop-1-a", type = "answered", callId = "PLAT-0001", at = Time(answered), agent = "agent" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Within a second of the platform's request: the number, the answer time, the call id and the history.
        await Expect(page.Locator("#Input_CallerPhone")).ToHaveValueAsync(Journey.RepeatCaller, new() { Timeout = 1_000 });
        await Expect(page.Locator("[data-testid=platform-call-id]")).ToHaveTextAsync("PLAT-0001", WithinASecond);
        await Expect(page.Locator("#history-panel [data-testid=history-count]")).ToHaveTextAsync("2", WithinASecond);
        await Expect(page.Locator("#Input_StartedAt")).ToHaveValueAsync(
            answered.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-testid=pop-banner]")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "screen-pop-1-filled");

        // The platform repeats the answer: nothing changes what the agent has typed since.
        await page.Locator("#Input_CallerName").FillAsync("刘先生");
        (await api.PostAsync(new { eventId = "pop-1-a", type = "answered", callId = "PLAT-0001", at = Time(answered), agent = "agent" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        // The other agent's screen was not touched.
        await Expect(other.Locator("#Input_CallerPhone")).ToHaveValueAsync(string.Empty);
        await Expect(other.Locator("[data-testid=platform-call-id]")).ToHaveTextAsync("—");

        // The agent registers the ticket: it links to the platform's call.
        await page.Locator("#Input_RequestType").SelectOptionAsync(nameof(RequestType.HelpRequest));
        var search = page.Locator("#category-search");
        await search.PressSequentiallyAsync("供暖");
        await search.PressAsync("Enter");
        await page.Locator("#Input_Address").FillAsync("莱山区XX小区3号楼");
        await page.Locator("#Input_Content").FillAsync("来电反映家中暖气不热，室温只有十二度，请热力公司尽快上门检修。");
        await page.Locator("[data-testid=register]").ClickAsync();
        await Expect(page.Locator("[data-testid=done-banner]")).ToBeVisibleAsync();
        var number = (await page.Locator("[data-testid=done-ticket]").TextContentAsync())!.Trim();
        await Expect(page.Locator("[data-testid=platform-call-id]")).ToHaveTextAsync("—");

        var linked = await app.DbAsync(db => db.Calls.Where(c => c.TicketId == db.Tickets.Single(t => t.Number == number).Id)
            .Select(c => db.PhoneCalls.Where(p => p.Id == c.PhoneCallId).Select(p => p.PlatformCallId).Single()).SingleAsync());
        linked.ShouldBe("PLAT-0001");
        (await app.DbAsync(db => db.Calls.Where(c => c.TicketId == db.Tickets.Single(t => t.Number == number).Id)
            .Select(c => c.CallerName).SingleAsync())).ShouldBe("刘先生");
        await page.GotoAsync($"/Tickets/{number}");
        await Expect(page.Locator("[data-testid=phone-call]")).ToContainTextAsync("PLAT-0001");
        await BrowserFixture.ScreenshotAsync(page, "screen-pop-2-ticket");
    }

    [Fact]
    public async Task An_answer_reported_before_its_offer_pops_at_once_and_the_number_follows()
    {
        using var api = await new TelephonyApi(app).WithKeyAsync();
        var page = await browser.SignInAsync(app);
        await Expect(page.Locator("#intake-form")).ToHaveAttributeAsync("data-live", "1");

        var offered = TestDatabase.DefaultNow.AddSeconds(-30);
        (await api.PostAsync(new { eventId = "pop-2-a", type = "answered", callId = "PLAT-0002", at = Time(offered.AddSeconds(5)), agent = "agent" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await Expect(page.Locator("[data-testid=platform-call-id]")).ToHaveTextAsync("PLAT-0002", WithinASecond);
        await Expect(page.Locator("#Input_CallerPhone")).ToHaveValueAsync(string.Empty);

        (await api.PostAsync(new { eventId = "pop-2-o", type = "offered", callId = "PLAT-0002", at = Time(offered), caller = "13912340002" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await Expect(page.Locator("#Input_CallerPhone")).ToHaveValueAsync("13912340002", new() { Timeout = 1_000 });
        await Expect(page.Locator("#history-panel [data-testid=history-empty]")).ToHaveTextAsync("该号码没有历史工单。");
    }
}
