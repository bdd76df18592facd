-- Adds (sign 1) or removes (sign -1) one ticket in its caller's local day (phone_days, the repeat callers;
-- docs/decisions/0023-unit-figure-rollups.md). One row per phone and day: two callers never wait for each other. A
-- removal looks the day's latest ticket up again (an AFTER trigger sees the row gone).
CREATE OR REPLACE FUNCTION hotline_count_caller(registered_at timestamptz, phone text, sign integer) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO phone_days AS p (day, phone, tickets, last_at)
    VALUES (hotline_local_day(registered_at), phone, sign, CASE WHEN sign > 0 THEN registered_at END)
    ON CONFLICT (day, phone) DO UPDATE SET tickets = p.tickets + excluded.tickets,
        last_at = CASE WHEN excluded.tickets > 0 THEN greatest(p.last_at, excluded.last_at)
                       ELSE (SELECT max(t.registered_at) FROM tickets AS t
                             WHERE t.caller_phone = p.phone AND hotline_local_day(t.registered_at) = p.day) END
$$;
