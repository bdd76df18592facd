using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Data;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>
/// A hand-built month at seven units, measured at <see cref="MeasuredAt"/> (1 Dec 2026 10:00 Shanghai). Every ticket's
/// story is below with what it must count for; the tests work the expected figures out from these comments.
/// Default clocks: sign-for due 1 h, first contact due 3 h after dispatch; the resolution deadline as stated.
/// </summary>
public sealed class MeasuresFixture : DatabaseFixture
{
    public static readonly DateTimeOffset MeasuredAt = L(12, 1, 10);
    public static readonly Period November = Period.Containing(PeriodKind.Month, new DateOnly(2026, 11, 1));
    public static readonly Period October = Period.Containing(PeriodKind.Month, new DateOnly(2026, 10, 1));
    public static readonly string[] UnitCodes = ["heating", "water", "laishan", "urban", "ecology", "housing", "transport"];

    private int _sequence = 90000;

    /// <summary>The tickets by story name (T1…T8, P1, P2, D1, S-…).</summary>
    public Dictionary<string, string> Numbers { get; } = [];

    public Dictionary<string, int> Units { get; } = [];

    /// <summary>A local (Shanghai) time in 2026.</summary>
    public static DateTimeOffset L(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    public void MeasureNow() => Clock.AdjustTime(MeasuredAt.ToUniversalTime());

    protected override async Task SeedAsync()
    {
        foreach (var code in UnitCodes)
        {
            Units[code] = await UnitIdAsync(code);
        }

        var cast = new StoryCast((await ViewerAsync("agent")).Actor, (await ViewerAsync("dispatcher")).Actor,
            (await ViewerAsync("liaison-heating")).Actor, (await ViewerAsync("supervisor")).Actor,
            await CategoryIdAsync("utilities-heating"), Units);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();

        // ── heating ──
        // T1: all on time; resolved EXACTLY at its deadline (on time); satisfied + solved on 6 Nov.
        var t1 = await Dispatched(db, cast, "T1", L(11, 2, 8), "heating", L(11, 2, 9), L(11, 5, 0));
        await t1.SignAsync("heating", L(11, 2, 9, 30));
        await t1.ContactAsync("heating", L(11, 2, 11));
        await t1.ResolveAsync("heating", L(11, 5, 0));
        await t1.CallBackAsync(L(11, 6, 10), Satisfaction.Satisfied, solved: true);

        // T2: signed, contacted and resolved late; basically satisfied but not solved on 8 Nov.
        var t2 = await Dispatched(db, cast, "T2", L(11, 3, 8), "heating", L(11, 3, 9), L(11, 6, 0));
        await t2.SignAsync("heating", L(11, 3, 10, 30));
        await t2.ContactAsync("heating", L(11, 3, 13));
        await t2.ResolveAsync("heating", L(11, 7, 9));
        await t2.CallBackAsync(L(11, 8, 10), Satisfaction.BasicallySatisfied, solved: false);

        // T3, two rounds. Round 1 (October): signed and contacted on time, resolved late (due 23 Oct, done 24 Oct),
        // dissatisfied + unsolved on 25 Oct → reopened as round 2 at heating, dispatched 25 Oct (October), resolution due
        // 3 Nov, resolved 2 Nov (on time, November), satisfied + solved on 4 Nov (November).
        var t3 = await Dispatched(db, cast, "T3", L(10, 20, 8), "heating", L(10, 20, 9), L(10, 23, 0));
        await t3.SignAsync("heating", L(10, 20, 9, 10));
        await t3.ContactAsync("heating", L(10, 20, 11));
        await t3.ResolveAsync("heating", L(10, 24, 9));
        await t3.CallBackAsync(L(10, 25, 10), Satisfaction.Dissatisfied, solved: false,
            reopenTo: ("heating", L(10, 25, 11), L(10, 25, 13), L(11, 3, 0)));
        await t3.SignAsync("heating", L(10, 25, 10, 30));
        await t3.ContactAsync("heating", L(10, 25, 12));
        await t3.ResolveAsync("heating", L(11, 2, 9));
        await t3.CallBackAsync(L(11, 4, 10), Satisfaction.Satisfied, solved: true);

        // T4: all on time; a first reply on 5 Nov sent back by the reviewer (heating's one review-return); resolved on
        // 6 Nov; the citizen is unreachable on three days → closed unreachable, no reached callback.
        var t4 = await Dispatched(db, cast, "T4", L(11, 4, 8), "heating", L(11, 4, 9), L(11, 7, 0));
        await t4.SignAsync("heating", L(11, 4, 9, 20));
        await t4.ContactAsync("heating", L(11, 4, 10));
        await t4.SentBackFromReviewAsync("heating", L(11, 5, 10), L(11, 5, 14));
        await t4.ResolveAsync("heating", L(11, 6, 10));
        await t4.CallBackUnreachedAsync(L(11, 7, 10));
        await t4.CallBackUnreachedAsync(L(11, 8, 10));
        await t4.CallBackUnreachedAsync(L(11, 9, 10));

        // T5: resolution due 12 Nov, extension to 16 Nov approved 11 Nov, resolved 14 Nov: on time against the moved
        // deadline (late against the first). Not called back yet.
        var t5 = await Dispatched(db, cast, "T5", L(11, 9, 8), "heating", L(11, 9, 9), L(11, 12, 0));
        await t5.SignAsync("heating", L(11, 9, 9, 30));
        await t5.ContactAsync("heating", L(11, 9, 10));
        await t5.ExtendAsync("heating", L(11, 11, 10), L(11, 16, 0), L(11, 11, 14));
        await t5.ResolveAsync("heating", L(11, 14, 10));

        // T6: heating signs late, asks to return it (counted as a return), the dispatcher approves: taken away from
        // heating. Re-dispatched to water, which does everything on time (resolution due 13 Nov, done 12 Nov).
        var t6 = await Dispatched(db, cast, "T6", L(11, 10, 8), "heating", L(11, 10, 9), L(11, 13, 0));
        await t6.SignAsync("heating", L(11, 10, 11));
        await t6.ReturnAsync("heating", L(11, 10, 11, 30), L(11, 10, 12));
        await t6.DispatchAsync("water", L(11, 10, 13), L(11, 10, 14), L(11, 10, 16), L(11, 13, 0));
        await t6.SignAsync("water", L(11, 10, 13, 30));
        await t6.ContactAsync("water", L(11, 10, 14));
        await t6.ResolveAsync("water", L(11, 12, 10));

        // T7: dispatched 30 Nov 20:00, sign-for due 1 Dec 12:00: undecided at 10:00, and in its last 25% (yellow).
        await Dispatched(db, cast, "T7", L(11, 30, 19), "heating", L(11, 30, 20), L(12, 4, 0), signDue: L(12, 1, 12), contactDue: L(12, 1, 18));

        // T7b: same clocks, signed at once (sign-for decided, on time); first contact still undecided.
        var t7b = await Dispatched(db, cast, "T7b", L(11, 30, 19), "heating", L(11, 30, 20), L(12, 4, 0), signDue: L(12, 1, 12), contactDue: L(12, 1, 18));
        await t7b.SignAsync("heating", L(11, 30, 20, 30));

        // T8: dispatched a day late (registered 19 Nov, dispatch due 19 Nov 12:00, dispatched 20 Nov), never signed,
        // contacted or resolved: every clock overdue (late in all three counts, on the unit's overdue list).
        await Dispatched(db, cast, "T8", L(11, 19, 8), "heating", L(11, 20, 9), L(11, 25, 0));

        // ── the other units: one or two plain tickets each, dispatched 16 Nov 09:00, resolution due 19 Nov ──
        await Plain(db, cast, "S-laishan", "laishan", sign: true, contact: true, resolve: true);     // 100
        await Plain(db, cast, "S-urban", "urban", sign: false, contact: true, resolve: true);        // (0+15+30)/60 = 75
        await Plain(db, cast, "S-ecology", "ecology", sign: false, contact: false, resolve: false);  // 0
        await Plain(db, cast, "S-housing1", "housing", sign: true, contact: true, resolve: true);    // 2 tickets, half on
        await Plain(db, cast, "S-housing2", "housing", sign: false, contact: false, resolve: false); // time each: 50
        await Plain(db, cast, "S-transport", "transport", sign: true, contact: false, resolve: true); // (15+0+30)/60 = 75

        // ── hotline-wide only ──
        // D1: answered directly on 18 Nov. P1: pending, dispatch due 1 Dec 00:00 (overdue at 10:00).
        // P2: registered 1 Dec 09:00, dispatch due 10:10 (10 of 70 minutes left: yellow).
        Numbers["D1"] = (await TicketStory.AnswerDirectlyAsync(db, Clock, cast, NextNumber(L(11, 18, 9)), L(11, 18, 9))).Number;
        Numbers["P1"] = (await TicketStory.RegisterAsync(db, Clock, cast, NextNumber(L(11, 30, 22)), L(11, 30, 22), TimeSpan.FromHours(2))).Number;
        Numbers["P2"] = (await TicketStory.RegisterAsync(db, Clock, cast, NextNumber(L(12, 1, 9)), L(12, 1, 9), TimeSpan.FromMinutes(70))).Number;
    }

    /// <summary>Registered at <paramref name="registered"/> (dispatch due 4 h later) and dispatched to the unit.</summary>
    private async Task<TicketStory> Dispatched(HotlineDbContext db, StoryCast cast, string name, DateTimeOffset registered, string unit,
        DateTimeOffset dispatched, DateTimeOffset resolveDue, DateTimeOffset? signDue = null, DateTimeOffset? contactDue = null)
    {
        var story = await TicketStory.RegisterAsync(db, Clock, cast, NextNumber(registered), registered, TimeSpan.FromHours(4));
        await story.DispatchAsync(unit, dispatched, signDue ?? dispatched.AddHours(1), contactDue ?? dispatched.AddHours(3), resolveDue);
        Numbers[name] = story.Number;
        return story;
    }

    /// <summary>Dispatched 16 Nov 09:00 (sign due 10:00, contact due 12:00, resolution due 19 Nov); each act on time or an hour late.</summary>
    private async Task Plain(HotlineDbContext db, StoryCast cast, string name, string unit, bool sign, bool contact, bool resolve)
    {
        var story = await Dispatched(db, cast, name, L(11, 16, 8), unit, L(11, 16, 9), L(11, 19, 0));
        await story.SignAsync(unit, sign ? L(11, 16, 9, 30) : L(11, 16, 11));
        await story.ContactAsync(unit, contact ? L(11, 16, 11, 30) : L(11, 16, 13));
        await story.ResolveAsync(unit, resolve ? L(11, 18, 10) : L(11, 20, 10));
    }

    private string NextNumber(DateTimeOffset registered) =>
        TicketNumber.Format(DateOnly.FromDateTime(registered.DateTime), ++_sequence);

    public Task<long> TicketIdAsync(string name) =>
        ReadAsync(db => db.Tickets.Where(t => t.Number == Numbers[name]).Select(t => t.Id).SingleAsync());
}
