using Hotline.Services.Tests.Infrastructure;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using static Hotline.Services.Tests.Telephony.TelephonyFixture;

namespace Hotline.Services.Tests.Telephony;

/// <summary>
/// The phone calls' quarter-hour rollup (kept by triggers, like ADR 0012's) equals the direct computation from the call
/// rows after a feed of many calls across quarter hours, sent shuffled, in batches, with repeats and late offers.
/// </summary>
public sealed class PhoneRollupTests(TelephonyFixture app) : DatabaseTest<TelephonyFixture>(app), IClassFixture<TelephonyFixture>
{
    private sealed record Quarter(DateTimeOffset StartsAt, long Offered, long Answered, long WithinTarget, long Abandoned, long AbandonedShort,
        long WaitMs, long Handled, long HandleMs);

    [Fact]
    public async Task The_rollup_is_exact_whatever_order_the_events_arrive_in()
    {
        var random = new Random(2026);
        var start = TestDatabase.DefaultNow.AddHours(-3);
        var events = new List<Domain.Telephony.CallEventInput>();
        for (var i = 0; i < 120; i++)
        {
            // Arrivals straddle quarter hours, so a late offer moves a call from its answer's quarter to its own.
            var offered = start.AddSeconds(i * 83 + random.Next(0, 40));
            events.AddRange(random.Next(10) < 8
                ? AnsweredCall($"r{i}", offered, waitSeconds: random.Next(0, 40), talkSeconds: random.Next(20, 600))
                : AbandonedCall($"r{i}", offered, waitSeconds: random.Next(1, 30)));
        }

        var shuffled = events.Concat(events.Where(_ => random.Next(5) == 0)).OrderBy(_ => random.Next()).ToList();
        for (var i = 0; i < shuffled.Count;)
        {
            var size = random.Next(1, 12);
            (await App.SendAsync([.. shuffled.Skip(i).Take(size)])).Succeeded.ShouldBeTrue();
            i += size;
        }

        var rolled = await QuartersAsync();
        await App.WriteAsync(db => db.Database.ExecuteSqlRawAsync("SELECT hotline_rebuild_phone_figures()"));
        var direct = await QuartersAsync();

        rolled.ShouldBe(direct);
        rolled.Sum(q => q.Offered).ShouldBe(120);
        rolled.Sum(q => q.Answered + q.Abandoned).ShouldBe(120);
    }

    // A quarter hour's rows: the shards of the connections that wrote it (ADR 0041), or the one the direct computation writes.
    private Task<List<Quarter>> QuartersAsync() => App.ReadAsync(db => db.Database.SqlQuery<Quarter>($"""
        SELECT starts_at, sum(offered)::bigint AS offered, sum(answered)::bigint AS answered, sum(within_target)::bigint AS within_target,
               sum(abandoned)::bigint AS abandoned, sum(abandoned_short)::bigint AS abandoned_short, sum(wait_ms)::bigint AS wait_ms,
               sum(handled)::bigint AS handled, sum(handle_ms)::bigint AS handle_ms
        FROM phone_call_quarter_hours GROUP BY starts_at HAVING sum(offered) <> 0 ORDER BY starts_at
        """).ToListAsync());
}
