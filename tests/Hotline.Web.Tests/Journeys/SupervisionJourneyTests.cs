using System.Text.RegularExpressions;
using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Supervision;
using Hotline.Web.Tests.Workbench;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Journeys;

/// <summary>督办: a supervisor flags a ticket under key supervision; the unit's liaison finds it on top of the workbench, highlighted, and notified.</summary>
public sealed class SupervisionJourneyTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    private const string Note = "市民第三次来电，家中有老人，请今日内上门并电话反馈督办人。";

    [Fact]
    public async Task A_key_supervision_puts_the_ticket_on_top_of_the_heating_workbench_with_a_notification()
    {
        // Another heating ticket with the same deadlines, given first: by the usual order (deadline, then arrival) it leads.
        var competitor = await app.DispatchedTicketAsync("heating");
        var number = await app.DispatchedTicketAsync("heating", content: "市民反映家中暖气连续三天不热，老人感冒，多次来电未解决。");
        app.Clock.Advance(TimeSpan.FromMinutes(20));

        var supervisor = await browser.SignInAsync(app, "supervisor");
        await supervisor.GotoAsync($"/Tickets/{number}");
        await supervisor.Locator("[data-testid=go-supervision]").ClickAsync();
        await Expect(supervisor).ToHaveURLAsync(new Regex($"/Supervision/Ticket\\?number={number}$"));
        await supervisor.Locator("label[for=level-Key]").ClickAsync();
        await supervisor.Locator("#Supervise_Note").FillAsync(Note);
        await BrowserFixture.ScreenshotAsync(supervisor, "journey-supervision-1-supervise");
        await supervisor.Locator("[data-testid=supervise]").ClickAsync();
        await Expect(supervisor.Locator("[data-testid=done]")).ToContainTextAsync(number);
        await Expect(supervisor.Locator("[data-testid=supervision-badge]").First).ToHaveTextAsync("重点督办");
        await BrowserFixture.ScreenshotAsync(supervisor, "journey-supervision-2-supervised");
        await supervisor.Locator("[data-testid=ticket-number]").ClickAsync();
        await Expect(supervisor.Locator("[data-testid=supervision-banner]")).ToContainTextAsync(Note);
        await BrowserFixture.ScreenshotAsync(supervisor, "journey-supervision-2b-ticket");

        var liaison = await browser.SignInAsync(app, "liaison-heating");
        await Expect(liaison).ToHaveURLAsync(new Regex("/Workbench$"));
        var first = liaison.Locator("[data-testid=workbench-row]").First;
        await Expect(first).ToHaveAttributeAsync("data-number", number);
        await Expect(liaison.Locator("[data-testid=workbench-row]").Nth(1)).ToHaveAttributeAsync("data-number", competitor);
        await Expect(first).ToHaveClassAsync(new Regex("supervised-Key"));
        await Expect(first.Locator("[data-testid=supervision-badge]")).ToHaveTextAsync("重点督办");
        await Expect(first.Locator("[data-testid=supervision-note]")).ToHaveTextAsync(Note);
        await Expect(liaison.Locator("[data-testid=unread-count]")).ToBeVisibleAsync();
        var highlight = await first.Locator("td").First.EvaluateAsync<string>("td => getComputedStyle(td).boxShadow");
        highlight.ShouldContain("183, 28, 28");
        await BrowserFixture.ScreenshotAsync(liaison, "journey-supervision-3-workbench");

        await liaison.Locator("[data-testid=nav-notifications]").ClickAsync();
        var notice = liaison.Locator("[data-testid=notification-row]", new() { HasText = number }).Filter(new() { HasText = "工单被督办" });
        await Expect(notice).ToContainTextAsync("重点督办");
        await BrowserFixture.ScreenshotAsync(liaison, "journey-supervision-4-notification");

        await liaison.GotoAsync($"/Workbench/{number}");
        await Expect(liaison.Locator("[data-testid=supervision-banner]")).ToContainTextAsync(Note);
        await Expect(liaison.Locator("[data-testid=go-supervision]")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(liaison, "journey-supervision-5-workbench-ticket");

        await supervisor.GotoAsync("/Supervision");
        await BrowserFixture.ScreenshotAsync(supervisor, "journey-supervision-6-work-list");

        var notified = await app.DbAsync(db => (from n in db.Notifications
                                                join u in db.Users on n.UserId equals u.Id
                                                where n.TicketNumber == number && n.Kind == NotificationKind.Supervised
                                                select u.UserName).ToListAsync());
        notified.ShouldBe(["liaison-heating"]);
        (await app.StoredTicketAsync(number)).Supervision.ShouldBe(SupervisionLevel.Key);
    }
}
