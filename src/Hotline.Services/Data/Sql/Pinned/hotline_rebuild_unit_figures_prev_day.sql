-- Pinned: hotline_rebuild_unit_figures as migration PhoneRepeatDays left it; RepeatCallerCandidates.Down puts it back.
-- The direct computation of unit_days and phone_days (docs/decisions/0023-unit-figure-rollups.md): replaces both from
-- the rows, through the same hotline_*_figures functions the triggers use (bulk loads, a change of zone, the migration
-- that added them). SHARE mode lets readers on and holds writers back, so no row is counted twice or missed. Rows go in
-- in day order, as the triggers add them, so a period's rows lie together on disk.
CREATE OR REPLACE FUNCTION hotline_rebuild_unit_figures() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE assignments, callbacks, extension_requests, tickets IN SHARE MODE;
    DELETE FROM unit_day_deltas;
    DELETE FROM unit_days;
    INSERT INTO unit_days (day, unit_id, dispatched, signed_on_time, contacted_on_time, fell_due, resolved_on_time,
        resolved, handling_seconds, returns, extensions, reached, satisfied, solved, tickets_dispatched, dispatched_in_time, review_returns,
        sign_excused, contact_excused)
    SELECT f.day, f.unit_id, sum(f.dispatched), sum(f.signed_on_time), sum(f.contacted_on_time), sum(f.fell_due),
           sum(f.resolved_on_time), sum(f.resolved), sum(f.handling_seconds), sum(f.returns), sum(f.extensions),
           sum(f.reached), sum(f.satisfied), sum(f.solved), sum(f.tickets_dispatched), sum(f.dispatched_in_time), sum(f.review_returns),
           sum(f.sign_excused), sum(f.contact_excused)
    FROM (
        SELECT f.* FROM assignments AS a, hotline_assignment_figures(a, 1) AS f
        UNION ALL
        SELECT f.* FROM callbacks AS b, hotline_callback_figures(b, 1) AS f
        UNION ALL
        SELECT f.* FROM extension_requests AS e, hotline_extension_figures(e, 1) AS f
        UNION ALL
        SELECT f.* FROM tickets AS t, hotline_dispatch_figures(t, 1) AS f
    ) AS f
    GROUP BY f.day, f.unit_id
    ORDER BY f.day, f.unit_id;
    DELETE FROM phone_days;
    INSERT INTO phone_days (day, phone, tickets, last_at, prev_day)
    SELECT d.day, d.phone, d.tickets, d.last_at, lag(d.day) OVER (PARTITION BY d.phone ORDER BY d.day)
    FROM (SELECT hotline_local_day(t.registered_at) AS day, t.caller_phone AS phone, count(*) AS tickets,
                 max(t.registered_at) AS last_at
          FROM tickets AS t
          GROUP BY 1, 2) AS d
    ORDER BY d.day, d.phone;
END
$$;
