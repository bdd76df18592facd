using System.Globalization;
using Hotline.Domain.Tickets;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Intake;

public sealed class TicketNumberSequenceTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Forty_concurrent_registrations_get_the_sequences_1_to_40_of_the_day()
    {
        SetLocalNow(2026, 12, 1, 9, 0);
        var heating = await App.CategoryIdAsync("utilities-heating");
        await App.ViewerAsync("agent");

        var results = await Task.WhenAll(Enumerable.Range(0, 40)
            .Select(i => Task.Run(() => App.IntakeAsync(IntakeInputs.Register(heating, phone: $"139000{i:D5}"), IntakeAction.Register))));

        results.ShouldAllBe(r => r.Succeeded);
        Sequences(results.Select(r => r.Value!.TicketNumber!), new DateOnly(2026, 12, 1)).ShouldBe(Enumerable.Range(1, 40));
        var stored = await App.ReadAsync(db => db.Tickets.Where(t => t.Number.StartsWith("20261201-")).Select(t => t.Number).ToListAsync());
        Sequences(stored, new DateOnly(2026, 12, 1)).ShouldBe(Enumerable.Range(1, 40));
    }

    [Fact]
    public async Task A_registration_rolled_back_after_taking_a_number_gives_the_number_back()
    {
        SetLocalNow(2026, 12, 2, 9, 0);
        var heating = await App.CategoryIdAsync("utilities-heating");
        var first = await App.RegisterAsync(IntakeInputs.Register(heating));
        var before = await App.CountAsync();

        // A liaison may not register: the domain refuses after the number was drawn, and the transaction rolls back.
        var refused = await App.IntakeAsync(IntakeInputs.Register(heating), IntakeAction.Register, "liaison-heating");
        var afterRefusal = await App.CountAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(3));
        var second = await App.RegisterAsync(IntakeInputs.Register(heating));

        refused.Succeeded.ShouldBeFalse();
        refused.Errors.ShouldContain(e => e.Code == "Ticket.Error.RoleNotAllowed");
        afterRefusal.ShouldBe(before);
        first.ShouldBe("20261202-00001");
        second.ShouldBe("20261202-00002");
    }

    [Fact]
    public async Task Concurrent_rollbacks_leave_no_gaps_among_the_numbers_kept()
    {
        SetLocalNow(2026, 12, 3, 9, 0);
        var heating = await App.CategoryIdAsync("utilities-heating");
        await App.ViewerAsync("agent");
        await App.ViewerAsync("liaison-heating");

        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(() =>
            App.IntakeAsync(IntakeInputs.Register(heating), IntakeAction.Register, i % 3 == 0 ? "liaison-heating" : "agent"))));

        results.Count(r => !r.Succeeded).ShouldBe(10);
        Sequences(results.Where(r => r.Succeeded).Select(r => r.Value!.TicketNumber!), new DateOnly(2026, 12, 3))
            .ShouldBe(Enumerable.Range(1, 20));
    }

    private static List<int> Sequences(IEnumerable<string> numbers, DateOnly day) =>
        numbers.Select(n =>
        {
            TicketNumber.TryParse(n, out var date, out var sequence).ShouldBeTrue(n);
            date.ShouldBe(day, n);
            n.ShouldStartWith(day.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            return sequence;
        }).Order().ToList();
}
