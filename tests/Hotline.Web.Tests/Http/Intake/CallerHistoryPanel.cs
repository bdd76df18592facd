using System.Net;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Http.Intake;

/// <summary>The history panel the intake screen fetches as the agent types the caller's number.</summary>
public sealed class CallerHistoryPanel(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private const string RepeatCaller = "13805350001";

    [Fact]
    public async Task The_repeat_caller_has_exactly_two_earlier_tickets_newest_first()
    {
        var expected = await app.QueryAsync(db => db.Tickets.Where(t => t.CallerPhone == RepeatCaller)
            .OrderByDescending(t => t.RegisteredAt).Select(t => t.Number).ToListAsync());
        expected.Count.ShouldBe(2);
        using var client = await SignedInAgentAsync();

        var response = await client.GetAsync($"/Intake?handler=History&phone={RepeatCaller}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldNotContain("<html", Case.Insensitive, "a partial, not a whole page");
        var panel = await HtmlClient.ParseAsync(response);
        var items = panel.QuerySelectorAll("[data-testid=history-item]");
        items.Length.ShouldBe(2);
        items.Select(i => i.QuerySelector("a")!.TextContent).ShouldBe(expected);
        var shown = items.Select(i => i.QuerySelector("span")!.TextContent).ToList();
        shown.ShouldBe(shown.OrderByDescending(s => s, StringComparer.Ordinal).ToList());
        panel.QuerySelector("[data-testid=history-count]")!.TextContent.ShouldBe("2");
    }

    [Theory]
    [InlineData("138 0535 0001")]
    [InlineData("138-0535-0001")]
    [InlineData("+8613805350001")]
    public async Task The_number_is_found_however_it_is_typed(string typed)
    {
        using var client = await SignedInAgentAsync();

        var panel = await client.GetDocumentAsync($"/Intake?handler=History&phone={Uri.EscapeDataString(typed)}");

        panel.QuerySelectorAll("[data-testid=history-item]").Length.ShouldBe(2);
    }

    [Fact]
    public async Task A_number_without_tickets_says_so()
    {
        using var client = await SignedInAgentAsync();

        var panel = await client.GetDocumentAsync("/Intake?handler=History&phone=13900000000");

        panel.QuerySelectorAll("[data-testid=history-item]").ShouldBeEmpty();
        panel.QuerySelector("[data-testid=history-empty]")!.TextContent.ShouldBe("该号码没有历史工单。");
    }

    [Fact]
    public async Task No_number_yet_prompts_for_one()
    {
        using var client = await SignedInAgentAsync();

        var panel = await client.GetDocumentAsync("/Intake?handler=History&phone=");

        panel.QuerySelector("[data-testid=history-empty]")!.TextContent.ShouldBe("输入来电号码后显示该号码的历史工单。");
    }

    [Fact]
    public async Task Open_tickets_can_be_urged_from_the_panel_and_closed_ones_cannot()
    {
        var tickets = await app.QueryAsync(db => db.Tickets.Where(t => t.CallerPhone == RepeatCaller)
            .Select(t => new { t.Number, t.Status }).ToListAsync());
        using var client = await SignedInAgentAsync();

        var panel = await client.GetDocumentAsync($"/Intake?handler=History&phone={RepeatCaller}");

        foreach (var ticket in tickets)
        {
            var open = Hotline.Domain.Tickets.TicketTransitions.IsOpen(ticket.Status);
            (panel.QuerySelector($"button[data-testid='urge-{ticket.Number}']") is not null).ShouldBe(open, ticket.Number);
        }
    }

    private async Task<HtmlClient> SignedInAgentAsync()
    {
        var client = new HtmlClient(app);
        await client.LoginAsync("agent");
        return client;
    }
}
