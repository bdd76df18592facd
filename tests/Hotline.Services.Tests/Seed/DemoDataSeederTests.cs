using Hotline.Domain.Tickets;
using Hotline.Services.Data.Seed;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Seed;

public sealed class DemoDataSeederTests(DemoDatabaseFixture app) : DatabaseTest<DemoDatabaseFixture>(app), IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task The_repeat_caller_has_exactly_two_tickets()
    {
        var tickets = await App.ReadAsync(db => db.Tickets.AsNoTracking().Where(t => t.CallerPhone == DemoDataSeeder.RepeatCallerPhone).ToListAsync());

        tickets.Count.ShouldBe(2);
        tickets.ShouldAllBe(t => !t.IsDirectlyAnswered);
    }

    [Fact]
    public async Task The_demo_tickets_are_numbered_by_local_day_without_gaps_and_the_counters_agree()
    {
        var numbers = await App.ReadAsync(db => db.Tickets.Select(t => new { t.Number, t.RegisteredAt }).ToListAsync());
        var counters = await App.ReadAsync(db => db.TicketDayCounters.ToDictionaryAsync(c => c.Day, c => c.LastValue));

        numbers.Count.ShouldBe(TestDatabase.DemoTicketCount);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        foreach (var day in numbers.GroupBy(n => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(n.RegisteredAt, zone).DateTime)))
        {
            var sequences = day.Select(n =>
            {
                TicketNumber.TryParse(n.Number, out var date, out var sequence).ShouldBeTrue();
                date.ShouldBe(day.Key, n.Number);
                return sequence;
            }).Order();
            sequences.ShouldBe(Enumerable.Range(1, day.Count()), day.Key.ToString());
            counters[day.Key].ShouldBe(day.Count());
        }
    }

    [Fact]
    public async Task No_demo_ticket_is_registered_after_now()
    {
        var latest = await App.ReadAsync(db => db.Tickets.MaxAsync(t => t.RegisteredAt));

        latest.ShouldBeLessThanOrEqualTo(TestDatabase.DefaultNow);
    }

    [Fact]
    public async Task Running_it_again_adds_nothing()
    {
        var before = await App.ReadAsync(TableCounts.ReadAsync);

        await App.UseAsync<DemoDataSeeder>(s => s.SeedAsync(TestDatabase.DemoTicketCount));

        (await App.ReadAsync(TableCounts.ReadAsync)).ShouldBe(before);
    }
}
