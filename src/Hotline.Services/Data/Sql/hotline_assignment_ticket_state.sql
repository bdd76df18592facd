-- Each assignment carries a copy of its ticket's status and supervision (assignments.ticket_status and
-- ticket_supervision, docs/decisions/0038-ticket-state-on-assignments.md), so a unit's workbench counts its tabs and
-- sorts its page (supervised first) from one index of the unit's open assignments, without joining every ticket with the
-- units. A new assignment takes the ticket's state as it is; a change of the ticket's status or supervision is copied to
-- each of its assignments whose copy differs. Every act that adds an assignment also updates its ticket under the
-- ticket's version check (Ticket.Move), so an insert racing a change of the ticket either fails that check or is
-- followed by its own update of the ticket, which copies the state again.
CREATE OR REPLACE FUNCTION hotline_assignment_ticket_state() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'assignments' THEN
        SELECT t.status, t.supervision INTO NEW.ticket_status, NEW.ticket_supervision FROM tickets AS t WHERE t.id = NEW.ticket_id;
        RETURN NEW;
    END IF;
    UPDATE assignments AS a SET ticket_status = NEW.status, ticket_supervision = NEW.supervision
    WHERE a.ticket_id = NEW.id
      AND (a.ticket_status IS DISTINCT FROM NEW.status OR a.ticket_supervision IS DISTINCT FROM NEW.supervision);
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER assignments_take_ticket_state
    BEFORE INSERT ON assignments
    FOR EACH ROW EXECUTE FUNCTION hotline_assignment_ticket_state();

CREATE OR REPLACE TRIGGER tickets_state_to_assignments
    AFTER UPDATE OF status, supervision ON tickets
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.supervision IS DISTINCT FROM NEW.supervision)
    EXECUTE FUNCTION hotline_assignment_ticket_state();
