using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Hotline.Domain.Access;
using Hotline.Domain.Tickets;
using Hotline.Services.Admin;
using Hotline.Services.Audit;
using Hotline.Services.Units;
using Hotline.Services.Users;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Admin;

/// <summary>/Admin/Audit reads as words in the reader's language: each act by its name, each changed field by its name with its old and new value.</summary>
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

    [Fact]
    public async Task A_renamed_unit_shows_its_old_and_new_name_under_the_field_s_Chinese_name_and_the_raw_record_on_demand()
    {
        using var admin = new HtmlClient(app);
        await admin.LoginAsync("admin");
        var unit = await app.QueryAsync(db => db.Units.Where(u => u.Code == "heating").Select(u => new { u.Id, u.NameZh }).SingleAsync());
        var form = await admin.GetDocumentAsync($"/Admin/Units/Edit?id={unit.Id}");
        (await admin.SubmitAsync(form, "[data-testid=unit-form]", new Dictionary<string, string> { ["Input.NameZh"] = "市热力集团" }))
            .RedirectPath().ShouldStartWith("/Admin/Units");

        var page = await admin.GetDocumentAsync($"/Admin/Audit?Filter.Area={AuditAreas.Unit}&Filter.Action={AuditActions.Update}&Filter.Text=heating");

        var row = page.QuerySelectorAll("[data-testid=audit-row]").ShouldHaveSingleItem();
        var change = row.QuerySelector("[data-testid=audit-changes] li").ShouldNotBeNull();
        row.QuerySelectorAll("[data-testid=audit-changes] li").Length.ShouldBe(1);
        Squeezed(change.TextContent).ShouldBe($"中文名称{unit.NameZh} → 市热力集团");
        change.QuerySelector("del")!.TextContent.ShouldBe(unit.NameZh);
        change.QuerySelector("ins")!.TextContent.ShouldBe("市热力集团");
        Latin().IsMatch(row.QuerySelector("[data-testid=audit-changes]")!.TextContent).ShouldBeFalse();
        row.QuerySelector("details.audit-raw code")!.TextContent.ShouldContain("\"NameZh\"");
    }

    [Fact]
    public async Task Roles_given_and_taken_are_listed_by_their_Chinese_names_and_flags_read_yes_or_no()
    {
        await using (var scope = app.AppServices.CreateAsyncScope())
        {
            var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
            var db = scope.ServiceProvider.GetRequiredService<Services.Data.HotlineDbContext>();
            var actor = new Actor("", "审计员", new HashSet<Role> { Role.Admin });
            audit.Record(actor, AuditAreas.User, AuditActions.Update, "角色测试",
                new UserSnapshot("王芳", [Role.Agent, Role.Dispatcher], null, true, false, true),
                new UserSnapshot("王芳", [Role.Agent, Role.Supervisor], null, true, false, false));
            await db.SaveChangesAsync();
        }

        using var admin = new HtmlClient(app);
        await admin.LoginAsync("admin");
        var page = await admin.GetDocumentAsync("/Admin/Audit?Filter.Text=角色测试");

        var lines = page.QuerySelectorAll("[data-testid=audit-changes] li").Select(li => Squeezed(li.TextContent)).ToList();
        lines.ShouldBe(["角色移除派单员新增值班主任", "须修改密码是 → 否"]);
        page.QuerySelector("[data-testid=audit-changes] del")!.TextContent.ShouldContain("派单员");
        page.QuerySelector("[data-testid=audit-changes] ins")!.TextContent.ShouldContain("值班主任");
    }

    [Fact]
    public async Task A_review_rule_and_a_sub_district_moved_under_another_district_are_named_in_the_reader_s_language()
    {
        var units = await app.QueryAsync(db => db.Units.Where(u => u.Code == "laishan-huanghai" || u.Code == "laishan" || u.Code == "zhifu")
            .Select(u => new { u.Id, u.Code, u.NameZh, u.NameEn, u.Kind }).ToDictionaryAsync(u => u.Code));
        var (township, from, to) = (units["laishan-huanghai"], units["laishan"], units["zhifu"]);
        await using (var scope = app.AppServices.CreateAsyncScope())
        {
            var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
            var db = scope.ServiceProvider.GetRequiredService<Services.Data.HotlineDbContext>();
            var actor = new Actor("", "审计员", new HashSet<Role> { Role.Admin });
            audit.Record(actor, AuditAreas.Policy, AuditActions.Update, PolicySubject.Review(RequestType.Complaint),
                new ReviewPolicySnapshot(true, true, "1 WorkingDays"), new ReviewPolicySnapshot(false, true, "1 WorkingDays"));
            audit.Record(actor, AuditAreas.Policy, AuditActions.Update, PolicySubject.Deadline(null, Urgency.Urgent));
            audit.Record(actor, AuditAreas.Unit, AuditActions.Update, township.Code,
                new UnitSnapshot(township.Code, township.NameZh, township.NameEn, township.Kind, from.Id, null, true),
                new UnitSnapshot(township.Code, township.NameZh, township.NameEn, township.Kind, to.Id, null, true));
            await db.SaveChangesAsync();
        }

        using var admin = new HtmlClient(app);
        await admin.LoginAsync("admin");
        var rules = await admin.GetDocumentAsync($"/Admin/Audit?Filter.Area={AuditAreas.Policy}");
        var moved = await admin.GetDocumentAsync($"/Admin/Audit?Filter.Area={AuditAreas.Unit}&Filter.Text={township.NameZh}");

        Subjects(rules).ShouldBe(["时限规则：所有类型 · 紧急", "答复审核规则：投诉"], ignoreOrder: true);
        var row = moved.QuerySelectorAll("[data-testid=audit-row]").ShouldHaveSingleItem();
        row.QuerySelector("[data-testid=audit-subject]")!.TextContent.Trim().ShouldBe(township.NameZh);
        Squeezed(row.QuerySelector("[data-testid=audit-changes] li")!.TextContent).ShouldBe($"上级单位{from.NameZh} → {to.NameZh}");
        Latin().IsMatch(row.QuerySelector("[data-testid=audit-subject]")!.TextContent + row.QuerySelector("[data-testid=audit-changes]")!.TextContent)
            .ShouldBeFalse();

        await admin.SubmitAsync(rules, "form[action='/Culture']", new Dictionary<string, string> { ["culture"] = "en" });
        Subjects(await admin.GetDocumentAsync($"/Admin/Audit?Filter.Area={AuditAreas.Policy}"))
            .ShouldBe(["Deadline rules: Any type · Urgent", "Reply review rules: Complaint"], ignoreOrder: true);
        var english = (await admin.GetDocumentAsync($"/Admin/Audit?Filter.Area={AuditAreas.Unit}&Filter.Text={township.Code}"))
            .QuerySelectorAll("[data-testid=audit-row]").ShouldHaveSingleItem();
        english.QuerySelector("[data-testid=audit-subject]")!.TextContent.Trim().ShouldBe(township.NameEn);
        var change = english.QuerySelector("[data-testid=audit-changes] li").ShouldNotBeNull();
        (change.QuerySelector(".audit-field")!.TextContent, change.QuerySelector("del")!.TextContent, change.QuerySelector("ins")!.TextContent)
            .ShouldBe(("Parent unit", from.NameEn, to.NameEn));
    }

    private static List<string> Subjects(IDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=audit-subject]").Select(s => s.TextContent.Trim())];

    private async Task RecordEveryActionAsync(string subject)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        foreach (var action in AuditActions.All)
        {
            await audit.RecordNowAsync(null, "审计员", AuditAreas.Settings, action, subject, null, null);
        }
    }

    // The text as read, without the layout's whitespace.
    private static string Squeezed(string text) => Whitespace().Replace(text, string.Empty).Replace("→", " → ", StringComparison.Ordinal);

    private static string ActionCell(IElement row) => row.QuerySelectorAll("td")[3].TextContent.Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();
}
