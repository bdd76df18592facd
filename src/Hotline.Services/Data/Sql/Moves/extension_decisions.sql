-- One-off data move for migration ExtensionDecisions: an extension decision's event did not say whether the supervisor
-- approved or rejected; the request it decided did. The event and the request's decision share the instant and the
-- ticket. Runs once, after the column exists. ticket_events.action 19 = DecideExtension; status 2 Approved, 3 Rejected.

UPDATE ticket_events e
SET extension_decision = x.status
FROM extension_requests x
WHERE e.action = 19 AND e.extension_decision IS NULL
  AND x.ticket_id = e.ticket_id AND x.decided_at = e.at AND x.status IN (2, 3);
