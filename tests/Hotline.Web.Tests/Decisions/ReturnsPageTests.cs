using System.Net;
using AngleSharp.Html.Dom;
using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Decisions;

public sealed class ReturnsPageTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Theory]
    [InlineData("dispatcher", HttpStatusCode.OK)]
    [InlineData("agent", HttpStatusCode.Redirect)]
    [InlineData("supervisor", HttpStatusCode.Redirect)]
    [InlineData("admin", HttpStatusCode.Redirect)]
    [InlineData("liaison-heating", HttpStatusCode.Redirect)]
    public async Task Only_dispatchers_open_the_return_requests(string user, HttpStatusCode expected)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        var response = await client.GetAsync("/Dispatch/Returns");

        response.StatusCode.ShouldBe(expected);
        if (expected == HttpStatusCode.Redirect)
        {
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        }
    }

    [Fact]
    public async Task A_pending_return_is_listed_with_its_unit_reason_time_and_the_ticket_s_version()
    {
        var number = await app.ReturnRequestedAsync();
        using var client = new HtmlClient(app);
        await client.LoginAsync("dispatcher");

        var page = await client.GetDocumentAsync("/Dispatch/Returns?p=1");

        var row = Row(page, number);
        row.QuerySelector("[data-testid=ticket-link]")!.GetAttribute("href").ShouldBe($"/Tickets/{number}");
        row.TextContent.ShouldContain("市热力有限公司");
        row.TextContent.ShouldContain($"【不属于本单位职责】{DecisionData.ReturnReason}");
        row.TextContent.ShouldNotContain("NotOurResponsibility");
        row.TextContent.ShouldContain(Local(app.Clock.GetUtcNow()));
        var version = await app.ReadAsync(db => db.Tickets.Where(t => t.Number == number).Select(t => t.Version).SingleAsync());
        row.QuerySelector("input[name='Input.Version']")!.GetAttribute("value").ShouldBe(version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        row.QuerySelector("[data-testid=approve-return]").ShouldNotBeNull();
        row.QuerySelector("[data-testid=reject-return]").ShouldNotBeNull();
        var nav = page.QuerySelector("[data-testid=nav-returns-count]")!.TextContent.Trim();
        int.Parse(nav, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Approving_goes_to_the_dispatch_page_where_the_returning_unit_is_not_preselected()
    {
        var number = await app.ReturnRequestedAsync();
        using var client = new HtmlClient(app);
        await client.LoginAsync("dispatcher");
        var page = await client.GetDocumentAsync("/Dispatch/Returns");

        var response = await SubmitAsync(client, page, number, "approve-return", "改派开发区管委会");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/Dispatch/{number}");
        var ticket = await app.StoredAsync(number);
        ticket.Status.ShouldBe(TicketStatus.PendingDispatch);
        ticket.Assignments.Single().ReturnStatus.ShouldBe(RequestStatus.Approved);
        var dispatch = await client.GetDocumentAsync($"/Dispatch/{number}");
        var returnedBy = dispatch.QuerySelector("[data-testid=returned-by]")!.TextContent;
        returnedBy.ShouldContain("市热力有限公司");
        returnedBy.ShouldContain($"【不属于本单位职责】{DecisionData.ReturnReason}");
        returnedBy.ShouldNotContain("NotOurResponsibility");
        dispatch.QuerySelector("#Input_LeadUnitId option[selected]")?.GetAttribute("value").ShouldBeNullOrEmpty();
        var redispatch = await client.SubmitAsync(dispatch, "#dispatch-form", new Dictionary<string, string>
        {
            ["Input.LeadUnitId"] = (await app.ReadAsync(db => db.Units.Where(u => u.Code == "housing").Select(u => u.Id).SingleAsync()))
                .ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        redispatch.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.StoredAsync(number)).Status.ShouldBe(TicketStatus.Dispatched);
    }

    [Fact]
    public async Task Rejecting_with_a_note_returns_to_the_list_with_a_confirmation()
    {
        var number = await app.ReturnRequestedAsync();
        using var client = new HtmlClient(app);
        await client.LoginAsync("dispatcher");
        var page = await client.GetDocumentAsync("/Dispatch/Returns");

        var response = await SubmitAsync(client, page, number, "reject-return", "地址核实属于贵单位辖区，请继续办理。");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.ToString();
        location.ShouldStartWith("/Dispatch/Returns");
        var list = await client.GetDocumentAsync(location);
        list.QuerySelector("[data-testid=return-rejected]")!.TextContent.ShouldContain(number);
        list.QuerySelectorAll("[data-testid=return-row]").ShouldNotContain(r => r.GetAttribute("data-number") == number);
        var ticket = await app.StoredAsync(number);
        ticket.Status.ShouldBe(TicketStatus.InProgress);
        ticket.Assignments.Single().ReturnStatus.ShouldBe(RequestStatus.Rejected);
    }

    [Fact]
    public async Task Rejecting_without_a_note_redisplays_the_row_with_the_message_and_saves_nothing()
    {
        var number = await app.ReturnRequestedAsync();
        using var client = new HtmlClient(app);
        await client.LoginAsync("dispatcher");
        var page = await client.GetDocumentAsync("/Dispatch/Returns");

        var response = await SubmitAsync(client, page, number, "reject-return", "  ");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var redisplayed = await HtmlClient.ParseAsync(response);
        Row(redisplayed, number).QuerySelector("[data-testid=note-error]")!.TextContent.ShouldContain("请填写理由");
        redisplayed.QuerySelectorAll("[data-testid=note-error]").Length.ShouldBe(1);
        var ticket = await app.StoredAsync(number);
        ticket.Status.ShouldBe(TicketStatus.ReturnRequested);
        ticket.Assignments.Single().ReturnStatus.ShouldBe(RequestStatus.Pending);
    }

    [Fact]
    public async Task A_decision_on_a_form_older_than_the_ticket_says_reload_and_changes_nothing()
    {
        var number = await app.ReturnRequestedAsync();
        using var first = new HtmlClient(app);
        await first.LoginAsync("dispatcher");
        var stale = await first.GetDocumentAsync("/Dispatch/Returns");
        using var second = new HtmlClient(app);
        await second.LoginAsync("dispatcher");
        var fresh = await second.GetDocumentAsync("/Dispatch/Returns");
        (await SubmitAsync(second, fresh, number, "reject-return", "请继续办理")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await SubmitAsync(first, stale, number, "approve-return", null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlClient.ParseAsync(response)).QuerySelector("[data-testid=decision-error]")!.TextContent.ShouldContain("已被他人修改");
        (await app.StoredAsync(number)).Status.ShouldBe(TicketStatus.InProgress);
    }

    [Fact]
    public async Task A_supervisor_posting_the_form_is_denied_and_nothing_changes()
    {
        var number = await app.ReturnRequestedAsync();
        using var dispatcher = new HtmlClient(app);
        await dispatcher.LoginAsync("dispatcher");
        var page = await dispatcher.GetDocumentAsync("/Dispatch/Returns");
        using var supervisor = new HtmlClient(app);
        await supervisor.LoginAsync("supervisor");
        var token = (await supervisor.GetDocumentAsync("/Tickets")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var row = Row(page, number);

        var response = await supervisor.Http.PostAsync("/Dispatch/Returns?handler=Approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Number"] = number,
            ["Input.Version"] = row.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await app.StoredAsync(number)).Status.ShouldBe(TicketStatus.ReturnRequested);
    }

    [Fact]
    public async Task The_dispatch_queue_links_to_the_return_requests()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("dispatcher");

        var queue = await client.GetDocumentAsync("/Dispatch");

        queue.QuerySelector("[data-testid=returns-link]")!.GetAttribute("href").ShouldBe("/Dispatch/Returns");
        queue.QuerySelector("[data-testid=nav-returns]")!.GetAttribute("href").ShouldBe("/Dispatch/Returns");
    }

    private static AngleSharp.Dom.IElement Row(IHtmlDocument page, string number) =>
        page.QuerySelectorAll("[data-testid=return-row]").SingleOrDefault(r => r.GetAttribute("data-number") == number)
        ?? throw new ShouldAssertException($"No row for {number}");

    /// <summary>Clicks a row's approve or reject button, as a browser would: the button's formaction, the row's fields.</summary>
    private static Task<HttpResponseMessage> SubmitAsync(HtmlClient client, IHtmlDocument page, string number, string button, string? note)
    {
        var action = Row(page, number).QuerySelector($"[data-testid={button}]")!.GetAttribute("formaction")!;
        return client.SubmitAsync(page, $"#return-{number}", note is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Input.Note"] = note }, action);
    }

    private static string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
