using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Http.Intake;

/// <summary>A question answered from the knowledge base during the call is registered closed at once (直办).</summary>
public sealed class AnsweringDirectlyClosesTheTicket(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task An_answer_from_a_knowledge_base_article_closes_the_ticket_on_the_spot()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("agent");
        var articles = await client.GetDocumentAsync("/Intake?handler=Articles&q=" + Uri.EscapeDataString("供暖"));
        var choice = articles.QuerySelector("[data-testid=kb-article] input[name='Input.ArticleId']").ShouldNotBeNull("a heating article");
        var articleId = int.Parse(choice.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture);
        var title = articles.QuerySelector("[data-testid=kb-article] strong")!.TextContent;
        var usesBefore = await app.QueryAsync(db => db.KnowledgeArticles.Where(a => a.Id == articleId).Select(a => a.UseCount).SingleAsync());
        var form = Consultation(await app.CategoryIdAsync("utilities-heating-fee"));
        form["Input.ArticleId"] = articleId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await client.SubmitAsync(await client.OpenIntakeAsync(), IntakeForm.Selector, form, IntakeForm.Answer);

        response.RedirectPath().ShouldBe("/Intake");
        response.RedirectQuery("outcome").ShouldBe("DirectAnswer");
        var number = response.RedirectQuery("done").ShouldNotBeNull();
        var ticket = await app.QueryAsync(db => db.Tickets.AsNoTracking().SingleAsync(t => t.Number == number));
        ticket.Status.ShouldBe(TicketStatus.Closed);
        ticket.IsDirectlyAnswered.ShouldBeTrue();
        ticket.AnswerArticleId.ShouldBe(articleId);
        ticket.ClosedAt.ShouldBe(app.Clock.GetUtcNow());
        ticket.LeadUnitId.ShouldBeNull();
        (await app.QueryAsync(db => db.Calls.Where(c => c.TicketId == ticket.Id).Select(c => c.Outcome).SingleAsync())).ShouldBe(CallOutcome.DirectAnswer);
        (await app.QueryAsync(db => db.KnowledgeArticles.Where(a => a.Id == articleId).Select(a => a.UseCount).SingleAsync())).ShouldBe(usesBefore + 1);

        var confirmation = await client.GetDocumentAsync(response.RedirectTarget().PathAndQuery);
        confirmation.QuerySelector("[data-testid=done-banner]")!.TextContent.ShouldContain("已直接答复并办结：");
        var detail = await client.GetDocumentAsync($"/Tickets/{number}");
        detail.QuerySelector("[data-testid=ticket-status]")!.TextContent.ShouldBe("已归档");
        detail.QuerySelector("[data-testid=answer-article]")!.TextContent.ShouldBe(title);
        detail.QuerySelector("[data-testid=timeline-entry]")!.TextContent.ShouldContain("直接答复办结");
    }

    [Fact]
    public async Task An_answer_written_by_the_agent_closes_the_ticket_without_an_article()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("agent");
        var form = Consultation(await app.CategoryIdAsync("utilities-heating-fee"));
        form["Input.AnswerNote"] = "已告知市民携带房产证和身份证到热力公司营业厅办理报停。";

        var response = await client.SubmitAsync(await client.OpenIntakeAsync(), IntakeForm.Selector, form, IntakeForm.Answer);

        var number = response.RedirectQuery("done");
        var ticket = await app.QueryAsync(db => db.Tickets.AsNoTracking().SingleAsync(t => t.Number == number));
        ticket.Status.ShouldBe(TicketStatus.Closed);
        ticket.AnswerArticleId.ShouldBeNull();
        var detail = await client.GetDocumentAsync($"/Tickets/{number}");
        detail.QuerySelector("[data-testid=timeline]")!.TextContent.ShouldContain(form["Input.AnswerNote"]);
    }

    [Fact]
    public async Task Answering_without_an_article_or_a_note_is_refused_next_to_the_knowledge_base()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("agent");
        var before = await app.CountTicketsAndCallsAsync();

        var response = await client.SubmitAsync(await client.OpenIntakeAsync(), IntakeForm.Selector,
            Consultation(await app.CategoryIdAsync("utilities-heating-fee")), IntakeForm.Answer);

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        InvalidIntakeIsRedisplayedWithMessages.Message(await HtmlClient.ParseAsync(response), "Input.ArticleId")
            .ShouldBe("请选择所用的知识库条目，或填写答复说明。");
        (await app.CountTicketsAndCallsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task The_chosen_article_stays_chosen_when_the_form_comes_back()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("agent");
        var articles = await client.GetDocumentAsync("/Intake?handler=Articles&q=" + Uri.EscapeDataString("供暖"));
        var articleId = articles.QuerySelector("[data-testid=kb-article] input[name='Input.ArticleId']")!.GetAttribute("value")!;
        var form = Consultation(await app.CategoryIdAsync("utilities-heating-fee"));
        form["Input.ArticleId"] = articleId;
        form["Input.Content"] = "太短";

        var response = await client.SubmitAsync(await client.OpenIntakeAsync(), IntakeForm.Selector, form, IntakeForm.Answer);

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        InvalidIntakeIsRedisplayedWithMessages.Message(page, "Input.Content").ShouldNotBeEmpty();
        var chosen = page.QuerySelector($"#kb-results input[name='Input.ArticleId'][value='{articleId}']").ShouldNotBeNull();
        chosen.HasAttribute("checked").ShouldBeTrue();
    }

    private static Dictionary<string, string> Consultation(int categoryId)
    {
        var form = IntakeForm.HeatingRequest(categoryId);
        form["Input.RequestType"] = "Consultation";
        form["Input.Urgency"] = "Normal";
        form["Input.Address"] = "";
        form["Input.Content"] = "市民来电咨询：房屋常年无人居住，想办理供暖报停，需要什么时间、携带哪些材料？";
        return form;
    }
}
