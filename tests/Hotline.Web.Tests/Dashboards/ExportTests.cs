using System.Net;
using System.Text;
using ClosedXML.Excel;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Dashboards;

/// <summary>The ranking and the ticket list as files: Chinese headers, numbers as numbers, CSV readable by Excel.</summary>
public sealed class ExportTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private async Task<HttpResponseMessage> DownloadAsync(string url)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    [Fact]
    public async Task The_ranking_workbook_has_chinese_headers_and_numeric_cells()
    {
        var response = await DownloadAsync("/Dashboards/Ranking?handler=Excel&Kind=Month&Date=2026-11-23");

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("单位排名-2026-11.xlsx");
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        // Headed as the page is: the period, when it was measured (live: November is not published), units rated, weights.
        sheet.Cell(1, 1).GetString().ShouldBe("统计排名 2026-11");
        sheet.Cell(2, 1).GetString().ShouldStartWith("统计时间 ");
        sheet.Cell(3, 1).GetString().ShouldMatch(@"^参评单位 \d+ 个，共 66 个单位。$");
        sheet.Cell(4, 1).GetString().ShouldBe("当前权重: 及时签收率 15 · 首次响应率 15 · 按期办结率 30 · 回访满意率 20 · 问题解决率 20");
        sheet.Cell(5, 1).IsEmpty().ShouldBeTrue();
        var h = 6;
        sheet.Cell(h, 1).GetString().ShouldBe("排名");
        sheet.Cell(h, 2).GetString().ShouldBe("单位");
        sheet.Cell(h, 3).GetString().ShouldBe("效能指数");
        sheet.Cell(h, 5).GetString().ShouldBe("及时签收率");
        // The best unit: rank 1 and its index as numbers.
        sheet.Cell(h + 1, 1).DataType.ShouldBe(XLDataType.Number);
        sheet.Cell(h + 1, 1).GetDouble().ShouldBe(1);
        sheet.Cell(h + 1, 3).DataType.ShouldBe(XLDataType.Number);
        sheet.Cell(h + 1, 3).GetDouble().ShouldBeInRange(0, 100);
        // A sign-for rate is a fraction shown as a percentage; one with nothing measured is an empty cell, not 0.
        var rated = sheet.Column(5).CellsUsed().Where(c => c.Address.RowNumber > h).First(c => !c.IsEmpty());
        rated.DataType.ShouldBe(XLDataType.Number);
        rated.Style.NumberFormat.Format.ShouldBe("0.00%");
        rated.GetDouble().ShouldBeInRange(0, 1);
        sheet.Cell(rated.Address.RowNumber, 7).DataType.ShouldBe(XLDataType.Number);
        sheet.LastRowUsed()!.RowNumber().ShouldBe(h + 66);
        // The replies sent back by review, a count like returns and extensions (ADR 0028), then the unit's objections and
        // delegations as the page shows them (ADR 0031), counts too.
        var tail = sheet.Row(h).CellsUsed().Where(c => !c.IsEmpty()).TakeLast(5).ToList();
        tail.Select(c => c.GetString()).ShouldBe(["审核退回", "异议成立", "异议驳回", "下派", "受下派"]);
        tail.ShouldAllBe(c => sheet.Cell(h + 1, c.Address.ColumnNumber).DataType == XLDataType.Number);
    }

    [Fact]
    public async Task The_ranking_csv_starts_with_a_byte_order_mark_and_chinese_headers()
    {
        var response = await DownloadAsync("/Dashboards/Ranking?handler=Csv&Kind=Week&Date=2026-11-18");

        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("单位排名-2026-W47.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(Bom);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n");
        lines[0].ShouldBe("统计排名 2026-W47");
        lines[1].ShouldStartWith("统计时间 ");
        lines[3].ShouldStartWith("当前权重: 及时签收率 15 · ");
        lines[4].ShouldBeEmpty();
        lines[5].ShouldStartWith("排名,单位,效能指数,红牌,及时签收率 (%),");
        lines.Skip(6).Count(l => l.Length > 0).ShouldBe(66);
    }

    [Fact]
    public async Task The_ticket_list_exports_as_filtered_with_dates_as_dates_and_numbers_as_text()
    {
        var response = await DownloadAsync("/Tickets?handler=Excel&Filter.Status=Closed");

        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("工单-2026-11-23.xlsx");
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        sheet.Cell(1, 1).GetString().ShouldBe("工单编号");
        sheet.Cell(1, 2).GetString().ShouldBe("登记时间");
        sheet.Cell(2, 1).DataType.ShouldBe(XLDataType.Text);
        sheet.Cell(2, 1).GetString().ShouldMatch(@"^\d{8}-\d{5}$");
        sheet.Cell(2, 2).DataType.ShouldBe(XLDataType.DateTime);
        sheet.Cell(2, 3).GetString().ShouldBe("已归档");
        // A caller's number stays text, leading digits and all.
        sheet.Cell(2, 8).DataType.ShouldBe(XLDataType.Text);
    }

    [Fact]
    public async Task The_ticket_csv_of_a_drill_down_starts_with_a_byte_order_mark()
    {
        var response = await DownloadAsync("/Tickets?handler=Csv&Measure=Registered&From=2026-11-01&To=2026-11-30");

        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(Bom);
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).ShouldStartWith("工单编号,登记时间,状态,");
    }
}
