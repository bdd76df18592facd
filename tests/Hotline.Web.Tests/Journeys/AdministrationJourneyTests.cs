using System.Globalization;
using System.Text.RegularExpressions;
using Hotline.Domain.Tickets;
using Hotline.Services.Audit;
using Hotline.Testing;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Journeys;

/// <summary>
/// A city runs Hotline without a developer: an administrator adds a township under its district, its liaison, a
/// category handled there and an article; an agent finds the category by a keyword and dispatches to the suggested
/// new township; the new liaison changes the one-time password and signs for the ticket. Every admin page is
/// photographed at 1366×768 in Chinese (TestResults/screenshots/admin-*.png).
/// </summary>
public sealed class AdministrationJourneyTests : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    private const string Township = "凤凰街道";
    private const string Code = "laishan-fenghuang";
    private const string Liaison = "liaison-laishan-fenghuang";
    private const string Category = "楼道照明";

    private readonly HotlineWebFactory _app;
    private readonly BrowserFixture _browser;

    public AdministrationJourneyTests(HotlineWebFactory app, BrowserFixture browser)
    {
        _app = app;
        _browser = browser;
        app.Clock.AdjustTime(TestDatabase.DefaultNow);
    }

    [Fact]
    public async Task An_administrator_sets_up_a_new_township_that_then_receives_and_signs_for_its_first_ticket()
    {
        var admin = await _browser.SignInAsync(_app, "admin");

        // The new township under 莱山区, from the one administration menu.
        await admin.Locator("[data-testid=nav-admin]").ClickAsync();
        await BrowserFixture.ScreenshotAsync(admin, "admin-0-menu");
        await admin.Locator("[data-testid=nav-units]").ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Regex("/Admin/Units$"));
        await BrowserFixture.ScreenshotAsync(admin, "admin-units");
        await admin.Locator("[data-testid=new-unit]").ClickAsync();
        await admin.Locator("#Input_NameZh").FillAsync(Township);
        await admin.Locator("#Input_NameEn").FillAsync("Fenghuang Sub-district");
        await admin.Locator("#Input_Code").FillAsync(Code);
        await admin.Locator("#Input_Kind").SelectOptionAsync("Township");
        await admin.Locator("#Input_ParentId").SelectOptionAsync(new SelectOptionValue { Label = "莱山区人民政府 (区县政府)" });
        await admin.Locator("#Input_ContactPhone").FillAsync("0535-6901234");
        await admin.Locator("[data-testid=save-unit]").ClickAsync();
        await Expect(admin.Locator("[data-testid=status-message]")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(admin, "admin-unit-edit");

        // Its liaison, with a one-time password to read out.
        await admin.Locator("[data-testid=add-liaison]").ClickAsync();
        await admin.Locator("#Input_UserName").FillAsync(Liaison);
        await admin.Locator("#Input_DisplayName").FillAsync("凤凰街道联络员");
        await admin.Locator("#role-Liaison").CheckAsync();
        await admin.Locator("#Input_UnitId").SelectOptionAsync(new SelectOptionValue { Label = $"{Township} ({Code})" });
        await admin.Locator("[data-testid=save-user]").ClickAsync();
        var oneTime = admin.Locator("[data-testid=one-time-password]");
        await Expect(oneTime).ToBeVisibleAsync();
        var password = (await oneTime.TextContentAsync())!.Trim();
        await BrowserFixture.ScreenshotAsync(admin, "admin-user-edit");
        await admin.GotoAsync("/Admin/Users?Filter.Text=fenghuang");
        await Expect(admin.Locator("[data-testid=user-row]")).ToHaveCountAsync(1);
        await admin.GotoAsync("/Admin/Users");
        await BrowserFixture.ScreenshotAsync(admin, "admin-users");

        // A leaf under 城市管理 handled by the township, found by what callers say.
        await admin.GotoAsync("/Admin/Categories");
        await BrowserFixture.ScreenshotAsync(admin, "admin-categories");
        await admin.Locator("[data-testid=category-row][data-code=urban] [data-testid=new-leaf]").ClickAsync();
        await admin.Locator("#Input_NameZh").FillAsync(Category);
        await admin.Locator("#Input_NameEn").FillAsync("Stairwell lighting");
        await admin.Locator("#Input_Code").FillAsync("urban-stairwell-light");
        await admin.Locator("#Input_DefaultUnitId").SelectOptionAsync(new SelectOptionValue { Label = Township });
        await admin.Locator("#Input_Keywords").FillAsync("楼道灯 声控灯");
        await admin.Locator("[data-testid=save-category]").ClickAsync();
        await Expect(admin.Locator("[data-testid=status-message]")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(admin, "admin-category-edit");

        // An article for it, published.
        await admin.GotoAsync("/Admin/Knowledge");
        await BrowserFixture.ScreenshotAsync(admin, "admin-knowledge");
        await admin.Locator("[data-testid=new-article]").ClickAsync();
        await admin.Locator("#Input_Title").FillAsync("楼道声控灯报修指引");
        await admin.Locator("#Input_Body").FillAsync("楼道声控灯不亮，先请物业查看；老旧小区无物业的，由所在街道办事处安排维修，一般3个工作日内修复。");
        await admin.Locator("#Input_CategoryIds").SelectOptionAsync(new SelectOptionValue { Label = $"城市管理 › {Category}" });
        await admin.Locator("#Input_Keywords").FillAsync("楼道灯 声控灯 报修");
        await admin.Locator("#Input_Publish").CheckAsync();
        await admin.Locator("[data-testid=save-article]").ClickAsync();
        await Expect(admin.Locator("[data-testid=article-status]")).ToContainTextAsync("已发布");
        await Expect(admin.Locator("[data-testid=article-versions] li")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(admin, "admin-article-edit");

        // Every act is in the audit log.
        await admin.GotoAsync("/Admin/Audit");
        foreach (var area in new[] { AuditAreas.Unit, AuditAreas.User, AuditAreas.Category, AuditAreas.Article })
        {
            await Expect(admin.Locator($"[data-testid=audit-row][data-area={area}][data-action=Create]")).ToHaveCountAsync(1);
        }

        await BrowserFixture.ScreenshotAsync(admin, "admin-audit");
        foreach (var (path, name) in new[] { ("/Admin/Calendar", "admin-calendar"), ("/Admin/Policies", "admin-policies"), ("/Admin/Kpi", "admin-kpi") })
        {
            await admin.GotoAsync(path);
            await BrowserFixture.ScreenshotAsync(admin, name);
        }

        // An agent finds the new category by a keyword; the township is suggested and the ticket goes there.
        var categoryId = await _app.CategoryIdAsync("urban-stairwell-light");
        var township = await _app.UnitAsync(Code);
        const string content = "市民来电反映，凤凰街道幸福里小区2号楼楼道声控灯坏了一个多月，晚上上下楼很不安全，请尽快维修。";
        var agent = await _browser.SignInAsync(_app);
        await agent.Locator("#Input_CallerPhone").PressSequentiallyAsync("13905351234");
        await agent.Locator("#Input_RequestType").SelectOptionAsync(nameof(RequestType.HelpRequest));
        var search = agent.Locator("#category-search");
        await search.PressSequentiallyAsync("声控灯");
        await search.PressAsync("Enter");
        await Expect(agent.Locator("#Input_CategoryId")).ToHaveValueAsync(categoryId.ToString(CultureInfo.InvariantCulture));
        await Expect(agent.Locator("[data-testid=suggested-unit]")).ToHaveTextAsync(Township);
        await agent.Locator("#Input_Address").FillAsync("凤凰街道幸福里小区2号楼");
        await agent.Locator("#Input_Content").FillAsync(content);
        await agent.Locator("[data-testid=register-dispatch]").ClickAsync();
        await Expect(agent.Locator("[data-testid=done-banner]")).ToContainTextAsync("工单已登记并派单");
        var ticket = await _app.DbAsync(db => db.Tickets.AsNoTracking().SingleAsync(t => t.Content == content));
        ticket.LeadUnitId.ShouldBe(township.Id);
        ticket.Status.ShouldBe(TicketStatus.Dispatched);

        // The new liaison signs in with the one-time password, must choose their own, then signs for the ticket.
        var liaison = await _browser.NewPageAsync(_app);
        await liaison.GotoAsync("/Account/Login");
        await liaison.Locator("#Input_UserName").FillAsync(Liaison);
        await liaison.Locator("#Input_Password").FillAsync(password);
        await liaison.Locator("[data-testid=login-submit]").ClickAsync();
        await Expect(liaison).ToHaveURLAsync(new Regex("/Account/ChangePassword$"));
        await Expect(liaison.Locator("[data-testid=must-change-password]")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(liaison, "admin-journey-change-password");
        await liaison.Locator("#Input_CurrentPassword").FillAsync(password);
        await liaison.Locator("#Input_NewPassword").FillAsync("Fenghuang-Lights-7");
        await liaison.Locator("#Input_ConfirmPassword").FillAsync("Fenghuang-Lights-7");
        await liaison.Locator("[data-testid=change-password-submit]").ClickAsync();
        await Expect(liaison.Locator("[data-testid=status-message]")).ToBeVisibleAsync();
        await liaison.GotoAsync("/Workbench");
        var row = liaison.Locator($"[data-testid=workbench-row][data-number='{ticket.Number}']");
        await Expect(row).ToHaveAttributeAsync("data-group", "ToSignFor");
        await row.Locator("[data-testid=sign-for]").ClickAsync();
        await Expect(liaison.Locator("[data-testid=done]")).ToContainTextAsync(ticket.Number);
        await BrowserFixture.ScreenshotAsync(liaison, "admin-journey-liaison-signed-for");
        (await _app.DbAsync(db => db.Tickets.Where(t => t.Id == ticket.Id).Select(t => t.Status).SingleAsync())).ShouldBe(TicketStatus.InProgress);
    }
}
