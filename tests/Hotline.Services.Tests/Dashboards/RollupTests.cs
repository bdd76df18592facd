using Hotline.Domain.Access;
using Hotline.Domain.Calls;
using Hotline.Domain.Common;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Data;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>
/// The dashboard reads calls and registered tickets from rollups kept by triggers (docs/decisions/0012). After a random
/// run of what happens on a hotline's day (intake of every kind, calls logged late, dispatch, sign-for, resolution,
/// merges, callbacks, the telephone system reporting answer times) the figures read from the rollups equal the same
/// figures computed here, in C#, from the calls and tickets themselves. The unit figures (docs/decisions/0023) are held
/// to the direct computation the app used before them (<see cref="DirectFigures"/>) after a random run of the units'
/// acts, before and after folding, and again as the clock moves on and deadlines pass with no act.
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

    [Theory]
    [InlineData(3)]
    [InlineData(2024)]
    [InlineData(777)]
    public async Task Unit_and_caller_rollups_equal_the_direct_computation_after_random_unit_acts_and_as_deadlines_pass(int seed)
    {
        App.Clock.AdjustTime(new DateTimeOffset(2026, 11, 20, 22, 50, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        var run = new UnitRun(App, new Random(seed), await UnitRun.CastAsync(App));
        string[] expected = ["dispatch", "sign", "contact", "resolve", "return-approved", "return-rejected", "extension-approved",
            "callback", "callback-unreached", "callback-sample", "submit-for-review", "review-sent-back", "review-passed",
            "appeal", "appeal-upheld", "appeal-rejected"];
        // At least 140 acts, and on until every kind of act has happened.
        for (var step = 0; step < 140 || (!expected.All(run.Acts.Contains) && step < 600); step++)
        {
            await run.NextAsync();
        }

        expected.ShouldBeSubsetOf(run.Acts, $"acts done: {string.Join(", ", run.Acts)}");
        await UnitFiguresEqualTheRowsAsync("before folding");
        (await App.ReadAsync(db => FigureFoldService.FoldAsync(db))).ShouldBePositive();
        (await App.ReadAsync(db => db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM unit_day_deltas").SingleAsync())).ShouldBe(0);
        await UnitFiguresEqualTheRowsAsync("after folding");

        // Deadlines pass with no act: nothing is written, and every figure moves as the direct computation does.
        foreach (var hours in new[] { 1, 5, 20, 70, 24 * 9 })
        {
            App.Clock.Advance(TimeSpan.FromHours(hours));
            await UnitFiguresEqualTheRowsAsync($"{hours} h later");
        }

        // Exactly at a deadline: the dashboard counts it as passed (due <= now), the unit measures not yet (due < now).
        App.Clock.AdjustTime(run.Deadlines.Max());
        await UnitFiguresEqualTheRowsAsync("at a deadline");

        await App.WriteAsync(db => db.Database.ExecuteSqlRawAsync("SELECT hotline_rebuild_unit_figures()"));
        await UnitFiguresEqualTheRowsAsync("after a rebuild");
    }

    /// <summary>Every unit figure of every period around the run, read as the app reads it, against the direct computation.</summary>
    private async Task UnitFiguresEqualTheRowsAsync(string when)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var clock = services.GetRequiredService<HotlineClock>();
        var direct = new DirectFigures(services.GetRequiredService<HotlineDbContext>(), clock);
        var measures = services.GetRequiredService<UnitMeasuresService>();
        var figures = services.GetRequiredService<HotlineFigures>();
        var first = new DateOnly(2026, 11, 19);
        var days = Enumerable.Range(0, 30).Select(first.AddDays).ToList();
        var periods = days.Select(d => Period.Containing(PeriodKind.Day, d))
            .Concat(days.Select(d => Period.Containing(PeriodKind.Week, d)).Distinct())
            .Concat(days.Select(d => Period.Containing(PeriodKind.Month, d)).Distinct())
            .Append(Period.Containing(PeriodKind.Year, first))
            .Append(Period.AllTime(clock.LocalToday))
            .ToList();
        var counted = 0L;
        foreach (var period in periods)
        {
            var read = await measures.CountAsync(period);
            var computed = await direct.CountAsync(measures.WindowFor(period));
            read.OrderBy(c => c.Key).Select(c => c.Value).ShouldBe(computed.OrderBy(c => c.Key).Select(c => c.Value), $"{period.Code}, {when}");
            counted += computed.Values.Sum(c => c.Assigned + c.FellDue + c.CallbacksReached + c.Returns + c.Extensions);
            foreach (var unit in computed.Keys)
            {
                (await measures.CountAsync(period, unit)).Values.ShouldBe([computed[unit]], $"{period.Code} unit {unit}, {when}");
            }
        }

        counted.ShouldBePositive();
        // The backlog now: open tickets by lead unit and their running clocks' colours, read from the open-ticket
        // indexes, against one look-up of the active lead assignment per open ticket.
        var share = services.GetRequiredService<IOptions<HotlineOptions>>().Value.WarningShare;
        var backlog = (await figures.BacklogAsync(share)).Select(r => (r.UnitId, r.Open, r.Overdue, r.NearlyDue)).OrderBy(r => r.UnitId).ToList();
        backlog.ShouldBe((await direct.BacklogAsync(share)).Select(r => (r.UnitId, r.Open, r.Overdue, r.NearlyDue)).OrderBy(r => r.UnitId).ToList(), when);
        backlog.Sum(r => r.Open).ShouldBePositive(when);
        var story = new DashboardPeriod(first, days[^1]);
        // The dashboard and the wall read the rollup once for their widest period and cut each rate from it.
        var wide = await figures.DayFiguresAsync(story, todaysDeadlines: true);
        foreach (var period in days.Select(DashboardPeriod.Day).Append(story))
        {
            // A read of exactly the period (the unit page's and the wall's month) cuts the same.
            var exact = await figures.DayFiguresAsync(period, todaysDeadlines: true);
            foreach (var (read, label) in new[] { (wide, $"cut {period}, {when}"), (exact, $"{period}, {when}") })
            {
                read.DispatchedInTime(period).ShouldBe(await direct.DispatchedInTimeAsync(period), label);
                read.OnTimeByDay(period).OrderBy(r => r.Day).ShouldBe((await direct.OnTimeByDayAsync(period)).OrderBy(r => r.Day), label);
                read.SatisfactionByDay(period).OrderBy(r => r.Day).ShouldBe((await direct.SatisfactionByDayAsync(period)).OrderBy(r => r.Day), label);
                var handling = read.HandlingTime(period);
                var handled = await direct.HandlingTimeAsync(period);
                handling.Resolved.ShouldBe(handled.Resolved, label);
                (handling.AverageSeconds ?? -1).ShouldBe(handled.AverageSeconds ?? -1, 1e-6, label);
            }

            (await figures.RepeatCallersAsync(period, 100)).ShouldBe(await direct.RepeatCallersAsync(period, 100), $"{period}, {when}");
        }
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

    /// <summary>The units' side of a hotline's days, act by act through the domain, with deadlines that pass unmet.</summary>
    private sealed class UnitRun(DatabaseFixture app, Random random, UnitRun.Cast cast)
    {
        private readonly List<string> _numbers = [];

        public sealed record Cast(Actor Agent, Actor Dispatcher, Actor Liaison, Actor Supervisor, int[] Units);

        public HashSet<string> Acts { get; } = [];

        /// <summary>Every deadline an order set: the clock sometimes lands on one exactly.</summary>
        public List<DateTimeOffset> Deadlines { get; } = [];

        public static async Task<Cast> CastAsync(DatabaseFixture app) => new(
            (await app.ViewerAsync("agent")).Actor, (await app.ViewerAsync("dispatcher")).Actor,
            (await app.ViewerAsync("liaison-heating")).Actor, (await app.ViewerAsync("supervisor")).Actor,
            [await app.UnitIdAsync("heating"), await app.UnitIdAsync("water"), await app.UnitIdAsync("urban")]);

        public async Task NextAsync()
        {
            var now = app.Clock.GetUtcNow();
            var ahead = Deadlines.Where(d => d > now).Order().ToList();
            app.Clock.AdjustTime(random.Next(6) == 0 && ahead.Count > 0
                ? ahead[random.Next(Math.Min(3, ahead.Count))].AddMicroseconds(random.Next(3) - 1)
                : now.AddMinutes(random.Next(1, 200)));
            var actAt = app.Clock.GetUtcNow();
            var act = _numbers.Count < 4 ? random.Next(2) : random.Next(21);
            switch (act)
            {
                case 0:
                    _numbers.Add(await app.RegisterAsync(IntakeInputs.Register(await app.CategoryIdAsync("utilities-heating"), phone: Phone())));
                    break;
                case 1:
                    var direct = await app.IntakeAsync(IntakeInputs.AnswerDirectly(await app.CategoryIdAsync("utilities-heating"), null, "已答复。", Phone()),
                        IntakeAction.AnswerDirectly);
                    direct.Errors.ShouldBeEmpty();
                    _numbers.Add(direct.Value!.TicketNumber!);
                    break;
                case 2 or 3:
                    var sign = actAt.AddMinutes(random.Next(5, 120));
                    var contact = sign.AddMinutes(random.Next(0, 240));
                    var resolve = actAt.AddMinutes(random.Next(120, 60 * 24 * 4));
                    if (await TryAsync("dispatch", (t, at) => t.Dispatch(new DispatchOrder(cast.Units[random.Next(cast.Units.Length)], [], null,
                        new AssignmentDeadlines(sign, contact, resolve)), cast.Dispatcher, at)))
                    {
                        Deadlines.AddRange([sign, contact, resolve]);
                    }

                    break;
                case 4 or 5:
                    await TryAsync("sign", (t, at) => t.SignFor(Lead(t), cast.Liaison, at),
                        t => t.Assignments.Any(a => a.IsActive && a.Role == AssignmentRole.Lead && a.SignedForAt == null));
                    break;
                case 6:
                    await TryAsync("contact", (t, at) => t.RecordContact(Lead(t), cast.Liaison, at, at, "已电话联系市民。"),
                        t => t.Assignments.Any(a => a.IsActive && a.Role == AssignmentRole.Lead && a.SignedForAt != null && a.FirstContactAt == null));
                    break;
                case 7 or 8:
                    // A third of the replies wait for review (ADR 0028): the unit's clock stops there as at a resolution.
                    var reviewed = random.Next(3) == 0;
                    await TryAsync(reviewed ? "submit-for-review" : "resolve", (t, at) =>
                    {
                        if (reviewed)
                        {
                            t.SubmitForReview(Lead(t), cast.Liaison, at, "已处理完毕。", ResolutionOutcome.Solved, null, at.AddHours(8), []);
                        }
                        else
                        {
                            t.Resolve(Lead(t), cast.Liaison, at, "已处理完毕。", ResolutionOutcome.Solved, null, at.AddDays(3));
                        }
                    }, t => t.Status == TicketStatus.InProgress && t.Assignments.Any(a => a.IsActive && a.Role == AssignmentRole.Lead && a.SignedForAt != null && a.ResolvedAt == null));
                    break;
                case 9:
                    await TryAsync("return", (t, at) => t.RequestReturn(Lead(t), cast.Liaison, at, "不属于本单位职责。"));
                    break;
                case 10:
                    var approve = random.Next(2) == 0;
                    await TryAsync(approve ? "return-approved" : "return-rejected", (t, at) =>
                    {
                        if (approve)
                        {
                            t.ApproveReturn(cast.Dispatcher, at, null, at.AddHours(4));
                        }
                        else
                        {
                            t.RejectReturn(cast.Dispatcher, at, null);
                        }
                    }, t => t.Assignments.Any(a => a.IsActive && a.ReturnStatus == RequestStatus.Pending));
                    break;
                case 11:
                    var later = TimeSpan.FromHours(random.Next(1, 72));
                    await TryAsync("extension", (t, at) => t.RequestExtension(Lead(t), cast.Liaison, at, "需要厂家调配件。",
                        t.Assignments.Single(a => a.IsActive && a.Role == AssignmentRole.Lead).ResolveDueAt + later));
                    break;
                case 12 or 13:
                    var grant = random.Next(4) != 0;
                    await TryAsync(grant ? "extension-approved" : "extension-rejected", (t, at) =>
                        t.DecideExtension(t.Extensions.Single(e => e.Status == RequestStatus.Pending).Id, grant, cast.Supervisor, at, null),
                        t => t.Extensions.Any(e => e.Status == RequestStatus.Pending));
                    break;
                case 16 or 17:
                    // The reviewer passes the reply or sends it back: the unit's resolution is taken back and counted.
                    var pass = random.Next(2) == 0;
                    await TryAsync(pass ? "review-passed" : "review-sent-back", (t, at) =>
                    {
                        if (pass)
                        {
                            t.PassReview(cast.Supervisor, at, null, at.AddDays(3));
                        }
                        else
                        {
                            t.SendBackFromReview(cast.Supervisor, at, "请补充处理结果。");
                        }
                    }, t => t.Status == TicketStatus.UnderReview);
                    break;
                case 18:
                    // 申诉 (ADR 0031): a unit appeals one of its marks (a missed deadline, a dissatisfied callback).
                    await TryAsync("appeal", (t, at) =>
                    {
                        var marks = t.Assignments.Where(a => a.Role == AssignmentRole.Lead).Select(a => a.UnitId).Distinct()
                            .SelectMany(unit => t.MarksAgainst(unit, at)).Where(m => !t.Appeals.Any(p => p.Mark == m.Mark
                                && (p.AssignmentId == m.AssignmentId && m.AssignmentId != null || p.CallbackId == m.CallbackId && m.CallbackId != null))).ToList();
                        if (marks.Count == 0)
                        {
                            throw new DomainRuleException("Test.NoMark");
                        }

                        var mark = marks[random.Next(marks.Count)];
                        t.RaiseAppeal(mark, mark.UnitId!.Value, "系统故障。", cast.Liaison, at, new AppealWindow(AppealWindow.MaxWorkingDays), Calendar);
                    });
                    break;
                case 19 or 20:
                    // Two in three upheld: the excused fact leaves the rates, in the rollup as in the direct count.
                    var uphold = random.Next(3) != 0;
                    await TryAsync(uphold ? "appeal-upheld" : "appeal-rejected", (t, at) =>
                    {
                        var appeal = t.Appeals.First(p => p.IsPending);
                        if (uphold)
                        {
                            t.UpholdAppeal(appeal, cast.Supervisor, at, null);
                        }
                        else
                        {
                            t.RejectAppeal(appeal, cast.Supervisor, at, "不予支持。");
                        }
                    }, t => t.Appeals.Any(p => p.Status == RequestStatus.Pending));
                    break;
                default:
                    var reached = random.Next(4) != 0;
                    var satisfaction = (Satisfaction)random.Next(1, 4);
                    var solved = random.Next(2) == 0;
                    await TryAsync(reached ? "callback" : "callback-unreached", (t, at) =>
                    {
                        if (t.IsDirectlyAnswered && !t.IsCallbackSample)
                        {
                            t.SampleForCallback(at.AddDays(1));
                            Acts.Add("callback-sample");
                        }

                        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Shanghai).DateTime);
                        t.RecordCallback(reached ? new CallbackReport(true, satisfaction, solved, null, day) : new CallbackReport(false, null, null, null, day),
                            CallbackRules.Default, cast.Agent, at);
                    });
                    break;
            }
        }

        private static WorkingCalendar Calendar { get; } = WorkingCalendar.FromDays(OfficialCalendar2026.Days(), OfficeHours.Default, Shanghai);

        private static int Lead(Ticket ticket) =>
            ticket.Assignments.FirstOrDefault(a => a.IsActive && a.Role == AssignmentRole.Lead)?.UnitId
            ?? throw new DomainRuleException("Test.NoLead");

        /// <summary>The act on a random ticket whose state allows it (up to 20 tried), saved.</summary>
        private async Task<bool> TryAsync(string name, Action<Ticket, DateTimeOffset> act, System.Linq.Expressions.Expression<Func<Ticket, bool>>? among = null)
        {
            var numbers = among is null ? _numbers : await app.ReadAsync(db => db.Tickets.Where(among).Select(t => t.Number).OrderBy(n => n).ToListAsync());
            foreach (var number in numbers.OrderBy(_ => random.Next()).Take(20))
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
                var ticket = await db.Tickets.Include(t => t.Assignments).Include(t => t.Callbacks).Include(t => t.Extensions)
                    .Include(t => t.Appeals).SingleAsync(t => t.Number == number);
                try
                {
                    act(ticket, app.Clock.GetUtcNow());
                }
                catch (DomainRuleException)
                {
                    continue;
                }
                catch (InvalidOperationException)
                {
                    continue;
                }

                await db.SaveChangesAsync();
                Acts.Add(name);
                return true;
            }

            return false;
        }

        /// <summary>Six callers, so some call again.</summary>
        private string Phone() => $"1390000{random.Next(6):0000}";
    }
}
