using Hotline.Domain.Tickets;
using Hotline.Services.FollowUp;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.FollowUp;

/// <summary>重办 after dissatisfied callbacks: rounds number on, and each round keeps its own assignment and callback facts.</summary>
public sealed class ReopenRoundTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Two_reopens_make_round_three_and_each_rounds_callback_is_stored_with_its_round_and_unit()
    {
        var number = await App.ResolvedAsync();
        SetLocalNow(2026, 11, 24, 10);
        (await App.CalledBackAsync(number, FollowUpSteps.Dissatisfied(reopen: true))).Round.ShouldBe(2);
        SetLocalNow(2026, 11, 24, 11);
        await App.WorkRoundAsync(number);
        SetLocalNow(2026, 11, 25, 10);
        (await App.CalledBackAsync(number, FollowUpSteps.Dissatisfied(reopen: true))).Round.ShouldBe(3);
        SetLocalNow(2026, 11, 25, 11);
        await App.WorkRoundAsync(number);
        SetLocalNow(2026, 11, 26, 10);

        (await App.CalledBackAsync(number, FollowUpSteps.Satisfied())).Outcome.ShouldBe(CallbackOutcome.Closed);

        var ticket = await App.StoredAsync(number);
        (ticket.Status, ticket.Round, ticket.ReopenCount, ticket.ClosureReason).ShouldBe((TicketStatus.Closed, 3, 2, (ClosureReason?)ClosureReason.Satisfied));
        var heating = await App.UnitIdAsync("heating");
        var rows = await App.ReadAsync(db => db.Callbacks.AsNoTracking().Where(c => c.TicketId == ticket.Id).OrderBy(c => c.Round)
            .Select(c => new { c.Round, c.UnitId, c.Reached, c.Satisfaction, c.Solved, c.Reopened }).ToListAsync());
        rows.Select(r => (r.Round, r.UnitId, r.Reached, r.Satisfaction, r.Solved, r.Reopened)).ShouldBe(
        [
            (1, heating, true, Satisfaction.Dissatisfied, false, true),
            (2, heating, true, Satisfaction.Dissatisfied, false, true),
            (3, (int?)heating, true, (Satisfaction?)Satisfaction.Satisfied, (bool?)true, false),
        ]);
        var leads = ticket.Assignments.Where(a => a.IsLead).OrderBy(a => a.Round).ToList();
        leads.Select(a => (a.Round, a.UnitId, a.IsActive, a.ResolvedAt is not null)).ShouldBe([(1, heating, false, true), (2, heating, false, true), (3, heating, true, true)]);
        // Each round's clocks started when it was reopened: a day later each time, so each deadline is later too.
        leads[1].ResolveDueAt.ShouldBeGreaterThan(leads[0].ResolveDueAt);
        leads[2].ResolveDueAt.ShouldBeGreaterThan(leads[1].ResolveDueAt);
        ticket.Events.Where(e => e.Action == TicketAction.Reopen).Select(e => e.Round).ShouldBe([2, 3]);
    }

    [Fact]
    public async Task The_queue_shows_only_this_rounds_failed_attempts()
    {
        var number = await App.ResolvedAsync();
        (await App.CalledBackAsync(number, FollowUpSteps.NotReached())).Outcome.ShouldBe(CallbackOutcome.AttemptCounted);
        App.Clock.Advance(TimeSpan.FromDays(1));
        await App.CalledBackAsync(number, FollowUpSteps.Dissatisfied(reopen: true));
        await App.WorkRoundAsync(number);

        var row = (await App.CallbackQueueAsync(new CallbackQueueFilter { Text = number })).Items.Items.ShouldHaveSingleItem();

        row.FailedAttempts.ShouldBe(0);
        var page = (await App.CallbackTicketAsync(number)).ShouldNotBeNull();
        page.Round.ShouldBe(2);
        page.Failed.Count.ShouldBe(0);
        page.Attempts.Select(a => (a.Round, a.Reached)).ShouldBe([(1, false), (1, true)]);
    }
}
