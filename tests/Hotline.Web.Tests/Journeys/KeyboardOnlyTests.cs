using System.Globalization;
using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Journeys;

/// <summary>PRODUCT.md quality bar: the intake screen is usable with the keyboard alone.</summary>
public sealed class KeyboardOnlyTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_agent_registers_a_ticket_without_touching_the_mouse()
    {
        const string content = "市民来电反映，莱山区XX小区5号楼暖气整夜不热，室温不到14度，请热力公司上门检修。";
        var heatingCategory = await app.CategoryIdAsync("utilities-heating");
        var heating = await app.UnitAsync("heating");
        var laishan = await app.UnitAsync("laishan");
        var page = await browser.SignInAsync(app);
        var keyboard = page.Keyboard;

        // The screen opens with the cursor in the phone field.
        await Expect(page.Locator("#Input_CallerPhone")).ToBeFocusedAsync();
        await keyboard.TypeAsync("13905356612");
        await keyboard.PressAsync("Tab");
        await Expect(page.Locator("#Input_CallerName")).ToBeFocusedAsync();
        await keyboard.TypeAsync("孙女士");

        // Request type: a closed select changes with the arrow keys.
        await page.TabToAsync("#Input_RequestType");
        await page.ArrowDownToAsync("#Input_RequestType", "求助");
        await Expect(page.Locator("#Input_RequestType")).ToHaveValueAsync(nameof(RequestType.HelpRequest));

        // Urgency: Tab lands on the checked radio, the arrow key moves the choice, Space confirms it.
        await keyboard.PressAsync("Tab");
        await Expect(page.Locator("#urgency-Normal")).ToBeFocusedAsync();
        await keyboard.PressAsync("ArrowRight");
        await Expect(page.Locator("#urgency-Urgent")).ToBeFocusedAsync();
        await keyboard.PressAsync("Space");
        await Expect(page.Locator("#urgency-Urgent")).ToBeCheckedAsync();

        // Category: type to filter, Enter picks the first match and moves to the list.
        await page.TabToAsync("#category-search");
        await keyboard.TypeAsync("供暖");
        await keyboard.PressAsync("Enter");
        await Expect(page.Locator("#Input_CategoryId")).ToBeFocusedAsync();
        await Expect(page.Locator("#Input_CategoryId")).ToHaveValueAsync(heatingCategory.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-testid=suggested-unit]")).ToHaveTextAsync(heating.NameZh);

        await keyboard.PressAsync("Tab");
        await Expect(page.Locator("#Input_AreaUnitId")).ToBeFocusedAsync();
        await page.ArrowDownToAsync("#Input_AreaUnitId", laishan.NameZh);
        await keyboard.PressAsync("Tab");
        await Expect(page.Locator("#Input_Address")).ToBeFocusedAsync();
        await keyboard.TypeAsync("莱山区XX小区5号楼");
        await keyboard.PressAsync("Tab");
        await Expect(page.Locator("#Input_Content")).ToBeFocusedAsync();
        // On a 1366×768 screen the request text starts just above the sticky action bar: it must come into view above it.
        await page.ExpectClearOfActionBarAsync("#Input_Content");
        await keyboard.TypeAsync(content);
        await BrowserFixture.ScreenshotAsync(page, "keyboard-1-filled");

        // Ctrl+Enter registers from anywhere in the form.
        await keyboard.PressAsync("Control+Enter");
        await Expect(page.Locator("[data-testid=done-banner]")).ToBeVisibleAsync();
        var number = (await page.Locator("[data-testid=done-ticket]").TextContentAsync())!.Trim();
        await BrowserFixture.ScreenshotAsync(page, "keyboard-2-registered");

        var saved = await app.DbAsync(db => db.Tickets.AsNoTracking().SingleAsync(t => t.Content == content));
        saved.Number.ShouldBe(number);
        saved.CallerPhone.ShouldBe("13905356612");
        saved.CallerName.ShouldBe("孙女士");
        saved.RequestType.ShouldBe(RequestType.HelpRequest);
        saved.Urgency.ShouldBe(Urgency.Urgent);
        saved.CategoryId.ShouldBe(heatingCategory);
        saved.AreaUnitId.ShouldBe(laishan.Id);
        saved.Address.ShouldBe("莱山区XX小区5号楼");
        saved.SuggestedUnitId.ShouldBe(heating.Id);

        // After registering, the cursor is back in the phone field, ready for the next call.
        await Expect(page.Locator("#Input_CallerPhone")).ToBeFocusedAsync();
    }
}
