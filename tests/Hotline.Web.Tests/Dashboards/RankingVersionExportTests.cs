using System.Net;
using System.Text;
using ClosedXML.Excel;
using Hotline.Services.Rankings;
using Hotline.Testing;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Dashboards;

/// <summary>
/// A published month's export (ADR 0031) is headed like the page: the version, when and by whom it was published, its
/// definitions and the weights frozen with it; the rows are the version's.
/// </summary>
public sealed class RankingVersionExportTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private async Task PublishNovemberAsync()
    {
        if (app.Clock.GetUtcNow() < new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero))
        {
            app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
        }

        var supervisor = await app.AppServices.ViewerAsync("supervisor");
        await using var scope = app.AppServices.CreateAsyncScope();
        var versions = scope.ServiceProvider.GetRequiredService<RankingVersionService>();
        if ((await versions.VersionsAsync(new DateOnly(2026, 11, 1))).Count == 0)
        {
            var result = await versions.PublishAsync(new PublishInput { Month = new DateOnly(2026, 11, 1), SeenVersion = 0 }, supervisor.Actor);
            result.Errors.ShouldBeEmpty();
        }
    }

    private async Task<(HtmlClient Client, HttpResponseMessage Response)> DownloadAsync(string url)
    {
        var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        await response.Content.LoadIntoBufferAsync();
        return (client, response);
    }

    private static readonly string[] HandOffCells = ["objections-upheld", "objections-rejected", "delegated-out", "delegated-in"];

    [Fact]
    public async Task A_published_version_s_workbook_is_headed_by_the_version_as_the_page_shows_it()
    {
        await PublishNovemberAsync();

        var (client, response) = await DownloadAsync("/Dashboards/Ranking?handler=Excel&Kind=Month&Date=2026-11-01");
        using var _ = client;
        var page = await client.GetDocumentAsync("/Dashboards/Ranking?Kind=Month&Date=2026-11-01");

        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        sheet.Cell(1, 1).GetString().ShouldBe("统计排名 2026-11");
        var shown = page.QuerySelector("[data-testid=version-shown]")!.TextContent;
        var version = sheet.Cell(2, 1).GetString();
        version.ShouldStartWith("第1版：");
        version.ShouldEndWith("（已冻结）");
        // The same publication time and publisher as the page's line.
        var (publishedAt, publishedBy) = (version["第1版：".Length..version.IndexOf(" 由 ", StringComparison.Ordinal)],
            version[(version.IndexOf(" 由 ", StringComparison.Ordinal) + 3)..version.IndexOf(" 发布", StringComparison.Ordinal)]);
        shown.ShouldContain(publishedAt);
        shown.ShouldContain(publishedBy);
        sheet.Cell(3, 1).GetString().ShouldBe($"口径: {RankingDefinitions.Current}");
        sheet.Cell(5, 1).GetString().ShouldStartWith("本版权重: 及时签收率 15 · ");
        page.QuerySelector("[data-testid=weights]")!.TextContent.ShouldContain("本版权重");
        sheet.Cell(7, 1).GetString().ShouldBe("排名");
        sheet.LastRowUsed()!.RowNumber().ShouldBe(7 + page.QuerySelectorAll("[data-testid=ranking-row]").Length);
        // Each unit's objections and delegations, frozen with the version, as the page shows them.
        var first = sheet.Row(7).CellsUsed().Single(c => c.GetString() == "异议成立").Address.ColumnNumber;
        var rows = page.QuerySelectorAll("[data-testid=ranking-row]");
        for (var i = 0; i < rows.Length; i++)
        {
            var shownCounts = HandOffCells
                .Select(id => rows[i].QuerySelector($"[data-testid={id}]")!.TextContent.Trim());
            Enumerable.Range(first, 4).Select(c => sheet.Cell(8 + i, c).GetString()).ShouldBe(shownCounts);
        }
    }

    [Fact]
    public async Task The_live_computation_of_a_published_month_exports_as_live()
    {
        await PublishNovemberAsync();

        var (client, response) = await DownloadAsync("/Dashboards/Ranking?handler=Csv&Kind=Month&Date=2026-11-01&Version=0");
        using var _ = client;

        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
        lines[0].ShouldBe("统计排名 2026-11");
        lines[1].ShouldStartWith("统计时间 ");
        lines[3].ShouldStartWith("当前权重: ");
    }
}
