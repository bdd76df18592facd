-- What one extension request counts for in unit_days (docs/decisions/0023-unit-figure-rollups.md): an approved
-- (status 2) extension, for its unit, in the local day of the decision (Dashboards/ExtensionMeasures).
CREATE OR REPLACE FUNCTION hotline_extension_figures(e extension_requests, sign integer) RETURNS SETOF unit_day_deltas
LANGUAGE sql STABLE AS $$
    SELECT hotline_local_day(e.decided_at), e.unit_id, 0, 0, 0, 0, 0, 0, 0::numeric, 0, sign, 0, 0, 0, 0, 0, 0, 0, 0
    WHERE e.status = 2 AND e.decided_at IS NOT NULL
$$;
