using System.Net;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Workbench;

namespace Hotline.Web.Tests.Supervision;

/// <summary>The work list and the action page are the supervisors'; everyone else is turned away and can change nothing.</summary>
public sealed class SupervisionPagesAreForSupervisorsOnly(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Theory]
    [InlineData("agent")]
    [InlineData("dispatcher")]
    [InlineData("liaison-heating")]
    [InlineData("admin")]
    public async Task Other_roles_are_denied_both_pages(string user)
    {
        var number = await app.DispatchedTicketAsync("heating");
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        foreach (var url in new[] { "/Supervision", $"/Supervision/Ticket?number={number}" })
        {
            var response = await client.GetAsync(url);

            response.RedirectPath().ShouldBe("/Account/AccessDenied", $"{user} {url}");
            (await client.GetAsync(response.RedirectTarget().PathAndQuery)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task A_supervisor_opens_both_and_an_unknown_number_is_not_found()
    {
        var number = await app.DispatchedTicketAsync("heating");
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");

        (await client.GetAsync("/Supervision")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync($"/Supervision/Ticket?number={number}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/Supervision/Ticket?number=20261123-99999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/Supervision/Ticket")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_liaison_posting_the_supervise_form_is_denied_and_nothing_changes()
    {
        var number = await app.DispatchedTicketAsync("heating");
        using var supervisor = new HtmlClient(app);
        await supervisor.LoginAsync("supervisor");
        var page = await supervisor.GetDocumentAsync($"/Supervision/Ticket?number={number}");
        var action = page.QuerySelector("#supervise-form")!.GetAttribute("action")!;
        using var liaison = new HtmlClient(app);
        await liaison.LoginAsync("liaison-heating");
        // The layout's language form carries a valid antiforgery token for the liaison.
        var own = await liaison.GetDocumentAsync("/Tickets");

        var response = await liaison.SubmitAsync(own, "form[action='/Culture']", new Dictionary<string, string>
        {
            ["Supervise.Level"] = "Key",
            ["Supervise.Note"] = SupervisionData.Note,
            ["Supervise.Version"] = (await app.VersionAsync(number)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, action);

        response.RedirectPath().ShouldBe("/Account/AccessDenied");
        (await app.StoredTicketAsync(number)).IsSupervised.ShouldBeFalse();
    }

    [Theory]
    [InlineData("supervisor", true)]
    [InlineData("agent", false)]
    [InlineData("dispatcher", false)]
    public async Task Only_supervisors_see_the_supervision_link_and_the_ticket_page_s_button(string user, bool shown)
    {
        var number = await app.DispatchedTicketAsync("heating");
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        var page = await client.GetDocumentAsync($"/Tickets/{number}");

        (page.QuerySelector("[data-testid=nav-supervision]") is not null).ShouldBe(shown);
        (page.QuerySelector("[data-testid=go-supervision]") is not null).ShouldBe(shown);
    }
}
