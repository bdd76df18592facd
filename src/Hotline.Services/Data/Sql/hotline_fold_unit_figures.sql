-- Folds the delta rows into unit_days (docs/decisions/0023-unit-figure-rollups.md): one statement takes them out and
-- adds their sums, so readers of unit_figures see them before or after, never twice. Run every few seconds by the
-- app (FigureFoldService); one folder at a time (the advisory lock), the others return at once. Answers the rows folded.
CREATE OR REPLACE FUNCTION hotline_fold_unit_figures() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    folded integer;
BEGIN
    IF NOT pg_try_advisory_xact_lock(23023) THEN
        RETURN 0;
    END IF;
    WITH moved AS (
        DELETE FROM unit_day_deltas RETURNING *
    ), summed AS (
        SELECT day, unit_id, sum(dispatched) AS dispatched, sum(signed_on_time) AS signed_on_time,
               sum(contacted_on_time) AS contacted_on_time, sum(fell_due) AS fell_due, sum(resolved_on_time) AS resolved_on_time,
               sum(resolved) AS resolved, sum(handling_seconds) AS handling_seconds, sum(returns) AS returns,
               sum(extensions) AS extensions, sum(reached) AS reached, sum(satisfied) AS satisfied, sum(solved) AS solved,
               sum(tickets_dispatched) AS tickets_dispatched, sum(dispatched_in_time) AS dispatched_in_time,
               sum(review_returns) AS review_returns, sum(sign_excused) AS sign_excused,
               sum(contact_excused) AS contact_excused, count(*) AS rows
        FROM moved
        GROUP BY day, unit_id
    ), added AS (
        INSERT INTO unit_days AS u (day, unit_id, dispatched, signed_on_time, contacted_on_time, fell_due, resolved_on_time,
            resolved, handling_seconds, returns, extensions, reached, satisfied, solved, tickets_dispatched, dispatched_in_time, review_returns,
            sign_excused, contact_excused)
        SELECT day, unit_id, dispatched, signed_on_time, contacted_on_time, fell_due, resolved_on_time, resolved,
               handling_seconds, returns, extensions, reached, satisfied, solved, tickets_dispatched, dispatched_in_time, review_returns,
               sign_excused, contact_excused
        FROM summed
        ORDER BY day, unit_id
        ON CONFLICT (day, unit_id) DO UPDATE SET
            dispatched = u.dispatched + excluded.dispatched, signed_on_time = u.signed_on_time + excluded.signed_on_time,
            contacted_on_time = u.contacted_on_time + excluded.contacted_on_time, fell_due = u.fell_due + excluded.fell_due,
            resolved_on_time = u.resolved_on_time + excluded.resolved_on_time, resolved = u.resolved + excluded.resolved,
            handling_seconds = u.handling_seconds + excluded.handling_seconds, returns = u.returns + excluded.returns,
            extensions = u.extensions + excluded.extensions, reached = u.reached + excluded.reached,
            satisfied = u.satisfied + excluded.satisfied, solved = u.solved + excluded.solved,
            tickets_dispatched = u.tickets_dispatched + excluded.tickets_dispatched,
            dispatched_in_time = u.dispatched_in_time + excluded.dispatched_in_time,
            review_returns = u.review_returns + excluded.review_returns,
            sign_excused = u.sign_excused + excluded.sign_excused, contact_excused = u.contact_excused + excluded.contact_excused
    )
    SELECT coalesce(sum(rows), 0) INTO folded FROM summed;
    RETURN folded;
END
$$;
