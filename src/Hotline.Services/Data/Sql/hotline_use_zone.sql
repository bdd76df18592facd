-- Sets the zone the daily rollups count days in; when it changes, rebuilds them (true). Called at every start.
CREATE OR REPLACE FUNCTION hotline_use_zone(zone text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM figure_zone WHERE time_zone = zone) THEN
        RETURN false;
    END IF;
    UPDATE figure_zone SET time_zone = zone;
    PERFORM hotline_rebuild_figures();
    PERFORM hotline_rebuild_unit_figures();
    RETURN true;
END
$$;
