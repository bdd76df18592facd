using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Intake;

public sealed class UrgeTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_call_is_attached_to_the_open_ticket_without_a_new_ticket()
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating")));
        App.Clock.Advance(TimeSpan.FromHours(2));
        var before = await App.CountAsync();

        var result = await App.IntakeAsync(IntakeInputs.Urge(number, "  市民再次来电，问什么时候能来修。 "), IntakeAction.Urge);

        result.Errors.ShouldBeEmpty();
        result.Value!.TicketNumber.ShouldBe(number);
        result.Value.Outcome.ShouldBe(CallOutcome.Urge);
        var after = await App.CountAsync();
        after.Tickets.ShouldBe(before.Tickets);
        after.Calls.ShouldBe(before.Calls + 1);
        after.NumbersHandedOut.ShouldBe(before.NumbersHandedOut);
        var ticket = await App.TicketAsync(number);
        ticket.UrgeCount.ShouldBe(1);
        ticket.Status.ShouldBe(TicketStatus.PendingDispatch);
        var urge = ticket.Events.Single(e => e.Action == TicketAction.Urge);
        urge.CallId.ShouldBe(result.Value.CallId);
        urge.Note.ShouldBe("市民再次来电，问什么时候能来修。");
        urge.At.ShouldBe(App.Clock.GetUtcNow());
        urge.From.ShouldBe(TicketStatus.PendingDispatch);
        urge.To.ShouldBe(TicketStatus.PendingDispatch);
        var call = await App.LoggedCallAsync(result.Value.CallId);
        call.Outcome.ShouldBe(CallOutcome.Urge);
        call.TicketId.ShouldBe(ticket.Id);
    }

    [Fact]
    public async Task Each_urge_counts_once_more()
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating")));
        await App.DispatchAsync(number, "heating");

        await App.IntakeAsync(IntakeInputs.Urge(number), IntakeAction.Urge);
        await App.IntakeAsync(IntakeInputs.Urge(number, null), IntakeAction.Urge);

        var ticket = await App.TicketAsync(number);
        ticket.UrgeCount.ShouldBe(2);
        ticket.Status.ShouldBe(TicketStatus.Dispatched);
        ticket.Events.Count(e => e.Action == TicketAction.Urge).ShouldBe(2);
        ticket.Events.Last(e => e.Action == TicketAction.Urge).Note.ShouldBeNull();
    }

    [Fact]
    public async Task Concurrent_urges_are_never_lost()
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating")));
        await App.ViewerAsync("agent");
        var before = await App.CountAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => App.IntakeAsync(IntakeInputs.Urge(number), IntakeAction.Urge))));

        // Each urge either counts or is refused as changed by someone else; none is silently overwritten.
        var accepted = results.Count(r => r.Succeeded);
        accepted.ShouldBeGreaterThan(0);
        results.Where(r => !r.Succeeded).ShouldAllBe(r => r.Errors.Single().Code == ServiceError.Concurrency);
        var ticket = await App.TicketAsync(number);
        ticket.UrgeCount.ShouldBe(accepted);
        ticket.Events.Count(e => e.Action == TicketAction.Urge).ShouldBe(accepted);
        (await App.CountAsync()).Calls.ShouldBe(before.Calls + accepted);
    }

    [Fact]
    public async Task Urging_a_closed_ticket_is_refused_and_nothing_is_saved()
    {
        var answered = await App.IntakeAsync(IntakeInputs.AnswerDirectly(await App.CategoryIdAsync("utilities-heating"), null, "已当场答复。"),
            IntakeAction.AnswerDirectly);
        var number = answered.Value!.TicketNumber!;
        var before = await App.CountAsync();

        var result = await App.IntakeAsync(IntakeInputs.Urge(number), IntakeAction.Urge);

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.Field == nameof(IntakeInput.UrgeTicketNumber));
        (await App.CountAsync()).ShouldBe(before);
        (await App.TicketAsync(number)).UrgeCount.ShouldBe(0);
    }

    [Fact]
    public async Task Urging_an_unknown_number_is_refused_and_nothing_is_saved()
    {
        var before = await App.CountAsync();

        var result = await App.IntakeAsync(IntakeInputs.Urge("20261123-09999"), IntakeAction.Urge);

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.Field == nameof(IntakeInput.UrgeTicketNumber));
        (await App.CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Urging_without_a_well_formed_number_is_refused_on_the_number_field()
    {
        var before = await App.CountAsync();

        var result = await App.IntakeAsync(IntakeInputs.Urge("2026-42"), IntakeAction.Urge);

        result.Errors.ShouldContain(e => e.Field == nameof(IntakeInput.UrgeTicketNumber));
        (await App.CountAsync()).ShouldBe(before);
    }
}
