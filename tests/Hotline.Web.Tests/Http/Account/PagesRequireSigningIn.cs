using System.Net;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Http.Account;

public sealed class PagesRequireSigningIn(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private const string AnyTicket = "{ticket}";

    [Theory]
    [InlineData("/")]
    [InlineData("/Intake")]
    [InlineData("/Tickets")]
    [InlineData("/Tickets?Filter.Phone=13805350001")]
    [InlineData("/Tickets/" + AnyTicket)]
    [InlineData("/Intake?handler=History&phone=13805350001")]
    [InlineData("/Intake?handler=Articles&q=供暖")]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page_and_back(string url)
    {
        if (url.Contains(AnyTicket, StringComparison.Ordinal))
        {
            url = url.Replace(AnyTicket, await app.QueryAsync(db => db.Tickets.OrderBy(t => t.Id).Select(t => t.Number).FirstAsync()), StringComparison.Ordinal);
        }

        using var client = new HtmlClient(app);
        var response = await client.GetAsync(url);

        response.RedirectPath().ShouldBe("/Account/Login");
        Uri.UnescapeDataString(response.RedirectQuery("ReturnUrl").ShouldNotBeNull()).ShouldBe(url);
    }

    [Fact]
    public async Task An_anonymous_post_to_an_intake_handler_is_sent_to_the_login_page_and_saves_nothing()
    {
        var before = await app.CountTicketsAndCallsAsync();
        using var client = new HtmlClient(app);
        var login = await client.GetDocumentAsync("/Account/Login");
        var categoryId = await app.CategoryIdAsync("utilities-heating");

        // The token of the login page is a real one; it is the missing sign-in that must stop the post.
        var response = await client.SubmitAsync(login, "main form", IntakeForm.HeatingRequest(categoryId), IntakeForm.Register);

        response.RedirectPath().ShouldBe("/Account/Login");
        (await app.CountTicketsAndCallsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task The_login_page_itself_is_open()
    {
        using var client = new HtmlClient(app);
        var page = await client.GetDocumentAsync("/Account/Login?ReturnUrl=%2FTickets");

        page.QuerySelector("main form input[name='Input.UserName']").ShouldNotBeNull();
        page.QuerySelector("main form input[name='Input.Password']").ShouldNotBeNull();
        page.QuerySelector("main form input[name='ReturnUrl']")!.GetAttribute("value").ShouldBe("/Tickets");
    }

    [Fact]
    public async Task Signing_in_returns_the_user_to_the_page_they_asked_for()
    {
        using var client = new HtmlClient(app);
        var login = await client.GetDocumentAsync("/Account/Login?ReturnUrl=%2FTickets%3FFilter.Phone%3D13805350001");

        var response = await client.SubmitAsync(login, "main form", new Dictionary<string, string>
        {
            ["Input.UserName"] = "dispatcher",
            ["Input.Password"] = HtmlClient.Password,
        });

        response.RedirectTarget().PathAndQuery.ShouldBe("/Tickets?Filter.Phone=13805350001");
        (await client.GetAsync("/Tickets?Filter.Phone=13805350001")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Signing_in_never_redirects_to_another_site()
    {
        using var client = new HtmlClient(app);
        var login = await client.GetDocumentAsync("/Account/Login");

        var response = await client.SubmitAsync(login, "main form", new Dictionary<string, string>
        {
            ["Input.UserName"] = "dispatcher",
            ["Input.Password"] = HtmlClient.Password,
            ["ReturnUrl"] = "https://evil.example/phish",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/");
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("agent");
        var intake = await client.GetDocumentAsync("/Intake");

        var response = await client.SubmitAsync(intake, "form[action='/Account/Logout']", new Dictionary<string, string>());

        response.RedirectPath().ShouldBe("/Account/Login");
        (await client.GetAsync("/Intake")).RedirectPath().ShouldBe("/Account/Login");
    }
}
