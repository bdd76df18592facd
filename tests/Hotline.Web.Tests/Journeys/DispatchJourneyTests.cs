using System.Globalization;
using System.Text.RegularExpressions;
using Hotline.Domain.Tickets;
using Hotline.Services.Intake;
using Hotline.Testing;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Journeys;

/// <summary>
/// PRODUCT.md journey 1 to the end: the urgent heating ticket registered and dispatched in one step, with its clocks;
/// and a dispatcher handling an urgent ticket that has run past its 15-minute dispatch limit.
/// The app's fake clock starts every test at Monday 2026-11-23 10:00 in Shanghai.
/// </summary>
public sealed class DispatchJourneyTests : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    // What people know by colour: late or overdue clocks are red, clocks met on time green (wwwroot/css/site.css).
    private const string Red = "rgb(183, 28, 28)";
    private const string Green = "rgb(46, 125, 50)";

    private readonly HotlineWebFactory _app;
    private readonly BrowserFixture _browser;

    public DispatchJourneyTests(HotlineWebFactory app, BrowserFixture browser)
    {
        _app = app;
        _browser = browser;
        // The tests share one app: whatever the other test did to its clock, each starts at 10:00.
        app.Clock.AdjustTime(TestDatabase.DefaultNow);
    }

    [Fact]
    public async Task An_agent_registers_an_urgent_heating_request_and_dispatches_it_to_the_heating_company_in_one_step()
    {
        var earlier = await _app.DbAsync(db => db.Tickets.Where(t => t.CallerPhone == Journey.RepeatCaller)
            .OrderByDescending(t => t.RegisteredAt).Select(t => t.Number).ToListAsync());
        earlier.Count.ShouldBe(2, "the demo seed gives the repeat caller exactly two earlier tickets");
        var heatingCategory = await _app.CategoryIdAsync("utilities-heating");
        var heating = await _app.UnitAsync("heating");
        var laishan = await _app.UnitAsync("laishan");
        const string content = "市民来电反映，莱山区XX小区5号楼家中暖气完全不热，室温只有10度，家中有婴儿。诉求：热力公司尽快上门检修恢复供暖。";

        var page = await _browser.SignInAsync(_app);
        await Expect(page).ToHaveURLAsync(new Regex("/Intake$"));

        // The call: the number first, and the caller's two earlier tickets appear.
        var phone = page.Locator("#Input_CallerPhone");
        await Expect(phone).ToBeFocusedAsync();
        await phone.PressSequentiallyAsync(Journey.RepeatCaller);
        var history = page.Locator("#history-panel [data-testid=history-item]");
        await Expect(history).ToHaveCountAsync(2);
        await Expect(history.Nth(0)).ToContainTextAsync(earlier[0]);
        await Expect(history.Nth(1)).ToContainTextAsync(earlier[1]);
        await BrowserFixture.ScreenshotAsync(page, "journey-dispatch-1-history");

        // An urgent help request, Utilities › Heating found by typing 供暖: the heating company is suggested.
        await page.Locator("#Input_CallerName").FillAsync("刘先生");
        await page.Locator("#Input_RequestType").SelectOptionAsync(nameof(RequestType.HelpRequest));
        await page.Locator("label[for=urgency-Urgent]").ClickAsync();
        await Expect(page.Locator("#urgency-Urgent")).ToBeCheckedAsync();
        var search = page.Locator("#category-search");
        await search.PressSequentiallyAsync("供暖");
        await search.PressAsync("Enter");
        await Expect(page.Locator("#Input_CategoryId")).ToHaveValueAsync(heatingCategory.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-testid=suggested-unit]")).ToHaveTextAsync(heating.NameZh);
        await page.Locator("#Input_AreaUnitId").SelectOptionAsync(new SelectOptionValue { Label = laishan.NameZh });
        await page.Locator("#Input_Address").FillAsync("莱山区XX小区5号楼");
        await page.Locator("#Input_Content").FillAsync(content);
        // Left alone, the dispatch unit is "the suggested unit".
        await Expect(page.Locator("#Input_DispatchUnitId")).ToHaveValueAsync(string.Empty);
        await BrowserFixture.ScreenshotAsync(page, "journey-dispatch-2-filled");

        await page.Locator("[data-testid=register-dispatch]").ClickAsync();
        var banner = page.Locator("[data-testid=done-banner]");
        await Expect(banner).ToBeVisibleAsync();
        await Expect(banner).ToContainTextAsync("工单已登记并派单");
        var number = (await page.Locator("[data-testid=done-ticket]").TextContentAsync())!.Trim();
        number.ShouldMatch(Journey.TicketNumber.ToString());
        earlier.ShouldNotContain(number);
        await BrowserFixture.ScreenshotAsync(page, "journey-dispatch-3-done");

        var saved = await _app.DbAsync(db => db.Tickets.AsNoTracking().Include(t => t.Assignments).SingleAsync(t => t.Number == number));
        saved.Status.ShouldBe(TicketStatus.Dispatched);
        saved.CallerPhone.ShouldBe(Journey.RepeatCaller);
        saved.Urgency.ShouldBe(Urgency.Urgent);
        saved.LeadUnitId.ShouldBe(heating.Id);
        var assignment = saved.Assignments.ShouldHaveSingleItem();
        assignment.SignForDueAt.ShouldBe(TestDatabase.DefaultNow.AddMinutes(30));

        // The ticket: dispatched to the heating company, sign-for due in 30 minutes.
        await page.Locator("[data-testid=done-ticket]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/Tickets/{number}$"));
        await Expect(page.Locator("[data-testid=ticket-status]")).ToHaveTextAsync("已派单");
        await Expect(page.Locator("dt:text-is('主办单位') + dd")).ToHaveTextAsync(heating.NameZh);
        var assignments = page.Locator("[data-testid=assignment]");
        await Expect(assignments).ToHaveCountAsync(1);
        await Expect(assignments.First).ToContainTextAsync(heating.NameZh);
        await Expect(assignments.First).ToContainTextAsync("主办");
        var signFor = assignments.First.Locator("[data-testid=sign-for-clock]");
        await Expect(signFor).ToContainTextAsync("2026-11-23 10:30");
        await Expect(signFor.Locator("[data-testid=clock-left]")).ToHaveTextAsync("剩余 30 分钟");
        var firstContact = assignments.First.Locator("[data-testid=first-contact-clock]");
        await Expect(firstContact).ToContainTextAsync("2026-11-23 10:30");
        await Expect(firstContact.Locator("[data-testid=clock-left]")).ToHaveTextAsync("剩余 30 分钟");
        // Three working days from Monday: due at the end of Thursday.
        var resolve = assignments.First.Locator("[data-testid=resolve-clock]");
        await Expect(resolve).ToContainTextAsync("2026-11-27 00:00");
        await Expect(resolve.Locator("[data-testid=clock-left]")).ToHaveTextAsync("剩余 3 天 14 小时");
        // Dispatched the moment it was registered: the dispatch clock was met on time.
        var dispatchClock = page.Locator("[data-testid=dispatch-due] [data-testid=clock]");
        await Expect(dispatchClock).ToHaveClassAsync(new Regex(@"\bclock-met\b"));
        await Expect(dispatchClock).Not.ToHaveClassAsync(new Regex(@"\bclock-late\b"));
        await Expect(dispatchClock).ToContainTextAsync("按时完成于 2026-11-23 10:00");
        await Expect(dispatchClock).ToHaveCSSAsync("color", Green);
        var timeline = page.Locator("[data-testid=timeline-entry]");
        await Expect(timeline).ToHaveCountAsync(2);
        await Expect(timeline.Nth(0)).ToContainTextAsync("登记");
        await Expect(timeline.Nth(1)).ToContainTextAsync("派单");
        await Expect(timeline.Nth(1)).ToContainTextAsync(heating.NameZh);
        await Expect(page.Locator("[data-testid=go-dispatch]")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "journey-dispatch-4-ticket");
    }

    [Fact]
    public async Task A_dispatcher_sees_an_urgent_ticket_overdue_in_the_queue_dispatches_it_and_the_ticket_shows_it_was_dispatched_late()
    {
        var heating = await _app.UnitAsync("heating");
        var heatingCategory = await _app.CategoryIdAsync("utilities-heating");
        var number = await RegisterUrgentHeatingAsync();
        // Sixteen minutes later nobody has dispatched it: one minute past its 15-minute limit.
        _app.Clock.Advance(TimeSpan.FromMinutes(16));

        var page = await _browser.SignInAsync(_app, "dispatcher");
        await page.GotoAsync("/Dispatch");
        await page.Locator("#q-category").SelectOptionAsync(heatingCategory.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#q-urgency").SelectOptionAsync(nameof(Urgency.Urgent));
        await page.Locator("[data-testid=queue-filter] button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("Filter.Urgency=Urgent"));
        var row = page.Locator("[data-testid=queue-row]").Filter(new LocatorFilterOptions { HasText = number });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToHaveClassAsync(new Regex(@"\btable-danger\b"));
        await Expect(row).ToContainTextAsync("紧急");
        await Expect(row).ToContainTextAsync(heating.NameZh);
        await Expect(row.Locator("[data-testid=clock]")).ToContainTextAsync("2026-11-23 10:15");
        await Expect(row.Locator("[data-testid=clock-overdue]")).ToHaveTextAsync("已超时 1 分钟");
        await Expect(row.Locator("[data-testid=clock]")).ToHaveCSSAsync("color", Red);
        await BrowserFixture.ScreenshotAsync(page, "journey-dispatch-5-queue-overdue");

        // The dispatch page says it is overdue too, with the suggested unit chosen.
        await row.Locator($"[data-testid=dispatch-{number}]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/Dispatch/{number}$"));
        await Expect(page.Locator("[data-testid=dispatch-clock] [data-testid=clock-overdue]")).ToHaveTextAsync("已超时 1 分钟");
        var lead = page.Locator("#Input_LeadUnitId");
        await Expect(lead).ToHaveValueAsync(heating.Id.ToString(CultureInfo.InvariantCulture));
        await Expect(lead.Locator("option:checked")).ToHaveTextAsync($"{heating.NameZh} · 建议");
        await page.Locator("#Input_Instruction").FillAsync("已超时，请立即联系市民。");
        await BrowserFixture.ScreenshotAsync(page, "journey-dispatch-6-dispatch-form");

        await page.Locator("[data-testid=dispatch-submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/Tickets/{number}$"));
        await Expect(page.Locator("[data-testid=ticket-status]")).ToHaveTextAsync("已派单");
        var dispatchClock = page.Locator("[data-testid=dispatch-due] [data-testid=clock]");
        await Expect(dispatchClock).ToHaveClassAsync(new Regex(@"\bclock-late\b"));
        await Expect(dispatchClock).ToContainTextAsync("2026-11-23 10:15");
        await Expect(dispatchClock).ToContainTextAsync("超时完成于 2026-11-23 10:16");
        // Dispatched late must look late, not like a clock met on time.
        await Expect(dispatchClock).ToHaveCSSAsync("color", Red);
        // The unit's clocks start at the (late) dispatch, not at registration.
        var signFor = page.Locator("[data-testid=assignment] [data-testid=sign-for-clock]");
        await Expect(signFor).ToContainTextAsync("2026-11-23 10:46");
        await Expect(signFor.Locator("[data-testid=clock-left]")).ToHaveTextAsync("剩余 30 分钟");
        await Expect(page.Locator("[data-testid=timeline-entry]").Last).ToContainTextAsync("已超时，请立即联系市民。");
        await BrowserFixture.ScreenshotAsync(page, "journey-dispatch-7-dispatched-late");

        var saved = await _app.DbAsync(db => db.Tickets.AsNoTracking().SingleAsync(t => t.Number == number));
        saved.DispatchedAt.ShouldBe(TestDatabase.DefaultNow.AddMinutes(16));
        saved.DispatchDueAt.ShouldBe(TestDatabase.DefaultNow.AddMinutes(15));
        saved.LeadUnitId.ShouldBe(heating.Id);

        // Once dispatched it has left the queue.
        await page.GotoAsync($"/Dispatch?Filter.CategoryId={heatingCategory}&Filter.Urgency=Urgent");
        await Expect(page.Locator("[data-testid=queue-row]").Filter(new LocatorFilterOptions { HasText = number })).ToHaveCountAsync(0);
    }

    /// <summary>An agent registers (without dispatching) an urgent heating help request at 10:00.</summary>
    private async Task<string> RegisterUrgentHeatingAsync()
    {
        var agent = await _app.AppServices.ViewerAsync("agent");
        var input = new IntakeInput
        {
            SubmissionId = Guid.NewGuid(),
            CallerPhone = "13905357878",
            RequestType = RequestType.HelpRequest,
            Urgency = Urgency.Urgent,
            CategoryId = await _app.CategoryIdAsync("utilities-heating"),
            AreaUnitId = (await _app.UnitAsync("laishan-huanghai")).Id,
            Address = "莱山区黄海路18号",
            Content = "市民来电反映暖气管道爆裂漏水，屋内已经进水，请热力公司立即派人关阀抢修。",
        };
        await using var scope = _app.AppServices.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IntakeService>().ExecuteAsync(input, IntakeAction.Register, agent.Actor);
        result.Errors.ShouldBeEmpty();
        return result.Value!.TicketNumber!;
    }
}
