-- Pinned: running_clocks as migration DelegationParentAndDispatchRestart left it (the assignments joined to their
-- tickets for the status); RepeatCallerCandidates.Down puts it back.
-- The one running clock (docs/decisions/0018-one-running-clock.md): every clock running now, one row each, the rule
-- of Hotline.Domain's AssignmentClock in SQL (a test holds the two together on random assignments). Every queue, the
-- deadline monitor, the supervisor's work list, the backlog and the measures read this view; the colour is
-- hotline_clock_warning(started_at, due_at, now, share) with the configured warning share.
--   clock: 0 sign-for, 1 first contact, 2 resolution, 3 dispatch (ClockKind); role: 1 lead, 2 assisting (AssignmentRole)
--   ticket status: 1 pending dispatch, 2 dispatched, 3 in progress, 4 return requested (TicketStatus)
-- A ticket waiting for dispatch runs its dispatch clock from registration, or from the approved return that restarted
-- it (dispatch_restarted_at). While it is with the units, each active
-- assignment runs one clock: the lead's sign-for until signed for, then first contact until made, then resolution
-- until resolved; an assisting unit's resolution clock until its part is done. A resolved round waiting for its
-- callback, and a closed, merged or cancelled ticket, run none. Which clock an assignment runs and when it falls due are
-- its stored columns clock and clock_due_at (Columns/assignment_clock*.sql, ADR 0033), which the queues read directly.
CREATE OR REPLACE VIEW running_clocks AS
SELECT t.id AS ticket_id,
       NULL::bigint AS assignment_id,
       NULL::integer AS unit_id,
       NULL::integer AS role,
       3 AS clock,
       COALESCE(t.dispatch_restarted_at, t.registered_at) AS started_at,
       t.dispatch_due_at AS due_at
FROM tickets AS t
WHERE t.status = 1 AND t.dispatch_due_at IS NOT NULL
UNION ALL
SELECT a.ticket_id,
       a.id,
       a.unit_id,
       a.role,
       a.clock,
       a.dispatched_at,
       a.clock_due_at
FROM assignments AS a
JOIN tickets AS t ON t.id = a.ticket_id
WHERE a.is_active AND a.resolved_at IS NULL AND t.status IN (2, 3, 4)
  AND (a.role = 1 OR a.assist_done_at IS NULL);
