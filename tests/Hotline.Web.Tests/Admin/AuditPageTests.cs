using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Hotline.Services.Audit;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Admin;

/// <summary>/Admin/Audit reads as words in the reader's language: each act by its name.</summary>
public sealed partial class AuditPageTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task Every_action_is_shown_and_offered_in_words_with_no_raw_code_in_Chinese()
    {
        await RecordEveryActionAsync("标签测试");
        using var admin = new HtmlClient(app);
        await admin.LoginAsync("admin");

        var page = await admin.GetDocumentAsync("/Admin/Audit?Filter.Text=标签测试");

        var rows = page.QuerySelectorAll("[data-testid=audit-row]");
        rows.Select(r => r.GetAttribute("data-action")).Order().ShouldBe(AuditActions.All.Order());
        rows.Where(r => Latin().IsMatch(r.TextContent)).Select(r => r.TextContent.Trim()).ShouldBeEmpty();
        ActionCell(rows.Single(r => r.GetAttribute("data-action") == AuditActions.SignInFailed)).ShouldBe("登录失败");
        var offered = page.QuerySelectorAll("#f-action option").Skip(1).ToList();
        offered.Select(o => o.GetAttribute("value")).ShouldBe(AuditActions.All);
        offered.Where(o => Latin().IsMatch(o.TextContent)).Select(o => o.TextContent).ShouldBeEmpty();
        page.QuerySelectorAll("#f-area option").Where(o => Latin().IsMatch(o.TextContent)).Select(o => o.TextContent).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_filter_narrows_to_one_action_and_English_readers_see_English_names()
    {
        await RecordEveryActionAsync("过滤测试");
        using var admin = new HtmlClient(app);
        await admin.LoginAsync("admin");
        var chinese = await admin.GetDocumentAsync("/Admin/Audit");
        await admin.SubmitAsync(chinese, "form[action='/Culture']", new Dictionary<string, string> { ["culture"] = "en" });

        var page = await admin.GetDocumentAsync($"/Admin/Audit?Filter.Text=过滤测试&Filter.Action={AuditActions.ReplaceKey}");
        var all = await admin.GetDocumentAsync("/Admin/Audit?Filter.Text=过滤测试");

        ActionCell(page.QuerySelectorAll("[data-testid=audit-row]").ShouldHaveSingleItem()).ShouldBe("Key replaced");
        page.QuerySelector("#f-action option[selected]")!.TextContent.ShouldBe("Key replaced");
        var rows = all.QuerySelectorAll("[data-testid=audit-row]");
        rows.Length.ShouldBe(AuditActions.All.Count);
        rows.Where(r => ActionCell(r) == r.GetAttribute("data-action")).Select(ActionCell).ShouldBeEmpty();
    }

    private async Task RecordEveryActionAsync(string subject)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        foreach (var action in AuditActions.All)
        {
            await audit.RecordNowAsync(null, "审计员", AuditAreas.Settings, action, subject, null, null);
        }
    }

    private static string ActionCell(IElement row) => row.QuerySelectorAll("td")[3].TextContent.Trim();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();
}
