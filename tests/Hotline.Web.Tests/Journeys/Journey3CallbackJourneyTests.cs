using System.Globalization;
using System.Text.RegularExpressions;
using Hotline.Domain.Tickets;
using Hotline.Web.Tests.FollowUp;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Journeys;

/// <summary>
/// PRODUCT.md journey 3: an agent makes the callback — dissatisfied, not solved — and the ticket is reopened as round 2 at
/// the same unit with fresh deadlines; the unit's liaison resolves round 2; the second callback is satisfied → Closed.
/// </summary>
public sealed class Journey3CallbackJourneyTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_dissatisfied_callback_reopens_the_ticket_at_the_same_unit_and_the_second_callback_closes_it()
    {
        var number = await app.ResolvedTicketAsync("heating");
        var heating = await app.UnitAsync("heating");
        var agent = await browser.SignInAsync(app, "agent");
        await agent.GotoAsync($"/Tickets/{number}");
        var firstRound = agent.Locator("[data-testid=assignment]", new() { HasText = "第 1 轮" });
        var firstSignForDue = await DueAsync(firstRound, "sign-for-clock");
        var firstResolveDue = await DueAsync(firstRound, "resolve-clock");

        // The next morning (a new shift, so a new sign-in) the agent works through the callback queue.
        app.Clock.Advance(TimeSpan.FromHours(20));
        agent = await browser.SignInAsync(app, "agent");
        firstRound = agent.Locator("[data-testid=assignment]", new() { HasText = "第 1 轮" });
        await agent.Locator("[data-testid=nav-followup]").ClickAsync();
        await Expect(agent).ToHaveURLAsync(new Regex("/FollowUp$"));
        await agent.Locator("#c-text").FillAsync(number);
        await agent.Locator("#c-text").PressAsync("Enter");
        var row = agent.Locator($"[data-testid=callback-row][data-number='{number}']");
        await Expect(row).ToContainTextAsync(heating.NameZh);
        await Expect(row).ToContainTextAsync(FollowUpTickets.Result[..10]);
        await Expect(row.Locator("[data-testid=clock-left]")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(agent, "journey3-1-queue");

        await row.Locator($"[data-testid=call-{number}]").ClickAsync();
        await Expect(agent).ToHaveURLAsync(new Regex($"/FollowUp/Callback\\?number={number}$"));
        await Expect(agent.Locator("[data-testid=caller-phone]")).ToHaveTextAsync("13905351234");
        await Expect(agent.Locator("[data-testid=result]")).ToHaveTextAsync(FollowUpTickets.Result);
        // Keyboard first: the first answer has the focus; Space picks "reached", and only then do the questions about the result show.
        await Expect(agent.Locator("[data-testid=reopen-to]")).ToBeHiddenAsync();
        await Expect(agent.Locator("#reached-yes")).ToBeFocusedAsync();
        await agent.Keyboard.PressAsync("Space");
        await agent.Locator("label[for=satisfaction-Dissatisfied]").ClickAsync();
        await agent.Locator("label[for=solved-no]").ClickAsync();
        await agent.Locator("#Input_CitizenWords").FillAsync("师傅只来看了一眼就走了，暖气还是不热，屋里只有十四度。");
        await Expect(agent.Locator("[data-testid=reopen-to]")).ToBeHiddenAsync();
        await agent.Locator("label[for=Input_Reopen]").ClickAsync();
        await Expect(agent.Locator("[data-testid=reopen-to]")).ToContainTextAsync(heating.NameZh);
        await agent.Locator("#Input_ReopenReason").FillAsync("市民反映暖气仍不热，未实际解决，请重新上门检修。");
        await BrowserFixture.ScreenshotAsync(agent, "journey3-2-dissatisfied-reopen");
        await agent.Locator("[data-testid=record-callback]").ClickAsync();

        await Expect(agent).ToHaveURLAsync(new Regex("/FollowUp$"));
        await Expect(agent.Locator("[data-testid=done]")).ToContainTextAsync($"{number}：已重办，第 2 轮");
        await Expect(agent.Locator($"[data-testid=callback-row][data-number='{number}']")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(agent, "journey3-3-reopened");

        // The ticket page: round 2 at the same unit, every clock started afresh from the reopen.
        await agent.GotoAsync($"/Tickets/{number}");
        await Expect(agent.Locator("[data-testid=ticket-status]")).ToHaveTextAsync("已派单");
        var secondRound = agent.Locator("[data-testid=assignment]", new() { HasText = "第 2 轮" });
        await Expect(secondRound).ToContainTextAsync(heating.NameZh);
        await Expect(secondRound).ToContainTextAsync("主办");
        (await DueAsync(secondRound, "sign-for-clock")).ShouldBeGreaterThan(firstSignForDue);
        (await DueAsync(secondRound, "resolve-clock")).ShouldBeGreaterThan(firstResolveDue);
        await Expect(firstRound).ToContainTextAsync("本轮承办已结束");
        // Issue 14: each time on the ended round says what it is (the dispatch, the resolution), none passes for its end.
        var ended = firstRound.Locator("[data-testid=assignment-ended]");
        await Expect(ended).ToContainTextAsync(new Regex(@"派单 \d{4}-\d{2}-\d{2} \d{2}:\d{2}"));
        await Expect(ended).ToContainTextAsync(new Regex(@"办结 \d{4}-\d{2}-\d{2} \d{2}:\d{2}"));
        await Expect(agent.Locator("[data-testid=callbacks] [data-testid=attempt]")).ToContainTextAsync("不满意");
        await Expect(agent.Locator("[data-testid=reopen-count]")).ToHaveTextAsync("1");
        await Expect(agent.Locator("[data-testid=timeline]")).ToContainTextAsync("【不满意】师傅只来看了一眼就走了");
        await BrowserFixture.ScreenshotAsync(agent, "journey3-4-round-2");

        // The heating company's liaison takes round 2 from sign-for to resolution.
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        var liaison = await browser.SignInAsync(app, "liaison-heating");
        var task = liaison.Locator($"[data-testid=workbench-row][data-number='{number}']");
        await Expect(task).ToHaveAttributeAsync("data-group", "ToSignFor");
        await task.Locator("[data-testid=sign-for]").ClickAsync();
        await Expect(task).ToHaveAttributeAsync("data-group", "ToContact");
        await task.Locator("[data-testid=open-ticket]").ClickAsync();
        // Issue 14: round 2 opens with why it came back and the citizen's words, above the fold of a 1366×768 screen.
        var reopened = liaison.Locator("[data-testid=reopened-round]");
        await Expect(reopened).ToContainTextAsync("第 2 轮 · 重办原因：市民反映暖气仍不热");
        await Expect(reopened.Locator("[data-testid=citizen-words]")).ToContainTextAsync("师傅只来看了一眼就走了");
        (await reopened.EvaluateAsync<double>("e => e.getBoundingClientRect().bottom")).ShouldBeLessThan(768);
        await liaison.Locator("#Contact_Summary").FillAsync("已电话联系刘先生，今天上午再次上门检修。");
        await liaison.Locator("[data-testid=record-contact]").ClickAsync();
        await Expect(liaison.Locator("[data-testid=done]")).ToBeVisibleAsync();
        app.Clock.Advance(TimeSpan.FromHours(3));
        await liaison.ReloadAsync();
        await liaison.Locator("#Resolve_Result").FillAsync("更换了堵塞的入户过滤器并冲洗管道，现场测温22度，市民确认已热。");
        await liaison.Locator("label[for=outcome-Solved]").ClickAsync();
        await liaison.Locator("[data-testid=resolve]").ClickAsync();
        await Expect(liaison.Locator("[data-testid=ticket-status]")).ToHaveTextAsync("已办结待回访");
        await BrowserFixture.ScreenshotAsync(liaison, "journey3-5-round-2-resolved");

        // The second callback: satisfied and solved → Closed.
        app.Clock.Advance(TimeSpan.FromHours(20));
        agent = await browser.SignInAsync(app, "agent2");
        await agent.GotoAsync($"/FollowUp?Filter.Text={number}");
        await agent.Locator($"[data-testid=call-{number}]").ClickAsync();
        await Expect(agent.Locator("[data-testid=attempts]")).ToContainTextAsync("不满意");
        await agent.Locator("label[for=reached-yes]").ClickAsync();
        await agent.Locator("label[for=satisfaction-Satisfied]").ClickAsync();
        await agent.Locator("label[for=solved-yes]").ClickAsync();
        await agent.Locator("#Input_CitizenWords").FillAsync("这次修好了，谢谢。");
        await BrowserFixture.ScreenshotAsync(agent, "journey3-6-satisfied");
        await agent.Locator("[data-testid=record-callback]").ClickAsync();
        await Expect(agent.Locator("[data-testid=done]")).ToHaveTextAsync($"{number}：回访已记录，工单已归档。");

        await agent.GotoAsync($"/Tickets/{number}");
        await Expect(agent.Locator("[data-testid=ticket-status]")).ToHaveTextAsync("已归档");
        await Expect(agent.Locator("[data-testid=closure-reason]")).ToHaveTextAsync("回访满意");
        await Expect(agent.Locator("[data-testid=attempt-round]")).ToHaveCountAsync(2);
        await BrowserFixture.ScreenshotAsync(agent, "journey3-7-closed");

        var saved = await app.DbAsync(db => db.Tickets.AsNoTracking().Include(t => t.Callbacks).Include(t => t.Assignments)
            .AsSplitQuery().SingleAsync(t => t.Number == number));
        (saved.Status, saved.Round, saved.ReopenCount, saved.ClosureReason).ShouldBe((TicketStatus.Closed, 2, 1, (ClosureReason?)ClosureReason.Satisfied));
        saved.Callbacks.OrderBy(c => c.Round).Select(c => (c.Round, c.UnitId, c.Satisfaction, c.Solved, c.Reopened)).ShouldBe(
            [(1, (int?)heating.Id, (Satisfaction?)Satisfaction.Dissatisfied, (bool?)false, true), (2, heating.Id, Satisfaction.Satisfied, true, false)]);
        saved.Assignments.Where(a => a.IsLead).Select(a => (a.Round, a.UnitId)).ShouldBe([(1, heating.Id), (2, heating.Id)], ignoreOrder: true);
    }

    /// <summary>The due instant of one of an assignment's clocks as the page states it.</summary>
    private static async Task<DateTimeOffset> DueAsync(ILocator assignment, string clock) =>
        DateTimeOffset.Parse(await assignment.Locator($"[data-testid={clock}] [data-testid=clock]").GetAttributeAsync("data-due") ?? "",
            CultureInfo.InvariantCulture);
}
