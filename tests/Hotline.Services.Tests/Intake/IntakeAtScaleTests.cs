using System.Globalization;
using Hotline.Domain.Tickets;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Intake;

/// <summary>Intake as a busy day sees it: many agents at once, and a day that runs past 99,999 tickets.</summary>
public sealed class IntakeAtScaleTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    private const int Clients = 16;
    private const int PerClient = 8;

    [Fact]
    public async Task Sixteen_agents_registering_at_once_get_unique_gap_free_numbers_and_one_call_ticket_and_event_each()
    {
        SetLocalNow(2026, 12, 7, 9, 0);
        var heating = await App.CategoryIdAsync("utilities-heating");
        await App.ViewerAsync("agent");
        var before = await App.CountAsync();

        // Each client registers its tickets one after another, as an agent does; the sixteen run side by side.
        var results = await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            var mine = new List<Services.Common.ServiceResult<IntakeOutcome>>();
            for (var i = 0; i < PerClient; i++)
            {
                mine.Add(await App.IntakeAsync(IntakeInputs.Register(heating, phone: $"1390{client:D2}{i:D5}"), IntakeAction.Register));
            }

            return mine;
        })));

        var all = results.SelectMany(r => r).ToList();
        all.ShouldAllBe(r => r.Succeeded);
        var day = new DateOnly(2026, 12, 7);
        Sequences(all.Select(r => r.Value!.TicketNumber!), day).ShouldBe(Enumerable.Range(1, Clients * PerClient));
        var stored = await App.ReadAsync(db => db.Tickets.Where(t => t.Number.StartsWith("20261207-")).Select(t => t.Number).ToListAsync());
        Sequences(stored, day).ShouldBe(Enumerable.Range(1, Clients * PerClient));
        var after = await App.CountAsync();
        (after.Tickets - before.Tickets).ShouldBe(all.Count);
        (after.Calls - before.Calls).ShouldBe(all.Count);
        (after.Events - before.Events).ShouldBe(all.Count);
        (after.NumbersHandedOut - before.NumbersHandedOut).ShouldBe(all.Count);
        // Each call points at its own ticket and each ticket's registration line at its own call.
        var linked = await App.ReadAsync(db => db.Calls.CountAsync(c => c.TicketId != null
            && db.TicketEvents.Any(e => e.TicketId == c.TicketId && e.CallId == c.Id)
            && db.Tickets.Any(t => t.Id == c.TicketId && t.Number.StartsWith("20261207-"))));
        linked.ShouldBe(all.Count);
    }

    [Fact]
    public async Task A_day_past_99999_tickets_goes_on_with_six_digit_numbers_and_keeps_the_earlier_ones()
    {
        SetLocalNow(2026, 12, 8, 9, 0);
        var heating = await App.CategoryIdAsync("utilities-heating");
        var first = await App.RegisterAsync(IntakeInputs.Register(heating));
        // The surge: the counter stands where 99,998 registrations of the day would have left it.
        await App.WriteAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE ticket_day_counters SET last_value = 99998 WHERE day = {new DateOnly(2026, 12, 8)}"));

        var numbers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            numbers.Add(await App.RegisterAsync(IntakeInputs.Register(heating)));
        }

        first.ShouldBe("20261208-00001");
        numbers.ShouldBe(["20261208-99999", "20261208-100000", "20261208-100001"]);
        (await App.TicketAsync("20261208-100000")).Number.ShouldBe("20261208-100000");
        (await App.TicketAsync(first)).Number.ShouldBe(first);
        var urged = await App.IntakeAsync(IntakeInputs.Urge("20261208-100001"), IntakeAction.Urge);
        urged.Errors.ShouldBeEmpty();
        urged.Value!.TicketNumber.ShouldBe("20261208-100001");
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
