-- After the intake bench: cancels the tickets it registered that still wait for dispatch (@caller is the name its
-- registrations give, 压测), as a supervisor cancels a nuisance (Ticket.Cancel: status Cancelled, closed, supervision
-- ended, the revision moved on, a Cancel line in the timeline). Without it every bench run left ~1,500 urgent tickets in
-- the dispatch queue and the backlog, ten times a real hotline's waiting tickets, and the next run's /Dispatch and
-- dashboard paid for them. Read through ix_tickets_dispatch_queue (status = 1); the registrations' rollups stand.
WITH cancelled AS (
    UPDATE tickets SET status = 8, closed_at = now(), supervision = NULL, supervised_at = NULL, supervision_note = NULL,
                       revision = revision + 1
    WHERE status = 1 AND caller_name = @caller
    RETURNING id, round)
INSERT INTO ticket_events (ticket_id, round, at, actor_user_id, actor_name, action, "from", "to", note, cancel_reason)
SELECT id, round, now(), 'bench', '压测', 4, 1, 8, '压测结束', 1 FROM cancelled;
