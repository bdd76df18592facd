using Hotline.Testing;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Workbench;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Journeys;

/// <summary>
/// Issue 18 §4 in the browser: a liaison appeals a late sign-for, November's ranking is published, a supervisor upholds
/// the appeal, and a corrected version is published showing how the unit moved.
/// </summary>
public sealed class AppealJourneyTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_late_mark_appealed_upheld_and_a_corrected_ranking_version_published()
    {
        // Monday 23 November: two tickets at the heating company; it signs for one in time and lets the other run late.
        var late = await app.DispatchedTicketAsync("heating", content: "市民反映小区二号楼整栋暖气不热，室温不足十五度。");
        var onTime = await app.DispatchedTicketAsync("heating", content: "市民反映单元楼道暖气管道漏水，请尽快维修。");
        var liaison = await browser.SignInAsync(app, "liaison-heating");
        await liaison.Locator($"[data-testid=workbench-row][data-number='{onTime}'] [data-testid=sign-for]").ClickAsync();
        await Expect(liaison.Locator($"[data-testid=workbench-row][data-number='{onTime}']")).ToHaveAttributeAsync("data-group", "ToContact");
        app.Clock.Advance(TimeSpan.FromDays(2));
        liaison = await browser.SignInAsync(app, "liaison-heating");

        // Two days later the late ticket carries two marks; the liaison appeals the sign-for with a reason.
        await liaison.GotoAsync($"/Workbench/{late}");
        await liaison.Locator("[data-testid=appeal-link]").ClickAsync();
        var signFor = liaison.Locator("[data-testid=appeal-mark][data-mark=SignForLate]");
        await Expect(signFor.Locator("[data-testid=mark-name]")).ToHaveTextAsync("签收超时");
        await Expect(liaison.Locator("[data-testid=appeal-mark][data-mark=FirstContactLate]")).ToHaveCountAsync(1);
        await signFor.Locator("[data-testid=submit-appeal]").ClickAsync();
        await Expect(liaison.Locator("[data-testid=reason-error]")).ToContainTextAsync("请填写申诉理由");
        signFor = liaison.Locator("[data-testid=appeal-mark][data-mark=SignForLate]");
        await signFor.Locator("[data-testid=appeal-reason]").FillAsync("11月23日政务网故障，签收按钮无响应，已报信息中心（IT-2026-118）。");
        // Two pieces of evidence in one go: a screenshot of the fault and the information centre's note.
        await signFor.Locator("[data-testid=appeal-evidence]").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "故障截图.png", MimeType = "image/png", Buffer = SampleFiles.Png },
            new FilePayload { Name = "信息中心证明.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Pdf },
        });
        await BrowserFixture.ScreenshotAsync(liaison, "appeal-1-raise");
        await signFor.Locator("[data-testid=submit-appeal]").ClickAsync();
        await Expect(liaison.Locator("[data-testid=appeal-done]")).ToBeVisibleAsync();
        await Expect(liaison.Locator("[data-testid=appeal-mark][data-mark=SignForLate] [data-testid=appeal-status]")).ToHaveTextAsync("待审定");
        await BrowserFixture.ScreenshotAsync(liaison, "appeal-2-pending");

        // 1 December: November is over; a supervisor publishes its ranking while the appeal waits.
        app.Clock.AdjustTime(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        var supervisor = await browser.SignInAsync(app, "supervisor");
        await supervisor.GotoAsync("/Dashboards/Ranking?Kind=Month&Date=2026-11-01");
        await Expect(supervisor.Locator("[data-testid=not-published]")).ToBeVisibleAsync();
        await supervisor.Locator("[data-testid=publish]").ClickAsync();
        await Expect(supervisor.Locator("[data-testid=ranking-published]")).ToContainTextAsync("第1版");
        await Expect(supervisor.Locator("[data-testid=version-shown]")).ToContainTextAsync("第1版");
        await Expect(supervisor.Locator("[data-testid=publish-form]")).ToHaveCountAsync(0);
        var heatingRow = supervisor.Locator("[data-testid=ranking-row][data-unit=heating]");
        var frozenIndex = await heatingRow.Locator("[data-testid=index]").InnerTextAsync();
        await BrowserFixture.ScreenshotAsync(supervisor, "appeal-3-published-v1");

        // The supervisor sees it waiting in the nav and upholds it on the queue; the ticket's timeline records both steps.
        await Expect(supervisor.Locator("[data-testid=nav-appeals-count]")).ToHaveTextAsync("1");
        await supervisor.Locator("[data-testid=nav-appeals]").ClickAsync();
        var row = supervisor.Locator($"[data-testid=appeal-row][data-number='{late}']");
        await Expect(row.Locator("[data-testid=appeal-mark]")).ToHaveTextAsync("签收超时");
        await Expect(row.Locator("[data-testid=appeal-evidence]")).ToHaveTextAsync(["故障截图.png", "信息中心证明.pdf"]);
        await row.Locator("[data-testid=decision-note]").FillAsync("信息中心确认当日故障，申诉成立。");
        await BrowserFixture.ScreenshotAsync(supervisor, "appeal-4-queue");
        await row.Locator("[data-testid=uphold-appeal]").ClickAsync();
        await Expect(supervisor.Locator("[data-testid=appeal-decided]")).ToContainTextAsync(late);
        await supervisor.GotoAsync($"/Tickets/{late}");
        await Expect(supervisor.Locator("[data-testid=timeline]")).ToContainTextAsync("提出申诉");
        await Expect(supervisor.Locator("[data-testid=timeline]")).ToContainTextAsync("申诉成立");

        // Version 1 stays as published; a corrected version 2 shows the heating company's move.
        await supervisor.GotoAsync("/Dashboards/Ranking?Kind=Month&Date=2026-11-01");
        await Expect(heatingRow.Locator("[data-testid=index]")).ToHaveTextAsync(frozenIndex);
        await supervisor.Locator("[data-testid=publish]").ClickAsync();
        await Expect(supervisor.Locator("[data-testid=publish-error]")).ToContainTextAsync("更正说明");
        await supervisor.Locator("[data-testid=publish-note]").FillAsync("热力公司11月23日签收超时申诉成立，更正签收及时率。");
        await supervisor.Locator("[data-testid=publish]").ClickAsync();
        await Expect(supervisor.Locator("[data-testid=version-shown]")).ToContainTextAsync("第2版");
        await Expect(supervisor.Locator("[data-testid=version-note]")).ToContainTextAsync("申诉成立");
        var heating = await app.UnitAsync("heating");
        var change = supervisor.Locator($"[data-testid=version-change][data-unit='{heating.Id}']");
        await Expect(change.Locator("[data-testid=index-change]")).ToContainTextAsync(frozenIndex);
        await BrowserFixture.ScreenshotAsync(supervisor, "appeal-5-corrected-v2");
        await supervisor.Locator("[data-testid=version-link][data-version='1']").ClickAsync();
        await Expect(heatingRow.Locator("[data-testid=index]")).ToHaveTextAsync(frozenIndex);

        // The unit's log shows the decision.
        liaison = await browser.SignInAsync(app, "liaison-heating");
        await liaison.GotoAsync("/Appeals/Log");
        await Expect(liaison.Locator($"[data-testid=appeal-log-row][data-number='{late}'] [data-testid=appeal-status]")).ToHaveTextAsync("申诉成立");
        await BrowserFixture.ScreenshotAsync(liaison, "appeal-6-log");
        var excused = await app.DbAsync(db => db.Assignments.AsNoTracking()
            .Where(a => db.Tickets.Any(t => t.Id == a.TicketId && t.Number == late)).Select(a => a.SignForExcused).SingleAsync());
        excused.ShouldBeTrue();
        var versions = await app.DbAsync(db => db.RankingVersions.AsNoTracking().Where(v => v.Month == new DateOnly(2026, 11, 1)).CountAsync());
        versions.ShouldBe(2);
    }
}
