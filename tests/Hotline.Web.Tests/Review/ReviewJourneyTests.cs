using System.Text.RegularExpressions;
using Hotline.Domain.Tickets;
using Hotline.Services.Delegation;
using Hotline.Services.Review;
using Hotline.Testing;
using Hotline.Web.Tests.FollowUp;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Journeys;
using Hotline.Web.Tests.Workbench;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Review;

/// <summary>
/// Issue 18 §2 in the browser: a complaint resolved by a unit waits for review; the reviewer sends it back with a reason;
/// the unit resolves it again; two reviewers decide at once and the late one keeps what they typed; it passes; the
/// agent calls the citizen back and the ticket closes. The timeline and the holders show each step.
/// </summary>
public sealed class ReviewJourneyTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    private const string FirstReply = "已处理。";
    private const string SecondReply = "已上门更换堵塞的入户过滤器并冲洗管道，现场测温22度，市民确认暖气已热。";
    private const string Reason = "答复过于简单，请写明处理措施和现场室温。";

    [Fact]
    public async Task A_sub_district_s_reply_is_reviewed_as_written_by_the_sub_district_for_its_district()
    {
        await app.DbAsync(db => db.Database.ExecuteSqlRawAsync(TestDatabase.ReviewPolicyOn));
        var number = await app.DispatchedTicketAsync("laishan", content: "市民投诉莱山区黄海路某小区夜间施工噪音扰民。", type: RequestType.Complaint);
        var district = await app.UnitAsync("laishan");
        var township = await app.UnitAsync("laishan-huanghai");
        (await app.AsLiaisonAsync("liaison-laishan", async (s, v) => await s.SignForAsync(number, new() { Version = await app.VersionAsync(number) }, v)))
            .Errors.ShouldBeEmpty();
        await using (var scope = app.AppServices.CreateAsyncScope())
        {
            var delegation = new DelegationInput { SubUnitId = township.Id, Instruction = "请街道核实处理。", Version = await app.VersionAsync(number) };
            (await scope.ServiceProvider.GetRequiredService<DelegationService>().DelegateAsync(number, delegation, await app.AppServices.ViewerAsync("liaison-laishan")))
                .Errors.ShouldBeEmpty();
        }

        app.Clock.Advance(TimeSpan.FromMinutes(20));
        (await app.AsLiaisonAsync("liaison-laishan-huanghai", async (s, v) => await s.SignForAsync(number, new() { Version = await app.VersionAsync(number) }, v)))
            .Errors.ShouldBeEmpty();
        (await app.AsLiaisonAsync("liaison-laishan-huanghai", async (s, v) => await s.ResolveAsync(number,
            new() { Result = "街道已约谈施工单位，夜间十点后停止施工，市民表示认可。", Outcome = ResolutionOutcome.Solved, Version = await app.VersionAsync(number) }, v)))
            .Errors.ShouldBeEmpty();

        // The reviewer reads whose reply it is: the sub-district's, for the district that answers for it.
        var written = $"{township.NameZh}（代{district.NameZh}）";
        var reviewer = await browser.SignInAsync(app, "supervisor");
        await reviewer.GotoAsync("/Review");
        var row = reviewer.Locator($"[data-testid=review-row][data-number='{number}']");
        await Expect(row.Locator("[data-testid=review-unit]")).ToHaveTextAsync(written);
        await BrowserFixture.ScreenshotAsync(reviewer, "review-delegated-1-queue");
        await row.Locator("[data-testid=review-link]").ClickAsync();
        await Expect(reviewer.Locator("[data-testid=review-reply-of]")).ToContainTextAsync(written);
        await BrowserFixture.ScreenshotAsync(reviewer, "review-delegated-2-reply");

        // The ticket page says the same where the sub-district acted, on the timeline and among the holders.
        await reviewer.GotoAsync($"/Tickets/{number}");
        await Expect(reviewer.Locator("[data-testid=timeline]")).ToContainTextAsync(written);
        await Expect(reviewer.Locator("[data-testid=holding-holder]").Filter(new() { HasText = written })).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(reviewer, "review-delegated-3-ticket");

        // Back to the sub-district, so the other journey of this class finds only its own reply in review.
        await using (var scope = app.AppServices.CreateAsyncScope())
        {
            var back = new ReviewDecisionInput { Number = number, Note = "请补充施工单位的整改承诺。", Version = await app.VersionAsync(number) };
            (await scope.ServiceProvider.GetRequiredService<ReviewService>().SendBackAsync(back, await app.AppServices.ViewerAsync("supervisor")))
                .Errors.ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task A_complaint_resolved_by_a_unit_sent_back_by_the_reviewer_resolved_again_passed_and_called_back()
    {
        await app.DbAsync(db => db.Database.ExecuteSqlRawAsync(TestDatabase.ReviewPolicyOn));
        var heating = await app.UnitAsync("heating");
        var reviewReturnsBefore = await ReviewReturnsOnTheUnitPageAsync(heating.Id);
        var number = await app.DispatchedTicketAsync("heating", content: "市民投诉小区供暖不热，多次报修无人处理。", type: RequestType.Complaint);
        (await app.AsLiaisonAsync("liaison-heating", async (s, v) => await s.SignForAsync(number, new() { Version = await app.VersionAsync(number) }, v)))
            .Errors.ShouldBeEmpty();
        app.Clock.Advance(TimeSpan.FromMinutes(30));

        // The unit resolves with a two-word reply and no contact recorded: it waits for review instead of the callback.
        var liaison = await browser.SignInAsync(app, "liaison-heating");
        await liaison.GotoAsync($"/Workbench/{number}");
        await liaison.Locator("[data-testid=resolve-section] summary").ClickAsync();
        await liaison.Locator("#Resolve_Result").FillAsync(FirstReply + "市民反映的问题已经处理完毕。");
        await liaison.Locator("label[for=outcome-Solved]").ClickAsync();
        await liaison.Locator("[data-testid=resolve]").ClickAsync();
        await Expect(liaison.Locator("[data-testid=ticket-status]")).ToHaveTextAsync("待审核");
        await Expect(liaison.Locator("[data-testid=timeline]")).ToContainTextAsync("办结，提交审核");
        await BrowserFixture.ScreenshotAsync(liaison, "review-1-unit-resolved-waits-for-review");

        // The reviewer (a supervisor) sees it counted in the nav and listed with what the checks found.
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        var reviewer = await browser.SignInAsync(app, "supervisor");
        await Expect(reviewer.Locator("[data-testid=nav-review-count]")).ToHaveTextAsync("1");
        await reviewer.Locator("[data-testid=nav-review]").ClickAsync();
        await Expect(reviewer).ToHaveURLAsync(new Regex("/Review$"));
        var row = reviewer.Locator($"[data-testid=review-row][data-number='{number}']");
        await Expect(row.Locator("[data-testid=review-flags]")).ToContainTextAsync("未记录联系市民");
        await BrowserFixture.ScreenshotAsync(reviewer, "review-2-queue");

        await row.Locator("[data-testid=review-link]").ClickAsync();
        await Expect(reviewer.Locator("[data-testid=review-reply]")).ToContainTextAsync(FirstReply);
        await Expect(reviewer.Locator("[data-testid=review-flag]")).ToHaveCountAsync(1);
        await Expect(reviewer.Locator("[data-testid=review-checks]")).ToContainTextAsync("未记录联系市民");
        // Sending back without a reason is refused next to the note, and nothing is sent.
        await reviewer.Locator("[data-testid=review-send-back]").ClickAsync();
        await Expect(reviewer.Locator("[data-testid=note-error]")).ToBeVisibleAsync();
        await reviewer.Locator("[data-testid=review-note]").FillAsync(Reason);
        await BrowserFixture.ScreenshotAsync(reviewer, "review-3-send-back");
        await reviewer.Locator("[data-testid=review-send-back]").ClickAsync();
        await Expect(reviewer).ToHaveURLAsync(new Regex("/Review$"));
        await Expect(reviewer.Locator("[data-testid=review-done]")).ToContainTextAsync($"工单 {number} 已退回承办单位");
        await Expect(reviewer.Locator($"[data-testid=review-row][data-number='{number}']")).ToHaveCountAsync(0);

        // Back at the unit, with the reason on the timeline; it contacts the citizen and resolves again.
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await liaison.GotoAsync($"/Workbench/{number}");
        await Expect(liaison.Locator("[data-testid=ticket-status]")).ToHaveTextAsync("办理中");
        await Expect(liaison.Locator("[data-testid=timeline]")).ToContainTextAsync("审核退回");
        await Expect(liaison.Locator("[data-testid=timeline]")).ToContainTextAsync(Reason);
        await BrowserFixture.ScreenshotAsync(liaison, "review-4-sent-back-to-the-unit");
        await liaison.Locator("#Contact_Summary").FillAsync("已电话联系市民，约定今天上门。");
        await liaison.Locator("[data-testid=record-contact]").ClickAsync();
        await Expect(liaison.Locator("[data-testid=done]")).ToBeVisibleAsync();
        app.Clock.Advance(TimeSpan.FromHours(2));
        await liaison.ReloadAsync();
        await liaison.Locator("#Resolve_Result").FillAsync(SecondReply);
        await liaison.Locator("label[for=outcome-Solved]").ClickAsync();
        await liaison.Locator("[data-testid=resolve]").ClickAsync();
        await Expect(liaison.Locator("[data-testid=ticket-status]")).ToHaveTextAsync("待审核");

        // Two reviewers open the same reply; one passes it, the other's send-back is refused and keeps what was typed.
        app.Clock.Advance(TimeSpan.FromMinutes(15));
        await reviewer.GotoAsync($"/Review/Ticket?number={number}");
        var second = await browser.SignInAsync(app, "supervisor");
        await second.GotoAsync($"/Review/Ticket?number={number}");
        await Expect(reviewer.Locator("[data-testid=review-no-flags]")).ToBeVisibleAsync();
        await Expect(reviewer.Locator("[data-testid=review-history]")).ToContainTextAsync(Reason);
        await Expect(reviewer.Locator("[data-testid=review-returns]")).ToHaveTextAsync("1");
        await second.Locator("[data-testid=review-note]").FillAsync("请再核实一次室温。");
        await reviewer.Locator("[data-testid=review-note]").FillAsync("答复完整，同意回访。");
        await reviewer.Locator("[data-testid=review-pass]").ClickAsync();
        await Expect(reviewer.Locator("[data-testid=review-done]")).ToContainTextAsync($"工单 {number} 的答复已审核通过");
        await BrowserFixture.ScreenshotAsync(reviewer, "review-5-passed");

        await second.Locator("[data-testid=review-send-back]").ClickAsync();
        await Expect(second.Locator("[data-testid=review-error]")).ToBeVisibleAsync();
        await Expect(second.Locator("[data-testid=unsaved-text]")).ToHaveValueAsync("请再核实一次室温。");
        await Expect(second.Locator("[data-testid=review-not-waiting]")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(second, "review-6-late-reviewer-keeps-text");

        // The callback: satisfied and solved → Closed; the timeline and the holders show the review.
        app.Clock.Advance(TimeSpan.FromHours(3));
        var agent = await browser.SignInAsync(app, "agent");
        await agent.GotoAsync($"/FollowUp?Filter.Text={number}");
        await agent.Locator($"[data-testid=call-{number}]").ClickAsync();
        await Expect(agent.Locator("[data-testid=result]")).ToHaveTextAsync(SecondReply);
        await agent.Locator("label[for=reached-yes]").ClickAsync();
        await agent.Locator("label[for=satisfaction-Satisfied]").ClickAsync();
        await agent.Locator("label[for=solved-yes]").ClickAsync();
        await agent.Locator("#Input_CitizenWords").FillAsync("这次修好了，谢谢。");
        await agent.Locator("[data-testid=record-callback]").ClickAsync();
        await Expect(agent.Locator("[data-testid=done]")).ToHaveTextAsync($"{number}：回访已记录，工单已归档。");

        await agent.GotoAsync($"/Tickets/{number}");
        await Expect(agent.Locator("[data-testid=ticket-status]")).ToHaveTextAsync("已归档");
        var timeline = agent.Locator("[data-testid=timeline]");
        await Expect(timeline).ToContainTextAsync("审核退回");
        await Expect(timeline).ToContainTextAsync("审核通过");
        await Expect(agent.Locator("[data-testid=holding][data-kind=Review]")).ToHaveCountAsync(2);
        await Expect(agent.Locator("[data-testid=holding][data-kind=Review][data-end=SentBack]")).ToHaveCountAsync(1);
        await agent.Locator("[data-testid=holdings]").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(agent, "review-7-closed-with-review-holders");

        var saved = await app.DbAsync(db => db.Tickets.AsNoTracking().Include(t => t.Assignments).SingleAsync(t => t.Number == number));
        (saved.Status, saved.Assignments.Single().ReviewReturns).ShouldBe((TicketStatus.Closed, 1));

        // The measures: the unit's page counts the reply sent back against the unit this month.
        (await ReviewReturnsOnTheUnitPageAsync(heating.Id)).ShouldBe(reviewReturnsBefore + 1);
    }

    /// <summary>The review returns the unit's page shows for this month, as a supervisor reads them (screenshot: review-8-unit-measures).</summary>
    private async Task<int> ReviewReturnsOnTheUnitPageAsync(int unitId)
    {
        var supervisor = await browser.SignInAsync(app, "supervisor");
        await supervisor.GotoAsync($"/Units/Performance?id={unitId}");
        var text = await supervisor.Locator("[data-testid=requests] [data-testid=review-returns]").InnerTextAsync();
        await BrowserFixture.ScreenshotAsync(supervisor, "review-8-unit-measures");
        return int.Parse(Regex.Match(text, @"\d+$").Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
