using System.Net;
using AngleSharp.Html.Dom;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Admin;

/// <summary>The calendar page's forms, posted as a browser would (antiforgery token included).</summary>
public sealed class CalendarFormTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task The_year_view_shows_twelve_Monday_first_months_with_the_2026_schedule()
    {
        using var client = await AdminAsync();

        var page = await client.GetDocumentAsync("/Admin/Calendar?year=2026");

        page.QuerySelectorAll("table.cal-month").Length.ShouldBe(12);
        page.QuerySelectorAll("td.cal-day").Length.ShouldBe(365);
        var weekdays = page.QuerySelectorAll("table.cal-month[data-month='1'] thead th").Select(th => th.TextContent).ToList();
        weekdays[0].ShouldEndWith("一");
        weekdays[6].ShouldEndWith("日");
        Cell(page, "2026-10-01").ClassList.ShouldContain("cal-holiday");
        Cell(page, "2026-10-10").ClassList.ShouldContain("cal-makeup");
        Cell(page, "2026-10-11").ClassList.ShouldContain("cal-weekend");
        Cell(page, "2026-11-23").ClassList.ShouldContain("cal-today");
        // 2026-01-01 is a Thursday: three blank cells before it in a Monday-first grid.
        var january = page.QuerySelector("table.cal-month[data-month='1'] tbody tr")!;
        january.QuerySelectorAll("td").Take(4).Select(td => td.TextContent.Trim()).ShouldBe(["", "", "", "1"]);
    }

    [Fact]
    public async Task The_year_switcher_moves_between_years()
    {
        using var client = await AdminAsync();

        var page = await client.GetDocumentAsync("/Admin/Calendar?year=2029");

        page.QuerySelector("[data-testid=previous-year]")!.GetAttribute("href").ShouldBe("/Admin/Calendar?year=2028");
        page.QuerySelector("[data-testid=next-year]")!.GetAttribute("href").ShouldBe("/Admin/Calendar?year=2030");
        // No schedule for 2029: a plain Monday–Friday year, said so.
        page.QuerySelector("[data-testid=no-data]").ShouldNotBeNull();
        Cell(page, "2029-01-01").ClassList.ShouldContain("cal-workday");
        Cell(page, "2029-01-06").ClassList.ShouldContain("cal-weekend");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("99999")]
    public async Task A_nonsense_year_shows_this_year(string year)
    {
        using var client = await AdminAsync();

        var page = await client.GetDocumentAsync($"/Admin/Calendar?year={year}");

        page.QuerySelector("td[data-date='2026-11-23']").ShouldNotBeNull();
    }

    [Fact]
    public async Task An_administrator_marks_a_date_and_the_calculator_counts_with_it()
    {
        using var client = await AdminAsync();
        var page = await client.GetDocumentAsync("/Admin/Calendar?year=2026");

        var response = await client.SubmitAsync(page, "#mark-form", new Dictionary<string, string>
        {
            ["Mark.Date"] = "2026-10-08",
            ["Mark.Mark"] = "Holiday",
            ["Mark.Name"] = "国庆节（延长）",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await client.GetDocumentAsync(response.Headers.Location!.ToString());
        after.QuerySelector("[data-testid=status-message]")!.TextContent.ShouldContain("2026-10-08");
        Cell(after, "2026-10-08").ClassList.ShouldContain("cal-holiday");
        Cell(after, "2026-10-08").GetAttribute("title")!.ShouldContain("国庆节（延长）");
        // 10-08 is now off: the two working days after 09-30 are 10-09 and Saturday 10-10 (make-up).
        var answer = await client.GetDocumentAsync("/Admin/Calendar/Calculator?start=2026-09-30T10:00&amount=2&unit=WorkingDays");
        answer.QuerySelector("#due-at")!.TextContent.ShouldBe("2026-10-11T00:00:00+08:00");

        var unmark = await client.SubmitAsync(after, "#mark-form", new Dictionary<string, string>
        {
            ["Mark.Date"] = "2026-10-08",
            ["Mark.Mark"] = "Normal",
            ["Mark.Name"] = string.Empty,
        });

        unmark.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cleared = await client.GetDocumentAsync("/Admin/Calendar?year=2026");
        Cell(cleared, "2026-10-08").ClassList.ShouldContain("cal-workday");
    }

    [Fact]
    public async Task Clicking_a_date_fills_the_mark_form_with_its_mark()
    {
        using var client = await AdminAsync();
        var page = await client.GetDocumentAsync("/Admin/Calendar?year=2026");

        var picked = await client.GetDocumentAsync(Cell(page, "2026-02-14").QuerySelector("a")!.GetAttribute("href")!);

        ((IHtmlInputElement)picked.QuerySelector("#Mark_Date")!).Value.ShouldBe("2026-02-14");
        ((IHtmlSelectElement)picked.QuerySelector("#Mark_Mark")!).Value.ShouldBe("MakeupWorkday");
        ((IHtmlInputElement)picked.QuerySelector("#Mark_Name")!).Value.ShouldBe("春节调休上班");
    }

    [Fact]
    public async Task A_make_up_mark_on_a_weekday_is_refused_next_to_the_field_and_not_saved()
    {
        using var client = await AdminAsync();
        var page = await client.GetDocumentAsync("/Admin/Calendar?year=2026");

        var response = await client.SubmitAsync(page, "#mark-form", new Dictionary<string, string>
        {
            ["Mark.Date"] = "2026-12-02",
            ["Mark.Mark"] = "MakeupWorkday",
            ["Mark.Name"] = "调休",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var redisplayed = await HtmlClient.ParseAsync(response);
        redisplayed.QuerySelector("[data-valmsg-for='Mark.Mark']")!.TextContent.ShouldContain("调休上班只能标在周六或周日");
        ((IHtmlInputElement)redisplayed.QuerySelector("#Mark_Date")!).Value.ShouldBe("2026-12-02");
        Cell(redisplayed, "2026-12-02").ClassList.ShouldContain("cal-workday");
    }

    [Fact]
    public async Task An_unreadable_date_is_refused_next_to_the_field()
    {
        using var client = await AdminAsync();
        var page = await client.GetDocumentAsync("/Admin/Calendar?year=2026");

        var response = await client.SubmitAsync(page, "#mark-form", new Dictionary<string, string>
        {
            ["Mark.Date"] = "2026-13-45",
            ["Mark.Mark"] = "Holiday",
            ["Mark.Name"] = "假日",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlClient.ParseAsync(response)).QuerySelector("[data-valmsg-for='Mark.Date']")!.TextContent.ShouldContain("填写的值无效");
    }

    [Fact]
    public async Task An_administrator_imports_a_schedule_through_the_form()
    {
        using var client = await AdminAsync();
        var page = await client.GetDocumentAsync("/Admin/Calendar?year=2026");

        var response = await client.SubmitAsync(page, "#import-form", new Dictionary<string, string>
        {
            ["ImportText"] = "# 2027 example\r\n2027-01-01,holiday,元旦\r\n2027-02-06..2027-02-12,holiday,春节\r\n2027-02-13,workday,春节调休上班\r\n",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await client.GetDocumentAsync(response.Headers.Location!.ToString());
        after.QuerySelector("[data-testid=status-message]")!.TextContent.ShouldContain("9");
        Cell(after, "2027-02-08").ClassList.ShouldContain("cal-holiday");
        Cell(after, "2027-02-13").ClassList.ShouldContain("cal-makeup");
        after.QuerySelector("[data-testid=no-data]").ShouldBeNull();
    }

    [Fact]
    public async Task An_import_with_a_bad_line_lists_the_lines_keeps_the_text_and_saves_nothing()
    {
        using var client = await AdminAsync();
        var page = await client.GetDocumentAsync("/Admin/Calendar?year=2028");
        const string text = "2028-01-03,holiday,测试\n2028-02-30,holiday,春节\n2028-01-05,workday,调休";

        var response = await client.SubmitAsync(page, "#import-form", new Dictionary<string, string> { ["ImportText"] = text });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var redisplayed = await HtmlClient.ParseAsync(response);
        var errors = redisplayed.QuerySelectorAll("[data-testid=import-errors] li").Select(li => li.TextContent).ToList();
        errors.ShouldBe(["第 2 行：日期无效", "第 3 行：调休上班日必须是周六或周日"]);
        ((IHtmlTextAreaElement)redisplayed.QuerySelector("#ImportText")!).Value.ShouldBe(text);
        Cell(redisplayed, "2028-01-03").ClassList.ShouldContain("cal-workday");
        var reloaded = await client.GetDocumentAsync("/Admin/Calendar?year=2028");
        reloaded.QuerySelector("[data-testid=no-data]").ShouldNotBeNull();
    }

    [Fact]
    public async Task Office_hours_are_saved_and_bad_ones_are_refused_with_a_message()
    {
        using var client = await AdminAsync();
        var page = await client.GetDocumentAsync("/Admin/Calendar");
        ((IHtmlInputElement)page.QuerySelector("#Hours_Text")!).Value.ShouldBe("08:30-12:00,13:30-17:30");

        var bad = await client.SubmitAsync(page, "#hours-form", new Dictionary<string, string> { ["Hours.Text"] = "13:30-17:30,08:30-12:00" });

        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        var redisplayed = await HtmlClient.ParseAsync(bad);
        redisplayed.QuerySelector("[data-valmsg-for='Hours.Text']")!.TextContent.ShouldContain("时段须按先后顺序填写");
        ((IHtmlInputElement)redisplayed.QuerySelector("#Hours_Text")!).Value.ShouldBe("13:30-17:30,08:30-12:00");

        try
        {
            var good = await client.SubmitAsync(page, "#hours-form", new Dictionary<string, string> { ["Hours.Text"] = "09:00-12:00, 14:00-18:00" });
            good.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var after = await client.GetDocumentAsync(good.Headers.Location!.ToString());
            ((IHtmlInputElement)after.QuerySelector("#Hours_Text")!).Value.ShouldBe("09:00-12:00,14:00-18:00");
            // Monday 08:00 + 2 working hours now ends at 11:00, not 10:30.
            var answer = await client.GetDocumentAsync("/Admin/Calendar/Calculator?start=2026-11-23T08:00&amount=2&unit=WorkingHours");
            answer.QuerySelector("#due-at")!.TextContent.ShouldBe("2026-11-23T11:00:00+08:00");
        }
        finally
        {
            // Other tests of this class count with the default office hours.
            var reset = await client.SubmitAsync(page, "#hours-form", new Dictionary<string, string> { ["Hours.Text"] = "08:30-12:00,13:30-17:30" });
            reset.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
    }

    private static AngleSharp.Dom.IElement Cell(IHtmlDocument page, string date) =>
        page.QuerySelector($"td[data-date='{date}']") ?? throw new InvalidOperationException($"No cell for {date}");

    private async Task<HtmlClient> AdminAsync()
    {
        var client = new HtmlClient(app);
        await client.LoginAsync("admin");
        return client;
    }
}
