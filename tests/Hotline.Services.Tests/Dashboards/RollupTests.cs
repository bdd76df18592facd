using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;
using Hotline.Services.Dashboards;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>
/// The dashboard reads calls and registered tickets from rollups kept by triggers (docs/decisions/0012). After a random
/// run of what happens on a hotline's day (intake of every kind, calls logged late, dispatch, sign-for, resolution,
/// merges, callbacks, the telephone system reporting answer times) the figures read from the rollups equal the same
/// figures computed here, in C#, from the calls and tickets themselves.
/// </summary>
public sealed class RollupTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly string[] Categories = ["utilities-heating", "utilities-water-outage", "urban-illegal-construction", "market-unlicensed"];

    /// <summary>The whole story: three days around two local midnights.</summary>
    private static readonly DashboardPeriod Story = new(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 27));

    [Theory]
    [InlineData(7)]
    [InlineData(12345)]
    public async Task Rollups_equal_the_direct_computation_after_a_random_run_of_ticket_actions(int seed)
    {
        var random = new Random(seed);
        var run = new Run(App, random);
        // 23:40 on Friday 20 Nov: the run crosses midnights and quarter hours, and sometimes lands exactly on one.
        App.Clock.AdjustTime(new DateTimeOffset(2026, 11, 20, 23, 40, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        for (var step = 0; step < 60; step++)
        {
            await run.NextAsync();
        }

        run.Acts.ShouldContain("register");
        run.Acts.ShouldContain("resolve");
        run.Acts.ShouldContain("answered");
        run.Acts.ShouldContain("web-form");
        await FiguresEqualTheRowsAsync();
    }

    [Fact]
    public async Task A_changed_time_zone_rebuilds_the_daily_rollup_in_that_zone()
    {
        // 00:30 in Shanghai is 16:30 the day before in UTC.
        App.Clock.AdjustTime(new DateTimeOffset(2026, 11, 24, 0, 30, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating")));

        (await ZoneAsync("UTC")).ShouldBeTrue();
        (await ZoneAsync("UTC")).ShouldBeFalse();
        (await App.UseAsync<HotlineFigures, List<CategoryDayRow>>(f => f.TicketsByCategoryAsync(Story)))
            .OrderBy(r => r.Day).ThenBy(r => r.CategoryId).ShouldBe(await ExpectedTicketsAsync(TimeZoneInfo.Utc));

        (await ZoneAsync("Asia/Shanghai")).ShouldBeTrue();
        await FiguresEqualTheRowsAsync();
    }

    private Task<bool> ZoneAsync(string zone) =>
        App.ReadAsync(db => db.Database.SqlQuery<bool>($"SELECT hotline_use_zone({zone}) AS \"Value\"").SingleAsync());

    private async Task FiguresEqualTheRowsAsync()
    {
        var calls = await App.ReadAsync(db => db.Calls.Where(c => c.Channel == Channel.Phone).Select(c => new { c.StartedAt, c.AnsweredAt }).ToListAsync());
        calls.ShouldNotBeEmpty();
        var expectedCalls = calls
            .Select(c => (Call: c, Local: TimeZoneInfo.ConvertTime(c.StartedAt, Shanghai)))
            .Where(c => Story.Dates().Contains(DateOnly.FromDateTime(c.Local.DateTime)))
            .GroupBy(c => (Day: DateOnly.FromDateTime(c.Local.DateTime), c.Local.Hour))
            .Select(g => new CallHourRow(g.Key.Day, g.Key.Hour, g.Count(), g.Count(c => c.Call.AnsweredAt is not null),
                g.Count(c => c.Call.AnsweredAt - c.Call.StartedAt <= HotlineFigures.AnswerTarget)))
            .OrderBy(r => r.Day).ThenBy(r => r.Hour).ToList();
        var expectedTickets = await ExpectedTicketsAsync(Shanghai);

        (await App.UseAsync<HotlineFigures, List<CallHourRow>>(f => f.CallsByHourAsync(Story)))
            .OrderBy(r => r.Day).ThenBy(r => r.Hour).ShouldBe(expectedCalls);
        (await App.UseAsync<HotlineFigures, List<CategoryDayRow>>(f => f.TicketsByCategoryAsync(Story)))
            .OrderBy(r => r.Day).ThenBy(r => r.CategoryId).ShouldBe(expectedTickets);
        foreach (var day in Story.Dates())
        {
            (await App.UseAsync<HotlineFigures, long>(f => f.TicketsRegisteredAsync(DashboardPeriod.Day(day))))
                .ShouldBe(expectedTickets.Where(r => r.Day == day).Sum(r => r.Tickets));
        }
    }

    /// <summary>Tickets registered by category and day in <paramref name="zone"/>, counted from the tickets.</summary>
    private async Task<List<CategoryDayRow>> ExpectedTicketsAsync(TimeZoneInfo zone)
    {
        var tickets = await App.ReadAsync(db => db.Tickets.Select(t => new { t.RegisteredAt, t.CategoryId, t.IsDirectlyAnswered }).ToListAsync());
        tickets.ShouldNotBeEmpty();
        return tickets
            .Select(t => (Ticket: t, Day: DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t.RegisteredAt, zone).DateTime)))
            .Where(t => Story.Dates().Contains(t.Day))
            .GroupBy(t => (t.Ticket.CategoryId, t.Day))
            .Select(g => new CategoryDayRow(g.Key.CategoryId, g.Key.Day, g.Count(), g.Count(t => t.Ticket.IsDirectlyAnswered)))
            .OrderBy(r => r.Day).ThenBy(r => r.CategoryId).ToList();
    }

    /// <summary>One random act at a time, the clock moving on between them.</summary>
    private sealed class Run(DatabaseFixture app, Random random)
    {
        private readonly List<string> _pending = [];
        private readonly List<string> _dispatched = [];
        private readonly List<string> _resolved = [];
        private int _phone;

        public HashSet<string> Acts { get; } = [];

        public async Task NextAsync()
        {
            var now = app.Clock.GetUtcNow();
            app.Clock.SetUtcNow(random.Next(8) == 0
                ? QuarterHourAfter(now).AddTicks(random.Next(2) == 0 ? 0 : -1)
                : now.AddMinutes(random.Next(1, 240)).AddSeconds(random.Next(60)));

            var act = random.Next(12) switch
            {
                0 or 1 => "register",
                2 => "web-form",
                3 => "direct",
                4 => "invalid",
                5 => "late-call",
                6 when _pending.Count > 0 => "dispatch",
                7 when _dispatched.Count > 0 => "resolve",
                8 when _pending.Count > 1 => "merge",
                9 when _resolved.Count > 0 => "callback",
                10 when _dispatched.Count + _pending.Count > 0 => "urge",
                _ => "answered",
            };
            Acts.Add(act);
            await ActAsync(act);
        }

        private async Task ActAsync(string act)
        {
            switch (act)
            {
                case "register":
                    _pending.Add(await app.RegisterAsync(IntakeInputs.Register(await CategoryAsync(), phone: Phone())));
                    break;
                case "web-form":
                    // Not a call: a web form the agent registers is logged as a contact of its channel.
                    var form = IntakeInputs.Register(await CategoryAsync(), phone: Phone());
                    form.Channel = Channel.Web;
                    _pending.Add(await app.RegisterAsync(form));
                    break;
                case "direct":
                    (await app.IntakeAsync(IntakeInputs.AnswerDirectly(await CategoryAsync(), null, "已答复。", Phone()),
                        IntakeAction.AnswerDirectly)).Errors.ShouldBeEmpty();
                    break;
                case "invalid":
                    (await app.IntakeAsync(IntakeInputs.Invalid(Phone()), IntakeAction.LogInvalid)).Errors.ShouldBeEmpty();
                    break;
                case "late-call":
                    // Logged after the fact: the call started up to an hour before the agent saved it.
                    var input = IntakeInputs.Register(await CategoryAsync(), phone: Phone());
                    var local = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), Shanghai).DateTime;
                    input.StartedAt = local.AddMinutes(-random.Next(1, 60));
                    input.EndedAt = local;
                    (await app.IntakeAsync(input, IntakeAction.Register)).Errors.ShouldBeEmpty();
                    break;
                case "dispatch":
                    var number = Take(_pending);
                    await app.DispatchAsync(number, "heating");
                    await app.SignAndContactAtAsync(app.Clock.GetUtcNow().AddMinutes(2), number, "liaison-heating");
                    _dispatched.Add(number);
                    break;
                case "resolve":
                    var resolving = Take(_dispatched);
                    await app.ResolveAtAsync(app.Clock.GetUtcNow(), resolving, "liaison-heating");
                    _resolved.Add(resolving);
                    break;
                case "merge":
                    var duplicate = Take(_pending);
                    await app.MergeAtAsync(app.Clock.GetUtcNow(), duplicate, _pending[random.Next(_pending.Count)]);
                    break;
                case "callback":
                    await app.CallbackAtAsync(app.Clock.GetUtcNow(), Take(_resolved), Satisfaction.Satisfied);
                    break;
                case "urge":
                    var open = _dispatched.Concat(_pending).ToList();
                    (await app.IntakeAsync(IntakeInputs.Urge(open[random.Next(open.Count)], phone: Phone()), IntakeAction.Urge))
                        .Errors.ShouldBeEmpty();
                    break;
                case "answered":
                    // The telephone system reports when a call was answered, 0-30 s after it rang (the 15 s line in between).
                    var ids = await app.ReadAsync(db => db.Calls.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());
                    if (ids.Count > 0)
                    {
                        var (id, seconds) = (ids[random.Next(ids.Count)], random.Next(31));
                        await app.WriteAsync(db => db.Database.ExecuteSqlAsync(
                            $"UPDATE calls SET answered_at = started_at + make_interval(secs => {seconds}) WHERE id = {id}"));
                    }

                    break;
            }
        }

        private Task<int> CategoryAsync() => app.CategoryIdAsync(Categories[random.Next(Categories.Length)]);

        /// <summary>A new caller, or (one time in four) the same one again.</summary>
        private string Phone() => $"1390000{(random.Next(4) == 0 ? 1 : ++_phone):0000}";

        private string Take(List<string> numbers)
        {
            var number = numbers[random.Next(numbers.Count)];
            numbers.Remove(number);
            return number;
        }

        private static DateTimeOffset QuarterHourAfter(DateTimeOffset instant)
        {
            var quarter = TimeSpan.FromMinutes(15).Ticks;
            return new DateTimeOffset((instant.UtcTicks / quarter + 1) * quarter, TimeSpan.Zero);
        }
    }
}
