-- Keeps ticket_category_days in step with tickets, in the same transaction as the rows it counts.
CREATE OR REPLACE FUNCTION hotline_tickets_rolled() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM hotline_count_ticket(OLD.registered_at, OLD.category_id, OLD.is_directly_answered, -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM hotline_count_ticket(NEW.registered_at, NEW.category_id, NEW.is_directly_answered, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER tickets_rolled_insert_delete AFTER INSERT OR DELETE ON tickets
    FOR EACH ROW EXECUTE FUNCTION hotline_tickets_rolled();

CREATE OR REPLACE TRIGGER tickets_rolled_update AFTER UPDATE OF registered_at, category_id, is_directly_answered ON tickets
    FOR EACH ROW WHEN (OLD.registered_at IS DISTINCT FROM NEW.registered_at OR OLD.category_id IS DISTINCT FROM NEW.category_id
        OR OLD.is_directly_answered IS DISTINCT FROM NEW.is_directly_answered)
    EXECUTE FUNCTION hotline_tickets_rolled();
