using System.Net;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Http.Access;

/// <summary>
/// The authorization matrix: who may open which page or handler. Intake is the agents' alone; ticket search
/// is everyone's. A refusal is a redirect to the access-denied page (or a plain 403), never the page itself.
/// </summary>
public sealed class PagesAreOpenOnlyToTheirRoles(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private const string Allowed = "allowed";
    private const string Denied = "denied";
    private const string StaffTicket = "{staff-ticket}";

    public static TheoryData<string, string, string> Matrix()
    {
        var data = new TheoryData<string, string, string>();
        string[] intake = ["/Intake", "/Intake?handler=History&phone=13805350001", "/Intake?handler=Articles&q=供暖", "POST /Intake?handler=Register", "POST /Intake?handler=Dispatch", "POST /Intake?handler=Urge"];
        string[] tickets = ["/Tickets", "/Tickets?Filter.Status=PendingDispatch"];
        foreach (var user in new[] { "agent", "liaison-heating", "dispatcher", "supervisor", "admin" })
        {
            foreach (var url in intake)
            {
                data.Add(user, url, user == "agent" ? Allowed : Denied);
            }

            foreach (var url in tickets)
            {
                data.Add(user, url, Allowed);
            }

            if (user != "liaison-heating")
            {
                data.Add(user, "/Tickets/" + StaffTicket, Allowed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_reaches_exactly_its_pages(string user, string request, string expected)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        var response = await SendAsync(client, request);

        if (expected == Allowed)
        {
            // A post that gets past authorization is an (invalid, empty) intake form: redisplayed, 200.
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{user} {request}");
        }
        else if (response.StatusCode != HttpStatusCode.Forbidden)
        {
            response.RedirectPath().ShouldBe("/Account/AccessDenied", $"{user} {request}");
            var denied = await client.GetAsync(response.RedirectTarget().PathAndQuery);
            denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await HtmlClient.ParseAsync(denied)).QuerySelector("main h1")!.TextContent.ShouldBe("无权访问");
        }
    }

    [Theory]
    [InlineData("dispatcher")]
    [InlineData("liaison-heating")]
    public async Task A_non_agent_posting_a_valid_intake_form_saves_nothing(string user)
    {
        var before = await app.CountTicketsAndCallsAsync();
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);
        var anyPage = await client.GetDocumentAsync("/Tickets");
        var form = IntakeForm.HeatingRequest(await app.CategoryIdAsync("utilities-heating"));
        form["Input.SubmissionId"] = Guid.NewGuid().ToString();

        // The layout's language form carries a valid token for this user.
        var response = await client.SubmitAsync(anyPage, "form[action='/Culture']", form, IntakeForm.Register);

        response.RedirectPath().ShouldBe("/Account/AccessDenied");
        (await app.CountTicketsAndCallsAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("agent", "/Intake")]
    [InlineData("dispatcher", "/Dispatch")]
    [InlineData("liaison-heating", "/Workbench")]
    [InlineData("supervisor", "/Dashboards")]
    [InlineData("admin", "/Tickets")]
    public async Task Home_sends_each_role_to_the_screen_it_works_from(string user, string screen)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        (await client.GetAsync("/")).RedirectPath().ShouldBe(screen);
    }

    [Theory]
    [InlineData("agent", true)]
    [InlineData("dispatcher", false)]
    [InlineData("liaison-heating", false)]
    public async Task Only_agents_see_the_intake_link(string user, bool shown)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        var page = await client.GetDocumentAsync("/Tickets");

        (page.QuerySelector("nav a[href='/Intake']") is not null).ShouldBe(shown);
    }

    private async Task<HttpResponseMessage> SendAsync(HtmlClient client, string request)
    {
        if (request.Contains(StaffTicket, StringComparison.Ordinal))
        {
            var number = await app.QueryAsync(db => db.Tickets.OrderBy(t => t.Id).Select(t => t.Number).FirstAsync());
            request = request.Replace(StaffTicket, number, StringComparison.Ordinal);
        }

        if (!request.StartsWith("POST ", StringComparison.Ordinal))
        {
            return await client.GetAsync(request);
        }

        var anyPage = await client.GetDocumentAsync("/Tickets");
        return await client.SubmitAsync(anyPage, "form[action='/Culture']", new Dictionary<string, string>(), request["POST ".Length..]);
    }
}
