using System.Net;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.FollowUp;

/// <summary>Callbacks are the hotline's work: agents and supervisors reach the queue and the callback page; units and dispatchers do not.</summary>
public sealed class FollowUpAccessTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Theory]
    [InlineData("agent", "/FollowUp")]
    [InlineData("supervisor", "/FollowUp")]
    [InlineData("agent", "/FollowUp?Filter.OverdueOnly=true&Filter.Kind=Sample")]
    [InlineData("agent", "/FollowUp/Callback?number={ticket}")]
    [InlineData("supervisor", "/FollowUp/Callback?number={ticket}")]
    public async Task Agents_and_supervisors_open_the_callback_pages(string user, string url)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        var page = await client.GetDocumentAsync(url.Replace("{ticket}", await app.ResolvedTicketAsync(), StringComparison.Ordinal));

        page.QuerySelector("nav [data-testid=nav-followup]").ShouldNotBeNull();
    }

    [Theory]
    [InlineData("liaison-heating", "/FollowUp")]
    [InlineData("dispatcher", "/FollowUp")]
    [InlineData("admin", "/FollowUp")]
    [InlineData("liaison-heating", "/FollowUp/Callback?number={ticket}")]
    [InlineData("dispatcher", "/FollowUp/Callback?number={ticket}")]
    public async Task Liaisons_and_dispatchers_are_refused_with_403(string user, string url)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        var response = await client.GetAsync(url.Replace("{ticket}", await app.ResolvedTicketAsync(), StringComparison.Ordinal));

        response.RedirectPath().ShouldBe("/Account/AccessDenied");
        (await client.GetAsync(response.RedirectTarget().PathAndQuery)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetDocumentAsync("/Tickets")).QuerySelector("nav [data-testid=nav-followup]").ShouldBeNull();
    }

    [Fact]
    public async Task A_liaison_posting_a_callback_form_saves_nothing()
    {
        var number = await app.ResolvedTicketAsync();
        var before = await app.CallbackStateAsync(number);
        using var client = new HtmlClient(app);
        await client.LoginAsync("liaison-heating");
        var anyPage = await client.GetDocumentAsync("/Tickets");

        // The layout's language form carries a valid antiforgery token for this user.
        var response = await client.SubmitAsync(anyPage, "form[action='/Culture']", new Dictionary<string, string>
        {
            ["Input.Reached"] = "true",
            ["Input.Satisfaction"] = "Satisfied",
            ["Input.Solved"] = "true",
            ["Input.Version"] = (await app.VersionAsync(number)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, $"/FollowUp/Callback?number={number}");

        response.RedirectPath().ShouldBe("/Account/AccessDenied");
        (await app.CallbackStateAsync(number)).ShouldBe(before);
    }

    [Fact]
    public async Task An_unknown_ticket_number_answers_404()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("agent");

        (await client.GetAsync("/FollowUp/Callback?number=20261123-99999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
