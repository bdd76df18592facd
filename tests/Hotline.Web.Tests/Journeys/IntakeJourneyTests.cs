using System.Globalization;
using System.Text.RegularExpressions;
using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Journeys;

/// <summary>PRODUCT.md journey 1, up to registration: the repeat caller with no heating in 莱山区.</summary>
public sealed class IntakeJourneyTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_agent_sees_the_callers_history_registers_an_urgent_heating_request_and_finds_it_waiting_for_dispatch()
    {
        var earlier = await app.DbAsync(db => db.Tickets.Where(t => t.CallerPhone == Journey.RepeatCaller)
            .OrderByDescending(t => t.RegisteredAt).Select(t => t.Number).ToListAsync());
        earlier.Count.ShouldBe(2, "the demo seed gives the repeat caller exactly two earlier tickets");
        var heatingCategory = await app.CategoryIdAsync("utilities-heating");
        var heating = await app.UnitAsync("heating");
        var laishan = await app.UnitAsync("laishan");
        const string content = "市民来电反映，莱山区XX小区3号楼家中暖气不热，室温只有12度，家中有老人。诉求：热力公司尽快上门检修。";

        var page = await browser.SignInAsync(app);
        await Expect(page).ToHaveURLAsync(new Regex("/Intake$"));

        // The call comes in: the number is typed, and the caller's earlier tickets appear before anything else.
        var phone = page.Locator("#Input_CallerPhone");
        await Expect(phone).ToBeFocusedAsync();
        await phone.PressSequentiallyAsync(Journey.RepeatCaller);
        var history = page.Locator("#history-panel [data-testid=history-item]");
        await Expect(history).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=history-count]")).ToHaveTextAsync("2");
        await Expect(history.Nth(0)).ToContainTextAsync(earlier[0]);
        await Expect(history.Nth(1)).ToContainTextAsync(earlier[1]);
        await BrowserFixture.ScreenshotAsync(page, "journey-intake-1-history");

        // Classification: urgent help request, Utilities › Heating found by typing, the heating company suggested.
        await page.Locator("#Input_CallerName").FillAsync("刘先生");
        await page.Locator("#Input_RequestType").SelectOptionAsync(nameof(RequestType.HelpRequest));
        await page.Locator("label[for=urgency-Urgent]").ClickAsync();
        await Expect(page.Locator("#urgency-Urgent")).ToBeCheckedAsync();
        var search = page.Locator("#category-search");
        await search.PressSequentiallyAsync("供暖");
        await search.PressAsync("Enter");
        var category = page.Locator("#Input_CategoryId");
        await Expect(category).ToBeFocusedAsync();
        await Expect(category).ToHaveValueAsync(heatingCategory.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-testid=suggested-unit]")).ToHaveTextAsync(heating.NameZh);
        await page.Locator("#Input_AreaUnitId").SelectOptionAsync(new SelectOptionValue { Label = laishan.NameZh });
        await page.Locator("#Input_Address").FillAsync("莱山区XX小区3号楼");
        await page.Locator("#Input_Content").FillAsync(content);
        await BrowserFixture.ScreenshotAsync(page, "journey-intake-2-filled");

        await page.Locator("[data-testid=register]").ClickAsync();
        var banner = page.Locator("[data-testid=done-banner]");
        await Expect(banner).ToBeVisibleAsync();
        await Expect(banner).ToContainTextAsync("工单已登记");
        var number = (await page.Locator("[data-testid=done-ticket]").TextContentAsync())!.Trim();
        number.ShouldMatch(Journey.TicketNumber.ToString());
        earlier.ShouldNotContain(number);
        await BrowserFixture.ScreenshotAsync(page, "journey-intake-3-registered");

        var saved = await app.DbAsync(db => db.Tickets.SingleAsync(t => t.Number == number));
        saved.CallerPhone.ShouldBe(Journey.RepeatCaller);
        saved.Status.ShouldBe(TicketStatus.PendingDispatch);
        saved.RequestType.ShouldBe(RequestType.HelpRequest);
        saved.Urgency.ShouldBe(Urgency.Urgent);
        saved.CategoryId.ShouldBe(heatingCategory);
        saved.AreaUnitId.ShouldBe(laishan.Id);
        saved.SuggestedUnitId.ShouldBe(heating.Id);
        saved.Content.ShouldBe(content);

        // Newest first: the new ticket heads the list.
        await page.GotoAsync("/Tickets");
        var firstRow = page.Locator("[data-testid=ticket-row]").First;
        await Expect(firstRow.Locator("a").First).ToHaveTextAsync(number);
        await Expect(firstRow).ToContainTextAsync(heating.NameZh);
        await BrowserFixture.ScreenshotAsync(page, "journey-intake-4-list");

        await firstRow.Locator("a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/Tickets/{number}$"));
        await Expect(page.Locator("[data-testid=ticket-number]")).ToHaveTextAsync(number);
        await Expect(page.Locator("[data-testid=ticket-status]")).ToHaveTextAsync("待派单");
        var timeline = page.Locator("[data-testid=timeline-entry]");
        await Expect(timeline).ToHaveCountAsync(1);
        await Expect(timeline.First).ToContainTextAsync("登记");
        await Expect(timeline.First).ToContainTextAsync("待派单");
        await BrowserFixture.ScreenshotAsync(page, "journey-intake-5-detail");
    }
}
