-- Every event of a ticket may change who held it: the ticket joins the queue whose tickets' stored holdings
-- (ticket_holdings) the app recomputes from HoldingTimeline, the one home of the rule (HoldingFold,
-- docs/decisions/0027-clock-per-holder.md). An insert per event, no row lock shared between writers.
CREATE OR REPLACE FUNCTION hotline_holdings_stale() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO holding_queue (ticket_id) VALUES (NEW.ticket_id);
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER ticket_events_holdings_stale
    AFTER INSERT ON ticket_events
    FOR EACH ROW EXECUTE FUNCTION hotline_holdings_stale();
