using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Workbench;

namespace Hotline.Web.Tests.Supervision;

/// <summary>The supervisor's work list page: each section shows, the clocks are filtered and supervised tickets lead.</summary>
public sealed class WorkListPageTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task An_overdue_supervised_ticket_leads_the_clocks_and_the_unit_filter_keeps_it()
    {
        var supervised = await app.DispatchedTicketAsync("heating");
        // A competitor dispatched at the same time: by deadline alone it could come first.
        await app.DispatchedTicketAsync("heating");
        await app.SupervisedAsync(supervised, SupervisionLevel.Key);
        // Two days on, both tickets' sign-for clocks (one working day) are overdue.
        app.Clock.Advance(TimeSpan.FromDays(2));
        var heating = await Hotline.Web.Tests.Journeys.Journey.UnitAsync(app, "heating");
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");

        var all = await client.GetDocumentAsync("/Supervision");
        var filtered = await client.GetDocumentAsync($"/Supervision?Filter.UnitId={heating.Id}&Filter.Warning=Red");

        foreach (var page in new[] { all, filtered })
        {
            var rows = page.QuerySelectorAll("[data-testid=clock-row]");
            rows[0].GetAttribute("data-number").ShouldBe(supervised);
            rows[0].GetAttribute("data-warning").ShouldBe("Red");
            rows[0].QuerySelector("[data-testid=supervision-badge]")!.TextContent.ShouldBe("重点督办");
            // The demo data has overdue tickets of its own: the unsupervised one waits its turn by deadline, never first.
            rows.Skip(1).ShouldAllBe(r => r.QuerySelector("[data-testid=supervision-badge]") == null);
        }

        filtered.QuerySelectorAll("[data-testid=clock-row]").ShouldAllBe(r => r.TextContent.Contains("市热力有限公司") && r.GetAttribute("data-warning") == "Red");
        all.QuerySelector("[data-testid=section-decisions]").ShouldNotBeNull();
        all.QuerySelector("[data-testid=section-reopened]").ShouldNotBeNull();
        all.QuerySelector("[data-testid=section-dissatisfied]").ShouldNotBeNull();
        all.QuerySelector("[data-testid=clock-row] [data-testid=act]")!.GetAttribute("href").ShouldBe($"/Supervision/Ticket?number={supervised}");
    }

    [Fact]
    public async Task The_ticket_list_shows_the_supervision_badge_and_the_urge_count_columns()
    {
        var number = await app.DispatchedTicketAsync("heating");
        await app.SupervisedAsync(number, SupervisionLevel.Normal);
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");

        var list = await client.GetDocumentAsync($"/Tickets?Filter.Number={number}");

        var row = list.QuerySelector("[data-testid=ticket-row]")!;
        row.QuerySelector("[data-testid=supervision-badge]")!.TextContent.ShouldBe("一般督办");
        list.QuerySelectorAll("th").Select(th => th.TextContent.Trim()).ShouldContain("督办");
        list.QuerySelectorAll("th").Select(th => th.TextContent.Trim()).ShouldContain("催办");
    }
}
