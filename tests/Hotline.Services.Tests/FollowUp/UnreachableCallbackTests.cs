using Hotline.Domain.Tickets;
using Hotline.Services.FollowUp;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.FollowUp;

/// <summary>"Closed — citizen unreachable" after failed attempts on three different local days, as the clock moves on.</summary>
public sealed class UnreachableCallbackTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_third_failed_attempt_on_a_third_day_closes_the_ticket_as_unreachable()
    {
        var number = await App.ResolvedAsync();
        SetLocalNow(2026, 11, 24, 9, 30);
        (await App.CalledBackAsync(number, FollowUpSteps.NotReached())).ShouldBe(new CallbackRecorded(number, CallbackOutcome.AttemptCounted, 1, 1));
        SetLocalNow(2026, 11, 25, 15, 0);
        (await App.CalledBackAsync(number, FollowUpSteps.NotReached())).FailedAttempts.ShouldBe(2);
        var page = (await App.CallbackTicketAsync(number)).ShouldNotBeNull();
        (page.Failed.Days, page.Failed.Today, page.Failed.NextClosesIfUnreached).ShouldBe((2, true, false));
        SetLocalNow(2026, 11, 26, 8, 45);
        (await App.CallbackTicketAsync(number))!.Failed.NextClosesIfUnreached.ShouldBeTrue();

        var recorded = await App.CalledBackAsync(number, FollowUpSteps.NotReached());

        recorded.Outcome.ShouldBe(CallbackOutcome.ClosedUnreachable);
        var ticket = await App.StoredAsync(number);
        (ticket.Status, ticket.ClosureReason, ticket.AwaitingCallback).ShouldBe((TicketStatus.Closed, (ClosureReason?)ClosureReason.Unreachable, false));
        ticket.Callbacks.Select(c => c.LocalDate).ShouldBe([new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 26)]);
        ticket.Callbacks.ShouldAllBe(c => !c.Reached && c.Satisfaction == null && c.Solved == null);
        (await App.CallbackQueueAsync(new CallbackQueueFilter { Text = number })).Items.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Failed_attempts_all_on_one_day_keep_the_ticket_in_the_queue()
    {
        var number = await App.ResolvedAsync();
        foreach (var hour in new[] { 11, 14, 16, 19 })
        {
            SetLocalNow(2026, 11, 24, hour);
            (await App.CalledBackAsync(number, FollowUpSteps.NotReached())).Outcome.ShouldBe(CallbackOutcome.AttemptCounted);
        }

        var ticket = await App.StoredAsync(number);
        (ticket.Status, ticket.AwaitingCallback).ShouldBe((TicketStatus.Resolved, true));
        (await App.CallbackQueueAsync(new CallbackQueueFilter { Text = number })).Items.Items.ShouldHaveSingleItem().FailedAttempts.ShouldBe(4);
    }

    [Fact]
    public async Task Days_are_the_hotlines_local_days_so_near_midnight_and_next_morning_are_two()
    {
        var number = await App.ResolvedAsync();
        SetLocalNow(2026, 11, 24, 23, 50);
        await App.CalledBackAsync(number, FollowUpSteps.NotReached());
        SetLocalNow(2026, 11, 25, 0, 10);
        await App.CalledBackAsync(number, FollowUpSteps.NotReached());
        SetLocalNow(2026, 11, 26, 0, 5);

        (await App.CalledBackAsync(number, FollowUpSteps.NotReached())).Outcome.ShouldBe(CallbackOutcome.ClosedUnreachable);
    }
}
