using System.Net;
using AngleSharp.Html.Dom;
using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.FollowUp;

/// <summary>The callback form as a browser without script posts it: redisplay with messages, conflicts, post/redirect/get.</summary>
public sealed class CallbackPageTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task A_form_without_an_answer_to_reached_is_redisplayed_with_the_message_next_to_it_and_saves_nothing()
    {
        var number = await app.ResolvedTicketAsync();
        var before = await app.CallbackStateAsync(number);
        using var client = await SignedInAsync();

        var page = await PostAsync(client, number, new Dictionary<string, string>());

        Message(page, "Input.Reached").ShouldContain("请选择是否联系上市民");
        (await app.CallbackStateAsync(number)).ShouldBe(before);
    }

    [Fact]
    public async Task A_reached_citizen_without_satisfaction_and_solved_shows_both_messages_and_keeps_what_was_typed()
    {
        var number = await app.ResolvedTicketAsync();
        var before = await app.CallbackStateAsync(number);
        using var client = await SignedInAsync();

        var page = await PostAsync(client, number, new Dictionary<string, string> { ["Input.Reached"] = "true", ["Input.CitizenWords"] = "还行吧" });

        Message(page, "Input.Satisfaction").ShouldContain("请选择满意度");
        Message(page, "Input.Solved").ShouldContain("请选择问题是否解决");
        page.QuerySelector("#Input_CitizenWords")!.TextContent.ShouldBe("还行吧");
        ((IHtmlInputElement)page.QuerySelector("#reached-yes")!).IsChecked.ShouldBeTrue();
        (await app.CallbackStateAsync(number)).ShouldBe(before);
    }

    [Fact]
    public async Task A_reopen_without_a_reason_or_without_dissatisfaction_is_refused_next_to_the_field()
    {
        var number = await app.ResolvedTicketAsync();
        var before = await app.CallbackStateAsync(number);
        using var client = await SignedInAsync();

        var noReason = await PostAsync(client, number, Dissatisfied(reopen: true, reason: ""));
        var satisfied = await PostAsync(client, number, new Dictionary<string, string>
        {
            ["Input.Reached"] = "true",
            ["Input.Satisfaction"] = "Satisfied",
            ["Input.Solved"] = "true",
            ["Input.Reopen"] = "true",
            ["Input.ReopenReason"] = "再查查",
        });

        Message(noReason, "Input.ReopenReason").ShouldContain("请填写重办理由");
        Message(satisfied, "Input.Reopen").ShouldContain("只有市民不满意时才能重办");
        (await app.CallbackStateAsync(number)).ShouldBe(before);
    }

    [Fact]
    public async Task A_callback_sent_after_someone_else_recorded_one_keeps_what_was_typed_and_can_be_sent_again()
    {
        var number = await app.ResolvedTicketAsync();
        using var first = await SignedInAsync();
        using var second = await SignedInAsync("agent2");
        var stale = await second.GetDocumentAsync($"/FollowUp/Callback?number={number}");
        // agent2's claim lapses (the call took long); agent takes the callback and records an unreached attempt.
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        (await first.SubmitAsync(await first.GetDocumentAsync($"/FollowUp/Callback?number={number}"), "#callback-form",
            new Dictionary<string, string> { ["Input.Reached"] = "false" })).RedirectPath().ShouldBe("/FollowUp");
        var afterFirst = await app.CallbackStateAsync(number);

        var response = await second.SubmitAsync(stale, "#callback-form", Dissatisfied(reopen: false, reason: null));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        page.QuerySelector("[data-testid=errors]")!.TextContent.ShouldContain("刚被他人修改");
        page.QuerySelector("#Input_CitizenWords")!.TextContent.ShouldBe("暖气还是不热。");
        ((IHtmlInputElement)page.QuerySelector("#reached-yes")!).IsChecked.ShouldBeTrue();
        page.QuerySelectorAll("[data-testid=attempt]").ShouldHaveSingleItem();
        (await app.CallbackStateAsync(number)).ShouldBe(afterFirst);

        // Having seen the other attempt, the agent sends the kept answers again: recorded.
        (await second.SubmitAsync(page, "#callback-form", new Dictionary<string, string>())).RedirectPath().ShouldBe("/FollowUp");
        (await app.CallbackStateAsync(number)).Status.ShouldBe(TicketStatus.Closed);
    }

    [Fact]
    public async Task A_callback_another_agent_holds_shows_who_is_calling_and_offers_no_form()
    {
        var number = await app.ResolvedTicketAsync();
        using var first = await SignedInAsync();
        using var second = await SignedInAsync("agent2");
        (await first.GetDocumentAsync($"/FollowUp/Callback?number={number}")).QuerySelector("[data-testid=claim-mine]").ShouldNotBeNull();

        var held = await second.GetDocumentAsync($"/FollowUp/Callback?number={number}");
        var queue = await second.GetDocumentAsync($"/FollowUp?Filter.Text={number}");

        held.QuerySelector("[data-testid=claimed-by]")!.TextContent.ShouldContain("王晓燕 正在回访");
        held.QuerySelector("#callback-form").ShouldBeNull();
        queue.QuerySelector($"[data-testid=callback-row][data-number='{number}'] [data-testid=held-by]")!.TextContent.ShouldBe("王晓燕 正在回访");
    }

    [Fact]
    public async Task A_callback_refused_because_another_agent_took_and_closed_it_shows_the_typed_words_to_copy()
    {
        var number = await app.ResolvedTicketAsync();
        using var first = await SignedInAsync();
        using var second = await SignedInAsync("agent2");
        var stale = await second.GetDocumentAsync($"/FollowUp/Callback?number={number}");
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        (await first.SubmitAsync(await first.GetDocumentAsync($"/FollowUp/Callback?number={number}"), "#callback-form",
            new Dictionary<string, string> { ["Input.Reached"] = "true", ["Input.Satisfaction"] = "Satisfied", ["Input.Solved"] = "true" }))
            .RedirectPath().ShouldBe("/FollowUp");

        var response = await second.SubmitAsync(stale, "#callback-form", Dissatisfied(reopen: true, reason: "市民说根本没人来过。"));

        var page = await HtmlClient.ParseAsync(response);
        page.QuerySelector("[data-testid=not-awaiting]").ShouldNotBeNull();
        page.QuerySelector("#callback-form").ShouldBeNull();
        page.QuerySelectorAll("[data-testid=unsaved-text]").Select(t => t.TextContent).ShouldBe(["暖气还是不热。", "市民说根本没人来过。"]);
    }

    [Fact]
    public async Task A_dissatisfied_callback_with_a_reopen_returns_to_the_queue_saying_so_and_the_ticket_is_back_at_its_unit()
    {
        var number = await app.ResolvedTicketAsync();
        using var client = await SignedInAsync();
        var form = await client.GetDocumentAsync($"/FollowUp/Callback?number={number}");
        form.QuerySelector("[data-testid=reopen-to]")!.TextContent.ShouldContain("市热力有限公司");

        var response = await client.SubmitAsync(form, "#callback-form", Dissatisfied(reopen: true, reason: "市民称暖气仍不热，请重新上门。"));

        response.RedirectPath().ShouldBe("/FollowUp");
        var queue = await client.GetDocumentAsync("/FollowUp");
        queue.QuerySelector("[data-testid=done]")!.TextContent.ShouldBe($"{number}：已重办，第 2 轮已派回承办单位并通知。");
        (await app.CallbackStateAsync(number)).Status.ShouldBe(TicketStatus.Dispatched);
        var ticket = await client.GetDocumentAsync($"/Tickets/{number}");
        ticket.QuerySelector("[data-testid=reopen-count]")!.TextContent.ShouldBe("1");
        ticket.QuerySelectorAll("[data-testid=attempt]").ShouldHaveSingleItem().TextContent.ShouldContain("不满意");
    }

    private async Task<HtmlClient> SignedInAsync(string user = "agent")
    {
        var client = new HtmlClient(app);
        await client.LoginAsync(user);
        return client;
    }

    private static async Task<IHtmlDocument> PostAsync(HtmlClient client, string number, Dictionary<string, string> values)
    {
        var response = await client.SubmitAsync(await client.GetDocumentAsync($"/FollowUp/Callback?number={number}"), "#callback-form", values);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, "a refused form is redisplayed");
        return await HtmlClient.ParseAsync(response);
    }

    private static string Message(IHtmlDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']").ShouldNotBeNull(field).TextContent;

    private static Dictionary<string, string> Dissatisfied(bool reopen, string? reason)
    {
        var values = new Dictionary<string, string>
        {
            ["Input.Reached"] = "true",
            ["Input.Satisfaction"] = "Dissatisfied",
            ["Input.Solved"] = "false",
            ["Input.CitizenWords"] = "暖气还是不热。",
        };
        if (reopen)
        {
            values["Input.Reopen"] = "true";
            values["Input.ReopenReason"] = reason ?? string.Empty;
        }

        return values;
    }
}
