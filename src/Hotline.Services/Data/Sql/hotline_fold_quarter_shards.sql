-- Folds the shards of the quarter-hour rollups (docs/decisions/0041-rollup-shards.md) into one row per quarter hour
-- (shard -1) for the quarter hours before the one `before` falls in, so a year's figures read one row a quarter hour,
-- not sixteen. Each table's rows go out and their sums in, in one statement: a reader sees them before or after, never
-- twice. It never waits: a row a writer holds stays for the next fold (SKIP LOCKED), and no writer adds to shard -1.
-- Run every few seconds by the app (FigureFoldService); one folder at a time. Answers the shard rows folded.
CREATE OR REPLACE FUNCTION hotline_fold_quarter_shards(before timestamptz) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    calls_folded integer;
    phone_folded integer;
BEGIN
    IF NOT pg_try_advisory_xact_lock(23041) THEN
        RETURN 0;
    END IF;
    WITH taken AS (
        SELECT starts_at, channel, shard FROM call_quarter_hours
        WHERE shard >= 0 AND starts_at < hotline_quarter_hour(before)
        FOR UPDATE SKIP LOCKED
    ), moved AS (
        DELETE FROM call_quarter_hours AS q USING taken AS t
        WHERE (q.starts_at, q.channel, q.shard) = (t.starts_at, t.channel, t.shard)
        RETURNING q.*
    ), summed AS (
        SELECT starts_at, channel, sum(calls) AS calls, sum(timed) AS timed, sum(within_target) AS within_target, count(*) AS rows
        FROM moved
        GROUP BY starts_at, channel
    ), added AS (
        INSERT INTO call_quarter_hours AS q (starts_at, channel, shard, calls, timed, within_target)
        SELECT starts_at, channel, -1, calls, timed, within_target FROM summed ORDER BY starts_at, channel
        ON CONFLICT (starts_at, channel, shard) DO UPDATE SET calls = q.calls + excluded.calls,
            timed = q.timed + excluded.timed, within_target = q.within_target + excluded.within_target
    )
    SELECT coalesce(sum(rows), 0) INTO calls_folded FROM summed;

    WITH taken AS (
        SELECT starts_at, shard FROM phone_call_quarter_hours
        WHERE shard >= 0 AND starts_at < hotline_quarter_hour(before)
        FOR UPDATE SKIP LOCKED
    ), moved AS (
        DELETE FROM phone_call_quarter_hours AS q USING taken AS t
        WHERE (q.starts_at, q.shard) = (t.starts_at, t.shard)
        RETURNING q.*
    ), summed AS (
        SELECT starts_at, sum(offered) AS offered, sum(answered) AS answered, sum(within_target) AS within_target,
               sum(abandoned) AS abandoned, sum(abandoned_short) AS abandoned_short, sum(wait_ms) AS wait_ms,
               sum(handled) AS handled, sum(handle_ms) AS handle_ms, count(*) AS rows
        FROM moved
        GROUP BY starts_at
    ), added AS (
        INSERT INTO phone_call_quarter_hours AS q (starts_at, shard, offered, answered, within_target, abandoned, abandoned_short,
            wait_ms, handled, handle_ms)
        SELECT starts_at, -1, offered, answered, within_target, abandoned, abandoned_short, wait_ms, handled, handle_ms
        FROM summed ORDER BY starts_at
        ON CONFLICT (starts_at, shard) DO UPDATE SET offered = q.offered + excluded.offered,
            answered = q.answered + excluded.answered, within_target = q.within_target + excluded.within_target,
            abandoned = q.abandoned + excluded.abandoned, abandoned_short = q.abandoned_short + excluded.abandoned_short,
            wait_ms = q.wait_ms + excluded.wait_ms, handled = q.handled + excluded.handled, handle_ms = q.handle_ms + excluded.handle_ms
    )
    SELECT coalesce(sum(rows), 0) INTO phone_folded FROM summed;
    RETURN calls_folded + phone_folded;
END
$$;
