-- The direct computation of phone_call_quarter_hours from phone_calls (tests, repairs). SHARE mode lets readers on and
-- holds writers back.
CREATE OR REPLACE FUNCTION hotline_rebuild_phone_figures() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE phone_calls IN SHARE MODE;
    DELETE FROM phone_call_quarter_hours;
    INSERT INTO phone_call_quarter_hours (starts_at, offered, answered, within_target, abandoned, abandoned_short, wait_ms, handled, handle_ms)
    SELECT hotline_quarter_hour(c.arrived_at), count(*),
           count(*) FILTER (WHERE c.state = 2),
           count(*) FILTER (WHERE c.state = 2 AND c.wait_ms <= 15000),
           count(*) FILTER (WHERE c.state = 3),
           count(*) FILTER (WHERE c.state = 3 AND c.wait_ms <= 5000),
           coalesce(sum(c.wait_ms) FILTER (WHERE c.state = 2), 0),
           count(*) FILTER (WHERE c.state = 2 AND c.handle_ms IS NOT NULL),
           coalesce(sum(c.handle_ms) FILTER (WHERE c.state = 2), 0)
    FROM phone_calls AS c
    GROUP BY 1;
END
$$;
