using System.Net;
using AngleSharp.Html.Dom;
using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Decisions;

public sealed class ExtensionsPageTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Theory]
    [InlineData("supervisor", HttpStatusCode.OK)]
    [InlineData("dispatcher", HttpStatusCode.Redirect)]
    [InlineData("agent", HttpStatusCode.Redirect)]
    [InlineData("admin", HttpStatusCode.Redirect)]
    [InlineData("liaison-heating", HttpStatusCode.Redirect)]
    public async Task Only_supervisors_open_the_extension_requests(string user, HttpStatusCode expected)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        var response = await client.GetAsync("/Supervision/Extensions");

        response.StatusCode.ShouldBe(expected);
        if (expected == HttpStatusCode.Redirect)
        {
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        }
    }

    [Fact]
    public async Task A_pending_request_shows_the_current_and_proposed_deadlines_and_the_nav_link()
    {
        var number = await app.ExtensionRequestedAsync(days: 3);
        var due = (await app.StoredAsync(number)).Assignments.Single().ResolveDueAt;
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");

        var page = await client.GetDocumentAsync("/Supervision/Extensions");

        var row = Row(page, number);
        row.TextContent.ShouldContain("市热力有限公司");
        row.TextContent.ShouldContain(DecisionData.ExtensionReason);
        row.QuerySelector("[data-testid=current-due]")!.TextContent.ShouldContain(Local(due));
        row.QuerySelector("[data-testid=proposed-due]")!.TextContent.ShouldContain(Local(due.AddDays(3)));
        page.QuerySelector("[data-testid=nav-extensions]")!.TextContent.ShouldContain("延期审批");
        page.QuerySelector("[data-testid=nav-extensions-count]").ShouldNotBeNull();
    }

    [Fact]
    public async Task Approving_through_the_form_moves_the_deadline()
    {
        var number = await app.ExtensionRequestedAsync(days: 2);
        var due = (await app.StoredAsync(number)).Assignments.Single().ResolveDueAt;
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");
        var page = await client.GetDocumentAsync("/Supervision/Extensions");

        var response = await SubmitAsync(client, page, number, "approve-extension", null);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var list = await client.GetDocumentAsync(response.Headers.Location!.ToString());
        list.QuerySelector("[data-testid=extension-decided]")!.TextContent.ShouldContain(number);
        list.QuerySelectorAll("[data-testid=extension-row]").ShouldNotContain(r => r.GetAttribute("data-number") == number);
        var ticket = await app.StoredAsync(number);
        ticket.Assignments.Single().ResolveDueAt.ShouldBe(due.AddDays(2));
        ticket.Assignments.Single().ExtensionCount.ShouldBe(1);
        ticket.Extensions.Single().Status.ShouldBe(RequestStatus.Approved);
    }

    [Fact]
    public async Task Rejecting_with_a_note_keeps_the_deadline()
    {
        var number = await app.ExtensionRequestedAsync();
        var due = (await app.StoredAsync(number)).Assignments.Single().ResolveDueAt;
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");
        var page = await client.GetDocumentAsync("/Supervision/Extensions");

        var response = await SubmitAsync(client, page, number, "reject-extension", "检查可在时限内完成，请按期办结。");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var ticket = await app.StoredAsync(number);
        ticket.Assignments.Single().ResolveDueAt.ShouldBe(due);
        ticket.Extensions.Single().Status.ShouldBe(RequestStatus.Rejected);
        ticket.Extensions.Single().DecisionNote.ShouldBe("检查可在时限内完成，请按期办结。");
    }

    [Fact]
    public async Task Rejecting_without_a_note_redisplays_the_row_with_the_message_and_saves_nothing()
    {
        var number = await app.ExtensionRequestedAsync();
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");
        var page = await client.GetDocumentAsync("/Supervision/Extensions");

        var response = await SubmitAsync(client, page, number, "reject-extension", string.Empty);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var redisplayed = await HtmlClient.ParseAsync(response);
        Row(redisplayed, number).QuerySelector("[data-testid=note-error]")!.TextContent.ShouldContain("请填写理由");
        var ticket = await app.StoredAsync(number);
        ticket.Extensions.Single().Status.ShouldBe(RequestStatus.Pending);
        ticket.Assignments.Single().ExtensionCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_dispatcher_posting_the_form_is_denied_and_nothing_changes()
    {
        var number = await app.ExtensionRequestedAsync();
        using var supervisor = new HtmlClient(app);
        await supervisor.LoginAsync("supervisor");
        var page = await supervisor.GetDocumentAsync("/Supervision/Extensions");
        using var dispatcher = new HtmlClient(app);
        await dispatcher.LoginAsync("dispatcher");
        var token = (await dispatcher.GetDocumentAsync("/Tickets")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var row = Row(page, number);

        var response = await dispatcher.Http.PostAsync("/Supervision/Extensions?handler=Approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Number"] = number,
            ["Input.RequestId"] = row.QuerySelector("input[name='Input.RequestId']")!.GetAttribute("value")!,
            ["Input.Version"] = row.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await app.StoredAsync(number)).Extensions.Single().Status.ShouldBe(RequestStatus.Pending);
    }

    [Theory]
    [InlineData("approve-extension", "zh-CN", "【已同意】")]
    [InlineData("reject-extension", "zh-CN", "【已驳回】检查可在时限内完成")]
    [InlineData("approve-extension", "en", "Approved: ")]
    [InlineData("reject-extension", "en", "Rejected: 检查可在时限内完成")]
    public async Task The_timeline_says_whether_the_extension_was_approved_or_rejected(string button, string culture, string said)
    {
        var number = await app.ExtensionRequestedAsync();
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");
        var page = await client.GetDocumentAsync("/Supervision/Extensions");
        var note = button == "reject-extension" ? "检查可在时限内完成，请按期办结。" : "同意延期，请按新时限办结。";
        (await SubmitAsync(client, page, number, button, note)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.SubmitAsync(await client.GetDocumentAsync("/Tickets"), "form[action='/Culture']",
            new Dictionary<string, string> { ["culture"] = culture })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var ticket = await client.GetDocumentAsync($"/Tickets/{number}");

        var decided = ticket.QuerySelectorAll("[data-testid=timeline-entry]").Last(e => e.TextContent.Contains(note, StringComparison.Ordinal));
        decided.TextContent.ShouldContain(said);
        decided.TextContent.ShouldNotContain(button == "reject-extension" ? "Approved" : "Rejected");
    }

    private static AngleSharp.Dom.IElement Row(IHtmlDocument page, string number) =>
        page.QuerySelectorAll("[data-testid=extension-row]").SingleOrDefault(r => r.GetAttribute("data-number") == number)
        ?? throw new ShouldAssertException($"No row for {number}");

    private static Task<HttpResponseMessage> SubmitAsync(HtmlClient client, IHtmlDocument page, string number, string button, string? note)
    {
        var row = Row(page, number);
        var form = row.QuerySelector("form")!.Id!;
        var action = row.QuerySelector($"[data-testid={button}]")!.GetAttribute("formaction")!;
        return client.SubmitAsync(page, $"#{form}", note is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Input.Note"] = note }, action);
    }

    private static string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
