using System.Net;
using Hotline.Services.Data;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Admin;

public sealed class AdminAccessTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    public static TheoryData<string, string> NonAdminsAndPages()
    {
        var data = new TheoryData<string, string>();
        foreach (var user in new[] { "agent", "liaison-heating", "supervisor", "dispatcher" })
        {
            foreach (var page in new[] { "/Admin/Calendar", "/Admin/Calendar/Calculator?start=2026-02-13T16:00&amount=3&unit=WorkingDays", "/Admin/Policies" })
            {
                data.Add(user, page);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NonAdminsAndPages))]
    public async Task Other_roles_are_sent_to_access_denied(string user, string page)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        var response = await client.GetAsync(page);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Target(response).ShouldBe("/Account/AccessDenied");
    }

    [Theory]
    [InlineData("/Admin/Calendar")]
    [InlineData("/Admin/Policies")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string page)
    {
        using var client = new HtmlClient(app);

        var response = await client.GetAsync(page);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Target(response).ShouldBe("/Account/Login");
    }

    [Fact]
    public async Task A_supervisor_cannot_mark_a_date_even_with_a_valid_form_token()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");
        // A page the supervisor may open, for a genuine antiforgery token.
        var tickets = await client.GetDocumentAsync("/Tickets");

        var response = await client.SubmitAsync(tickets, "form[action='/Account/Logout']", new Dictionary<string, string>
        {
            ["Mark.Date"] = "2026-12-02",
            ["Mark.Mark"] = "Holiday",
            ["Mark.Name"] = "不该保存",
        }, action: "/Admin/Calendar?handler=Mark");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Target(response).ShouldBe("/Account/AccessDenied");
        await using var scope = app.AppServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        (await db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2026, 12, 2))).ShouldBeFalse();
    }

    [Theory]
    [InlineData("/Admin/Calendar")]
    [InlineData("/Admin/Policies")]
    [InlineData("/Admin/Calendar/Calculator")]
    public async Task An_administrator_opens_the_admin_pages(string page)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("admin");

        var document = await client.GetDocumentAsync(page);

        document.QuerySelector("main h1").ShouldNotBeNull();
    }

    [Fact]
    public async Task Administrators_see_the_admin_links_and_others_do_not()
    {
        using var admin = new HtmlClient(app);
        await admin.LoginAsync("admin");
        var adminPage = await admin.GetDocumentAsync("/Tickets");
        adminPage.QuerySelector("[data-testid=nav-calendar]")!.GetAttribute("href").ShouldBe("/Admin/Calendar");
        adminPage.QuerySelector("[data-testid=nav-policies]")!.GetAttribute("href").ShouldBe("/Admin/Policies");

        using var supervisor = new HtmlClient(app);
        await supervisor.LoginAsync("supervisor");
        var supervisorPage = await supervisor.GetDocumentAsync("/Tickets");
        supervisorPage.QuerySelector("[data-testid=nav-calendar]").ShouldBeNull();
        supervisorPage.QuerySelector("[data-testid=nav-policies]").ShouldBeNull();
    }

    [Fact]
    public async Task In_November_nobody_is_warned_about_next_year_s_calendar()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");

        var page = await client.GetDocumentAsync("/Tickets");

        page.QuerySelector("[data-testid=next-year-warning]").ShouldBeNull();
    }

    /// <summary>The path a redirect points to, whether the server wrote it absolute or relative.</summary>
    private string Target(HttpResponseMessage response) => new Uri(app.BaseAddress, response.Headers.Location!).AbsolutePath;
}
