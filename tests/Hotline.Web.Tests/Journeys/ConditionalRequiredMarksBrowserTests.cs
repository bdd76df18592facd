using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Workbench;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Journeys;

/// <summary>
/// Issue 14: a field required only for some answers shows its mark exactly while those answers are given (site.js reads
/// data-required-when/unless from a list, a check box or a radio group), the same as the validator decides.
/// </summary>
public sealed class ConditionalRequiredMarksBrowserTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_intake_address_is_marked_unless_the_call_is_a_consultation()
    {
        var page = await browser.SignInAsync(app, "agent");
        var mark = Mark(page, "Input_Address");
        await page.Locator("#Input_RequestType").SelectOptionAsync("HelpRequest");
        await Expect(mark).ToBeVisibleAsync();
        await page.Locator("#Input_RequestType").SelectOptionAsync("Consultation");
        await Expect(mark).ToBeHiddenAsync();
        await page.Locator("#Input_RequestType").SelectOptionAsync("Complaint");
        await Expect(mark).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_new_accounts_unit_is_marked_once_the_liaison_role_is_ticked()
    {
        var page = await browser.SignInAsync(app, "admin");
        await page.GotoAsync("/Admin/Users/Edit?culture=en");
        var mark = Mark(page, "Input_UnitId");
        await Expect(mark).ToBeHiddenAsync();
        await page.Locator("#role-Liaison").CheckAsync();
        await Expect(mark).ToBeVisibleAsync();
        await Expect(mark).ToHaveAttributeAsync("title", "Required");
        await BrowserFixture.ScreenshotAsync(page, "required-marks-user-en");
        await page.Locator("#role-Liaison").UncheckAsync();
        await Expect(mark).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_calendar_marks_name_is_marked_unless_the_day_is_set_back_to_normal()
    {
        var page = await browser.SignInAsync(app, "admin");
        await page.GotoAsync("/Admin/Calendar");
        var mark = Mark(page, "Mark_Name");
        await Expect(mark).ToBeVisibleAsync();
        await page.Locator("#Mark_Mark").SelectOptionAsync("Normal");
        await Expect(mark).ToBeHiddenAsync();
        await page.Locator("#Mark_Mark").SelectOptionAsync("Holiday");
        await Expect(mark).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "required-marks-calendar-zh");
    }

    [Fact]
    public async Task The_reason_a_request_cannot_be_solved_is_marked_once_that_outcome_is_chosen()
    {
        var number = await app.DispatchedTicketAsync("heating");
        var page = await browser.SignInAsync(app, "liaison-heating");
        await page.GotoAsync($"/Workbench/{number}");
        await page.Locator("[data-testid=sign-for]").ClickAsync();
        await page.Locator("#Contact_Summary").FillAsync("已电话联系市民，约定明天上门。");
        await page.Locator("[data-testid=record-contact]").ClickAsync();
        await Expect(page.Locator("#resolve-form")).ToBeVisibleAsync();

        var mark = Mark(page, "Resolve_CannotSolveReason");
        await Expect(mark).ToBeHiddenAsync();
        await page.Locator("label[for=outcome-CannotBeSolved]").ClickAsync();
        await Expect(mark).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "required-marks-resolve-zh");
        await page.Locator("label[for=outcome-Solved]").ClickAsync();
        await Expect(mark).ToBeHiddenAsync();
    }

    private static ILocator Mark(IPage page, string field) => page.Locator($"label[for={field}] .required-mark");
}
