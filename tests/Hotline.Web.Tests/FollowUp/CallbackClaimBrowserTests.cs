using System.Text.RegularExpressions;
using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Journeys;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.FollowUp;

/// <summary>
/// Issue 14: two agents calling the same citizen back. The one who opens the callback holds it and the other sees
/// "王晓燕 正在回访" in the queue and on the page; a save refused because the ticket moved on keeps the typed words.
/// </summary>
public sealed class CallbackClaimBrowserTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    private const string Words = "师傅只来看了一眼，暖气还是不热。";

    [Fact]
    public async Task The_second_agent_sees_who_is_calling_and_gets_the_callback_once_it_is_recorded()
    {
        var number = await app.ResolvedTicketAsync();
        var first = await browser.SignInAsync(app, "agent");
        var second = await browser.SignInAsync(app, "agent2");

        await first.GotoAsync($"/FollowUp/Callback?number={number}");
        await Expect(first.Locator("[data-testid=claim-mine]")).ToBeVisibleAsync();

        await second.GotoAsync($"/FollowUp?Filter.Text={number}");
        await Expect(second.Locator($"[data-testid=callback-row][data-number='{number}'] [data-testid=held-by]")).ToHaveTextAsync("王晓燕 正在回访");
        await second.Locator($"[data-testid=call-{number}]").ClickAsync();
        await Expect(second.Locator("[data-testid=claimed-by]")).ToContainTextAsync("王晓燕 正在回访");
        await Expect(second.Locator("#callback-form")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(second, "callback-claimed-by-another");

        // The first agent records an unreached attempt: the claim goes with it, and the second agent may call later.
        await first.Locator("label[for=reached-no]").ClickAsync();
        await first.Locator("[data-testid=record-callback]").ClickAsync();
        await Expect(first).ToHaveURLAsync(new Regex("/FollowUp$"));
        await second.ReloadAsync();
        await Expect(second.Locator("[data-testid=claimed-by]")).ToHaveCountAsync(0);
        await Expect(second.Locator("[data-testid=claim-mine]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_save_refused_because_the_ticket_moved_on_keeps_the_words_and_goes_through_when_sent_again()
    {
        var number = await app.ResolvedTicketAsync();
        var slow = await browser.SignInAsync(app, "agent2");
        await slow.GotoAsync($"/FollowUp/Callback?number={number}");
        await slow.Locator("label[for=reached-yes]").ClickAsync();
        await slow.Locator("label[for=satisfaction-Dissatisfied]").ClickAsync();
        await slow.Locator("label[for=solved-no]").ClickAsync();
        await slow.Locator("#Input_CitizenWords").FillAsync(Words);

        // The call runs past the claim's time; another agent takes the callback and records an unreached attempt.
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        var other = await browser.SignInAsync(app, "agent");
        await other.GotoAsync($"/FollowUp/Callback?number={number}");
        await other.Locator("label[for=reached-no]").ClickAsync();
        await other.Locator("[data-testid=record-callback]").ClickAsync();
        await Expect(other).ToHaveURLAsync(new Regex("/FollowUp$"));

        await slow.Locator("[data-testid=record-callback]").ClickAsync();
        await Expect(slow.Locator("[data-testid=errors]")).ToContainTextAsync("刚被他人修改");
        await Expect(slow.Locator("#Input_CitizenWords")).ToHaveValueAsync(Words);
        await Expect(slow.Locator("#satisfaction-Dissatisfied")).ToBeCheckedAsync();
        await Expect(slow.Locator("[data-testid=attempt]")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(slow, "callback-refused-keeps-words");

        await slow.Locator("[data-testid=record-callback]").ClickAsync();
        await Expect(slow).ToHaveURLAsync(new Regex("/FollowUp$"));
        (await app.CallbackStateAsync(number)).Status.ShouldBe(TicketStatus.Closed);
    }
}
