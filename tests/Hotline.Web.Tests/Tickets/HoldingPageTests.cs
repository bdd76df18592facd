using System.Net;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Workbench;
using Microsoft.Playwright;

namespace Hotline.Web.Tests.Tickets;

/// <summary>
/// Clock per holder on the ticket page (issue 18 §1): the hotline's dispatch desk held it first, then the unit, drawn end
/// to end and listed with the time each held it and each one's deadlines, in the reader's language.
/// </summary>
public sealed class HoldingPageTests(HotlineWebFactory app, BrowserFixture browser) : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_ticket_page_shows_who_held_it_and_for_how_long()
    {
        var number = await app.DispatchedTicketAsync("heating");
        app.Clock.Advance(TimeSpan.FromMinutes(90));
        var page = await browser.NewPageAsync(app);
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_UserName").FillAsync("supervisor");
        await page.Locator("#Input_Password").FillAsync(HtmlClient.Password);
        await page.Locator("[data-testid=login-submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));

        await page.GotoAsync($"/Tickets/{number}");

        var holdings = page.Locator("[data-testid=holdings]");
        var rows = holdings.Locator("[data-testid=holding]");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(0).Locator("[data-testid=holding-holder]")).ToHaveTextAsync("热线派单");
        await Assertions.Expect(rows.Nth(0)).ToHaveAttributeAsync("data-end", "Dispatched");
        await Assertions.Expect(rows.Nth(1).Locator("[data-testid=holding-holder]")).ToHaveTextAsync("市热力有限公司");
        await Assertions.Expect(rows.Nth(1).Locator("[data-testid=holding-natural]")).ToHaveTextAsync("1 小时 30 分");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("持有中");
        await Assertions.Expect(rows.Nth(1).Locator("[data-testid=holding-deadline]")).ToHaveCountAsync(3);
        await Assertions.Expect(holdings.Locator("[data-testid=holding-segment]")).ToHaveCountAsync(2);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(1366);
        await holdings.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "ticket-holdings");
    }

    [Fact]
    public async Task In_english_the_holders_ends_and_deadlines_are_words_not_codes()
    {
        var number = await app.DispatchedTicketAsync("heating");
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");
        (await client.SubmitAsync(await client.GetDocumentAsync("/Tickets"), "form[action='/Culture']",
            new Dictionary<string, string> { ["culture"] = "en" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await client.GetDocumentAsync($"/Tickets/{number}");

        var rows = page.QuerySelectorAll("[data-testid=holding]");
        rows.Length.ShouldBe(2);
        rows[0].QuerySelector("[data-testid=holding-holder]")!.TextContent.Trim().ShouldBe("Hotline: dispatch");
        rows[0].TextContent.ShouldContain("Dispatched");
        rows[1].QuerySelector("[data-testid=holding-holder]")!.TextContent.Trim().ShouldBe("Municipal Heating Company");
        rows[1].TextContent.ShouldContain("Still holding");
        rows[1].QuerySelectorAll("[data-testid=holding-deadline]").Select(b => b.TextContent.Trim()).ShouldAllBe(t => t.Contains(": ") && t.Contains(" ("));
        rows[1].TextContent.ShouldNotContain("FirstContact");
        rows[1].TextContent.ShouldNotContain("Enum.");
    }
}
