-- What one callback counts for in unit_days (docs/decisions/0023-unit-figure-rollups.md): a callback that reached the
-- citizen, in the local day of the call, for the unit that resolved the round (none for a sampled direct answer);
-- satisfied is 1 Satisfied or 2 BasicallySatisfied (Dashboards/CallbackMeasures). A dissatisfied callback excused by an
-- upheld appeal (申诉, ADR 0031) counts nowhere, like an unreachable citizen.
CREATE OR REPLACE FUNCTION hotline_callback_figures(b callbacks, sign integer) RETURNS SETOF unit_day_deltas
LANGUAGE sql STABLE AS $$
    SELECT hotline_local_day(b.attempted_at), b.unit_id, 0, 0, 0, 0, 0, 0, 0::numeric, 0, 0,
           sign, sign * coalesce(b.satisfaction IN (1, 2), false)::int, sign * coalesce(b.solved, false)::int, 0, 0, 0, 0, 0
    WHERE b.reached AND NOT b.excused
$$;
