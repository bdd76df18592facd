-- Pinned: hotline_count_caller as migration BacklogIndexes left it; RepeatCallerCandidates.Down puts it back.
-- Adds (sign 1) or removes (sign -1) one ticket in its caller's local day (phone_days, the repeat callers;
-- docs/decisions/0023-unit-figure-rollups.md). One row per phone and day: two callers never wait for each other. A
-- removal looks the day's latest ticket up again (an AFTER trigger sees the row gone).
-- Each day with tickets keeps the caller's previous day with tickets (prev_day), so the repeat callers read only the
-- rows that make a repeat (ix_phone_days_repeats, keyed by the first day of a period that sees the row as a repeat: its
-- own day when it holds two tickets or more, else its previous day). When a day gains its first ticket or loses its
-- last, that day and the caller's next one look their previous day up again in the tickets (the final state of the
-- statement: an AFTER trigger); in time order the next day does not exist yet and the look-up finds nothing.
-- At intake's pace (docs/performance.md, "10M dashboard, part 2"): the zone is read once and the local day is
-- hotline_local_day's expression on it; a further ticket of a day that has tickets is one row update (neither its
-- previous day nor the next day's changes); otherwise the insert looks the previous day up and returns the next day
-- in the same statement.
CREATE OR REPLACE FUNCTION hotline_count_caller(registered_at timestamptz, phone text, sign integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    caller text := phone;
    arrived timestamptz := registered_at;
    delta integer := sign;
    zone text := (SELECT z.time_zone FROM figure_zone AS z);
    local_day date;
    left_on_day integer;
    next_day date;
BEGIN
    local_day := (arrived AT TIME ZONE zone)::date;
    IF delta > 0 THEN
        UPDATE phone_days AS p SET tickets = p.tickets + 1, last_at = greatest(p.last_at, arrived)
        WHERE p.day = local_day AND p.phone = caller AND p.tickets > 0;
        IF FOUND THEN
            RETURN;
        END IF;
    END IF;
    INSERT INTO phone_days AS p (day, phone, tickets, last_at, prev_day)
    VALUES (local_day, caller, delta, CASE WHEN delta > 0 THEN arrived END,
            (SELECT (max(t.registered_at) AT TIME ZONE zone)::date FROM tickets AS t
             WHERE t.caller_phone = caller AND t.registered_at < (local_day::timestamp AT TIME ZONE zone)))
    ON CONFLICT ON CONSTRAINT phone_days_pkey DO UPDATE SET tickets = p.tickets + excluded.tickets,
        last_at = CASE WHEN excluded.tickets > 0 THEN greatest(p.last_at, excluded.last_at)
                       ELSE (SELECT max(t.registered_at) FROM tickets AS t
                             WHERE t.caller_phone = p.phone AND hotline_local_day(t.registered_at) = p.day) END,
        prev_day = CASE WHEN p.tickets = 0 AND excluded.tickets > 0 THEN excluded.prev_day ELSE p.prev_day END
    RETURNING p.tickets,
              (SELECT (min(t.registered_at) AT TIME ZONE zone)::date FROM tickets AS t
               WHERE t.caller_phone = caller AND t.registered_at >= ((local_day + 1)::timestamp AT TIME ZONE zone))
    INTO left_on_day, next_day;
    IF next_day IS NOT NULL AND ((delta > 0 AND left_on_day = 1) OR (delta < 0 AND left_on_day = 0)) THEN
        UPDATE phone_days AS p
        SET prev_day = (SELECT (max(t.registered_at) AT TIME ZONE zone)::date FROM tickets AS t
                        WHERE t.caller_phone = caller AND t.registered_at < (next_day::timestamp AT TIME ZONE zone))
        WHERE p.day = next_day AND p.phone = caller;
    END IF;
END
$$;

CREATE INDEX IF NOT EXISTS ix_phone_days_repeats ON phone_days ((CASE WHEN tickets >= 2 THEN day WHEN tickets = 1 THEN prev_day END))
    INCLUDE (day, phone, tickets, last_at, prev_day) WHERE tickets >= 2 OR (tickets = 1 AND prev_day IS NOT NULL);
