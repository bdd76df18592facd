-- The quarter hour an instant falls in (zone-free: every zone in use is offset by whole quarter hours); the call
-- rollup's key (docs/decisions/0012-figure-rollups.md).
CREATE OR REPLACE FUNCTION hotline_quarter_hour(at timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT date_bin('15 minutes', at, timestamptz '2000-01-01 00:00:00+00')
$$;
