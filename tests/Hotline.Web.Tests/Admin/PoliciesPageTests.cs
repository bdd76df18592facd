using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Admin;

public sealed class PoliciesPageTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task The_table_shows_every_policy_and_says_changes_are_not_retroactive()
    {
        using var client = await AdminAsync();

        var page = await client.GetDocumentAsync("/Admin/Policies");

        page.QuerySelectorAll("[data-testid=policy-table] tbody tr").Length.ShouldBe(7);
        page.QuerySelector("[data-testid=not-retroactive]")!.TextContent.ShouldContain("不会因修改而改变");
        var urgent = page.QuerySelector("[data-testid=policy-table] tbody tr")!;
        urgent.TextContent.ShouldContain("所有类型");
        Fields(page, urgent)["Input.Dispatch.Amount"].ShouldBe("15");
        Fields(page, urgent)["Input.Dispatch.Unit"].ShouldBe("Minutes");
        Fields(page, urgent)["Input.Resolve.Unit"].ShouldBe("WorkingDays");
    }

    [Fact]
    public async Task Saving_a_row_stores_its_limits()
    {
        using var client = await AdminAsync();
        var page = await client.GetDocumentAsync("/Admin/Policies");
        var row = RowOf(page, "建议");
        var values = Fields(page, row);
        values["Input.Resolve.Amount"] = "6";

        var response = await client.SubmitAsync(page, FormOf(row), values);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await client.GetDocumentAsync(response.Headers.Location!.ToString());
        after.QuerySelector("[data-testid=status-message]")!.TextContent.ShouldContain("建议");
        Fields(after, RowOf(after, "建议"))["Input.Resolve.Amount"].ShouldBe("6");
    }

    [Fact]
    public async Task A_save_over_someone_else_s_is_refused_and_keeps_the_typed_values_against_the_new_version()
    {
        using var first = await AdminAsync();
        using var second = await AdminAsync();
        var firstPage = await first.GetDocumentAsync("/Admin/Policies");
        var secondPage = await second.GetDocumentAsync("/Admin/Policies");

        var firstValues = Fields(firstPage, RowOf(firstPage, "投诉"));
        firstValues["Input.Resolve.Amount"] = "7";
        (await first.SubmitAsync(firstPage, FormOf(RowOf(firstPage, "投诉")), firstValues)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var secondValues = Fields(secondPage, RowOf(secondPage, "投诉"));
        secondValues["Input.Resolve.Amount"] = "4";
        var response = await second.SubmitAsync(secondPage, FormOf(RowOf(secondPage, "投诉")), secondValues);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var redisplayed = await HtmlClient.ParseAsync(response);
        redisplayed.QuerySelector("[data-testid=policy-error]")!.TextContent.ShouldContain("该记录已被他人修改");
        var kept = Fields(redisplayed, RowOf(redisplayed, "投诉"));
        kept["Input.Resolve.Amount"].ShouldBe("4");
        var reloaded = await second.GetDocumentAsync("/Admin/Policies");
        Fields(reloaded, RowOf(reloaded, "投诉"))["Input.Resolve.Amount"].ShouldBe("7");
        Version(redisplayed, RowOf(redisplayed, "投诉")).ShouldBe(Version(reloaded, RowOf(reloaded, "投诉")));

        var again = await second.SubmitAsync(redisplayed, FormOf(RowOf(redisplayed, "投诉")), kept);

        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await second.GetDocumentAsync("/Admin/Policies");
        Fields(saved, RowOf(saved, "投诉"))["Input.Resolve.Amount"].ShouldBe("4");
    }

    [Theory]
    [InlineData("-1", "应为 0 到 999 之间的整数")]
    [InlineData("1000", "应为 0 到 999 之间的整数")]
    [InlineData("abc", "填写的值无效")]
    public async Task A_bad_amount_is_refused_next_to_it_and_nothing_is_saved(string amount, string message)
    {
        using var client = await AdminAsync();
        var page = await client.GetDocumentAsync("/Admin/Policies");
        var row = RowOf(page, "求助");
        var values = Fields(page, row);
        var before = values["Input.SignFor.Amount"];
        values["Input.SignFor.Amount"] = amount;

        var response = await client.SubmitAsync(page, FormOf(row), values);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var redisplayed = await HtmlClient.ParseAsync(response);
        var failedRow = RowOf(redisplayed, "求助");
        failedRow.QuerySelector("[data-testid=field-error]")!.TextContent.ShouldContain(message);
        Fields(redisplayed, failedRow)["Input.SignFor.Amount"].ShouldBe(amount);
        var reloaded = await client.GetDocumentAsync("/Admin/Policies");
        Fields(reloaded, RowOf(reloaded, "求助"))["Input.SignFor.Amount"].ShouldBe(before);
    }

    [Fact]
    public async Task An_unknown_unit_is_refused()
    {
        using var client = await AdminAsync();
        var page = await client.GetDocumentAsync("/Admin/Policies");
        var row = RowOf(page, "表扬");
        var values = Fields(page, row);
        values["Input.Callback.Unit"] = "Fortnights";

        var response = await client.SubmitAsync(page, FormOf(row), values);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        RowOf(await HtmlClient.ParseAsync(response), "表扬").QuerySelector("[data-testid=field-error]").ShouldNotBeNull();
    }

    private static IElement RowOf(IHtmlDocument page, string typeName) =>
        page.QuerySelectorAll("[data-testid=policy-table] tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains(typeName, StringComparison.Ordinal));

    private static string FormOf(IElement row) => $"#policy-{row.GetAttribute("data-policy-id")}";

    private static string? Version(IHtmlDocument page, IElement row) =>
        page.QuerySelector($"{FormOf(row)} input[name='Input.Version']")!.GetAttribute("value");

    /// <summary>The row's inputs live in its cells and join its form through the form attribute, as a browser would post them.</summary>
    private static Dictionary<string, string> Fields(IHtmlDocument page, IElement row)
    {
        var formId = FormOf(row)[1..];
        var values = new Dictionary<string, string>();
        foreach (var input in page.QuerySelectorAll($"input[form='{formId}']").OfType<IHtmlInputElement>())
        {
            values[input.Name!] = input.Value;
        }

        foreach (var select in page.QuerySelectorAll($"select[form='{formId}']").OfType<IHtmlSelectElement>())
        {
            values[select.Name!] = select.Value ?? string.Empty;
        }

        return values;
    }

    private async Task<HtmlClient> AdminAsync()
    {
        var client = new HtmlClient(app);
        await client.LoginAsync("admin");
        return client;
    }
}
