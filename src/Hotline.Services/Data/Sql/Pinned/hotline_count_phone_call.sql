-- Adds (sign 1) or removes (sign -1) one phone call in phone_call_quarter_hours (ADR 0024): the quarter hour of its
-- arrival; answered within 15 s (GB/T 33358-2016) and abandoned within 5 s are fixed here. State 2 is answered, 3 abandoned.
CREATE OR REPLACE FUNCTION hotline_count_phone_call(arrived_at timestamptz, state integer, wait_ms bigint, handle_ms bigint, sign integer) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO phone_call_quarter_hours AS q (starts_at, offered, answered, within_target, abandoned, abandoned_short, wait_ms, handled, handle_ms)
    VALUES (hotline_quarter_hour(arrived_at), sign,
            sign * (state = 2)::int,
            sign * (state = 2 AND wait_ms <= 15000)::int,
            sign * (state = 3)::int,
            sign * (state = 3 AND wait_ms <= 5000)::int,
            sign * CASE WHEN state = 2 THEN wait_ms ELSE 0 END,
            sign * (state = 2 AND handle_ms IS NOT NULL)::int,
            sign * CASE WHEN state = 2 THEN coalesce(handle_ms, 0) ELSE 0 END)
    ON CONFLICT (starts_at) DO UPDATE SET offered = q.offered + excluded.offered, answered = q.answered + excluded.answered,
        within_target = q.within_target + excluded.within_target, abandoned = q.abandoned + excluded.abandoned,
        abandoned_short = q.abandoned_short + excluded.abandoned_short, wait_ms = q.wait_ms + excluded.wait_ms,
        handled = q.handled + excluded.handled, handle_ms = q.handle_ms + excluded.handle_ms
$$;
