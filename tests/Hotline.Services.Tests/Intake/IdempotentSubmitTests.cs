using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Intake;

public sealed class IdempotentSubmitTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Submitting_the_same_form_twice_saves_one_ticket_and_one_call()
    {
        var input = IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"));
        var before = await App.CountAsync();

        var first = await App.IntakeAsync(input, IntakeAction.Register);
        var second = await App.IntakeAsync(input, IntakeAction.Register);

        first.Value!.WasRepeat.ShouldBeFalse();
        second.Errors.ShouldBeEmpty();
        second.Value!.WasRepeat.ShouldBeTrue();
        second.Value.TicketNumber.ShouldBe(first.Value.TicketNumber);
        second.Value.CallId.ShouldBe(first.Value.CallId);
        second.Value.Outcome.ShouldBe(first.Value.Outcome);
        (await App.CountAsync()).ShouldBe(before with
        {
            Tickets = before.Tickets + 1,
            Calls = before.Calls + 1,
            Events = before.Events + 1,
            NumbersHandedOut = before.NumbersHandedOut + 1,
        });
    }

    [Fact]
    public async Task Submitting_the_same_urge_twice_counts_one_urge()
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating")));
        var urge = IntakeInputs.Urge(number);

        await App.IntakeAsync(urge, IntakeAction.Urge);
        var repeat = await App.IntakeAsync(urge, IntakeAction.Urge);

        repeat.Value!.WasRepeat.ShouldBeTrue();
        repeat.Value.TicketNumber.ShouldBe(number);
        (await App.TicketAsync(number)).UrgeCount.ShouldBe(1);
        (await App.ReadAsync(db => db.Calls.CountAsync(c => c.SubmissionId == urge.SubmissionId))).ShouldBe(1);
    }

    [Fact]
    public async Task Submitting_the_same_form_concurrently_saves_one_ticket_and_one_call()
    {
        const int rounds = 10;
        const int copies = 3;
        var heating = await App.CategoryIdAsync("utilities-heating");
        await App.ViewerAsync("agent");
        var before = await App.CountAsync();

        for (var round = 0; round < rounds; round++)
        {
            var input = IntakeInputs.Register(heating);

            var results = await Task.WhenAll(Enumerable.Range(0, copies).Select(_ => Task.Run(() => App.IntakeAsync(input, IntakeAction.Register))));

            results.ShouldAllBe(r => r.Succeeded);
            results.Select(r => r.Value!.TicketNumber).Distinct().ShouldHaveSingleItem().ShouldNotBeNull();
            results.Select(r => r.Value!.CallId).Distinct().ShouldHaveSingleItem();
            results.Count(r => !r.Value!.WasRepeat).ShouldBe(1);
            (await App.ReadAsync(db => db.Calls.CountAsync(c => c.SubmissionId == input.SubmissionId))).ShouldBe(1);
        }

        var after = await App.CountAsync();
        after.Tickets.ShouldBe(before.Tickets + rounds);
        after.Calls.ShouldBe(before.Calls + rounds);
        // The losing copies never took a number: the day's sequence has no gaps.
        after.NumbersHandedOut.ShouldBe(before.NumbersHandedOut + rounds);
    }
}
