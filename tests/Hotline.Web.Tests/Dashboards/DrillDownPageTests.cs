using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Dashboards;

/// <summary>Every number on the ranking opens the ticket list holding exactly that many tickets, with the figure named.</summary>
public sealed partial class DrillDownPageTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private static int ResultCount(IHtmlDocument list) =>
        int.Parse(Digits().Match(list.QuerySelector("[data-testid=result-count]")!.TextContent).Value, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Each_count_on_the_ranking_links_to_a_list_of_that_many_tickets()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");
        var ranking = await client.GetDocumentAsync("/Dashboards/Ranking?Kind=Month&Date=2026-11-23");
        var links = ranking.QuerySelectorAll("[data-testid=ranking-row]").Take(8)
            .SelectMany(row => row.QuerySelectorAll("[data-testid=rate-counts] a, a[data-testid=returns], a[data-testid=extensions]"))
            .Cast<IHtmlAnchorElement>()
            .ToList();

        links.Count.ShouldBeGreaterThan(10);
        foreach (var link in links)
        {
            var list = await client.GetDocumentAsync(link.GetAttribute("href")!);
            ResultCount(list).ToString(CultureInfo.InvariantCulture).ShouldBe(link.TextContent.Trim(), link.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task The_list_names_the_figure_in_a_chip_that_can_be_removed()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");

        var list = await client.GetDocumentAsync("/Tickets?Measure=Registered&From=2026-11-01&To=2026-11-30");

        var chip = list.QuerySelector("[data-testid=measure-chip]").ShouldNotBeNull();
        chip.TextContent.ShouldContain("统计口径：登记工单");
        chip.TextContent.ShouldContain("2026-11-01 至 2026-11-30");
        ((IHtmlInputElement)list.QuerySelector("[data-testid=ticket-filter] input[name='Filter.Measure']")!).Value.ShouldBe("Registered");
        var removed = await client.GetDocumentAsync(((IHtmlAnchorElement)chip.QuerySelector("[data-testid=remove-measure]")!).GetAttribute("href")!);
        removed.QuerySelector("[data-testid=measure-chip]").ShouldBeNull();
        // Without the figure, the same dates filter by registration: the same tickets here.
        ResultCount(removed).ShouldBe(ResultCount(list));
    }

    [Fact]
    public async Task A_liaison_following_a_figure_link_sees_only_their_unit_s_tickets()
    {
        using var supervisor = new HtmlClient(app);
        await supervisor.LoginAsync("supervisor");
        using var liaison = new HtmlClient(app);
        await liaison.LoginAsync("liaison-heating");

        var all = await supervisor.GetDocumentAsync("/Tickets?Measure=Registered&From=2026-11-01&To=2026-11-30");
        var theirs = await liaison.GetDocumentAsync("/Tickets?Measure=Registered&From=2026-11-01&To=2026-11-30");

        ResultCount(theirs).ShouldBeLessThan(ResultCount(all));
        theirs.QuerySelector("[data-testid=measure-chip]").ShouldNotBeNull();
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
