using Hotline.Domain.Tickets;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Intake;

public sealed class TicketNumberAfterDemoDataTests(DemoDatabaseFixture app) : DatabaseTest<DemoDatabaseFixture>(app), IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task A_registration_continues_the_days_sequence_of_the_demo_tickets()
    {
        var today = TicketNumber.Format(DateOnly.FromDateTime(TestDatabase.DefaultNow.ToOffset(TimeSpan.FromHours(8)).DateTime), 1)[..9];
        var existing = await App.ReadAsync(db => db.Tickets.Where(t => t.Number.StartsWith(today)).Select(t => t.Number).ToListAsync());

        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating")));

        TicketNumber.TryParse(number, out _, out var sequence).ShouldBeTrue();
        number.ShouldStartWith(today);
        sequence.ShouldBe(existing.Count + 1);
        existing.ShouldNotContain(number);
    }
}
