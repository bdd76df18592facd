using System.Globalization;
using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Journeys;

/// <summary>PRODUCT.md quality bar: a second click on submit does not create a second ticket.</summary>
public sealed class DoubleSubmitTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Double_clicking_register_creates_exactly_one_ticket()
    {
        var content = $"市民来电反映，莱山区XX小区路灯连续一周不亮，夜间出行不便（双击测试 {Guid.NewGuid():N}）。";
        var page = await FillFormAsync(content);
        var submission = Guid.Parse(await page.Locator("#Input_SubmissionId").InputValueAsync());
        (await app.TicketsWithContentAsync(content)).ShouldBe(0);

        await page.Locator("[data-testid=register]").DblClickAsync();

        await Expect(page.Locator("[data-testid=done-banner]")).ToBeVisibleAsync();
        var number = (await page.Locator("[data-testid=done-ticket]").TextContentAsync())!.Trim();
        await AssertOneTicketAsync(content, submission, number);
    }

    [Fact]
    public async Task A_second_click_while_the_registration_is_still_on_its_way_creates_no_second_ticket()
    {
        var content = $"市民来电反映，莱山区XX小区门口路灯损坏，夜间一片漆黑（慢网络连击测试 {Guid.NewGuid():N}）。";
        var page = await FillFormAsync(content);
        var submission = Guid.Parse(await page.Locator("#Input_SubmissionId").InputValueAsync());

        // A slow network: the server handles each post at once, but the browser gets the answer to the first
        // only after the agent has clicked again. (Route handlers run one at a time, so the held answer is
        // released from a task of its own.)
        var posts = 0;
        var firstPostHandled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondClickDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task heldAnswer = Task.CompletedTask;
        await page.RouteAsync("**/Intake?handler=Register", async route =>
        {
            if (route.Request.Method != "POST")
            {
                await route.ContinueAsync();
                return;
            }

            var response = await route.FetchAsync(new RouteFetchOptions { MaxRedirects = 0 });
            if (Interlocked.Increment(ref posts) > 1)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Response = response });
                return;
            }

            heldAnswer = AnswerLaterAsync(route, response, secondClickDone.Task);
            firstPostHandled.SetResult();
        });

        // The agent clicks the button, then clicks the same spot again while the first answer is awaited.
        var register = page.Locator("[data-testid=register]");
        await register.ScrollIntoViewIfNeededAsync();
        var box = (await register.BoundingBoxAsync())!;
        var (x, y) = (box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await page.Mouse.ClickAsync(x, y);
        await firstPostHandled.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await page.Mouse.ClickAsync(x, y);
        secondClickDone.SetResult();
        await heldAnswer;

        await Expect(page.Locator("[data-testid=done-banner]")).ToBeVisibleAsync();
        var number = (await page.Locator("[data-testid=done-ticket]").TextContentAsync())!.Trim();
        await AssertOneTicketAsync(content, submission, number);
    }

    private static async Task AnswerLaterAsync(IRoute route, IAPIResponse response, Task release)
    {
        await release;
        try
        {
            await route.FulfillAsync(new RouteFulfillOptions { Response = response });
        }
        catch (PlaywrightException)
        {
            // A second post replaced the first navigation: nobody is waiting for this answer any more.
        }
    }

    private async Task<IPage> FillFormAsync(string content)
    {
        var lighting = await app.CategoryIdAsync("urban-lighting");
        var page = await browser.SignInAsync(app);
        await page.Locator("#Input_CallerPhone").FillAsync("13905351100");
        await page.Locator("#Input_RequestType").SelectOptionAsync(nameof(RequestType.HelpRequest));
        await page.Locator("#category-search").FillAsync("照明");
        await page.Locator("#category-search").PressAsync("Enter");
        await Expect(page.Locator("#Input_CategoryId")).ToHaveValueAsync(lighting.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#Input_Address").FillAsync("莱山区XX小区");
        await page.Locator("#Input_Content").FillAsync(content);
        return page;
    }

    private async Task AssertOneTicketAsync(string content, Guid submission, string number)
    {
        (await app.TicketsWithContentAsync(content)).ShouldBe(1, "one form, one ticket");
        (await app.DbAsync(db => db.Tickets.Where(t => t.Content == content).Select(t => t.Number).SingleAsync())).ShouldBe(number);
        (await app.DbAsync(db => db.Calls.CountAsync(c => c.SubmissionId == submission))).ShouldBe(1, "one form, one call logged");
    }
}
