using System.Net;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Open311;

/// <summary>/status: no sign-in; the number and the phone's last four digits show the status, the unit and the published reply.</summary>
public sealed class StatusPageTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task A_citizen_sees_status_unit_and_reply_without_signing_in_and_nothing_more()
    {
        using var api = await new Open311Api(app).WithKeyAsync();
        var number = await api.SubmitAsync();
        using var citizen = new HtmlClient(app);

        var waiting = await LookUpAsync(citizen, number, Open311Api.Phone[^4..]);
        waiting.QuerySelector("[data-testid=status-state]")!.TextContent.ShouldBe("已受理，等待派单");
        waiting.QuerySelector("[data-testid=status-unit]")!.TextContent.ShouldBe("尚未派单");

        await app.DispatchAsync(number);
        await app.ResolveAsync(number);
        var resolved = await LookUpAsync(citizen, number, Open311Api.Phone[^4..]);
        resolved.QuerySelector("[data-testid=status-unit]")!.TextContent.ShouldBe("市热力有限公司");
        resolved.QuerySelector("[data-testid=status-reply]")!.TextContent.ShouldContain("办结并回访后公布");

        await app.CallBackSatisfiedAsync(number);
        var closed = await LookUpAsync(citizen, number, Open311Api.Phone[^4..]);
        closed.QuerySelector("[data-testid=status-state]")!.TextContent.ShouldBe("已办结");
        closed.QuerySelector("[data-testid=status-reply]")!.TextContent.ShouldBe(Open311Steps.Result);
        var text = closed.QuerySelector("[data-testid=status-result]")!.TextContent;
        text.ShouldNotContain(Open311Api.Phone);
        text.ShouldNotContain(Open311Api.Content);
        text.ShouldNotContain("张三");
    }

    [Fact]
    public async Task Wrong_digits_and_an_unknown_number_get_the_same_answer()
    {
        using var api = await new Open311Api(app).WithKeyAsync();
        var number = await api.SubmitAsync();
        using var citizen = new HtmlClient(app);

        var wrongDigits = await LookUpAsync(citizen, number, "0000");
        var unknown = await LookUpAsync(citizen, "20261123-99999", Open311Api.Phone[^4..]);

        wrongDigits.QuerySelector("[data-testid=status-result]").ShouldBeNull();
        wrongDigits.QuerySelector("[data-testid=status-not-found]")!.TextContent
            .ShouldBe(unknown.QuerySelector("[data-testid=status-not-found]")!.TextContent);
    }

    [Fact]
    public async Task Malformed_input_gets_messages_next_to_the_fields()
    {
        using var citizen = new HtmlClient(app);

        var page = await LookUpAsync(citizen, "42", "12a4");

        page.QuerySelector("[data-testid=error-number]")!.TextContent.ShouldContain("20261123-00042");
        page.QuerySelector("[data-testid=error-digits]")!.TextContent.ShouldContain("后四位");
    }

    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> LookUpAsync(HtmlClient citizen, string number, string digits, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var form = await citizen.GetDocumentAsync("/status");
        var response = await citizen.SubmitAsync(form, "[data-testid=status-form]",
            new Dictionary<string, string> { ["Input.Number"] = number, ["Input.PhoneLastFour"] = digits });
        response.StatusCode.ShouldBe(expected);
        return await HtmlClient.ParseAsync(response);
    }
}
