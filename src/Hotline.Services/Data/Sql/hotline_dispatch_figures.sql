-- What one ticket's first dispatch counts for in unit_days (docs/decisions/0023-unit-figure-rollups.md): the
-- hotline-wide "dispatched within limit", in the row of no unit, by the local day of the first dispatch.
CREATE OR REPLACE FUNCTION hotline_dispatch_figures(t tickets, sign integer) RETURNS SETOF unit_day_deltas
LANGUAGE sql STABLE AS $$
    SELECT hotline_local_day(t.dispatched_at), NULL::integer, 0, 0, 0, 0, 0, 0, 0::numeric, 0, 0, 0, 0, 0,
           sign, sign * coalesce(t.dispatched_in_time, false)::int, 0, 0, 0
    WHERE t.dispatched_at IS NOT NULL
$$;
