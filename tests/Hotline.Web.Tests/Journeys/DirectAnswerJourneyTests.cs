using System.Globalization;
using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Journeys;

/// <summary>PRODUCT.md journey 6: a consultation answered from the knowledge base during the call is closed at once.</summary>
public sealed class DirectAnswerJourneyTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_consultation_answered_from_the_knowledge_base_is_closed_on_the_spot_with_the_article_on_record()
    {
        const string content = "市民来电咨询：本市集中供暖从哪天开始，居民家中室温达到多少度算合格？";
        var heatingCategory = await app.CategoryIdAsync("utilities-heating");
        var page = await browser.SignInAsync(app);

        await Expect(page.Locator("[data-testid=history-empty]")).ToHaveTextAsync("输入来电号码后显示该号码的历史工单。");
        await page.Locator("#Input_CallerPhone").PressSequentiallyAsync("13905357788");
        // A first-time caller: the panel says so, rather than still asking for the number.
        await Expect(page.Locator("[data-testid=history-empty]")).ToHaveTextAsync("该号码没有历史工单。");
        await page.Locator("#Input_RequestType").SelectOptionAsync(nameof(RequestType.Consultation));
        await page.Locator("#category-search").FillAsync("供暖");
        await page.Locator("#category-search").PressAsync("Enter");
        await Expect(page.Locator("#Input_CategoryId")).ToHaveValueAsync(heatingCategory.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#Input_Content").FillAsync(content);

        await page.Locator("#kb-search").PressSequentiallyAsync("供暖");
        var articles = page.Locator("[data-testid=kb-article]");
        await Expect(articles.First).ToBeVisibleAsync();
        var first = articles.First;
        var title = (await first.Locator("strong").TextContentAsync())!.Trim();
        title.ShouldNotBeNullOrWhiteSpace();
        await first.Locator("input[name='Input.ArticleId']").CheckAsync();
        await Expect(first.Locator("input[name='Input.ArticleId']")).ToBeCheckedAsync();
        var articleId = int.Parse(await first.Locator("input[name='Input.ArticleId']").InputValueAsync(), CultureInfo.InvariantCulture);
        var usesBefore = await app.DbAsync(db => db.KnowledgeArticles.Where(a => a.Id == articleId).Select(a => a.UseCount).SingleAsync());
        await BrowserFixture.ScreenshotAsync(page, "journey-direct-answer-1-article");

        await page.Locator("[data-testid=answer]").ClickAsync();
        var banner = page.Locator("[data-testid=done-banner]");
        await Expect(banner).ToBeVisibleAsync();
        await Expect(banner).ToContainTextAsync("已直接答复并办结");
        var number = (await page.Locator("[data-testid=done-ticket]").TextContentAsync())!.Trim();
        number.ShouldMatch(Journey.TicketNumber.ToString());
        await BrowserFixture.ScreenshotAsync(page, "journey-direct-answer-2-done");

        await page.Locator("[data-testid=done-ticket]").ClickAsync();
        await Expect(page.Locator("[data-testid=ticket-number]")).ToHaveTextAsync(number);
        await Expect(page.Locator("[data-testid=ticket-status]")).ToHaveTextAsync("已归档");
        await Expect(page.Locator("[data-testid=answer-article]")).ToHaveTextAsync(title);
        var timeline = page.Locator("[data-testid=timeline-entry]");
        await Expect(timeline).ToHaveCountAsync(1);
        await Expect(timeline.First).ToContainTextAsync("直接答复办结");
        await BrowserFixture.ScreenshotAsync(page, "journey-direct-answer-3-detail");

        var saved = await app.DbAsync(db => db.Tickets.AsNoTracking().SingleAsync(t => t.Number == number));
        saved.Status.ShouldBe(TicketStatus.Closed);
        saved.IsDirectlyAnswered.ShouldBeTrue();
        saved.AnswerArticleId.ShouldBe(articleId);
        saved.RequestType.ShouldBe(RequestType.Consultation);
        saved.Content.ShouldBe(content);
        saved.ClosedAt.ShouldNotBeNull();
        (await app.DbAsync(db => db.KnowledgeArticles.Where(a => a.Id == articleId).Select(a => a.UseCount).SingleAsync()))
            .ShouldBe(usesBefore + 1, "using an article counts toward its popularity");
    }
}
