using System.Net;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Admin;

/// <summary>Every administration page refuses every other role (access denied, 403) and sends anonymous visitors to sign in.</summary>
public sealed class AdministrationPagesAreForAdministrators(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    public static readonly string[] Pages =
    [
        "/Admin/Users", "/Admin/Users/Edit", "/Admin/Units", "/Admin/Units/Edit", "/Admin/Categories", "/Admin/Categories/Edit",
        "/Admin/Knowledge", "/Admin/Knowledge/Edit", "/Admin/Knowledge/Version?id=1&number=1", "/Admin/Audit",
        "/Admin/Calendar", "/Admin/Policies", "/Admin/Kpi", "/Admin/AppealWindow", "/Admin/ApiClients",
    ];

    public static TheoryData<string> AdminPages() => [.. Pages];

    [Theory]
    [InlineData("agent")]
    [InlineData("dispatcher")]
    [InlineData("supervisor")]
    [InlineData("liaison-heating")]
    public async Task Every_other_role_is_refused_on_every_admin_page(string user)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        foreach (var page in Pages)
        {
            var response = await client.GetAsync(page);

            response.RedirectPath().ShouldBe("/Account/AccessDenied", page);
            (await client.GetAsync(response.RedirectTarget().PathAndQuery)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, page);
        }
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string page)
    {
        using var client = new HtmlClient(app);

        (await client.GetAsync(page)).RedirectPath().ShouldBe("/Account/Login");
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task An_administrator_opens_each_page(string page)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("admin");

        var document = await client.GetDocumentAsync(page);

        document.QuerySelector("main h1").ShouldNotBeNull(page);
        document.QuerySelector("[data-testid=form-error]").ShouldBeNull(page);
    }

    [Fact]
    public async Task A_supervisors_post_to_an_admin_form_is_refused_and_changes_nothing()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");
        var tickets = await client.GetDocumentAsync("/Tickets");

        var response = await client.SubmitAsync(tickets, "form[action='/Account/Logout']", new Dictionary<string, string>
        {
            ["Input.UserName"] = "intruder",
            ["Input.DisplayName"] = "入侵者",
            ["Input.Roles"] = "Admin",
        }, action: "/Admin/Users/Edit");

        response.RedirectPath().ShouldBe("/Account/AccessDenied");
        (await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Users, u => u.UserName == "intruder"))).ShouldBeFalse();
    }

    [Fact]
    public async Task The_administration_menu_is_one_dropdown_shown_only_to_administrators()
    {
        using var admin = new HtmlClient(app);
        await admin.LoginAsync("admin");
        var page = await admin.GetDocumentAsync("/Tickets");
        var links = page.QuerySelectorAll("[data-testid=nav-admin] + .dropdown-menu a").Select(a => a.GetAttribute("href")).ToList();

        links.ShouldBe(["/Admin/Users", "/Admin/Units", "/Admin/Categories", "/Admin/Knowledge", "/Admin/Calendar", "/Admin/Policies", "/Admin/Kpi", "/Admin/AppealWindow", "/Admin/ApiClients", "/Admin/Audit"]);
        page.QuerySelectorAll("nav .navbar-nav > li > a[href^='/Admin']").ShouldBeEmpty();

        using var supervisor = new HtmlClient(app);
        await supervisor.LoginAsync("supervisor");
        (await supervisor.GetDocumentAsync("/Tickets")).QuerySelector("[data-testid=nav-admin]").ShouldBeNull();
    }
}
