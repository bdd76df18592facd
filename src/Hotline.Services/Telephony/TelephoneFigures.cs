using Hotline.Domain.Telephony;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Telephony;

/// <summary>
/// The telephone measures (docs/measures.md, "Telephone"): per local hour from the quarter-hour rollup
/// (<c>phone_call_quarter_hours</c>), the queue now from the waiting calls' partial index and the agents' current states,
/// and per agent from the calls they answered and their state changes.
/// </summary>
public sealed class TelephoneFigures(HotlineDbContext db, HotlineClock clock)
{
    private sealed record HourSums(DateOnly Day, int Hour, long Offered, long Answered, long WithinTarget, long Abandoned, long AbandonedShort,
        long WaitMs, long Handled, long HandleMs);

    private sealed record QueueSums(long Waiting, DateTimeOffset? Oldest, long Ready, long OnCall);

    private sealed record AgentSums(string Agent, long Answered, long Handled, long HandleMs, long ReadySeconds, long OnCallSeconds, long AfterCallSeconds, long NotReadySeconds);

    private string Zone => clock.Zone.Id;

    public async Task<List<PhoneHourRow>> ByHourAsync(DashboardPeriod period, CancellationToken ct = default)
    {
        var rows = await db.Database.SqlQuery<HourSums>($"""
            SELECT (q.starts_at AT TIME ZONE {Zone})::date AS day,
                   extract(hour FROM q.starts_at AT TIME ZONE {Zone})::int AS hour,
                   sum(q.offered)::bigint AS offered, sum(q.answered)::bigint AS answered, sum(q.within_target)::bigint AS within_target,
                   sum(q.abandoned)::bigint AS abandoned, sum(q.abandoned_short)::bigint AS abandoned_short,
                   sum(q.wait_ms)::bigint AS wait_ms, sum(q.handled)::bigint AS handled, sum(q.handle_ms)::bigint AS handle_ms
            FROM phone_call_quarter_hours AS q
            WHERE q.starts_at >= {period.Start(clock)} AND q.starts_at < {period.End(clock)}
            GROUP BY 1, 2
            HAVING sum(q.offered) > 0
            ORDER BY 1, 2
            """).ToListAsync(ct);
        return rows.Select(r => new PhoneHourRow(r.Day, r.Hour,
            new PhoneFigures(r.Offered, r.Answered, r.WithinTarget, r.Abandoned, r.AbandonedShort, r.WaitMs, r.Handled, r.HandleMs))).ToList();
    }

    public async Task<PhoneFigures> TotalAsync(DashboardPeriod period, CancellationToken ct = default) =>
        PhoneFigures.Sum((await ByHourAsync(period, ct)).Select(r => r.Figures));

    /// <summary>The queue now. Longest wait counts from the oldest waiting call's arrival; agents by their current state.</summary>
    public async Task<QueueNow> NowAsync(CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var sums = await db.Database.SqlQuery<QueueSums>($"""
            SELECT (SELECT count(*) FROM phone_calls WHERE state = {(int)PhoneCallState.Waiting}) AS waiting,
                   (SELECT min(arrived_at) FROM phone_calls WHERE state = {(int)PhoneCallState.Waiting}) AS oldest,
                   (SELECT count(*) FROM agent_states WHERE state = {(int)AgentStateKind.Ready}) AS ready,
                   (SELECT count(*) FROM agent_states WHERE state = {(int)AgentStateKind.OnCall}) AS on_call
            """).SingleAsync(ct);
        var longest = sums.Oldest is { } oldest && oldest < now ? (int)Math.Min(int.MaxValue, (now - oldest).TotalSeconds) : 0;
        return new QueueNow(now, sums.Waiting, longest, sums.Ready, sums.OnCall);
    }

    /// <summary>
    /// Each agent's day: answered calls (by answer time) and their handle time, and the time in each state from the
    /// state events, each lasting until the agent's next change, the day's end or now.
    /// </summary>
    public async Task<List<AgentDayRow>> AgentsAsync(DateOnly day, CancellationToken ct = default)
    {
        var start = clock.StartOfLocalDay(day);
        var end = clock.StartOfLocalDay(day.AddDays(1));
        var until = end < clock.UtcNow ? end : clock.UtcNow;
        var rows = await db.Database.SqlQuery<AgentSums>($"""
            WITH changes AS (
                SELECT e.agent, e.state, greatest(e.at, {start}) AS from_at,
                       least(coalesce(lead(e.at) OVER (PARTITION BY e.client_id, e.agent ORDER BY e.at, e.event_id), {until}), {until}) AS to_at
                FROM telephony_events AS e
                WHERE e.kind = {(int)CallEventKind.AgentState} AND e.at < {until}
                  AND e.at >= (SELECT coalesce(max(p.at), {start}) FROM telephony_events AS p
                               WHERE p.kind = {(int)CallEventKind.AgentState} AND p.agent = e.agent AND p.client_id = e.client_id AND p.at <= {start})
            ),
            states AS (
                SELECT agent,
                       (sum(extract(epoch FROM to_at - from_at)) FILTER (WHERE state = {(int)AgentStateKind.Ready}))::bigint AS ready,
                       (sum(extract(epoch FROM to_at - from_at)) FILTER (WHERE state = {(int)AgentStateKind.OnCall}))::bigint AS on_call,
                       (sum(extract(epoch FROM to_at - from_at)) FILTER (WHERE state = {(int)AgentStateKind.AfterCallWork}))::bigint AS after_call,
                       (sum(extract(epoch FROM to_at - from_at)) FILTER (WHERE state = {(int)AgentStateKind.NotReady}))::bigint AS not_ready
                FROM changes WHERE to_at > from_at GROUP BY agent
            ),
            calls AS (
                SELECT c.agent_login AS agent, count(*) AS answered, count(c.handle_ms) AS handled, coalesce(sum(c.handle_ms), 0)::bigint AS handle_ms
                FROM phone_calls AS c
                WHERE c.answered_at >= {start} AND c.answered_at < {end} AND c.agent_login IS NOT NULL
                GROUP BY 1
            )
            SELECT coalesce(c.agent, s.agent) AS agent, coalesce(c.answered, 0) AS answered, coalesce(c.handled, 0) AS handled, coalesce(c.handle_ms, 0) AS handle_ms,
                   coalesce(s.ready, 0) AS ready_seconds, coalesce(s.on_call, 0) AS on_call_seconds,
                   coalesce(s.after_call, 0) AS after_call_seconds, coalesce(s.not_ready, 0) AS not_ready_seconds
            FROM calls AS c FULL JOIN states AS s ON s.agent = c.agent
            ORDER BY 1
            """).ToListAsync(ct);
        return rows.Select(r => new AgentDayRow(r.Agent, r.Answered, r.Handled, r.HandleMs, r.ReadySeconds, r.OnCallSeconds, r.AfterCallSeconds, r.NotReadySeconds)).ToList();
    }
}
