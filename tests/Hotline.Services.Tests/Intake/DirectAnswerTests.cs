using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Intake;

public sealed class DirectAnswerTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    private const string HeatingArticle = "供暖期时间及室温标准";

    [Fact]
    public async Task The_ticket_is_born_closed_and_directly_answered()
    {
        var article = await ArticleIdAsync(HeatingArticle);

        var result = await App.IntakeAsync(IntakeInputs.AnswerDirectly(await App.CategoryIdAsync("utilities-heating"), article),
            IntakeAction.AnswerDirectly);

        result.Errors.ShouldBeEmpty();
        result.Value!.Outcome.ShouldBe(CallOutcome.DirectAnswer);
        var ticket = await App.TicketAsync(result.Value.TicketNumber!);
        ticket.Status.ShouldBe(TicketStatus.Closed);
        ticket.IsDirectlyAnswered.ShouldBeTrue();
        ticket.ClosedAt.ShouldBe(TestDatabase.DefaultNow);
        ticket.AnswerArticleId.ShouldBe(article);
        ticket.DispatchDueAt.ShouldBeNull();
        var answered = ticket.Events.ShouldHaveSingleItem();
        answered.Action.ShouldBe(TicketAction.AnswerDirectly);
        answered.To.ShouldBe(TicketStatus.Closed);
        answered.CallId.ShouldBe(result.Value.CallId);
        var call = await App.LoggedCallAsync(result.Value.CallId);
        call.Outcome.ShouldBe(CallOutcome.DirectAnswer);
        call.TicketId.ShouldBe(ticket.Id);
    }

    [Fact]
    public async Task The_articles_use_count_goes_up_by_one()
    {
        var article = await ArticleIdAsync("供暖费缴纳及报停");
        var before = await UseCountAsync(article);

        var result = await App.IntakeAsync(IntakeInputs.AnswerDirectly(await App.CategoryIdAsync("utilities-heating-fee"), article),
            IntakeAction.AnswerDirectly);

        result.Errors.ShouldBeEmpty();
        (await UseCountAsync(article)).ShouldBe(before + 1);
    }

    [Fact]
    public async Task A_repeated_submit_counts_the_article_once()
    {
        var article = await ArticleIdAsync("居住证办理流程");
        var before = await UseCountAsync(article);
        var input = IntakeInputs.AnswerDirectly(await App.CategoryIdAsync("utilities-heating"), article);

        await App.IntakeAsync(input, IntakeAction.AnswerDirectly);
        var repeat = await App.IntakeAsync(input, IntakeAction.AnswerDirectly);

        repeat.Value!.WasRepeat.ShouldBeTrue();
        (await UseCountAsync(article)).ShouldBe(before + 1);
    }

    [Fact]
    public async Task An_answer_note_is_enough_without_an_article()
    {
        var result = await App.IntakeAsync(
            IntakeInputs.AnswerDirectly(await App.CategoryIdAsync("utilities-heating"), null, "  已告知市民供暖期为11月15日至次年3月31日。  "),
            IntakeAction.AnswerDirectly);

        result.Errors.ShouldBeEmpty();
        var ticket = await App.TicketAsync(result.Value!.TicketNumber!);
        ticket.Status.ShouldBe(TicketStatus.Closed);
        ticket.AnswerArticleId.ShouldBeNull();
        ticket.Events.ShouldHaveSingleItem().Note.ShouldBe("已告知市民供暖期为11月15日至次年3月31日。");
    }

    [Fact]
    public async Task Without_an_article_or_an_answer_note_it_is_refused_and_nothing_is_saved()
    {
        var before = await App.CountAsync();

        var result = await App.IntakeAsync(IntakeInputs.AnswerDirectly(await App.CategoryIdAsync("utilities-heating"), null, "   "),
            IntakeAction.AnswerDirectly);

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.Field == nameof(IntakeInput.ArticleId));
        (await App.CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_unknown_article_is_refused_and_nothing_is_saved()
    {
        var before = await App.CountAsync();

        var result = await App.IntakeAsync(IntakeInputs.AnswerDirectly(await App.CategoryIdAsync("utilities-heating"), 999_999),
            IntakeAction.AnswerDirectly);

        result.Errors.ShouldContain(e => e.Field == nameof(IntakeInput.ArticleId));
        (await App.CountAsync()).ShouldBe(before);
    }

    private Task<int> ArticleIdAsync(string title) =>
        App.ReadAsync(db => db.KnowledgeArticles.Where(a => a.Title == title).Select(a => a.Id).SingleAsync());

    private Task<int> UseCountAsync(int article) =>
        App.ReadAsync(db => db.KnowledgeArticles.Where(a => a.Id == article).Select(a => a.UseCount).SingleAsync());
}
