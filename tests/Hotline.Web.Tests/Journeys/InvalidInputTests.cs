using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Journeys;

/// <summary>PRODUCT.md quality bar: bad input gets a clear message next to the field and nothing is saved.</summary>
public sealed class InvalidInputTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Registering_with_a_bad_phone_and_nothing_else_shows_chinese_messages_beside_the_fields_and_saves_nothing()
    {
        var ticketsBefore = await app.DbAsync(db => db.Tickets.CountAsync());
        var callsBefore = await app.DbAsync(db => db.Calls.CountAsync());
        var page = await browser.SignInAsync(app);

        await page.Locator("#Input_CallerPhone").FillAsync("12345");
        await page.Locator("[data-testid=register]").ClickAsync();

        // Each message sits in the same form group as its field.
        var phoneGroup = page.Locator("div:has(> #Input_CallerPhone)");
        var categoryGroup = page.Locator("div:has(> .category-picker)");
        var contentGroup = page.Locator("div:has(> #Input_Content)");
        await Expect(phoneGroup.Locator("[data-valmsg-for='Input.CallerPhone']")).ToContainTextAsync("请输入有效的手机号");
        await Expect(categoryGroup.Locator("[data-valmsg-for='Input.CategoryId']")).ToContainTextAsync("请选择事项分类");
        await Expect(contentGroup.Locator("[data-valmsg-for='Input.Content']")).ToContainTextAsync("请填写诉求内容");
        await Expect(page.Locator("[data-valmsg-for='Input.RequestType']")).ToContainTextAsync("请选择诉求类型");
        await Expect(page.Locator("#Input_CallerPhone")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("input-validation-error"));
        // What the agent typed is kept, so it can be corrected rather than retyped.
        await Expect(page.Locator("#Input_CallerPhone")).ToHaveValueAsync("12345");
        await Expect(page.Locator("[data-testid=done-banner]")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "invalid-input-messages");

        (await app.DbAsync(db => db.Tickets.CountAsync())).ShouldBe(ticketsBefore);
        (await app.DbAsync(db => db.Calls.CountAsync())).ShouldBe(callsBefore);
    }
}
