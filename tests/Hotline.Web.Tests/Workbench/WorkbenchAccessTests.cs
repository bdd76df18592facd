using System.Net;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Workbench;

/// <summary>
/// The workbench's authorization matrix: liaisons only, and a liaison only on their unit's tickets. Another unit's
/// ticket or attachment answers 404 — by number, by a guessed neighbour and by attachment id — and nothing changes.
/// </summary>
public sealed class WorkbenchAccessTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private const string Ticket = "{ticket}";
    private const string File = "{attachment}";

    public static readonly string[] Pages = ["/Workbench", "/Workbench?Filter.Group=ToSignFor", $"/Workbench/{Ticket}"];

    public static readonly string[] Handlers =
    [
        $"/Workbench?handler=SignFor&number={Ticket}&version=1",
        $"/Workbench/{Ticket}?handler=SignFor&version=1",
        $"/Workbench/{Ticket}?handler=Contact",
        $"/Workbench/{Ticket}?handler=Note",
        $"/Workbench/{Ticket}?handler=AssistDone",
        $"/Workbench/{Ticket}?handler=Extension",
        $"/Workbench/{Ticket}?handler=Return",
        $"/Workbench/{Ticket}?handler=Resolve",
        $"/Workbench/{Ticket}?handler=Reveal",
        $"/Workbench/{Ticket}?handler=Upload&version=1",
    ];

    public static TheoryData<string, string> StaffRequests()
    {
        var data = new TheoryData<string, string>();
        foreach (var user in new[] { "agent", "dispatcher", "supervisor", "admin" })
        {
            foreach (var page in Pages)
            {
                data.Add(user, page);
            }

            foreach (var handler in Handlers)
            {
                data.Add(user, "POST " + handler);
            }
        }

        return data;
    }

    public static TheoryData<string> AllPages() => [.. Pages, .. Handlers.Select(h => "POST " + h)];

    public static TheoryData<string> ForeignRequests() =>
        [.. Pages.Where(p => p.Contains('{')), $"/Tickets/Attachment/{File}", .. Handlers.Select(h => "POST " + h)];

    [Theory]
    [MemberData(nameof(AllPages))]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string request)
    {
        using var client = new HtmlClient(app);

        var response = await SendAsync(client, request, withToken: false);

        if (request.StartsWith("POST ", StringComparison.Ordinal))
        {
            // Without a session there is no valid form token either: refused before anything runs.
            response.StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.BadRequest);
        }
        else
        {
            response.RedirectPath().ShouldBe("/Account/Login", request);
        }
    }

    [Theory]
    [MemberData(nameof(StaffRequests))]
    public async Task Hotline_staff_are_denied_the_workbench(string user, string request)
    {
        var before = await app.StateAsync((await app.SharedTicketAsync()).Number);
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        var response = await SendAsync(client, request);

        response.RedirectPath().ShouldBe("/Account/AccessDenied", $"{user} {request}");
        (await app.StateAsync((await app.SharedTicketAsync()).Number)).ShouldBe(before);
    }

    [Theory]
    [InlineData("/Workbench")]
    [InlineData("/Workbench?Filter.Group=Pending&Filter.Urgency=Urgent&Filter.Text=暖气&Filter.Page=2")]
    [InlineData($"/Workbench/{Ticket}")]
    [InlineData($"/Tickets/Attachment/{File}")]
    public async Task The_units_liaison_opens_every_workbench_page(string request)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("liaison-heating");

        var response = await SendAsync(client, request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, request);
    }

    [Theory]
    [MemberData(nameof(ForeignRequests))]
    public async Task Another_units_liaison_gets_not_found_and_nothing_changes(string request)
    {
        var (number, _) = await app.SharedTicketAsync();
        var before = await app.StateAsync(number);
        using var client = new HtmlClient(app);
        await client.LoginAsync("liaison-water");

        var response = await SendAsync(client, request);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound, request);
        (await app.StateAsync(number)).ShouldBe(before);
    }

    [Fact]
    public async Task Another_units_liaison_gets_the_same_not_found_for_a_ticket_that_exists_and_one_that_does_not()
    {
        var (number, attachment) = await app.SharedTicketAsync();
        using var client = new HtmlClient(app);
        await client.LoginAsync("liaison-water");
        var neighbour = $"{number[..9]}{int.Parse(number[9..], System.Globalization.CultureInfo.InvariantCulture) + 1:00000}";

        foreach (var url in new[] { $"/Workbench/{number}", $"/Workbench/{neighbour}", "/Workbench/20991231-99999", $"/Tickets/{number}",
                     $"/Tickets/Attachment/{attachment}", $"/Tickets/Attachment/{attachment + 1_000_000}" })
        {
            (await client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }

        var queue = await client.GetDocumentAsync($"/Workbench?Filter.Text={number}");
        queue.QuerySelectorAll("[data-testid=workbench-row]").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("dispatcher")]
    [InlineData("supervisor")]
    [InlineData("admin")]
    public async Task Hotline_staff_download_an_attachment_listed_on_the_ticket(string user)
    {
        var (number, attachment) = await app.SharedTicketAsync();
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        var ticket = await client.GetDocumentAsync($"/Tickets/{number}");
        ticket.QuerySelector($"[data-testid=attachments] a[href='/Tickets/Attachment/{attachment}']").ShouldNotBeNull();
        var response = await client.GetAsync($"/Tickets/Attachment/{attachment}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Only_liaisons_see_the_workbench_link()
    {
        using var liaison = new HtmlClient(app);
        await liaison.LoginAsync("liaison-heating");
        using var agent = new HtmlClient(app);
        await agent.LoginAsync("agent");

        (await liaison.GetDocumentAsync("/Tickets")).QuerySelector("[data-testid=nav-workbench]").ShouldNotBeNull();
        (await agent.GetDocumentAsync("/Tickets")).QuerySelector("[data-testid=nav-workbench]").ShouldBeNull();
    }

    private async Task<HttpResponseMessage> SendAsync(HtmlClient client, string request, bool withToken = true)
    {
        var (number, attachment) = await app.SharedTicketAsync();
        request = request.Replace(Ticket, number, StringComparison.Ordinal)
            .Replace(File, attachment.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (!request.StartsWith("POST ", StringComparison.Ordinal))
        {
            return await client.GetAsync(request);
        }

        var url = request["POST ".Length..];
        if (!withToken)
        {
            return await client.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>()));
        }

        // The layout's language form carries a valid token for this user; any page they may open has it.
        var anyPage = await client.GetDocumentAsync("/Tickets");
        return await client.SubmitAsync(anyPage, "form[action='/Culture']", new Dictionary<string, string>
        {
            ["Note.Text"] = "x",
            ["Return.Kind"] = "Other",
            ["Return.Reason"] = "x",
            ["Reveal.Reason"] = "x",
        }, url);
    }
}
