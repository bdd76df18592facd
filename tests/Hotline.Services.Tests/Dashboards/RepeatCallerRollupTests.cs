using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Data;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>
/// The repeat callers read only the caller days that make a repeat, through each day's previous and next days with
/// tickets (<c>phone_days.prev_day</c>, <c>next_day</c>, hotline_count_caller), and group the callers with three tickets
/// or more first (ADR 0039). In time order a day's previous day is fixed at its first ticket;
/// here tickets also move between days and callers afterwards, one at a time and two in one statement, so days gain
/// their first ticket before others and lose their last. After every few moves the repeat callers of every period of
/// one to thirty days around them equal the direct count of the tickets, and the rollup's rows equal its rebuild.
/// </summary>
public sealed class RepeatCallerRollupTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly First = new(2026, 11, 16);
    private static readonly string[] Phones = ["13900001001", "13900001002", "13900001003", "13900001004", "13900001005"];

    [Theory]
    [InlineData(5)]
    [InlineData(2026)]
    public async Task Repeat_callers_equal_the_direct_count_as_tickets_move_between_days_and_callers(int seed)
    {
        var random = new Random(seed);
        App.Clock.AdjustTime(new DateTimeOffset(2026, 11, 18, 9, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        var category = await App.CategoryIdAsync("utilities-heating");
        for (var i = 0; i < 30; i++)
        {
            App.Clock.Advance(TimeSpan.FromMinutes(random.Next(10, 60 * 14)));
            await App.RegisterAsync(IntakeInputs.Register(category, phone: Phones[random.Next(Phones.Length)]));
        }

        await RepeatCallersEqualTheTicketsAsync("in time order");
        var ids = await App.ReadAsync(db => db.Tickets.Select(t => t.Id).OrderBy(id => id).ToListAsync());
        for (var step = 0; step < 24; step++)
        {
            var one = ids[random.Next(ids.Count)];
            var other = ids[random.Next(ids.Count)];
            var hours = random.Next(-24 * 4, 24 * 4);
            var phone = Phones[random.Next(Phones.Length)];
            await App.WriteAsync(db => (step % 3) switch
            {
                0 => db.Database.ExecuteSqlAsync($"UPDATE tickets SET registered_at = registered_at + make_interval(hours => {hours}) WHERE id = {one}"),
                1 => db.Database.ExecuteSqlAsync($"UPDATE tickets SET caller_phone = {phone} WHERE id = {one}"),
                // Two tickets swap their times and callers in one statement: the triggers run after both rows changed.
                _ => db.Database.ExecuteSqlAsync($"""
                    UPDATE tickets AS t SET registered_at = o.registered_at, caller_phone = o.caller_phone
                    FROM tickets AS o
                    WHERE (t.id, o.id) IN (({one}, {other}), ({other}, {one}))
                    """),
            });
            if (step % 4 == 3)
            {
                await RepeatCallersEqualTheTicketsAsync($"step {step}");
            }
        }

        var rolled = await CallerDaysAsync();
        rolled.Count.ShouldBeGreaterThan(10);
        rolled.ShouldContain(d => d.PrevDay != null && d.Tickets == 1);
        rolled.ShouldContain(d => d.NextDay != null && d.PrevDay != null);
        await App.WriteAsync(db => db.Database.ExecuteSqlRawAsync("SELECT hotline_rebuild_unit_figures()"));
        (await CallerDaysAsync()).ShouldBe(rolled);
    }

    /// <summary>Every period of 1, 2, 3, 7 and 30 days ending on each day of the story, read as the dashboard reads it.</summary>
    private async Task RepeatCallersEqualTheTicketsAsync(string when)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var direct = new DirectFigures(services.GetRequiredService<HotlineDbContext>(), services.GetRequiredService<HotlineClock>());
        var figures = services.GetRequiredService<HotlineFigures>();
        var repeats = 0;
        var topTwoOfThreeOrMore = 0;
        foreach (var to in Enumerable.Range(0, 16).Select(First.AddDays))
        {
            foreach (var days in new[] { 1, 2, 3, 7, 30 })
            {
                var period = DashboardPeriod.Ending(to, days);
                var expected = await direct.RepeatCallersAsync(period, 100);
                (await figures.RepeatCallersAsync(period, 100)).ShouldBe(expected, $"{period}, {when}");
                (await figures.RepeatCallersAsync(period, 2)).ShouldBe(expected.Take(2), $"{period} top 2, {when}");
                repeats += expected.Count;
                topTwoOfThreeOrMore += expected.Count >= 2 && expected[1].Tickets >= 3 ? 1 : 0;
            }
        }

        repeats.ShouldBePositive();
        // Both ways are taken: the top two from the callers with three tickets or more alone, and every repeat caller.
        topTwoOfThreeOrMore.ShouldBePositive();
    }

    private Task<List<CallerDay>> CallerDaysAsync() =>
        App.ReadAsync(db => db.Database.SqlQuery<CallerDay>($"""
            SELECT p.day AS day, p.phone AS phone, p.tickets AS tickets, p.last_at AS last_at, p.prev_day AS prev_day,
                   p.next_day AS next_day
            FROM phone_days AS p
            WHERE p.tickets > 0
            ORDER BY p.day, p.phone
            """).ToListAsync());

    public sealed record CallerDay(DateOnly Day, string Phone, int Tickets, DateTimeOffset? LastAt, DateOnly? PrevDay, DateOnly? NextDay);
}
