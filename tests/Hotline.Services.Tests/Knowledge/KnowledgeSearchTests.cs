using Hotline.Domain.Knowledge;
using Hotline.Services.Knowledge;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Knowledge;

public sealed class KnowledgeSearchTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_chinese_word_finds_the_heating_articles()
    {
        var found = await SearchAsync("供暖");

        found.Select(a => a.Title).ShouldContain("供暖期时间及室温标准");
        found.Select(a => a.Title).ShouldContain("供暖费缴纳及报停");
        found.ShouldAllBe(a => a.Title.Contains("供暖") || a.Keywords.Contains("供暖") || a.Body.Contains("供暖"));
        found.Select(a => a.Title).ShouldNotContain("居住证办理流程");
    }

    [Fact]
    public async Task Articles_with_the_word_in_the_title_come_first()
    {
        var found = await SearchAsync("供暖");

        var titled = found.TakeWhile(a => a.Title.Contains("供暖")).Count();
        titled.ShouldBeGreaterThanOrEqualTo(2);
        found.Skip(titled).ShouldAllBe(a => !a.Title.Contains("供暖"));
    }

    [Fact]
    public async Task Every_word_of_a_query_must_match()
    {
        var broad = await SearchAsync("供暖");
        var narrow = await SearchAsync("供暖 报停");

        narrow.Select(a => a.Title).ShouldContain("供暖费缴纳及报停");
        narrow.Count.ShouldBeLessThan(broad.Count);
        narrow.ShouldAllBe(a => (a.Title + a.Keywords + a.Body).Contains("供暖") && (a.Title + a.Keywords + a.Body).Contains("报停"));
        (await SearchAsync("供暖 护照")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Words_typed_with_a_full_width_space_are_separate_words()
    {
        var halfWidth = await SearchAsync("供暖 报停");

        var fullWidth = await SearchAsync("供暖\u3000报停");

        fullWidth.ShouldNotBeEmpty();
        fullWidth.Select(a => a.Id).ShouldBe(halfWidth.Select(a => a.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task An_empty_query_returns_a_full_page_of_articles(string? query)
    {
        (await SearchAsync(query)).Count.ShouldBe(KnowledgeService.ResultSize);
    }

    [Fact]
    public async Task A_question_finds_the_article_on_its_subject()
    {
        var found = await SearchAsync("居住证怎么办");

        found[0].Title.ShouldBe("居住证办理流程");
    }

    [Fact]
    public async Task Like_wildcards_in_the_query_are_taken_literally()
    {
        await App.WriteAsync(db =>
        {
            db.KnowledgeArticles.Add(new KnowledgeArticle(new ArticleContent("供热用户号 heat_user 查询", "供热用户号印在缴费单上，满意度100%。", "用户号", [], null, null),
                publish: true, "测试", App.Clock.GetUtcNow()));
            return Task.CompletedTask;
        });

        var percent = await SearchAsync("%");
        var underscore = await SearchAsync("_");

        percent.ShouldNotBeEmpty();
        percent.ShouldAllBe(a => (a.Title + a.Keywords + a.Body).Contains('%'));
        underscore.Select(a => a.Title).ShouldBe(["供热用户号 heat_user 查询"]);
        (await SearchAsync("heat_")).ShouldHaveSingleItem();
        (await SearchAsync("100%"))[0].Title.ShouldBe("供热用户号 heat_user 查询");
    }

    [Fact]
    public async Task Drafts_retired_and_expired_articles_are_not_offered()
    {
        var now = App.Clock.GetUtcNow();
        await App.WriteAsync(db =>
        {
            db.KnowledgeArticles.Add(new KnowledgeArticle(new ArticleContent("草稿：犬只登记办法", "犬只登记草稿正文。", "犬只", [], null, null), publish: false, "测试", now));
            db.KnowledgeArticles.Add(new KnowledgeArticle(new ArticleContent("过期：犬只年检通知", "犬只年检旧通知。", "犬只", [], null, new DateOnly(2026, 1, 31)), publish: true, "测试", now));
            db.KnowledgeArticles.Add(new KnowledgeArticle(new ArticleContent("将来：犬只新规", "犬只新规正文。", "犬只", [], new DateOnly(2027, 1, 1), null), publish: true, "测试", now));
            var retired = new KnowledgeArticle(new ArticleContent("停用：犬只旧规", "犬只旧规正文。", "犬只", [], null, null), publish: true, "测试", now);
            retired.Retire(now);
            db.KnowledgeArticles.Add(retired);
            db.KnowledgeArticles.Add(new KnowledgeArticle(new ArticleContent("犬只登记现行办法", "犬只登记正文。", "犬只", [], new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), publish: true, "测试", now));
            return Task.CompletedTask;
        });

        var found = await SearchAsync("犬只");

        found.Select(a => a.Title).ShouldContain("犬只登记现行办法");
        found.ShouldAllBe(a => !a.Title.Contains('：'));
    }

    [Fact]
    public async Task An_article_can_be_found_by_id()
    {
        var id = await App.ReadAsync(db => db.KnowledgeArticles.Where(a => a.Title == "供暖期时间及室温标准").Select(a => a.Id).SingleAsync());

        var article = await App.UseAsync<KnowledgeService, ArticleSummary?>(s => s.FindAsync(id));

        article.ShouldNotBeNull().Category.ShouldNotBeNull().Zh.ShouldBe("供暖");
        (await App.UseAsync<KnowledgeService, ArticleSummary?>(s => s.FindAsync(999_999))).ShouldBeNull();
    }

    private Task<IReadOnlyList<ArticleSummary>> SearchAsync(string? query) =>
        App.UseAsync<KnowledgeService, IReadOnlyList<ArticleSummary>>(s => s.SearchAsync(query));
}
