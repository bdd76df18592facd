using System.Net;
using AngleSharp.Html.Dom;
using Hotline.Domain.Tickets;
using Hotline.Services.Data;
using Hotline.Services.Deadlines;
using Hotline.Services.Intake;
using Hotline.Testing;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Dispatch;

public sealed class DispatchPageTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Theory]
    [InlineData("dispatcher", HttpStatusCode.OK)]
    [InlineData("agent", HttpStatusCode.OK)]
    [InlineData("supervisor", HttpStatusCode.OK)]
    [InlineData("liaison-heating", HttpStatusCode.Redirect)]
    [InlineData("admin", HttpStatusCode.Redirect)]
    public async Task Only_dispatchers_agents_and_supervisors_open_the_dispatch_queue(string user, HttpStatusCode expected)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        var response = await client.GetAsync("/Dispatch");

        response.StatusCode.ShouldBe(expected);
        if (expected == HttpStatusCode.Redirect)
        {
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        }
    }

    [Fact]
    public async Task A_liaison_cannot_dispatch_by_posting_the_form()
    {
        var number = await PendingTicketAsync();
        using var dispatcher = new HtmlClient(app);
        await dispatcher.LoginAsync("dispatcher");
        var page = await dispatcher.GetDocumentAsync($"/Dispatch/{number}");
        using var liaison = new HtmlClient(app);
        await liaison.LoginAsync("liaison-heating");
        var token = (await liaison.GetDocumentAsync("/Tickets")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await liaison.Http.PostAsync($"/Dispatch/{number}?handler=Dispatch", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.LeadUnitId"] = page.QuerySelector("#Input_LeadUnitId option[selected]")!.GetAttribute("value")!,
            ["Input.Version"] = page.QuerySelector("#Input_Version")!.GetAttribute("value")!,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await StatusAsync(number)).ShouldBe(TicketStatus.PendingDispatch);
    }

    [Fact]
    public async Task Dispatching_to_the_suggested_unit_stores_the_policy_s_deadlines_and_shows_them()
    {
        var number = await PendingTicketAsync();
        using var client = new HtmlClient(app);
        await client.LoginAsync("dispatcher");
        var page = await client.GetDocumentAsync($"/Dispatch/{number}");
        var suggested = page.QuerySelector("#Input_LeadUnitId option[selected]")!.GetAttribute("value")!;

        var response = await client.SubmitAsync(page, "#dispatch-form", new Dictionary<string, string> { ["Input.Instruction"] = "请尽快核实处理" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/Tickets/{number}");
        await using var scope = app.AppServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var ticket = await db.Tickets.Include(t => t.Assignments).SingleAsync(t => t.Number == number);
        ticket.Status.ShouldBe(TicketStatus.Dispatched);
        var lead = ticket.Assignments.Single();
        lead.UnitId.ShouldBe(int.Parse(suggested, System.Globalization.CultureInfo.InvariantCulture));
        lead.Instruction.ShouldBe("请尽快核实处理");
        var expected = await scope.ServiceProvider.GetRequiredService<DeadlineService>()
            .AssignmentDeadlinesAsync(ticket.RequestType, ticket.Urgency, app.Clock.GetUtcNow());
        lead.SignForDueAt.ShouldBe(expected.SignForDueAt);
        lead.FirstContactDueAt.ShouldBe(expected.FirstContactDueAt);
        lead.ResolveDueAt.ShouldBe(expected.ResolveDueAt);
        var detail = await client.GetDocumentAsync($"/Tickets/{number}");
        detail.QuerySelector("[data-testid=sign-for-clock]")!.TextContent.ShouldContain(Local(expected.SignForDueAt));
    }

    [Fact]
    public async Task A_dispatch_form_older_than_the_ticket_changes_nothing_and_shows_the_typed_instruction_to_copy()
    {
        var number = await PendingTicketAsync();
        using var first = new HtmlClient(app);
        await first.LoginAsync("dispatcher");
        var stale = await first.GetDocumentAsync($"/Dispatch/{number}");
        using var second = new HtmlClient(app);
        await second.LoginAsync("supervisor");
        var fresh = await second.GetDocumentAsync($"/Dispatch/{number}");
        (await second.SubmitAsync(fresh, "#dispatch-form", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await first.SubmitAsync(stale, "#dispatch-form", new Dictionary<string, string> { ["Input.Instruction"] = "请联系市民后上门查看。" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("已被他人修改");
        page.QuerySelector("#dispatch-form").ShouldBeNull("the ticket left the queue");
        page.QuerySelector("[data-testid=unsaved-text]")!.TextContent.ShouldBe("请联系市民后上门查看。");
        await using var scope = app.AppServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        (await db.Tickets.Where(t => t.Number == number).SelectMany(t => t.Assignments).CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task A_merge_refused_by_a_conflict_keeps_what_was_typed_and_goes_through_when_sent_again()
    {
        var master = await PendingTicketAsync();
        var number = await PendingTicketAsync();
        using var first = new HtmlClient(app);
        await first.LoginAsync("dispatcher");
        var stale = await first.GetDocumentAsync($"/Dispatch/{number}");
        using var second = new HtmlClient(app);
        await second.LoginAsync("supervisor");
        (await second.SubmitAsync(await second.GetDocumentAsync($"/Dispatch/{number}"), "#dispatch-form", new Dictionary<string, string>()))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await first.SubmitAsync(stale, "#merge-form", new Dictionary<string, string>
        {
            ["Merge.MasterNumber"] = master,
            ["Merge.Note"] = "与主单为同一漏水问题",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("您填写的内容已保留");
        ((IHtmlInputElement)page.QuerySelector("#Merge_MasterNumber")!).Value.ShouldBe(master);
        ((IHtmlInputElement)page.QuerySelector("#Merge_Note")!).Value.ShouldBe("与主单为同一漏水问题");
        (await StatusAsync(number)).ShouldBe(TicketStatus.Dispatched);

        var again = await first.SubmitAsync(page, "#merge-form", new Dictionary<string, string>());

        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StatusAsync(number)).ShouldBe(TicketStatus.Merged);
    }

    [Fact]
    public async Task A_duplicate_merged_from_the_dispatch_page_closes_and_the_master_lists_it()
    {
        var master = await PendingTicketAsync();
        var duplicate = await PendingTicketAsync();
        using var client = new HtmlClient(app);
        await client.LoginAsync("dispatcher");
        var page = await client.GetDocumentAsync($"/Dispatch/{duplicate}");

        var response = await client.SubmitAsync(page, "#merge-form", new Dictionary<string, string>
        {
            ["Merge.MasterNumber"] = master,
            ["Merge.Note"] = "同一问题重复来电",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StatusAsync(duplicate)).ShouldBe(TicketStatus.Merged);
        var masterPage = await client.GetDocumentAsync($"/Tickets/{master}");
        masterPage.QuerySelector("[data-testid=duplicates]")!.TextContent.ShouldContain(duplicate);
    }

    [Fact]
    public async Task Merging_into_an_unknown_ticket_is_refused_next_to_the_field()
    {
        var number = await PendingTicketAsync();
        using var client = new HtmlClient(app);
        await client.LoginAsync("dispatcher");
        var page = await client.GetDocumentAsync($"/Dispatch/{number}");

        var response = await client.SubmitAsync(page, "#merge-form", new Dictionary<string, string> { ["Merge.MasterNumber"] = "20991231-99999" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var redisplayed = await HtmlClient.ParseAsync(response);
        redisplayed.QuerySelector("[data-valmsg-for='Merge.MasterNumber']")!.TextContent.ShouldContain("主单不存在");
        (await StatusAsync(number)).ShouldBe(TicketStatus.PendingDispatch);
    }

    [Fact]
    public async Task The_queue_lists_supervised_tickets_first_then_urgent_ones_then_by_dispatch_deadline()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("dispatcher");

        var page = await client.GetDocumentAsync("/Dispatch?Filter.PageSize=100");

        var numbers = page.QuerySelectorAll("[data-testid=queue-row] td:first-child a").Select(a => a.TextContent.Trim()).ToList();
        numbers.ShouldNotBeEmpty();
        await using var scope = app.AppServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var rows = await db.Tickets.Where(t => numbers.Contains(t.Number)).Select(t => new { t.Number, t.Supervision, t.Urgency, t.DispatchDueAt }).ToListAsync();
        var shown = numbers.Select(n => rows.Single(r => r.Number == n)).ToList();
        shown.ShouldBe(shown.OrderByDescending(r => r.Supervision ?? 0).ThenByDescending(r => r.Urgency).ThenBy(r => r.DispatchDueAt).ToList());
    }

    private static string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Registers a fresh help request about a burst pipe, as an agent would, and returns its number.</summary>
    private async Task<string> PendingTicketAsync()
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var category = await db.Categories.Where(c => c.Code == "utilities-heating").Select(c => c.Id).SingleAsync();
        var agent = await app.AppServices.ViewerAsync("agent");
        var result = await scope.ServiceProvider.GetRequiredService<IntakeService>().ExecuteAsync(new IntakeInput
        {
            SubmissionId = Guid.NewGuid(),
            CallerPhone = "13905351234",
            RequestType = RequestType.HelpRequest,
            CategoryId = category,
            Address = "芝罘区南大街88号",
            Content = "市民来电反映家中暖气不热，室温只有十二度，请尽快维修。",
        }, IntakeAction.Register, agent.Actor);
        return result.Value!.TicketNumber!;
    }

    private async Task<TicketStatus> StatusAsync(string number)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HotlineDbContext>().Tickets
            .Where(t => t.Number == number).Select(t => t.Status).SingleAsync();
    }

}
