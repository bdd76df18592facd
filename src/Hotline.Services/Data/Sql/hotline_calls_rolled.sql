-- Keeps call_quarter_hours in step with calls, in the same transaction as the rows it counts, so no code path
-- (services, seeders, a telephone feed, a hand-run UPDATE) can leave the rollup behind.
CREATE OR REPLACE FUNCTION hotline_calls_rolled() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM hotline_count_call(OLD.started_at, OLD.answered_at, OLD.channel, -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM hotline_count_call(NEW.started_at, NEW.answered_at, NEW.channel, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER calls_rolled_insert_delete AFTER INSERT OR DELETE ON calls
    FOR EACH ROW EXECUTE FUNCTION hotline_calls_rolled();

CREATE OR REPLACE TRIGGER calls_rolled_update AFTER UPDATE OF started_at, answered_at, channel ON calls
    FOR EACH ROW WHEN (OLD.started_at IS DISTINCT FROM NEW.started_at OR OLD.answered_at IS DISTINCT FROM NEW.answered_at
        OR OLD.channel IS DISTINCT FROM NEW.channel)
    EXECUTE FUNCTION hotline_calls_rolled();
