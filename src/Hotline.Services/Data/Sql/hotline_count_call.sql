-- Adds (sign 1) or removes (sign -1) one call in its quarter hour's rollup row. "Within 15 s" is GB/T 33358-2016's
-- answer target, HotlineFigures.AnswerTarget. The row is this connection's shard of the quarter hour (ADR 0041).
CREATE OR REPLACE FUNCTION hotline_count_call(started_at timestamptz, answered_at timestamptz, channel integer, sign integer) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO call_quarter_hours AS q (starts_at, channel, shard, calls, timed, within_target)
    VALUES (hotline_quarter_hour(started_at), channel, hotline_rollup_shard(), sign,
            sign * (answered_at IS NOT NULL)::int,
            sign * coalesce(answered_at - started_at <= interval '15 seconds', false)::int)
    ON CONFLICT (starts_at, channel, shard) DO UPDATE SET calls = q.calls + excluded.calls, timed = q.timed + excluded.timed,
        within_target = q.within_target + excluded.within_target
$$;
