using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hotline.Web.Tests.Http.Intake;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Hardening;

/// <summary>
/// The inputs that used to reach a server error, each answered as a person would expect: the form again with a message
/// by the field and nothing saved, or the list with the value dropped and said so.
/// </summary>
public sealed class OutOfRangeValuesGetFieldMessages(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Theory]
    [InlineData("Input.IsConfidential", "yes", "填写的值无效。")]
    [InlineData("Input.StartedAt", "0001-01-01T00:00", "日期不在合理范围内，请检查年份。")]
    [InlineData("Input.StartedAt", "9999-12-31T23:59", "日期不在合理范围内，请检查年份。")]
    [InlineData("Input.EndedAt", "2026-11-23T11:30", "通话时间不能晚于现在。")]
    [InlineData("Input.Content", "暖气不热\u001b已经三天了，请尽快处理", "含有无法保存的控制字符，请删除后重试。")]
    [InlineData("Input.Address", "芝罘区\u0007南大街88号", "含有无法保存的控制字符，请删除后重试。")]
    public async Task An_intake_form_with_an_impossible_value_comes_back_with_a_message_by_the_field(string field, string value, string message)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("agent");
        var intake = await client.OpenIntakeAsync();
        var form = IntakeForm.HeatingRequest(await app.CategoryIdAsync("utilities-heating"));
        form[field] = value;
        var before = await app.CountTicketsAndCallsAsync();

        var response = await client.SubmitAsync(intake, IntakeForm.Selector, form, IntakeForm.Register);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        InvalidIntakeIsRedisplayedWithMessages.Message(page, field).ShouldBe(message);
        page.QuerySelector<IHtmlInputElement>("#intake-form input[name='Input.CallerPhone']")!.Value.ShouldBe(form["Input.CallerPhone"]);
        (await app.CountTicketsAndCallsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_form_carrying_a_nul_is_a_bad_request_that_saves_nothing()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("agent");
        var intake = await client.OpenIntakeAsync();
        var form = IntakeForm.HeatingRequest(await app.CategoryIdAsync("utilities-heating"));
        form["Input.Content"] = "暖气不热\0已经三天了，请尽快处理";
        var before = await app.CountTicketsAndCallsAsync();

        // The framework will not read such a body; no browser sends one.
        var response = await client.SubmitAsync(intake, IntakeForm.Selector, form, IntakeForm.Register);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await HtmlClient.ParseAsync(response)).QuerySelector("main h1")!.TextContent.ShouldBe("请求无效");
        (await app.CountTicketsAndCallsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_ticket_search_with_dates_out_of_range_and_a_page_beyond_any_list_shows_the_list_and_says_why()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");

        var page = await client.GetDocumentAsync("/Tickets?Filter.From=0001-01-01&Filter.To=9999-12-31&Filter.Page=2147483647&Filter.Text=%00");

        page.QuerySelector("span[data-valmsg-for='Filter.From']")!.TextContent.ShouldBe("日期不在合理范围内，请检查年份。");
        page.QuerySelector("span[data-valmsg-for='Filter.To']")!.TextContent.ShouldBe("日期不在合理范围内，请检查年份。");
        page.QuerySelector<IHtmlInputElement>("#f-from")!.Value.ShouldBeEmpty();
        page.QuerySelector("[data-testid=result-count]").ShouldNotBeNull();
    }

    [Theory]
    [InlineData("/Dashboards/Ranking?Kind=Year&Date=0001-01-01")]
    [InlineData("/Dashboards/Ranking?Kind=Week&Date=9999-12-31")]
    [InlineData("/Units/Performance?id=1&Kind=Year&Date=0001-01-01&OverduePage=2147483647")]
    public async Task A_period_out_of_range_shows_the_current_one_and_says_why(string url)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");

        var page = await client.GetDocumentAsync(url);

        page.QuerySelector("[data-testid=period-date-message]")!.TextContent.ShouldBe("日期不在合理范围内，请检查年份。");
        page.QuerySelector<IHtmlInputElement>("#period-date")!.Value.ShouldBe("2026-11-23");
    }
}
