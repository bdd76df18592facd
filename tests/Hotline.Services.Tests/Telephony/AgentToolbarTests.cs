using Hotline.Domain.Telephony;
using Hotline.Services.Common;
using Hotline.Services.Telephony;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using static Hotline.Services.Tests.Telephony.TelephonyFixture;

namespace Hotline.Services.Tests.Telephony;

/// <summary>
/// The agent's own toolbar (docs/decisions/0030): a change is the platform's agentState event for the agent's login,
/// so it merges with the platform's states by time and counts in the agents' day by the same rule.
/// </summary>
public sealed class AgentToolbarTests(TelephonyFixture app) : DatabaseTest<TelephonyFixture>(app), IClassFixture<TelephonyFixture>
{
    private async Task<ServiceResult<OwnState>> SetAsync(string user, AgentStateKind? state, string? reason = null, Guid? submission = null)
    {
        var viewer = await App.ViewerAsync(user);
        return await App.UseAsync<CallEventService, ServiceResult<OwnState>>(s =>
            s.SetOwnStateAsync(viewer.Actor.UserId, state, reason, submission ?? Guid.NewGuid()));
    }

    private Task<List<StoredCallEvent>> StatesOfAsync(string login) => App.ReadAsync(db => db.TelephonyEvents.AsNoTracking()
        .Where(e => e.Agent == login && e.Kind == CallEventKind.AgentState).OrderBy(e => e.At).ToListAsync());

    [Fact]
    public async Task The_toolbars_changes_and_the_platforms_make_one_timeline_counted_in_the_agents_day()
    {
        var now = TestDatabase.DefaultNow;
        (await App.SendAsync(AgentState("tb-1", "dispatcher", "ready", now.AddHours(-1)))).Succeeded.ShouldBeTrue();

        var meal = await SetAsync("dispatcher", AgentStateKind.NotReady, "meal");
        meal.Succeeded.ShouldBeTrue();
        meal.Value!.State.ShouldBe(AgentStateKind.NotReady);
        meal.Value.Reason.ShouldBe("meal");
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        (await SetAsync("dispatcher", AgentStateKind.AfterCallWork)).Value!.Reason.ShouldBeNull();
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        (await SetAsync("dispatcher", AgentStateKind.Ready)).Succeeded.ShouldBeTrue();
        App.Clock.Advance(TimeSpan.FromMinutes(15));

        // One state row for the agent, under the platform that holds it; the toolbar's events are told by their ids.
        var rows = await App.ReadAsync(db => db.AgentStates.AsNoTracking().Where(s => s.AgentLogin == "dispatcher").ToListAsync());
        rows.ShouldHaveSingleItem().ClientId.ShouldBe(App.ClientId);
        rows[0].State.ShouldBe(AgentStateKind.Ready);
        (await StatesOfAsync("dispatcher")).Count(e => e.EventId.StartsWith(AgentToolbar.EventIdPrefix, StringComparison.Ordinal)).ShouldBe(3);

        var day = (await App.UseAsync<TelephoneFigures, List<AgentDayRow>>(f => f.AgentsAsync(new DateOnly(2026, 11, 23))))
            .Single(r => r.Agent == "dispatcher");
        day.ReadySeconds.ShouldBe(3600 + 15 * 60);
        day.NotReadySeconds.ShouldBe(10 * 60);
        day.AfterCallSeconds.ShouldBe(5 * 60);
    }

    [Fact]
    public async Task A_late_platform_state_takes_its_place_by_time_and_a_later_one_wins()
    {
        var now = TestDatabase.DefaultNow;
        (await SetAsync("agent2", AgentStateKind.NotReady, "training")).Succeeded.ShouldBeTrue();

        // The platform's "ready" from a minute before the toolbar's change arrives late: the toolbar's stays.
        await App.SendAsync(AgentState("late-1", "agent2", "ready", now.AddMinutes(-1)));
        var own = await App.UseAsync<CallEventService, OwnState>(async s => await s.OwnStateAsync((await App.ViewerAsync("agent2")).Actor.UserId));
        own.State.ShouldBe(AgentStateKind.NotReady);
        own.Reason.ShouldBe("training");

        // A call the platform puts through later is later: on call.
        await App.SendAsync(AgentState("late-2", "agent2", "onCall", now.AddSeconds(30)));
        own = await App.UseAsync<CallEventService, OwnState>(async s => await s.OwnStateAsync((await App.ViewerAsync("agent2")).Actor.UserId));
        own.State.ShouldBe(AgentStateKind.OnCall);
        own.SinceLocal.ShouldBe(new DateTime(2026, 11, 23, 10, 0, 30));
    }

    [Fact]
    public async Task A_repeated_post_is_one_change()
    {
        var submission = Guid.NewGuid();
        (await SetAsync("liaison-heating", AgentStateKind.AfterCallWork, submission: submission)).Succeeded.ShouldBeTrue();
        App.Clock.Advance(TimeSpan.FromSeconds(3));
        (await SetAsync("liaison-heating", AgentStateKind.AfterCallWork, submission: submission)).Succeeded.ShouldBeTrue();
        (await StatesOfAsync("liaison-heating")).ShouldHaveSingleItem().At.ShouldBe(TestDatabase.DefaultNow);
    }

    [Theory]
    [InlineData(AgentStateKind.OnCall, null, AgentToolbar.BadState)]
    [InlineData(AgentStateKind.LoggedOut, null, AgentToolbar.BadState)]
    [InlineData((AgentStateKind)99, null, AgentToolbar.BadState)]
    [InlineData(null, null, AgentToolbar.BadState)]
    [InlineData(AgentStateKind.NotReady, null, AgentToolbar.BadReason)]
    [InlineData(AgentStateKind.NotReady, "nap", AgentToolbar.BadReason)]
    public async Task A_state_the_toolbar_does_not_offer_is_refused_and_nothing_is_written(AgentStateKind? state, string? reason, string code)
    {
        var before = await App.ReadAsync(db => db.TelephonyEvents.CountAsync());
        (await SetAsync("agent", state, reason)).Errors.ShouldHaveSingleItem().Code.ShouldBe(code);
        (await SetAsync("agent", AgentStateKind.Ready, submission: Guid.Empty)).Errors.ShouldHaveSingleItem().Code.ShouldBe(AgentToolbar.BadSubmission);
        (await App.ReadAsync(db => db.TelephonyEvents.CountAsync())).ShouldBe(before);
    }
}
