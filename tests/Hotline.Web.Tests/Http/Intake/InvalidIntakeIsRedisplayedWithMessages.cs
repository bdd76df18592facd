using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Http.Intake;

/// <summary>Bad input comes back as the same form, the agent's typing kept, a message next to each bad field, nothing saved.</summary>
public sealed class InvalidIntakeIsRedisplayedWithMessages(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task A_bad_phone_no_category_and_too_short_content_are_each_explained_in_Chinese()
    {
        using var client = await SignedInAgentAsync();
        var intake = await client.OpenIntakeAsync();
        var submission = intake.QuerySelector<IHtmlInputElement>("#intake-form input[name='Input.SubmissionId']")!.Value;
        var before = await app.CountTicketsAndCallsAsync();

        var response = await client.SubmitAsync(intake, IntakeForm.Selector, new Dictionary<string, string>
        {
            ["Input.CallerPhone"] = "12345",
            ["Input.CallerName"] = "刘女士",
            ["Input.RequestType"] = "Complaint",
            ["Input.Urgency"] = "Urgent",
            ["Input.Address"] = "芝罘区南大街88号",
            ["Input.Content"] = "暖气不热",
        }, IntakeForm.Register);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        page.QuerySelector(IntakeForm.Selector).ShouldNotBeNull();
        Message(page, "Input.CallerPhone").ShouldBe("请输入有效的手机号（11位）或座机号（可带区号，如 0535-6681234）。");
        Message(page, "Input.CategoryId").ShouldBe("请选择事项分类（二级分类）。");
        Message(page, "Input.Content").ShouldBe("诉求内容过短（至少 10 字），请记录清楚时间、地点和诉求。");
        Message(page, "Input.Address").ShouldBeEmpty();
        Message(page, "Input.RequestType").ShouldBeEmpty();

        Value(page, "Input.CallerPhone").ShouldBe("12345");
        Value(page, "Input.CallerName").ShouldBe("刘女士");
        Value(page, "Input.Address").ShouldBe("芝罘区南大街88号");
        page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Content']")!.Value.ShouldBe("暖气不热");
        page.QuerySelector<IHtmlSelectElement>("select[name='Input.RequestType']")!.Value.ShouldBe("Complaint");
        page.QuerySelector<IHtmlInputElement>("input[name='Input.Urgency'][value='Urgent']")!.IsChecked.ShouldBeTrue();
        // The same submission id, so the corrected form still counts as the one call.
        Value(page, "Input.SubmissionId").ShouldBe(submission);
        page.QuerySelector("[data-testid=done-banner]").ShouldBeNull();

        (await app.CountTicketsAndCallsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_empty_form_says_what_is_missing()
    {
        using var client = await SignedInAgentAsync();
        var intake = await client.OpenIntakeAsync();
        var before = await app.CountTicketsAndCallsAsync();

        var response = await client.SubmitAsync(intake, IntakeForm.Selector, new Dictionary<string, string>(), IntakeForm.Register);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        Message(page, "Input.CallerPhone").ShouldNotBeEmpty();
        Message(page, "Input.RequestType").ShouldBe("请选择诉求类型。");
        Message(page, "Input.CategoryId").ShouldBe("请选择事项分类（二级分类）。");
        Message(page, "Input.Content").ShouldBe("请填写诉求内容。");
        (await app.CountTicketsAndCallsAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("utilities")]
    [InlineData("999999")]
    public async Task A_category_that_is_not_a_leaf_or_does_not_exist_is_refused_next_to_the_field(string category)
    {
        var categoryId = category == "utilities" ? await app.CategoryIdAsync(category) : int.Parse(category, System.Globalization.CultureInfo.InvariantCulture);
        using var client = await SignedInAgentAsync();
        var intake = await client.OpenIntakeAsync();
        var before = await app.CountTicketsAndCallsAsync();

        var response = await client.SubmitAsync(intake, IntakeForm.Selector, IntakeForm.HeatingRequest(categoryId), IntakeForm.Register);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Message(await HtmlClient.ParseAsync(response), "Input.CategoryId").ShouldBe("请选择事项分类（二级分类）。");
        (await app.CountTicketsAndCallsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_value_that_does_not_even_parse_gets_a_translated_message()
    {
        using var client = await SignedInAgentAsync();
        var intake = await client.OpenIntakeAsync();
        var form = IntakeForm.HeatingRequest(await app.CategoryIdAsync("utilities-heating"));
        form["Input.CategoryId"] = "heating";
        form["Input.StartedAt"] = "yesterday";
        var before = await app.CountTicketsAndCallsAsync();

        var response = await client.SubmitAsync(intake, IntakeForm.Selector, form, IntakeForm.Register);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        Message(page, "Input.CategoryId").ShouldBe("填写的值无效。");
        Message(page, "Input.StartedAt").ShouldBe("填写的值无效。");
        Value(page, "Input.CallerPhone").ShouldBe(form["Input.CallerPhone"]);
        (await app.CountTicketsAndCallsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_call_that_ends_before_it_started_is_refused()
    {
        using var client = await SignedInAgentAsync();
        var intake = await client.OpenIntakeAsync();
        var form = IntakeForm.HeatingRequest(await app.CategoryIdAsync("utilities-heating"));
        form["Input.StartedAt"] = "2026-11-23T09:58";
        form["Input.EndedAt"] = "2026-11-23T09:50";
        var before = await app.CountTicketsAndCallsAsync();

        var response = await client.SubmitAsync(intake, IntakeForm.Selector, form, IntakeForm.Register);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        Message(page, "Input.EndedAt").ShouldBe("通话结束时间不能早于开始时间。");
        Value(page, "Input.StartedAt").ShouldBe("2026-11-23T09:58");
        Value(page, "Input.EndedAt").ShouldBe("2026-11-23T09:50");
        (await app.CountTicketsAndCallsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task The_history_of_the_typed_number_stays_on_screen_when_the_form_comes_back()
    {
        using var client = await SignedInAgentAsync();
        var intake = await client.OpenIntakeAsync();

        var response = await client.SubmitAsync(intake, IntakeForm.Selector, new Dictionary<string, string>
        {
            ["Input.CallerPhone"] = "13805350001",
        }, IntakeForm.Register);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlClient.ParseAsync(response)).QuerySelectorAll("#history-panel [data-testid=history-item]").Length.ShouldBe(2);
    }

    [Fact]
    public async Task A_form_posted_without_its_submission_id_is_refused_rather_than_saved_twice_later()
    {
        using var client = await SignedInAgentAsync();
        var intake = await client.OpenIntakeAsync();
        var form = IntakeForm.HeatingRequest(await app.CategoryIdAsync("utilities-heating"));
        form["Input.SubmissionId"] = Guid.Empty.ToString();
        var before = await app.CountTicketsAndCallsAsync();

        var response = await client.SubmitAsync(intake, IntakeForm.Selector, form, IntakeForm.Register);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        page.QuerySelector(IntakeForm.Selector)!.TextContent.ShouldContain("表单已失效，请刷新页面后重新填写。");
        (await app.CountTicketsAndCallsAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("Input.Channel", "Fax")]
    [InlineData("Input.Urgency", "Panic")]
    [InlineData("Input.RequestType", "Gossip")]
    [InlineData("Input.AreaUnitId", "999999")]
    public async Task A_refused_value_is_explained_next_to_its_own_field(string field, string value)
    {
        using var client = await SignedInAgentAsync();
        var intake = await client.OpenIntakeAsync();
        var form = IntakeForm.HeatingRequest(await app.CategoryIdAsync("utilities-heating"));
        form[field] = value;
        var before = await app.CountTicketsAndCallsAsync();

        var response = await client.SubmitAsync(intake, IntakeForm.Selector, form, IntakeForm.Register);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Message(await HtmlClient.ParseAsync(response), field).ShouldNotBeEmpty();
        (await app.CountTicketsAndCallsAsync()).ShouldBe(before);
    }

    private async Task<HtmlClient> SignedInAgentAsync()
    {
        var client = new HtmlClient(app);
        await client.LoginAsync("agent");
        return client;
    }

    internal static string Message(IHtmlDocument page, string field) =>
        page.QuerySelector($"span[data-valmsg-for='{field}']").ShouldNotBeNull(field).TextContent.Trim();

    private static string Value(IHtmlDocument page, string field) =>
        page.QuerySelector<IHtmlInputElement>($"#intake-form input[name='{field}']").ShouldNotBeNull(field).Value;
}
