-- Keeps unit_days and phone_days in step with assignments, callbacks, extension requests and tickets, in the same
-- transaction as the rows they count (docs/decisions/0023-unit-figure-rollups.md). Unit figures go in as delta rows
-- (append-only: no row lock, so writers never wait for each other), folded into unit_days by
-- hotline_fold_unit_figures; readers read both through the view unit_figures.
CREATE OR REPLACE FUNCTION hotline_unit_figures_rolled() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'assignments' THEN
        INSERT INTO unit_day_deltas
        SELECT f.* FROM hotline_assignment_figures(OLD, -1) AS f WHERE TG_OP <> 'INSERT'
        UNION ALL
        SELECT f.* FROM hotline_assignment_figures(NEW, 1) AS f WHERE TG_OP <> 'DELETE';
    ELSIF TG_TABLE_NAME = 'callbacks' THEN
        INSERT INTO unit_day_deltas
        SELECT f.* FROM hotline_callback_figures(OLD, -1) AS f WHERE TG_OP <> 'INSERT'
        UNION ALL
        SELECT f.* FROM hotline_callback_figures(NEW, 1) AS f WHERE TG_OP <> 'DELETE';
    ELSIF TG_TABLE_NAME = 'extension_requests' THEN
        INSERT INTO unit_day_deltas
        SELECT f.* FROM hotline_extension_figures(OLD, -1) AS f WHERE TG_OP <> 'INSERT'
        UNION ALL
        SELECT f.* FROM hotline_extension_figures(NEW, 1) AS f WHERE TG_OP <> 'DELETE';
    ELSIF TG_TABLE_NAME = 'tickets' THEN
        IF TG_OP = 'INSERT' OR TG_OP = 'DELETE' OR OLD.dispatched_at IS DISTINCT FROM NEW.dispatched_at
                OR OLD.dispatched_in_time IS DISTINCT FROM NEW.dispatched_in_time THEN
            INSERT INTO unit_day_deltas
            SELECT f.* FROM hotline_dispatch_figures(OLD, -1) AS f WHERE TG_OP <> 'INSERT'
            UNION ALL
            SELECT f.* FROM hotline_dispatch_figures(NEW, 1) AS f WHERE TG_OP <> 'DELETE';
        END IF;
        IF TG_OP = 'INSERT' OR TG_OP = 'DELETE' OR OLD.registered_at IS DISTINCT FROM NEW.registered_at
                OR OLD.caller_phone IS DISTINCT FROM NEW.caller_phone THEN
            IF TG_OP <> 'INSERT' THEN
                PERFORM hotline_count_caller(OLD.registered_at, OLD.caller_phone, -1);
            END IF;
            IF TG_OP <> 'DELETE' THEN
                PERFORM hotline_count_caller(NEW.registered_at, NEW.caller_phone, 1);
            END IF;
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER assignments_figured_insert_delete AFTER INSERT OR DELETE ON assignments
    FOR EACH ROW EXECUTE FUNCTION hotline_unit_figures_rolled();

CREATE OR REPLACE TRIGGER assignments_figured_update AFTER UPDATE OF role, unit_id, is_active, dispatched_at, sign_for_due_at,
    signed_for_at, first_contact_due_at, first_contact_at, resolve_due_at, resolved_at, return_requested_at, review_returns,
    sign_for_excused, first_contact_excused, resolution_excused ON assignments
    FOR EACH ROW WHEN ((OLD.role, OLD.unit_id, OLD.is_active, OLD.dispatched_at, OLD.sign_for_due_at, OLD.signed_for_at,
        OLD.first_contact_due_at, OLD.first_contact_at, OLD.resolve_due_at, OLD.resolved_at, OLD.return_requested_at, OLD.review_returns,
        OLD.sign_for_excused, OLD.first_contact_excused, OLD.resolution_excused)
        IS DISTINCT FROM (NEW.role, NEW.unit_id, NEW.is_active, NEW.dispatched_at, NEW.sign_for_due_at, NEW.signed_for_at,
        NEW.first_contact_due_at, NEW.first_contact_at, NEW.resolve_due_at, NEW.resolved_at, NEW.return_requested_at, NEW.review_returns,
        NEW.sign_for_excused, NEW.first_contact_excused, NEW.resolution_excused))
    EXECUTE FUNCTION hotline_unit_figures_rolled();

CREATE OR REPLACE TRIGGER callbacks_figured_insert_delete AFTER INSERT OR DELETE ON callbacks
    FOR EACH ROW EXECUTE FUNCTION hotline_unit_figures_rolled();

CREATE OR REPLACE TRIGGER callbacks_figured_update AFTER UPDATE OF unit_id, attempted_at, reached, satisfaction, solved, excused ON callbacks
    FOR EACH ROW WHEN ((OLD.unit_id, OLD.attempted_at, OLD.reached, OLD.satisfaction, OLD.solved, OLD.excused)
        IS DISTINCT FROM (NEW.unit_id, NEW.attempted_at, NEW.reached, NEW.satisfaction, NEW.solved, NEW.excused))
    EXECUTE FUNCTION hotline_unit_figures_rolled();

CREATE OR REPLACE TRIGGER extension_requests_figured_insert_delete AFTER INSERT OR DELETE ON extension_requests
    FOR EACH ROW EXECUTE FUNCTION hotline_unit_figures_rolled();

CREATE OR REPLACE TRIGGER extension_requests_figured_update AFTER UPDATE OF unit_id, status, decided_at ON extension_requests
    FOR EACH ROW WHEN ((OLD.unit_id, OLD.status, OLD.decided_at) IS DISTINCT FROM (NEW.unit_id, NEW.status, NEW.decided_at))
    EXECUTE FUNCTION hotline_unit_figures_rolled();

CREATE OR REPLACE TRIGGER tickets_figured_insert_delete AFTER INSERT OR DELETE ON tickets
    FOR EACH ROW EXECUTE FUNCTION hotline_unit_figures_rolled();

CREATE OR REPLACE TRIGGER tickets_figured_update AFTER UPDATE OF registered_at, caller_phone, dispatched_at, dispatched_in_time ON tickets
    FOR EACH ROW WHEN ((OLD.registered_at, OLD.caller_phone, OLD.dispatched_at, OLD.dispatched_in_time)
        IS DISTINCT FROM (NEW.registered_at, NEW.caller_phone, NEW.dispatched_at, NEW.dispatched_in_time))
    EXECUTE FUNCTION hotline_unit_figures_rolled();
