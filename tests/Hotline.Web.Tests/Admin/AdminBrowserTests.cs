using System.Text.RegularExpressions;
using Hotline.Domain.Access;
using Hotline.Services.Admin;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hotline.Web.Tests.Admin;

/// <summary>The admin screens in Chromium at 1366×768; screenshots land in TestResults/screenshots.</summary>
public sealed class AdminBrowserTests(HotlineWebFactory app, BrowserFixture browser) : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_calendar_page_shows_the_year_and_its_forms()
    {
        var page = await SignInAsync();

        await page.GotoAsync("/Admin/Calendar?year=2026");

        (await page.Locator("table.cal-month").CountAsync()).ShouldBe(12);
        (await page.Locator("td[data-date='2026-10-01']").GetAttributeAsync("class"))!.ShouldContain("cal-holiday");
        await Assertions.Expect(page.Locator("#mark-form")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#calculator-form")).ToBeVisibleAsync();
        // Nothing pushes the page sideways on a call-centre screen.
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(1366);
        await BrowserFixture.ScreenshotAsync(page, "admin-calendar");

        await page.GotoAsync("/Admin/Calendar?year=2026&culture=en");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Working calendar");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(1366);
        await BrowserFixture.ScreenshotAsync(page, "admin-calendar-en");
    }

    [Fact]
    public async Task Clicking_a_date_and_using_the_calculator_work_in_the_browser()
    {
        var page = await SignInAsync();
        await page.GotoAsync("/Admin/Calendar?year=2026");

        await page.Locator("td[data-date='2026-02-14'] a").ClickAsync();
        await Assertions.Expect(page.Locator("#Mark_Name")).ToHaveValueAsync("春节调休上班");

        await page.Locator("#calc-start").FillAsync("2026-02-13T16:00");
        await page.Locator("#calc-amount").FillAsync("3");
        await page.Locator("#calc-unit").SelectOptionAsync("WorkingDays");
        await page.Locator("[data-testid=calculate]").ClickAsync();

        await Assertions.Expect(page.Locator("#due-at")).ToHaveTextAsync("2026-02-26T00:00:00+08:00");
        await BrowserFixture.ScreenshotAsync(page, "admin-calculator");
    }

    [Fact]
    public async Task The_policy_table_fits_the_screen()
    {
        var page = await SignInAsync();

        await page.GotoAsync("/Admin/Policies");

        (await page.Locator("[data-testid=policy-table] tbody tr").CountAsync()).ShouldBe(7);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(1366);
        await BrowserFixture.ScreenshotAsync(page, "admin-policies");
    }

    [Fact]
    public async Task The_audit_log_shows_what_each_act_changed_field_by_field_and_fits_the_screen()
    {
        var page = await SignInAsync();
        var heating = await app.QueryAsync(db => db.Units.Where(u => u.Code == "heating").Select(u => new { u.Id, u.NameZh }).SingleAsync());
        await page.GotoAsync($"/Admin/Units/Edit?id={heating.Id}");
        await page.Locator("#Input_NameZh").FillAsync("市热力集团有限公司");
        await page.Locator("[data-testid=save-unit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=status-message]")).ToBeVisibleAsync();
        await using (var scope = app.AppServices.CreateAsyncScope())
        {
            var admin = await app.QueryAsync(db => db.Users.Where(u => u.UserName == "admin").Select(u => new { u.Id, u.DisplayName }).SingleAsync());
            var actor = new Actor(admin.Id, admin.DisplayName, new HashSet<Role> { Role.Admin });
            var calendar = scope.ServiceProvider.GetRequiredService<CalendarAdminService>();
            (await calendar.UpdateOfficeHoursAsync(new OfficeHoursInput { Text = "09:00-12:00,14:00-18:00" }, actor)).Errors.ShouldBeEmpty();
            (await calendar.MarkAsync(new CalendarMarkInput { Date = new DateOnly(2026, 12, 31), Mark = CalendarMark.Holiday, Name = "年终盘点" }, actor)).Errors.ShouldBeEmpty();
        }

        await page.GotoAsync("/Admin/Audit");

        var rename = page.Locator("[data-testid=audit-row][data-area=Unit][data-action=Update] [data-testid=audit-changes] li");
        await Assertions.Expect(rename).ToHaveTextAsync(new Regex($@"中文名称：?\s*{heating.NameZh}\s*→\s*市热力集团有限公司"));
        await Assertions.Expect(page.Locator("[data-testid=audit-row][data-action=OfficeHours] ins")).ToHaveTextAsync("09:00-12:00,14:00-18:00");
        await Assertions.Expect(page.Locator("[data-testid=audit-row][data-action=Mark] li")).ToHaveCountAsync(3);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(1366);
        await page.Locator("[data-testid=audit-row][data-area=Unit][data-action=Update] details summary").ClickAsync();
        await BrowserFixture.ScreenshotAsync(page, "admin-audit-changes");
    }

    private async Task<IPage> SignInAsync()
    {
        var page = await browser.NewPageAsync(app);
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_UserName").FillAsync("admin");
        await page.Locator("#Input_Password").FillAsync(HtmlClient.Password);
        await page.Locator("[data-testid=login-submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        return page;
    }
}
