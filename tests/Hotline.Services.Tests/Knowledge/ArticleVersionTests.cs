using Hotline.Domain.Knowledge;
using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Knowledge;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Knowledge;

public sealed class ArticleVersionTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_published_article_is_found_at_intake_and_an_edit_publishes_version_2()
    {
        var created = await SaveAsync(Article("犬类免疫登记办理指南", "携带犬只到指定动物诊疗机构接种狂犬疫苗，凭免疫证明办理登记。", publish: true));
        created.Errors.ShouldBeEmpty();
        var id = created.Value;

        var edit = await FormAsync(id);
        edit.Body = "携带犬只到指定动物诊疗机构接种狂犬疫苗，凭免疫证明到派出所办理登记，每年年检一次。";
        (await SaveAsync(edit)).Errors.ShouldBeEmpty();

        var versions = await App.UseAsync<KnowledgeAdminService, IReadOnlyList<ArticleVersionView>>(s => s.VersionsAsync(id));
        versions.Select(v => v.Number).ShouldBe([2, 1]);
        versions[1].Body.ShouldNotContain("年检");
        var found = await App.UseAsync<KnowledgeService, IReadOnlyList<ArticleSummary>>(s => s.SearchAsync("犬类免疫"));
        found[0].Id.ShouldBe(id);
        found[0].Version.ShouldBe(2);
        found[0].Body.ShouldContain("年检");
        (await App.ReadAsync(db => db.AuditEntries.Where(e => e.Area == AuditAreas.Article && e.Subject == "犬类免疫登记办理指南").OrderBy(e => e.Id).Select(e => e.Action).ToListAsync()))
            .ShouldBe(["Create", "Update"]);
    }

    [Fact]
    public async Task A_closed_ticket_keeps_the_version_it_was_answered_from_after_the_article_changes()
    {
        var id = (await SaveAsync(Article("养犬登记费用说明", "养犬登记费用按物价部门核定标准收取，第一版。", publish: true))).Value;
        var answered = await App.IntakeAsync(IntakeInputs.AnswerDirectly(await App.CategoryIdAsync("police-dogs"), id), Hotline.Services.Intake.IntakeAction.AnswerDirectly);
        var number = answered.Value!.TicketNumber!;
        var edit = await FormAsync(id);
        edit.Title = "养犬登记费用说明（2027年起）";
        edit.Body = "自2027年起养犬登记免收费用，第二版。";

        (await SaveAsync(edit)).Errors.ShouldBeEmpty();

        var ticket = await App.TicketAsync(number);
        ticket.AnswerArticleVersion.ShouldBe(1);
        var viewer = await App.ViewerAsync("supervisor");
        var detail = (await App.UseAsync<TicketQueryService, TicketDetail?>(s => s.GetAsync(number, viewer))).ShouldNotBeNull();
        var read = detail.AnswerArticle.ShouldNotBeNull();
        read.Number.ShouldBe(1);
        read.Title.ShouldBe("养犬登记费用说明");
        read.Body.ShouldContain("第一版");
    }

    [Fact]
    public async Task A_draft_is_not_offered_until_it_is_published()
    {
        var id = (await SaveAsync(Article("草拟：电动自行车上牌", "电动自行车上牌须携带购车发票、合格证和身份证。", publish: false))).Value;
        (await SearchAsync("电动自行车上牌")).ShouldNotContain(a => a.Id == id);

        var edit = await FormAsync(id);
        edit.Publish = true;
        (await SaveAsync(edit)).Errors.ShouldBeEmpty();

        (await SearchAsync("电动自行车上牌")).ShouldContain(a => a.Id == id);
        (await App.ReadAsync(db => db.KnowledgeArticles.Where(a => a.Id == id).Select(a => a.Version).SingleAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task A_retired_article_is_not_offered_and_cannot_be_edited()
    {
        var id = (await SaveAsync(Article("旧版：公交卡退卡办法", "公交卡退卡须到客服中心办理，押金当场退还。", publish: true))).Value;
        var admin = (await App.ViewerAsync("admin")).Actor;

        (await App.UseAsync<KnowledgeAdminService, ServiceResult<int>>(s => s.RetireAsync(id, admin))).Errors.ShouldBeEmpty();

        (await SearchAsync("公交卡退卡")).ShouldNotContain(a => a.Id == id);
        (await SaveAsync(await FormAsync(id, f => f.Body = "新正文：公交卡退卡须到客服中心办理。"))).Errors.ShouldBe([new ServiceError(string.Empty, KnowledgeArticle.RetiredIsReadOnly)]);
    }

    [Fact]
    public async Task An_edit_over_a_newer_version_is_refused()
    {
        var id = (await SaveAsync(Article("燃气表充值网点", "燃气表可在营业厅和合作银行网点充值。", publish: true))).Value;
        var stale = await FormAsync(id);
        (await SaveAsync(await FormAsync(id, f => f.Body = "燃气表可在营业厅、合作银行网点和手机上充值。"))).Errors.ShouldBeEmpty();

        stale.Body = "旧表单的正文。";
        (await SaveAsync(stale)).Errors.ShouldBe([new ServiceError(string.Empty, ServiceError.Concurrency)]);
        (await App.ReadAsync(db => db.KnowledgeArticles.Where(a => a.Id == id).Select(a => a.Body).SingleAsync())).ShouldContain("手机");
    }

    [Fact]
    public async Task An_end_date_before_the_start_is_refused()
    {
        var input = Article("有效期错误的文章", "正文。", publish: true);
        input.ValidFrom = new DateOnly(2026, 12, 1);
        input.ValidUntil = new DateOnly(2026, 11, 1);

        (await SaveAsync(input)).Errors.ShouldBe([new ServiceError("ValidUntil", "Knowledge.Validation.ValidUntil.BeforeFrom")]);
    }

    private static ArticleInput Article(string title, string body, bool publish) =>
        new() { Title = title, Body = body, Keywords = "测试", Publish = publish };

    private async Task<ServiceResult<int>> SaveAsync(ArticleInput input)
    {
        var admin = (await App.ViewerAsync("admin")).Actor;
        return await App.UseAsync<KnowledgeAdminService, ServiceResult<int>>(s => s.SaveAsync(input, admin));
    }

    private async Task<ArticleInput> FormAsync(int id, Action<ArticleInput>? change = null)
    {
        var found = (await App.UseAsync<KnowledgeAdminService, (ArticleInput Form, ArticleStatus Status)?>(s => s.GetAsync(id))).ShouldNotBeNull();
        change?.Invoke(found.Form);
        return found.Form;
    }

    private Task<IReadOnlyList<ArticleSummary>> SearchAsync(string query) =>
        App.UseAsync<KnowledgeService, IReadOnlyList<ArticleSummary>>(s => s.SearchAsync(query));
}
