-- The queues' indexes (docs/decisions/0033-stored-assignment-clock.md), each the small slice its queue reads.
-- A unit's workbench: its open assignments on tickets with the units, supervised first (key before normal), then by
-- their clocks' due times, carrying what the tabs need, the ticket's status and supervision included (copies kept by
-- hotline_assignment_ticket_state.sql, ADR 0038): the tab counts read this index alone and the page walks it in order
-- and stops at its rows, which alone touch the tables.
CREATE INDEX IF NOT EXISTS ix_assignments_workbench ON assignments (unit_id, (COALESCE(ticket_supervision, 0)) DESC, clock_due_at, id)
    INCLUDE (ticket_id, ticket_status, ticket_supervision, role, signed_for_at, first_contact_at, objection_status)
    WHERE is_active AND resolved_at IS NULL AND assist_done_at IS NULL AND ticket_status IN (2, 3, 4);
-- The tickets whose units' clocks run (dispatched, in progress, return requested: AssignmentClock.WithUnits), with
-- their status: the running clocks' join (running_clocks.sql) reads it. Its supervision was the workbench's before
-- ADR 0038 and is read by nothing now; it stays until the index is rebuilt for another reason.
CREATE INDEX IF NOT EXISTS ix_tickets_with_units ON tickets (id) INCLUDE (status, supervision)
    WHERE status IN (2, 3, 4);
-- The dispatch queue in its order (supervised first, key before normal; then urgent; then by dispatch deadline): the
-- page walks it and stops at its rows. It carries the dispatch clock's start (running_clocks.sql), so the backlog counts
-- and colours the waiting tickets' clocks from the index alone instead of visiting each ticket (docs/performance.md,
-- "Ticket state on the assignments").
CREATE INDEX IF NOT EXISTS ix_tickets_dispatch_queue ON tickets (COALESCE(supervision, 0) DESC, urgency DESC, dispatch_due_at, id)
    INCLUDE (registered_at, dispatch_restarted_at)
    WHERE status = 1;
