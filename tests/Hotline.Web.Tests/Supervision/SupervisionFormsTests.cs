using System.Net;
using AngleSharp.Html.Dom;
using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Workbench;

namespace Hotline.Web.Tests.Supervision;

/// <summary>The supervisor's action page as a browser without JavaScript uses it: each form posts, redirects or redisplays.</summary>
public sealed class SupervisionFormsTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task Supervising_redirects_back_with_a_message_and_the_ticket_page_shows_the_banner()
    {
        var number = await app.DispatchedTicketAsync("heating");
        using var client = await SupervisorAsync();
        var page = await client.GetDocumentAsync(Url(number));

        var response = await client.SubmitAsync(page, "#supervise-form", new Dictionary<string, string>
        {
            ["Supervise.Level"] = "Key",
            ["Supervise.Note"] = SupervisionData.Note,
        });

        response.RedirectPath().ShouldBe("/Supervision/Ticket");
        response.RedirectQuery("number").ShouldBe(number);
        var after = await client.GetDocumentAsync(response.RedirectTarget().PathAndQuery);
        after.QuerySelector("[data-testid=done]")!.TextContent.ShouldContain(number);
        after.QuerySelector("[data-testid=supervision-badge]")!.TextContent.ShouldBe("重点督办");
        var ticket = await app.StoredTicketAsync(number);
        (ticket.Supervision, ticket.SupervisionNote).ShouldBe((SupervisionLevel.Key, SupervisionData.Note));
        var details = await client.GetDocumentAsync($"/Tickets/{number}");
        details.QuerySelector("[data-testid=supervision-banner]")!.TextContent.ShouldContain(SupervisionData.Note);
        details.QuerySelector("[data-testid=go-supervision]")!.GetAttribute("href").ShouldBe(Url(number));
    }

    [Fact]
    public async Task Supervising_without_a_note_is_redisplayed_with_the_message_next_to_the_field_and_saves_nothing()
    {
        var number = await app.DispatchedTicketAsync("heating");
        var before = await app.StateAsync(number);
        using var client = await SupervisorAsync();

        var response = await client.SubmitAsync(await client.GetDocumentAsync(Url(number)), "#supervise-form",
            new Dictionary<string, string> { ["Supervise.Level"] = "Normal", ["Supervise.Note"] = " " });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        FieldError(page, "Supervise.Note").ShouldBe("请填写督办意见。");
        (await app.StateAsync(number)).ShouldBe(before);
    }

    [Fact]
    public async Task A_tighter_deadline_after_the_one_in_force_is_refused_next_to_the_deadline_field()
    {
        var number = await app.DispatchedTicketAsync("heating");
        var before = await app.StoredTicketAsync(number);
        var due = TimeZoneInfo.ConvertTime(before.Assignments.Single().ResolveDueAt, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        using var client = await SupervisorAsync();

        var response = await client.SubmitAsync(await client.GetDocumentAsync(Url(number)), "#supervise-form", new Dictionary<string, string>
        {
            ["Supervise.Level"] = "Key",
            ["Supervise.Note"] = SupervisionData.Note,
            ["Supervise.TighterResolveDueAt"] = due.AddHours(2).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        page.QuerySelector("[data-testid=tighter-error]")!.TextContent.ShouldBe("督办时限须晚于当前时间、早于现办结时限。");
        ((IHtmlTextAreaElement)page.QuerySelector("#Supervise_Note")!).Value.ShouldBe(SupervisionData.Note);
        var after = await app.StoredTicketAsync(number);
        after.IsSupervised.ShouldBeFalse();
        after.Assignments.Single().ResolveDueAt.ShouldBe(before.Assignments.Single().ResolveDueAt);
    }

    [Fact]
    public async Task A_form_read_before_someone_else_acted_saves_nothing_keeps_the_typed_note_and_sends_it_against_the_new_version()
    {
        var number = await app.DispatchedTicketAsync("heating");
        using var client = await SupervisorAsync();
        var stale = await client.GetDocumentAsync(Url(number));
        await app.SupervisedAsync(number, SupervisionLevel.Normal, "另一位值班主任已督办");

        var response = await client.SubmitAsync(stale, "#urge-form", new Dictionary<string, string> { ["Urge.Note"] = "请尽快处理" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        page.QuerySelector("[data-testid=errors]")!.TextContent.ShouldContain("该工单已被他人修改");
        page.QuerySelector("[data-testid=errors]")!.TextContent.ShouldContain("您填写的内容已保留");
        (await app.StoredTicketAsync(number)).UrgeCount.ShouldBe(0);
        ((IHtmlInputElement)page.QuerySelector("#Urge_Note")!).Value.ShouldBe("请尽快处理");
        page.QuerySelector("#urge-form input[name='Urge.Version']")!.GetAttribute("value")
            .ShouldBe((await app.VersionAsync(number)).ToString(System.Globalization.CultureInfo.InvariantCulture));

        var again = await client.SubmitAsync(page, "#urge-form", new Dictionary<string, string>());

        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.StoredTicketAsync(number)).UrgeCount.ShouldBe(1);
    }

    [Fact]
    public async Task A_cancel_refused_because_someone_else_cancelled_first_shows_the_typed_reason_to_copy()
    {
        var number = await app.WaitingTicketAsync();
        using var client = await SupervisorAsync();
        var stale = await client.GetDocumentAsync(Url(number));
        await client.SubmitAsync(await client.GetDocumentAsync(Url(number)), "#cancel-form",
            new Dictionary<string, string> { ["Cancel.Kind"] = "Duplicate", ["Cancel.Reason"] = "与上一张工单重复。" });

        var response = await client.SubmitAsync(stale, "#cancel-form",
            new Dictionary<string, string> { ["Cancel.Kind"] = "Nuisance", ["Cancel.Reason"] = "同一号码反复来电，无具体诉求。" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        page.QuerySelector("#cancel-form").ShouldBeNull("the ticket is cancelled: the form is no longer offered");
        page.QuerySelector("[data-testid=unsaved-text]")!.TextContent.ShouldBe("同一号码反复来电，无具体诉求。");
        var cancelled = (await app.StoredTicketAsync(number)).Events.Single(e => e.Action == TicketAction.Cancel);
        cancelled.Note.ShouldBe("与上一张工单重复。");
    }

    [Fact]
    public async Task Urging_counts_and_the_urge_shows_on_the_ticket_and_in_the_list()
    {
        var number = await app.DispatchedTicketAsync("heating");
        using var client = await SupervisorAsync();

        var response = await client.SubmitAsync(await client.GetDocumentAsync(Url(number)), "#urge-form",
            new Dictionary<string, string> { ["Urge.Note"] = "请今日下班前上门。" });

        response.RedirectPath().ShouldBe("/Supervision/Ticket");
        var details = await client.GetDocumentAsync($"/Tickets/{number}");
        details.QuerySelector("[data-testid=urge-count]")!.TextContent.ShouldContain("1");
        details.QuerySelectorAll("[data-testid=timeline-entry]")[^1].TextContent.ShouldContain("请今日下班前上门。");
        var list = await client.GetDocumentAsync($"/Tickets?Filter.Number={number}");
        list.QuerySelector("[data-testid=ticket-row] [data-testid=urge-count]")!.TextContent.ShouldBe("1");
    }

    [Fact]
    public async Task Cancelling_needs_a_kind_and_a_reason_and_then_closes_the_waiting_ticket()
    {
        var number = await app.WaitingTicketAsync();
        using var client = await SupervisorAsync();

        var refused = await client.SubmitAsync(await client.GetDocumentAsync(Url(number)), "#cancel-form",
            new Dictionary<string, string> { ["Cancel.Kind"] = "", ["Cancel.Reason"] = "" });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(refused);
        FieldError(page, "Cancel.Kind").ShouldBe("请选择作废类型。");
        FieldError(page, "Cancel.Reason").ShouldBe("请填写作废理由。");
        (await app.StoredTicketAsync(number)).Status.ShouldBe(TicketStatus.PendingDispatch);

        var done = await client.SubmitAsync(page, "#cancel-form",
            new Dictionary<string, string> { ["Cancel.Kind"] = "Nuisance", ["Cancel.Reason"] = "反复拨打，无具体诉求。" });

        done.RedirectPath().ShouldBe("/Supervision/Ticket");
        (await app.StoredTicketAsync(number)).Status.ShouldBe(TicketStatus.Cancelled);
        var details = await client.GetDocumentAsync($"/Tickets/{number}");
        details.QuerySelectorAll("[data-testid=timeline-entry]")[^1].TextContent.ShouldContain("【骚扰或恶意来电】反复拨打，无具体诉求。");
    }

    [Fact]
    public async Task Reopening_a_resolved_ticket_defaults_to_its_unit_and_without_a_reason_saves_nothing()
    {
        var number = await app.DispatchedTicketAsync("heating");
        await app.ResolvedByUnitAsync(number);
        using var client = await SupervisorAsync();
        var page = await client.GetDocumentAsync(Url(number));
        var heating = await Hotline.Web.Tests.Journeys.Journey.UnitAsync(app, "heating");
        ((IHtmlSelectElement)page.QuerySelector("#Reopen_LeadUnitId")!).Value.ShouldBe(heating.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var refused = await client.SubmitAsync(page, "#reopen-form", new Dictionary<string, string> { ["Reopen.Reason"] = "" });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        FieldError(await HtmlClient.ParseAsync(refused), "Reopen.Reason").ShouldBe("请填写重办理由。");
        (await app.StoredTicketAsync(number)).Status.ShouldBe(TicketStatus.Resolved);

        var done = await client.SubmitAsync(page, "#reopen-form", new Dictionary<string, string> { ["Reopen.Reason"] = "市民来电反映问题未解决。" });

        done.RedirectPath().ShouldBe("/Supervision/Ticket");
        var ticket = await app.StoredTicketAsync(number);
        (ticket.Status, ticket.Round, ticket.LeadUnitId).ShouldBe((TicketStatus.Dispatched, 2, heating.Id));
    }

    private async Task<HtmlClient> SupervisorAsync()
    {
        var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");
        return client;
    }

    private static string Url(string number) => $"/Supervision/Ticket?number={number}";

    private static string FieldError(IHtmlDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? throw new ShouldAssertException($"No message slot for {field}");
}
