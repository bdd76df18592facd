using Hotline.Domain.Tickets;
using Hotline.Services.FollowUp;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;

namespace Hotline.Services.Tests.FollowUp;

/// <summary>The ticket page's 回访记录 and timeline after a reopen and a second callback.</summary>
public sealed class CallbackHistoryOnTheTicketTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_ticket_shows_both_rounds_callbacks_the_reopen_and_the_closure_and_its_timeline_tags_each_callback()
    {
        var number = await App.ResolvedAsync();
        SetLocalNow(2026, 11, 24, 9);
        await App.CalledBackAsync(number, FollowUpSteps.NotReached());
        SetLocalNow(2026, 11, 24, 15);
        await App.CalledBackAsync(number, FollowUpSteps.Dissatisfied(reopen: true));
        await App.WorkRoundAsync(number);
        SetLocalNow(2026, 11, 25, 10);
        await App.CalledBackAsync(number, FollowUpSteps.Satisfied());
        var supervisor = await App.ViewerAsync("supervisor");

        var detail = (await App.UseAsync<TicketQueryService, TicketDetail?>(s => s.GetAsync(number, supervisor))).ShouldNotBeNull();

        var f = detail.FollowUp;
        (f.ClosureReason, f.ReopenCount, f.AwaitingCallback).ShouldBe(((ClosureReason?)ClosureReason.Satisfied, 1, false));
        f.Callbacks.Select(c => (c.Round, c.Reached, c.Satisfaction, c.Reopened)).ShouldBe(
            [(1, false, null, false), (1, true, Satisfaction.Dissatisfied, true), (2, true, (Satisfaction?)Satisfaction.Satisfied, false)]);
        f.Callbacks.ShouldAllBe(c => c.Unit != null && c.Unit.Zh == "市热力有限公司");
        var notes = detail.Timeline.Where(e => e.Action is TicketAction.RecordCallback or TicketAction.CloseAfterCallback or TicketAction.Reopen)
            .Select(e => (e.Action, e.Choice, e.Note ?? string.Empty)).ToList();
        notes.ShouldBe(
        [
            (TicketAction.RecordCallback, (Enum?)CallbackResult.NotReached, string.Empty),
            (TicketAction.RecordCallback, CallbackResult.Dissatisfied, FollowUpSteps.Complaint),
            (TicketAction.Reopen, null, FollowUpSteps.ReopenReason),
            (TicketAction.CloseAfterCallback, CallbackResult.Satisfied, FollowUpSteps.Words),
        ]);
    }
}
