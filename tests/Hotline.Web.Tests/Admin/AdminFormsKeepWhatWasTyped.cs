using System.Net;
using AngleSharp.Html.Dom;
using Hotline.Testing;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Admin;

/// <summary>
/// An administration form refused because someone else saved the same record meanwhile keeps what was typed, carries
/// the version just read, and saves what was typed when sent again; a refused form (bad input) redisplays it too.
/// </summary>
public sealed class AdminFormsKeepWhatWasTyped(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task A_user_saved_by_someone_else_meanwhile_keeps_the_typed_name_and_saves_it_when_sent_again()
    {
        var id = (await app.AppServices.ViewerAsync("agent2")).Actor.UserId;
        var url = $"/Admin/Users/Edit?id={Uri.EscapeDataString(id)}";
        using var first = await AdminAsync();
        using var second = await AdminAsync();
        var stale = await second.GetDocumentAsync(url);
        (await first.SubmitAsync(await first.GetDocumentAsync(url), "[data-testid=user-form]",
            new Dictionary<string, string> { ["Input.DisplayName"] = "王一" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await second.SubmitAsync(stale, "[data-testid=user-form]", new Dictionary<string, string> { ["Input.DisplayName"] = "王二" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        page.QuerySelector("[data-testid=form-error]")!.TextContent.ShouldContain("您填写的内容已保留");
        ((IHtmlInputElement)page.QuerySelector("#Input_DisplayName")!).Value.ShouldBe("王二");
        Value(await first.GetDocumentAsync(url), "#Input_DisplayName").ShouldBe("王一");

        (await second.SubmitAsync(page, "[data-testid=user-form]", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Value(await first.GetDocumentAsync(url), "#Input_DisplayName").ShouldBe("王二");
    }

    [Fact]
    public async Task Weights_saved_by_someone_else_meanwhile_stay_as_typed_and_save_when_sent_again()
    {
        using var first = await AdminAsync();
        using var second = await AdminAsync();
        var stale = await second.GetDocumentAsync("/Admin/Kpi");
        (await first.SubmitAsync(await first.GetDocumentAsync("/Admin/Kpi"), "[data-testid=kpi-form]",
            new Dictionary<string, string> { ["Input.SignFor"] = "0.2" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await second.SubmitAsync(stale, "[data-testid=kpi-form]", new Dictionary<string, string> { ["Input.Solved"] = "0.3" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        page.QuerySelector("[data-testid=kpi-error]")!.TextContent.ShouldContain("您填写的内容已保留");
        Value(page, "#w-Solved").ShouldBe("0.3");
        Value(await first.GetDocumentAsync("/Admin/Kpi"), "#w-SignFor").ShouldBe("0.2");

        (await second.SubmitAsync(page, "[data-testid=kpi-form]", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Value(await first.GetDocumentAsync("/Admin/Kpi"), "#w-Solved").ShouldBe("0.3");
    }

    [Fact]
    public async Task An_article_saved_by_someone_else_meanwhile_keeps_the_typed_text_and_saves_it_when_sent_again()
    {
        using var first = await AdminAsync();
        using var second = await AdminAsync();
        var list = await first.GetDocumentAsync("/Admin/Knowledge");
        var url = list.QuerySelector("a[href^='/Admin/Knowledge/Edit?id=']")!.GetAttribute("href")!;
        var stale = await second.GetDocumentAsync(url);
        (await first.SubmitAsync(await first.GetDocumentAsync(url), "[data-testid=article-form]",
            new Dictionary<string, string> { ["Input.Title"] = "供暖报修须知（修订）" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await second.SubmitAsync(stale, "[data-testid=article-form]",
            new Dictionary<string, string> { ["Input.Body"] = "室温低于十八度可报修，热力公司二十四小时内上门。" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("您填写的内容已保留");
        ((IHtmlTextAreaElement)page.QuerySelector("#Input_Body")!).Value.ShouldBe("室温低于十八度可报修，热力公司二十四小时内上门。");

        (await second.SubmitAsync(page, "[data-testid=article-form]", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await first.GetDocumentAsync(url);
        ((IHtmlTextAreaElement)saved.QuerySelector("#Input_Body")!).Value.ShouldBe("室温低于十八度可报修，热力公司二十四小时内上门。");
    }

    [Fact]
    public async Task A_new_unit_refused_for_its_phone_redisplays_everything_typed()
    {
        using var admin = await AdminAsync();
        var form = await admin.GetDocumentAsync("/Admin/Units/Edit");

        var response = await admin.SubmitAsync(form, "[data-testid=unit-form]", new Dictionary<string, string>
        {
            ["Input.NameZh"] = "市园林绿化服务中心",
            ["Input.NameEn"] = "City Landscaping Service Centre",
            ["Input.Code"] = "landscaping",
            ["Input.ContactPhone"] = "12",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        page.QuerySelector("[data-testid=form-error]").ShouldNotBeNull();
        (Value(page, "#Input_NameZh"), Value(page, "#Input_NameEn"), Value(page, "#Input_Code"), Value(page, "#Input_ContactPhone"))
            .ShouldBe(("市园林绿化服务中心", "City Landscaping Service Centre", "landscaping", "12"));
    }

    [Fact]
    public async Task A_new_category_refused_for_its_missing_english_name_redisplays_everything_typed()
    {
        using var admin = await AdminAsync();
        var form = await admin.GetDocumentAsync("/Admin/Categories/Edit");

        var response = await admin.SubmitAsync(form, "[data-testid=category-form]", new Dictionary<string, string>
        {
            ["Input.NameZh"] = "古树名木保护",
            ["Input.NameEn"] = "",
            ["Input.Code"] = "old-trees",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        (Value(page, "#Input_NameZh"), Value(page, "#Input_Code")).ShouldBe(("古树名木保护", "old-trees"));
    }

    private static string Value(IHtmlDocument page, string selector) => ((IHtmlInputElement)page.QuerySelector(selector)!).Value;

    private async Task<HtmlClient> AdminAsync()
    {
        var client = new HtmlClient(app);
        await client.LoginAsync("admin");
        return client;
    }
}
