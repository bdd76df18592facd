using System.Globalization;
using System.Text.RegularExpressions;
using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Workbench;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Journeys;

/// <summary>Issue 18 §3 in the browser: a dispatch objection upheld and re-dispatched; a district delegating to a township.</summary>
public sealed class ObjectionAndDelegationJourneyTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_objection_upheld_and_re_dispatched()
    {
        var number = await app.DispatchedTicketAsync("heating", content: "市民反映小区楼道屋顶漏水，物业不予处理，请有关部门督促维修。");
        var housing = await app.UnitAsync("housing");

        // The heating company disputes the dispatch before signing for it, suggesting the housing bureau.
        var liaison = await browser.SignInAsync(app, "liaison-heating");
        await liaison.GotoAsync($"/Workbench/{number}");
        await liaison.Locator("[data-testid=objection-section] summary").ClickAsync();
        await liaison.Locator("#Objection_SuggestedUnitId").SelectOptionAsync(housing.Id.ToString(CultureInfo.InvariantCulture));
        await liaison.Locator("#Objection_Reason").FillAsync("楼道屋顶漏水属于物业维修责任，应由住建局督促物业处理。");
        await BrowserFixture.ScreenshotAsync(liaison, "objection-1-raise");
        await liaison.Locator("[data-testid=raise-objection]").ClickAsync();
        await Expect(liaison.Locator("[data-testid=objection-status]")).ToContainTextAsync("仲裁中");
        await Expect(liaison.Locator("[data-testid=sign-for]")).ToHaveCountAsync(0);
        await Expect(liaison.Locator("[data-testid=timeline]")).ToContainTextAsync("派单异议");

        // A dispatcher and a supervisor open the list at the same time; the dispatcher upholds first.
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        var dispatcher = await browser.SignInAsync(app, "dispatcher");
        await dispatcher.GotoAsync("/Dispatch/Objections");
        var supervisor = await browser.SignInAsync(app, "supervisor");
        await supervisor.GotoAsync("/Dispatch/Objections");
        var row = dispatcher.Locator($"[data-testid=objection-row][data-number='{number}']");
        await Expect(row.Locator("[data-testid=suggested-unit]")).ToHaveTextAsync(housing.NameZh);
        await Expect(row.Locator("[data-testid=redispatch-unit]")).ToHaveValueAsync(housing.Id.ToString(CultureInfo.InvariantCulture));
        await row.Locator("[data-testid=decision-note]").FillAsync("确属误派，改派住建局。");
        await BrowserFixture.ScreenshotAsync(dispatcher, "objection-2-arbitrate");
        await row.Locator("[data-testid=uphold-objection]").ClickAsync();
        await Expect(dispatcher.Locator("[data-testid=objection-decided]")).ToContainTextAsync(number);

        // The supervisor's rejection comes second: refused as changed, the typed reason kept to copy.
        var late = supervisor.Locator($"[data-testid=objection-row][data-number='{number}']");
        await late.Locator("[data-testid=decision-note]").FillAsync("经核实属于热力公司职责范围。");
        await late.Locator("[data-testid=reject-objection]").ClickAsync();
        await Expect(supervisor.Locator("[data-testid=decision-error]")).ToContainTextAsync("已被他人修改");
        await Expect(supervisor.Locator("body")).ToContainTextAsync("经核实属于热力公司职责范围。");
        await BrowserFixture.ScreenshotAsync(supervisor, "objection-3-stale");

        var assignments = await app.DbAsync(db => db.Assignments.AsNoTracking()
            .Where(a => db.Tickets.Any(t => t.Id == a.TicketId && t.Number == number)).ToListAsync());
        assignments.Single(a => a.IsActive).UnitId.ShouldBe(housing.Id);
        assignments.Single(a => !a.IsActive).ObjectionStatus.ShouldBe(RequestStatus.Approved);

        // The housing bureau has it to sign for; the ticket's holdings charge the misdispatch to nobody.
        var housingLiaison = await browser.SignInAsync(app, "liaison-housing");
        await Expect(housingLiaison.Locator($"[data-testid=workbench-row][data-number='{number}']")).ToHaveAttributeAsync("data-group", "ToSignFor");
        await supervisor.GotoAsync($"/Tickets/{number}");
        var misdispatch = supervisor.Locator("[data-testid=holding][data-end=ObjectionUpheld]");
        await Expect(misdispatch.Locator("[data-testid=holding-uncharged]")).ToBeVisibleAsync();
        await Expect(misdispatch.Locator("[data-testid=holding-deadline][data-outcome=Missed]")).ToHaveCountAsync(0);
        await Expect(supervisor.Locator("[data-testid=timeline]")).ToContainTextAsync("异议成立改派");
        await BrowserFixture.ScreenshotAsync(supervisor, "objection-4-ticket-holdings");

        // Measures: the heating company's unit page and the dispatchers' misdispatch rate.
        var heating = await app.UnitAsync("heating");
        await supervisor.GotoAsync($"/Units/Performance?id={heating.Id}");
        await Expect(supervisor.Locator("[data-testid=unit-objections]")).ToContainTextAsync("成立 1");
        // The twelve-month trend counts it in November as the month's page does: raised 1, upheld 1, rejected 0.
        var november = supervisor.Locator("[data-testid=trend] tr[data-month='2026-11'] [data-testid=trend-objections]");
        await Expect(november).ToHaveTextAsync("1 / 1 / 0");
        await Expect(supervisor.Locator("[data-testid=trend] tr[data-month='2026-10'] [data-testid=trend-objections]")).ToHaveTextAsync("0 / 0 / 0");
        await BrowserFixture.ScreenshotAsync(supervisor, "objection-5-unit-measures");
        // The supervisor's work list links to each dispatcher's misdispatch rate: the one upheld objection over its dispatches.
        await supervisor.GotoAsync("/Supervision");
        await supervisor.Locator("[data-testid=open-dispatchers]").ClickAsync();
        var misdispatcher = supervisor.Locator("[data-testid=dispatcher-row]").Filter(new() { Has = supervisor.Locator("[data-testid=upheld]", new() { HasTextRegex = new Regex("^1$") }) });
        await Expect(misdispatcher).ToHaveCountAsync(1);
        await Expect(misdispatcher.Locator("[data-testid=misdispatch-rate]")).ToHaveTextAsync(new Regex(@"^\d+(\.\d+)?%$"));
        await BrowserFixture.ScreenshotAsync(supervisor, "objection-6-dispatchers");
    }

    [Fact]
    public async Task A_district_delegating_to_a_township_that_resolves_it()
    {
        var number = await app.DispatchedTicketAsync("laishan", content: "市民反映莱山区黄海路某小区门前路灯损坏多日，夜间出行不便。");
        var township = await app.UnitAsync("laishan-huanghai");

        // The district signs for it and delegates to its own sub-district.
        var district = await browser.SignInAsync(app, "liaison-laishan");
        await district.Locator($"[data-testid=workbench-row][data-number='{number}'] [data-testid=sign-for]").ClickAsync();
        await district.GotoAsync($"/Workbench/{number}");
        await district.Locator("[data-testid=delegation-section] summary").ClickAsync();
        var choices = await district.Locator("#Delegation_SubUnitId option").AllTextContentsAsync();
        choices.ShouldContain(township.NameZh);
        choices.ShouldNotContain(c => c.Contains("芝罘区", StringComparison.Ordinal), "only the district's own sub-units");
        await district.Locator("#Delegation_SubUnitId").SelectOptionAsync(township.Id.ToString(CultureInfo.InvariantCulture));
        await district.Locator("#Delegation_Instruction").FillAsync("请黄海路街道安排人员核实并联系路灯维护单位。");
        await BrowserFixture.ScreenshotAsync(district, "delegation-1-delegate");
        await district.Locator("[data-testid=delegate]").ClickAsync();
        await Expect(district.Locator("[data-testid=delegation-unit]")).ToHaveTextAsync(township.NameZh);
        await Expect(district.Locator("[data-testid=delegation-state]")).ToHaveTextAsync("办理中");

        // The township works it in its own workbench with its own clocks.
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        var street = await browser.SignInAsync(app, "liaison-laishan-huanghai");
        var row = street.Locator($"[data-testid=workbench-row][data-number='{number}']");
        await Expect(row).ToHaveAttributeAsync("data-group", "ToSignFor");
        await BrowserFixture.ScreenshotAsync(street, "delegation-2-township-queue");
        await row.Locator("[data-testid=sign-for]").ClickAsync();
        await Expect(row).ToHaveAttributeAsync("data-group", "ToContact");
        await street.GotoAsync($"/Workbench/{number}");
        await Expect(street.Locator("[data-testid=delegated-by]")).ToContainTextAsync("莱山区");
        await street.Locator("#Contact_Summary").FillAsync("已电话联系市民，确认路灯位置，约定今晚修复。");
        await street.Locator("[data-testid=record-contact]").ClickAsync();
        await Expect(street.Locator("[data-testid=first-contact-clock]")).ToContainTextAsync("按时完成于");
        app.Clock.Advance(TimeSpan.FromHours(3));
        await street.ReloadAsync();
        await street.Locator("#Resolve_Result").FillAsync("已协调路灯维护单位更换灯具，路灯恢复照明，市民表示认可。");
        await street.Locator("label[for=outcome-Solved]").ClickAsync();
        await street.Locator("[data-testid=resolve]").ClickAsync();
        await Expect(street.Locator("[data-testid=ticket-status]")).ToHaveTextAsync("已办结待回访");
        await BrowserFixture.ScreenshotAsync(street, "delegation-3-township-resolved");

        // A sibling sub-district cannot open it.
        var sibling = await browser.SignInAsync(app, "liaison-laishan-chujia");
        (await sibling.GotoAsync($"/Workbench/{number}"))!.Status.ShouldBe(404);

        // The district followed it and answers for it: its own assignment is resolved with the township's result.
        await district.ReloadAsync();
        await Expect(district.Locator("[data-testid=delegation-state]")).ToHaveTextAsync("已办结");
        await Expect(district.Locator("[data-testid=ticket-status]")).ToHaveTextAsync("已办结待回访");
        await BrowserFixture.ScreenshotAsync(district, "delegation-4-district-follows");
        var assignments = await app.DbAsync(db => db.Assignments.AsNoTracking()
            .Where(a => db.Tickets.Any(t => t.Id == a.TicketId && t.Number == number)).ToListAsync());
        var parent = assignments.Single(a => a.Role == AssignmentRole.Lead);
        var sub = assignments.Single(a => a.Role == AssignmentRole.Delegated);
        (sub.UnitId, sub.ParentAssignmentId).ShouldBe((township.Id, parent.Id));
        parent.ResolvedAt.ShouldBe(sub.ResolvedAt);

        var supervisor = await browser.SignInAsync(app, "supervisor");
        await supervisor.GotoAsync($"/Tickets/{number}");
        await Expect(supervisor.Locator("[data-testid=holding-holder]").Filter(new() { HasText = "下派" })).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(supervisor, "delegation-5-ticket-holdings");
        await supervisor.GotoAsync($"/Units/Performance?id={township.Id}");
        await Expect(supervisor.Locator("[data-testid=unit-delegation]")).ToContainTextAsync("受上级下派 1 件");
        await Expect(supervisor.Locator("[data-testid=unit-delegation-more]")).ToContainTextAsync("被上级收回 0 件");
        // The twelve-month trend: November's part received by the township and given by the district.
        await Expect(supervisor.Locator("[data-testid=trend] tr[data-month='2026-11'] [data-testid=trend-delegations]")).ToHaveTextAsync("0 / 1");
        await BrowserFixture.ScreenshotAsync(supervisor, "delegation-6-township-measures");
        var laishan = await app.UnitAsync("laishan");
        await supervisor.GotoAsync($"/Units/Performance?id={laishan.Id}");
        await Expect(supervisor.Locator("[data-testid=trend] tr[data-month='2026-11'] [data-testid=trend-delegations]")).ToHaveTextAsync("1 / 0");
        (await supervisor.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(1366);
        await supervisor.Locator("[data-testid=trend]").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(supervisor, "delegation-7-district-trend");
    }
}
