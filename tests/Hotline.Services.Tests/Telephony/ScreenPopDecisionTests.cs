using Hotline.Services.Intake;
using Hotline.Services.Telephony;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using static Hotline.Services.Tests.Telephony.TelephonyFixture;

namespace Hotline.Services.Tests.Telephony;

/// <summary>
/// Which events pop a call onto the agent's screen (docs/decisions/0025), decided by the service under the call's lock,
/// and the agent's logged call linked to the platform's call.
/// </summary>
public sealed class ScreenPopDecisionTests(TelephonyFixture app) : DatabaseTest<TelephonyFixture>(app), IClassFixture<TelephonyFixture>
{
    private static readonly DateTimeOffset Morning = TestDatabase.DefaultNow.AddHours(-1);

    private Task<string> AgentIdAsync() => App.ReadAsync(db => db.Users.Where(u => u.UserName == "agent").Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task An_answered_call_pops_once_to_the_agent_with_that_login_with_the_number_and_local_answer_time()
    {
        var story = AnsweredCall("pop-once", Morning, waitSeconds: 6, talkSeconds: 90);
        (await App.SendAsync(story[0], story[1])).Pops.ShouldBeEmpty();

        var pop = (await App.SendAsync(story[2])).Pops.ShouldHaveSingleItem();
        pop.AgentUserId.ShouldBe(await AgentIdAsync());
        pop.CallerNumber.ShouldBe("13812345678");
        pop.PlatformCallId.ShouldBe("pop-once");
        pop.NumberOnly.ShouldBeFalse();
        pop.AnsweredLocal.ShouldBe(Morning.AddSeconds(6).ToOffset(TimeSpan.FromHours(8)).DateTime);

        // The same answer again, and a second answer event of the platform's: no second pop.
        (await App.SendAsync(story[2])).Pops.ShouldBeEmpty();
        (await App.SendAsync(Event("pop-once-a2", "answered", "pop-once", Morning.AddSeconds(7), agent: "agent"))).Pops.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_answer_arriving_after_the_hang_up_does_not_pop()
    {
        var story = AnsweredCall("pop-ended", Morning, waitSeconds: 6, talkSeconds: 20);
        (await App.SendAsync(story[0], story[1], story[3])).Pops.ShouldBeEmpty();
        (await App.SendAsync(story[2])).Pops.ShouldBeEmpty();
        (await App.ReadAsync(db => db.PhoneCalls.SingleAsync(c => c.PlatformCallId == "pop-ended"))).PoppedAt.ShouldBeNull();
    }

    [Fact]
    public async Task An_answer_before_its_offer_pops_without_the_number_and_the_offer_sends_the_number()
    {
        var story = AnsweredCall("pop-early", Morning, waitSeconds: 6, talkSeconds: 20);
        var first = (await App.SendAsync(story[2])).Pops.ShouldHaveSingleItem();
        first.CallerNumber.ShouldBeNull();
        first.NumberOnly.ShouldBeFalse();

        var number = (await App.SendAsync(story[0])).Pops.ShouldHaveSingleItem();
        number.NumberOnly.ShouldBeTrue();
        number.CallerNumber.ShouldBe("13812345678");
        number.PhoneCallId.ShouldBe(first.PhoneCallId);

        (await App.SendAsync(story[1], story[3])).Pops.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_agent_login_that_is_no_hotline_user_pops_to_nobody()
    {
        var pop = (await App.SendAsync(AnsweredCall("pop-stranger", Morning, 6, 20, agent: "ext-4711")[2])).Pops.ShouldHaveSingleItem();
        pop.AgentUserId.ShouldBeNull();
    }

    [Fact]
    public async Task The_call_saved_from_a_popped_screen_links_the_ticket_to_the_platforms_call()
    {
        var story = AnsweredCall("pop-ticket", Morning, waitSeconds: 4, talkSeconds: 60);
        await App.SendAsync(story[0], story[1]);
        var pop = (await App.SendAsync(story[2])).Pops.ShouldHaveSingleItem();

        var input = IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"), phone: pop.CallerNumber!);
        input.PhoneCallId = pop.PhoneCallId;
        var number = await App.RegisterAsync(input);

        (await App.ReadAsync(db => db.Calls.Where(c => c.SubmissionId == input.SubmissionId).Select(c => c.PhoneCallId).SingleAsync()))
            .ShouldBe(pop.PhoneCallId);
        var viewer = await App.ViewerAsync("agent");
        var detail = (await App.UseAsync<TicketQueryService, TicketDetail?>(s => s.GetAsync(number, viewer))).ShouldNotBeNull();
        var linked = detail.PhoneCalls.ShouldHaveSingleItem();
        linked.PlatformCallId.ShouldBe("pop-ticket");
        linked.WaitMs.ShouldBe(4_000);
        linked.AgentLogin.ShouldBe("agent");
    }

    [Fact]
    public async Task A_call_logged_by_hand_has_no_platform_call_and_an_unknown_one_is_refused_with_nothing_saved()
    {
        var heating = await App.CategoryIdAsync("utilities-heating");
        var byHand = IntakeInputs.Register(heating);
        var number = await App.RegisterAsync(byHand);
        (await App.ReadAsync(db => db.Calls.Where(c => c.SubmissionId == byHand.SubmissionId).Select(c => c.PhoneCallId).SingleAsync())).ShouldBeNull();
        var viewer = await App.ViewerAsync("agent");
        (await App.UseAsync<TicketQueryService, TicketDetail?>(s => s.GetAsync(number, viewer))).ShouldNotBeNull().PhoneCalls.ShouldBeEmpty();

        var unknown = IntakeInputs.Register(heating);
        unknown.PhoneCallId = long.MaxValue;
        var refused = await App.IntakeAsync(unknown, IntakeAction.Register);
        refused.Errors.ShouldHaveSingleItem().Code.ShouldBe("Validation.PhoneCall.NotFound");
        (await App.ReadAsync(db => db.Calls.AnyAsync(c => c.SubmissionId == unknown.SubmissionId))).ShouldBeFalse();
    }
}
