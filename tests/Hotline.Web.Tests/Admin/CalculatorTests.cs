using System.Net;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Admin;

public sealed class CalculatorTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Theory]
    // The example: Saturday 02-14 is a make-up working day, 02-15..23 the Spring Festival break.
    [InlineData("2026-02-13T16:00", "3", "WorkingDays", "2026-02-26T00:00:00+08:00")]
    // National Day: 10-01..07 off, so the two working days are 10-08 and 10-09.
    [InlineData("2026-09-30T10:00", "2", "WorkingDays", "2026-10-10T00:00:00+08:00")]
    // …and the third is Saturday 10-10, a make-up working day.
    [InlineData("2026-09-30T10:00", "3", "WorkingDays", "2026-10-11T00:00:00+08:00")]
    // 16:00–17:30 on Friday, then 08:30–10:00 on the make-up Saturday.
    [InlineData("2026-02-13T16:00", "3", "WorkingHours", "2026-02-14T10:00:00+08:00")]
    // 17:00–17:30 on 09-30, then 1.5 h after the break.
    [InlineData("2026-09-30T17:00", "2", "WorkingHours", "2026-10-08T10:00:00+08:00")]
    // Started at night: the clock waits for the next opening.
    [InlineData("2026-11-23T20:00", "1", "WorkingHours", "2026-11-24T09:30:00+08:00")]
    [InlineData("2026-02-13T16:00", "90", "Minutes", "2026-02-13T17:30:00+08:00")]
    [InlineData("2026-02-13T23:00", "4", "Hours", "2026-02-14T03:00:00+08:00")]
    public async Task The_calculator_shows_the_due_time_as_local_ISO_8601(string start, string amount, string unit, string expected)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("admin");

        var page = await client.GetDocumentAsync($"/Admin/Calendar/Calculator?start={start}&amount={amount}&unit={unit}");

        page.QuerySelector("#due-at")!.TextContent.ShouldBe(expected);
        page.QuerySelector("[data-testid=due-friendly]")!.TextContent.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_working_days_answer_says_in_words_which_day_it_ends()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("admin");

        var page = await client.GetDocumentAsync("/Admin/Calendar/Calculator?start=2026-02-13T16:00&amount=3&unit=WorkingDays");

        var friendly = page.QuerySelector("[data-testid=due-friendly]")!.TextContent;
        friendly.ShouldContain("3 个工作日");
        friendly.ShouldContain("2026-02-25");
    }

    [Theory]
    [InlineData("amount=3&unit=WorkingDays", "请填写开始时间")]
    [InlineData("start=yesterday&amount=3&unit=WorkingDays", "开始时间格式应为")]
    [InlineData("start=2026-02-30T16:00&amount=3&unit=WorkingDays", "开始时间格式应为")]
    [InlineData("start=2026-02-13T16:00&amount=-1&unit=WorkingDays", "时长应为 0 到 999 之间的整数")]
    [InlineData("start=2026-02-13T16:00&amount=three&unit=WorkingDays", "时长应为 0 到 999 之间的整数")]
    [InlineData("start=2026-02-13T16:00&unit=WorkingDays", "请填写时长")]
    [InlineData("start=2026-02-13T16:00&amount=3&unit=Fortnights", "单位应为 Minutes、Hours、WorkingHours 或 WorkingDays")]
    [InlineData("start=2026-02-13T16:00&amount=3&unit=2", "单位应为 Minutes、Hours、WorkingHours 或 WorkingDays")]
    [InlineData("start=2026-02-13T16:00&amount=3", "请选择单位")]
    public async Task Bad_input_answers_400_with_the_page_and_a_clear_message(string query, string message)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("admin");

        var response = await client.GetAsync($"/Admin/Calendar/Calculator?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await HtmlClient.ParseAsync(response);
        page.QuerySelector("[data-testid=calculator-error]")!.TextContent.ShouldContain(message);
        page.QuerySelector("#due-at").ShouldBeNull();
        page.QuerySelector("#calculator-form").ShouldNotBeNull();
    }

    [Fact]
    public async Task Bad_input_is_explained_in_English_too()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("admin");

        var response = await client.GetAsync("/Admin/Calendar/Calculator?start=2026-02-13T16:00&amount=-5&unit=WorkingDays&culture=en");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await HtmlClient.ParseAsync(response)).QuerySelector("[data-testid=calculator-error]")!.TextContent
            .ShouldContain("The amount must be a whole number from 0 to 999.");
    }

    [Fact]
    public async Task Without_a_question_the_calculator_shows_its_form()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("admin");

        var page = await client.GetDocumentAsync("/Admin/Calendar/Calculator");

        page.QuerySelector("#calculator-form").ShouldNotBeNull();
        page.QuerySelector("#due-at").ShouldBeNull();
        page.QuerySelector("[data-testid=calculator-error]").ShouldBeNull();
    }

    [Fact]
    public async Task The_calendar_page_s_calculator_form_asks_the_calculator()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("admin");
        var calendar = await client.GetDocumentAsync("/Admin/Calendar");

        var form = calendar.QuerySelector("#calculator-form")!;

        form.GetAttribute("method").ShouldBe("get");
        form.GetAttribute("action").ShouldBe("/Admin/Calendar/Calculator");
        form.QuerySelector("[name=start]").ShouldNotBeNull();
        form.QuerySelector("[name=amount]").ShouldNotBeNull();
        form.QuerySelectorAll("[name=unit] option").Select(o => o.GetAttribute("value"))
            .ShouldBe(["Minutes", "Hours", "WorkingHours", "WorkingDays"]);
    }
}
