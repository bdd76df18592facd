-- Keeps phone_call_quarter_hours in step with phone_calls (ADR 0024): a refolded call row subtracts what the old row
-- counted and adds the new, so the sums follow the rows whatever order the platform's events came in.
CREATE OR REPLACE FUNCTION hotline_phone_calls_rolled() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM hotline_count_phone_call(OLD.arrived_at, OLD.state, OLD.wait_ms, OLD.handle_ms, -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM hotline_count_phone_call(NEW.arrived_at, NEW.state, NEW.wait_ms, NEW.handle_ms, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER phone_calls_rolled_insert_delete AFTER INSERT OR DELETE ON phone_calls
    FOR EACH ROW EXECUTE FUNCTION hotline_phone_calls_rolled();

CREATE OR REPLACE TRIGGER phone_calls_rolled_update AFTER UPDATE OF arrived_at, state, wait_ms, handle_ms ON phone_calls
    FOR EACH ROW WHEN (OLD.arrived_at IS DISTINCT FROM NEW.arrived_at OR OLD.state IS DISTINCT FROM NEW.state
        OR OLD.wait_ms IS DISTINCT FROM NEW.wait_ms OR OLD.handle_ms IS DISTINCT FROM NEW.handle_ms)
    EXECUTE FUNCTION hotline_phone_calls_rolled();
