using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Supervision;

namespace Hotline.Web.Tests.Dispatch;

/// <summary>
/// A ticket a supervisor flagged (督办) while it waits for dispatch shows the same level badge as on the workbench, with
/// the supervisor's note, and is listed before every unsupervised ticket (key before normal).
/// </summary>
public sealed class DispatchQueueSupervisionPageTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task Supervised_tickets_show_their_level_and_note_above_every_unsupervised_ticket()
    {
        var normal = await app.WaitingTicketAsync();
        var key = await app.WaitingTicketAsync();
        await app.SupervisedAsync(normal, SupervisionLevel.Normal, "请优先派单，市民已多次来电。");
        await app.SupervisedAsync(key, SupervisionLevel.Key);
        using var client = new HtmlClient(app);
        await client.LoginAsync("dispatcher");

        var page = await client.GetDocumentAsync("/Dispatch");

        var rows = page.QuerySelectorAll("[data-testid=queue-row]");
        var numbers = rows.Select(r => r.GetAttribute("data-number")).ToList();
        numbers.ShouldContain(normal);
        numbers.IndexOf(key).ShouldBeLessThan(numbers.IndexOf(normal));
        rows.Select(Level).ShouldBe(rows.Select(Level).OrderDescending());
        var keyRow = rows.Single(r => r.GetAttribute("data-number") == key);
        keyRow.ClassList.ShouldContain("supervised-Key");
        keyRow.QuerySelector("[data-testid=supervision-badge]")!.TextContent.ShouldBe("重点督办");
        keyRow.QuerySelector("[data-testid=supervision-note]")!.TextContent.ShouldBe(SupervisionData.Note);
        var normalRow = rows.Single(r => r.GetAttribute("data-number") == normal);
        normalRow.QuerySelector("[data-testid=supervision-badge]")!.TextContent.ShouldBe("一般督办");
        normalRow.QuerySelector("[data-testid=supervision-note]")!.TextContent.ShouldBe("请优先派单，市民已多次来电。");
        rows.Where(r => Level(r) == 0).ShouldAllBe(r => r.QuerySelector("[data-testid=supervision-badge]") == null);
    }

    [Fact]
    public async Task The_refreshed_rows_keep_the_badge_and_it_reads_in_english_too()
    {
        var number = await app.WaitingTicketAsync();
        await app.SupervisedAsync(number, SupervisionLevel.Key);
        using var client = new HtmlClient(app);
        await client.LoginAsync("dispatcher");

        var refreshed = await RowsAsync(client);
        var english = await client.GetDocumentAsync("/Dispatch?culture=en");

        Badge(refreshed, number).ShouldBe("重点督办");
        Badge(english, number).ShouldBe("Key supervision");
    }

    /// <summary>What the page's refresh fetches: its rows alone, read inside a table as the page puts them there.</summary>
    private static async Task<IDocument> RowsAsync(HtmlClient client)
    {
        var response = await client.GetAsync("/Dispatch?handler=Rows");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = await response.Content.ReadAsStringAsync();
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content($"<table><tbody>{rows}</tbody></table>"));
    }

    /// <summary>Key 2, normal 1, none 0: the order the queue must keep from its first row down.</summary>
    private static int Level(IElement row) =>
        Enum.TryParse<SupervisionLevel>(row.GetAttribute("data-supervision"), out var level) ? (int)level : 0;

    private static string Badge(IDocument page, string number) =>
        page.QuerySelector($"[data-testid=queue-row][data-number='{number}'] [data-testid=supervision-badge]")!.TextContent;
}
