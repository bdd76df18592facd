using Hotline.Services.FollowUp;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.FollowUp;

/// <summary>
/// Issue 14: two agents calling the same citizen back at once. The agent who opens the callback holds it (正在回访);
/// another agent sees who does and cannot record it until the holder records it, lets it go, or the claim lapses.
/// </summary>
public sealed class CallbackClaimTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_agent_who_opens_a_callback_holds_it_and_the_queue_and_the_page_say_who()
    {
        var number = await App.ResolvedAsync();

        (await ClaimAsync(number, "agent")).ShouldBeTrue();

        var holder = (await GetAsync(number, "agent2")).Holder.ShouldNotBeNull();
        holder.DisplayName.ShouldBe((await App.ViewerAsync("agent")).Actor.DisplayName);
        holder.IsViewer.ShouldBeFalse();
        holder.Until.ShouldBe(App.Clock.GetUtcNow() + TimeSpan.FromMinutes(15));
        (await GetAsync(number, "agent")).Holder.ShouldNotBeNull().IsViewer.ShouldBeTrue();
        var row = (await QueueAsync(number)).ShouldHaveSingleItem();
        row.HeldBy.ShouldBe(holder.DisplayName);
    }

    [Fact]
    public async Task A_second_agent_can_neither_claim_nor_record_a_held_callback_and_nothing_is_saved()
    {
        var number = await App.ResolvedAsync();
        (await ClaimAsync(number, "agent")).ShouldBeTrue();

        (await ClaimAsync(number, "agent2")).ShouldBeFalse();
        var refused = await App.CallbackAsync(number, FollowUpSteps.Dissatisfied(reopen: true), "agent2");

        refused.Errors.ShouldHaveSingleItem().Code.ShouldBe(FollowUpService.Claimed);
        (await App.StoredAsync(number)).Callbacks.ShouldBeEmpty();
        (await GetAsync(number, "agent2")).Holder.ShouldNotBeNull().IsViewer.ShouldBeFalse();
    }

    [Fact]
    public async Task Two_agents_claiming_at_once_one_holds_it()
    {
        var number = await App.ResolvedAsync();
        var agent = await App.ViewerAsync("agent");
        var agent2 = await App.ViewerAsync("agent2");

        var claims = await Task.WhenAll(
            App.UseAsync<FollowUpService, bool>(s => s.ClaimAsync(number, agent)),
            App.UseAsync<FollowUpService, bool>(s => s.ClaimAsync(number, agent2)));

        claims.Count(c => c).ShouldBe(1);
    }

    [Fact]
    public async Task Recording_the_callback_releases_the_claim()
    {
        var number = await App.ResolvedAsync();
        (await ClaimAsync(number, "agent")).ShouldBeTrue();

        await App.CalledBackAsync(number, FollowUpSteps.NotReached(), "agent");

        (await ClaimRowsAsync(number)).ShouldBe(0);
        (await GetAsync(number, "agent2")).Holder.ShouldBeNull();
        (await ClaimAsync(number, "agent2")).ShouldBeTrue();
    }

    [Fact]
    public async Task A_claim_lapses_after_the_configured_timeout_and_another_agent_may_take_the_callback()
    {
        var number = await App.ResolvedAsync();
        (await ClaimAsync(number, "agent")).ShouldBeTrue();

        App.Clock.Advance(TimeSpan.FromMinutes(14));
        (await ClaimAsync(number, "agent2")).ShouldBeFalse();
        App.Clock.Advance(TimeSpan.FromMinutes(1));

        (await GetAsync(number, "agent2")).Holder.ShouldBeNull();
        (await QueueAsync(number)).ShouldHaveSingleItem().HeldBy.ShouldBeNull();
        (await ClaimAsync(number, "agent2")).ShouldBeTrue();
        (await App.CallbackAsync(number, FollowUpSteps.Satisfied(), "agent")).Errors.ShouldHaveSingleItem().Code.ShouldBe(FollowUpService.Claimed);
        (await App.CalledBackAsync(number, FollowUpSteps.Satisfied(), "agent2")).Outcome.ShouldBe(CallbackOutcome.Closed);
    }

    [Fact]
    public async Task Reopening_the_page_renews_the_holders_claim_and_letting_go_frees_it()
    {
        var number = await App.ResolvedAsync();
        (await ClaimAsync(number, "agent")).ShouldBeTrue();
        App.Clock.Advance(TimeSpan.FromMinutes(10));

        (await ClaimAsync(number, "agent")).ShouldBeTrue();
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        (await ClaimAsync(number, "agent2")).ShouldBeFalse();
        var agent = await App.ViewerAsync("agent");
        await App.UseAsync<FollowUpService>(s => s.ReleaseAsync(number, agent));

        (await ClaimAsync(number, "agent2")).ShouldBeTrue();
    }

    [Fact]
    public async Task A_ticket_not_waiting_for_a_callback_cannot_be_claimed()
    {
        var number = await App.ResolvedAsync();
        await App.CalledBackAsync(number, FollowUpSteps.Satisfied());

        (await ClaimAsync(number, "agent")).ShouldBeFalse();
        (await ClaimRowsAsync(number)).ShouldBe(0);
    }

    private async Task<bool> ClaimAsync(string number, string user)
    {
        var viewer = await App.ViewerAsync(user);
        return await App.UseAsync<FollowUpService, bool>(s => s.ClaimAsync(number, viewer));
    }

    private async Task<CallbackTicket> GetAsync(string number, string user)
    {
        var viewer = await App.ViewerAsync(user);
        return (await App.UseAsync<FollowUpService, CallbackTicket?>(s => s.GetAsync(number, viewer))).ShouldNotBeNull();
    }

    private Task<IReadOnlyList<CallbackQueueItem>> QueueAsync(string number) =>
        App.UseAsync<FollowUpService, IReadOnlyList<CallbackQueueItem>>(async s =>
            (await s.QueueAsync(new CallbackQueueFilter { Text = number })).Items.Items);

    private Task<int> ClaimRowsAsync(string number) =>
        App.ReadAsync(db => db.CallbackClaims.CountAsync(c => db.Tickets.Any(t => t.Id == c.TicketId && t.Number == number)));
}
