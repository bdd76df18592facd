using System.Text.RegularExpressions;
using Hotline.Domain.Access;
using Hotline.Domain.Tickets;
using Hotline.Services.Data;
using Hotline.Testing;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Workbench;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Journeys;

/// <summary>PRODUCT.md journeys 2 (a liaison takes a ticket to resolution; another unit cannot open it) and 4 (a return).</summary>
public sealed class WorkbenchJourneyTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_heating_liaison_signs_for_contacts_and_resolves_and_another_unit_cannot_open_the_ticket()
    {
        var number = await app.DispatchedTicketAsync("heating");
        app.Clock.Advance(TimeSpan.FromMinutes(10));

        var page = await browser.SignInAsync(app, "liaison-heating");
        await Expect(page).ToHaveURLAsync(new Regex("/Workbench$"));
        var row = page.Locator($"[data-testid=workbench-row][data-number='{number}']");
        await Expect(row).ToBeVisibleAsync();
        await Expect(row).ToHaveAttributeAsync("data-group", "ToSignFor");
        await Expect(row.Locator("[data-testid=clock-left]")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "journey-workbench-1-queue");

        // 签收 in one click, right in the list.
        await row.Locator("[data-testid=sign-for]").ClickAsync();
        await Expect(page.Locator("[data-testid=done]")).ToContainTextAsync(number);
        await Expect(row).ToHaveAttributeAsync("data-group", "ToContact");

        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await row.Locator("[data-testid=open-ticket]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/Workbench/{number}$"));
        await Expect(page.Locator("[data-testid=ticket-status]")).ToHaveTextAsync("办理中");
        await page.Locator("#Contact_Summary").FillAsync("已电话联系刘先生，约定今天上午上门检修。");
        await BrowserFixture.ScreenshotAsync(page, "journey-workbench-2-contact");
        await page.Locator("[data-testid=record-contact]").ClickAsync();
        await Expect(page.Locator("[data-testid=done]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=first-contact-clock]")).ToContainTextAsync("按时完成于");

        app.Clock.Advance(TimeSpan.FromHours(2));
        await page.ReloadAsync();
        await page.Locator("#Resolve_Result").FillAsync("已上门更换散热器阀门并排气，室温恢复到20度，市民表示满意。");
        await page.Locator("label[for=outcome-Solved]").ClickAsync();
        await BrowserFixture.ScreenshotAsync(page, "journey-workbench-3-resolve");
        await page.Locator("[data-testid=resolve]").ClickAsync();
        await Expect(page.Locator("[data-testid=ticket-status]")).ToHaveTextAsync("已办结待回访");
        await Expect(page.Locator("[data-testid=resolve]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=request-return]")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "journey-workbench-4-resolved");

        var saved = await app.DbAsync(db => db.Tickets.AsNoTracking().Include(t => t.Assignments).SingleAsync(t => t.Number == number));
        saved.Status.ShouldBe(TicketStatus.Resolved);
        saved.ResolutionOutcome.ShouldBe(ResolutionOutcome.Solved);
        saved.CallbackDueAt.ShouldNotBeNull().ShouldBeGreaterThan(saved.ResolvedAt!.Value);
        var lead = saved.Assignments.Single();
        lead.SignedForAt.ShouldBe(lead.DispatchedAt.AddMinutes(10));
        lead.FirstContactAt.ShouldNotBeNull();
        lead.ResolvedAt.ShouldBe(app.Clock.GetUtcNow());

        // The water company's liaison: not by link, not by the ticket page, not by guessing the next number.
        var water = await browser.SignInAsync(app, "liaison-water");
        var neighbour = $"{number[..9]}{int.Parse(number[9..], System.Globalization.CultureInfo.InvariantCulture) + 1:00000}";
        foreach (var url in new[] { $"/Workbench/{number}", $"/Tickets/{number}", $"/Workbench/{neighbour}" })
        {
            var response = await water.GotoAsync(url);
            response!.Status.ShouldBe(404, url);
        }

        await Expect(water.Locator("body")).Not.ToContainTextAsync("刘先生");
        await BrowserFixture.ScreenshotAsync(water, "journey-workbench-5-foreign-404");
    }

    [Fact]
    public async Task A_misrouted_ticket_is_returned_approved_and_redispatched_and_the_return_counts_for_the_heating_company()
    {
        var number = await app.DispatchedTicketAsync("heating", content: "市民反映小区自来水管破裂，路面大量积水结冰，请尽快抢修。");
        var water = await app.UnitAsync("water");
        var heating = await app.UnitAsync("heating");

        var page = await browser.SignInAsync(app, "liaison-heating");
        await page.GotoAsync($"/Workbench/{number}");
        await page.Locator("#return-form").Locator("xpath=..").Locator("summary").ClickAsync();
        await page.Locator("#Return_Kind").SelectOptionAsync("NotOurResponsibility");
        await page.Locator("#Return_Reason").FillAsync("自来水管破裂属于自来水公司职责，请改派。");
        await BrowserFixture.ScreenshotAsync(page, "journey-workbench-6-return");
        await page.Locator("[data-testid=request-return]").ClickAsync();
        await Expect(page.Locator("[data-testid=ticket-status]")).ToHaveTextAsync("申请退单");
        await Expect(page.Locator("[data-testid=return-status]")).ToContainTextAsync("不属于本单位职责");

        // The dispatcher approves the return from the returns list and lands on the dispatch page.
        app.Clock.Advance(TimeSpan.FromMinutes(15));
        var dispatcher = await browser.SignInAsync(app, "dispatcher");
        await dispatcher.GotoAsync("/Dispatch/Returns");
        var row = dispatcher.Locator("[data-testid=return-row]", new() { HasText = number });
        await Expect(row).ToContainTextAsync("不属于本单位职责");
        await BrowserFixture.ScreenshotAsync(dispatcher, "journey-workbench-6b-returns");
        await row.Locator("[data-testid=approve-return]").ClickAsync();
        await Expect(dispatcher).ToHaveURLAsync(new Regex($"/Dispatch/{number}$"));
        await dispatcher.Locator("#Input_LeadUnitId").SelectOptionAsync(water.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await dispatcher.Locator("#dispatch-form [data-testid=dispatch-submit]").ClickAsync();
        await Expect(dispatcher).ToHaveURLAsync(new Regex($"/Tickets/{number}$"));
        await Expect(dispatcher.Locator("[data-testid=ticket-status]")).ToHaveTextAsync("已派单");

        var assignments = await app.DbAsync(db => db.Assignments.AsNoTracking()
            .Where(a => db.Tickets.Any(t => t.Id == a.TicketId && t.Number == number)).ToListAsync());
        var returned = assignments.Single(a => a.UnitId == heating.Id);
        returned.ReturnStatus.ShouldBe(RequestStatus.Approved);
        returned.IsActive.ShouldBeFalse();
        var current = assignments.Single(a => a.IsActive);
        (current.UnitId, current.Role).ShouldBe((water.Id, AssignmentRole.Lead));
        (await app.DbAsync(db => db.Assignments.CountAsync(a => a.UnitId == heating.Id && a.ReturnStatus == RequestStatus.Approved))).ShouldBeGreaterThanOrEqualTo(1);

        // The heating company still sees its past part, no longer anything to do; the water company has it to sign for.
        await page.GotoAsync($"/Workbench/{number}");
        await Expect(page.Locator("[data-testid=not-active]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=no-actions]")).ToBeVisibleAsync();
        var waterPage = await browser.SignInAsync(app, "liaison-water");
        await Expect(waterPage.Locator($"[data-testid=workbench-row][data-number='{number}']")).ToHaveAttributeAsync("data-group", "ToSignFor");
        await BrowserFixture.ScreenshotAsync(waterPage, "journey-workbench-7-redispatched");
    }
}
