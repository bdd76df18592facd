-- Migration DelegationParentAndDispatchRestart, once, before its foreign key and view:
-- 1. A sub-unit's assignment saved in the same unit of work as its parent stored the parent's id before the parent had
--    one (0): point it at the lead assignment of its round dispatched last before it (the partial index finds the rows).
UPDATE assignments AS c
SET parent_assignment_id = (
    SELECT p.id FROM assignments AS p
    WHERE p.ticket_id = c.ticket_id AND p.round = c.round AND p.role = 1 AND p.dispatched_at <= c.dispatched_at
    ORDER BY p.dispatched_at DESC, p.id DESC
    LIMIT 1)
WHERE c.parent_assignment_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM assignments AS x WHERE x.id = c.parent_assignment_id);
-- 2. A ticket waiting for dispatch after an approved return (action 7) runs its dispatch clock from that approval.
UPDATE tickets AS t
SET dispatch_restarted_at = r.at
FROM (SELECT e.ticket_id, max(e.at) AS at
      FROM ticket_events AS e
      JOIN tickets AS w ON w.id = e.ticket_id AND w.status = 1
      WHERE e.action = 7
      GROUP BY e.ticket_id) AS r
WHERE t.id = r.ticket_id AND t.status = 1;
