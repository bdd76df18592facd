using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Testing;

namespace Hotline.Services.Tests.Intake;

public sealed class RegisterTicketTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_ticket_is_saved_pending_dispatch_with_the_first_number_of_the_local_day()
    {
        SetLocalNow(2026, 11, 25, 9, 15);
        var heating = await App.CategoryIdAsync("utilities-heating");

        var result = await App.IntakeAsync(IntakeInputs.Register(heating), IntakeAction.Register);

        result.Errors.ShouldBeEmpty();
        result.Value!.TicketNumber.ShouldBe("20261125-00001");
        result.Value.Outcome.ShouldBe(CallOutcome.NewTicket);
        result.Value.WasRepeat.ShouldBeFalse();
        var ticket = await App.TicketAsync("20261125-00001");
        ticket.Status.ShouldBe(TicketStatus.PendingDispatch);
        ticket.CategoryId.ShouldBe(heating);
        ticket.CallerPhone.ShouldBe(IntakeInputs.Phone);
        ticket.Content.ShouldBe(IntakeInputs.HeatingContent);
        ticket.RegisteredAt.ShouldBe(App.Clock.GetUtcNow());
        ticket.RegisteredByUserId.ShouldBe((await App.ViewerAsync("agent")).Actor.UserId);
        ticket.IsDirectlyAnswered.ShouldBeFalse();
        ticket.ClosedAt.ShouldBeNull();
    }

    [Fact]
    public async Task The_number_carries_the_local_date_when_utc_is_still_the_day_before()
    {
        // 17:00 UTC on the 23rd is 01:00 on the 24th in Shanghai.
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero));

        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating")));

        number.ShouldBe("20261124-00001");
    }

    [Fact]
    public async Task The_call_is_logged_and_linked_to_the_ticket()
    {
        var input = IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"), phone: "138-0535-7777");

        var result = await App.IntakeAsync(input, IntakeAction.Register);

        var ticket = await App.TicketAsync(result.Value!.TicketNumber!);
        var call = await App.LoggedCallAsync(result.Value.CallId);
        call.TicketId.ShouldBe(ticket.Id);
        call.SubmissionId.ShouldBe(input.SubmissionId);
        call.Outcome.ShouldBe(CallOutcome.NewTicket);
        call.Phone.ShouldBe("13805357777");
        call.AgentUserId.ShouldBe((await App.ViewerAsync("agent")).Actor.UserId);
        ticket.CallerPhone.ShouldBe("13805357777");
    }

    [Fact]
    public async Task The_timeline_starts_with_a_register_event_carrying_the_call_id()
    {
        var result = await App.IntakeAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating")), IntakeAction.Register);

        var ticket = await App.TicketAsync(result.Value!.TicketNumber!);
        var registered = ticket.Events.ShouldHaveSingleItem();
        registered.Action.ShouldBe(TicketAction.Register);
        registered.CallId.ShouldBe(result.Value.CallId);
        registered.From.ShouldBeNull();
        registered.To.ShouldBe(TicketStatus.PendingDispatch);
        registered.At.ShouldBe(TestDatabase.DefaultNow);
        registered.ActorName.ShouldBe((await App.ViewerAsync("agent")).Actor.DisplayName);
    }

    [Fact]
    public async Task A_normal_complaint_is_due_for_dispatch_four_natural_hours_after_registration()
    {
        // Friday 16:00: four natural hours run into the evening, not into Monday's office hours.
        SetLocalNow(2026, 11, 27, 16, 0);
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating")));

        var ticket = await App.TicketAsync(number);

        ticket.DispatchDueAt.ShouldBe(App.Clock.GetUtcNow().AddHours(4));
    }

    [Fact]
    public async Task An_urgent_request_is_due_for_dispatch_fifteen_minutes_after_registration()
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"),
            type: RequestType.HelpRequest, urgency: Urgency.Urgent));

        var ticket = await App.TicketAsync(number);

        ticket.Urgency.ShouldBe(Urgency.Urgent);
        ticket.DispatchDueAt.ShouldBe(TestDatabase.DefaultNow.AddMinutes(15));
    }

    [Fact]
    public async Task A_report_is_confidential_even_when_the_box_is_not_ticked()
    {
        var input = IntakeInputs.Register(await App.CategoryIdAsync("market-unlicensed"), "楼下有人无证经营黑作坊，生产的食品卫生条件很差。", type: RequestType.Report);
        input.IsConfidential = false;

        var number = await App.RegisterAsync(input);

        (await App.TicketAsync(number)).IsConfidential.ShouldBeTrue();
    }

    [Fact]
    public async Task A_complaint_is_confidential_only_when_the_box_is_ticked()
    {
        var category = await App.CategoryIdAsync("utilities-heating");
        var ticked = IntakeInputs.Register(category);
        ticked.IsConfidential = true;

        var open = await App.RegisterAsync(IntakeInputs.Register(category));
        var confidential = await App.RegisterAsync(ticked);

        (await App.TicketAsync(open)).IsConfidential.ShouldBeFalse();
        (await App.TicketAsync(confidential)).IsConfidential.ShouldBeTrue();
    }
}
