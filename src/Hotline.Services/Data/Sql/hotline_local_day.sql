-- The hotline's local day of an instant, in the zone figure_zone holds (set at start by hotline_use_zone); the
-- ticket rollup's key (docs/decisions/0012-figure-rollups.md).
CREATE OR REPLACE FUNCTION hotline_local_day(at timestamptz) RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT (at AT TIME ZONE (SELECT time_zone FROM figure_zone))::date
$$;
