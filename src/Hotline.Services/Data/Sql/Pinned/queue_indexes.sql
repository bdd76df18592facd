-- The queues' indexes (docs/decisions/0033-stored-assignment-clock.md), each the small slice its queue reads.
-- A unit's workbench: its open assignments in the order of their clocks' due times, carrying what the tabs and the
-- page's order need (the ticket's status and supervision come from ix_tickets_with_units), so the tab counts and the
-- page's sort read these two indexes alone and only the shown rows touch the tables.
CREATE INDEX IF NOT EXISTS ix_assignments_open_by_unit_clock ON assignments (unit_id, clock_due_at, id)
    INCLUDE (ticket_id, role, clock, signed_for_at, first_contact_at, objection_status)
    WHERE is_active AND resolved_at IS NULL AND assist_done_at IS NULL;
-- The tickets whose units' clocks run (dispatched, in progress, return requested: AssignmentClock.WithUnits), with
-- what the workbench sorts and groups by.
CREATE INDEX IF NOT EXISTS ix_tickets_with_units ON tickets (id) INCLUDE (status, supervision)
    WHERE status IN (2, 3, 4);
-- The dispatch queue in its order (supervised first, key before normal; then urgent; then by dispatch deadline): the
-- page walks it and stops at its rows.
CREATE INDEX IF NOT EXISTS ix_tickets_dispatch_queue ON tickets (COALESCE(supervision, 0) DESC, urgency DESC, dispatch_due_at, id)
    WHERE status = 1;
