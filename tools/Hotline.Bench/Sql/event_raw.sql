-- One telephone platform event as the events API writes it, in one statement: the event (once per platform id), then
-- for a call's event its row created or brought up to date (the first offer/queue/answer kept, the end and state
-- following; wait and handle times in whole milliseconds), for an agent's state its row (the later by time wins).
-- The phone figures' rollup triggers fire as for the app. EventsBench runs it with Npgsql parameters (@client int,
-- @event, @kind int, @at timestamptz, @call, @caller, @agent, @hung_up_by int, @state int; unused ones NULL) inside
-- BEGIN … COMMIT, once per event, as the "raw SQL" row its ratio is taken against. It writes what the app's fold writes,
-- without reading the call's other events back (the app refolds from all of them, so its row is order-proof).
WITH e AS (
    INSERT INTO telephony_events (client_id, event_id, kind, at, call_id, caller, queue, agent, hung_up_by, state, received_at)
    VALUES (@client, @event, @kind, @at, @call, @caller, CASE WHEN @kind = 1 THEN '12345' END, @agent, @hung_up_by, @state, now())
    ON CONFLICT (client_id, event_id) DO NOTHING
    RETURNING kind, at, call_id, caller, agent, hung_up_by, state, event_id),
c AS (
    INSERT INTO phone_calls AS p (client_id, platform_call_id, caller_number, queue, arrived_at, offered_at, queued_at, answered_at,
        agent_login, transfers, ended_at, hung_up_by, abandoned_at, state, wait_ms, handle_ms)
    SELECT @client, e.call_id, e.caller, CASE WHEN e.kind = 1 THEN '12345' END, e.at,
        CASE WHEN e.kind = 1 THEN e.at END, CASE WHEN e.kind = 2 THEN e.at END, CASE WHEN e.kind = 3 THEN e.at END,
        e.agent, 0, CASE WHEN e.kind = 5 THEN e.at END, e.hung_up_by, CASE WHEN e.kind = 6 THEN e.at END,
        CASE e.kind WHEN 3 THEN 2 WHEN 6 THEN 3 ELSE 1 END, CASE WHEN e.kind = 3 THEN 0 END, NULL
    FROM e WHERE e.call_id IS NOT NULL
    ON CONFLICT (client_id, platform_call_id) DO UPDATE SET
        caller_number = coalesce(p.caller_number, excluded.caller_number),
        queue = coalesce(p.queue, excluded.queue),
        arrived_at = least(p.arrived_at, excluded.arrived_at),
        offered_at = coalesce(p.offered_at, excluded.offered_at),
        queued_at = coalesce(p.queued_at, excluded.queued_at),
        answered_at = coalesce(p.answered_at, excluded.answered_at),
        agent_login = coalesce(p.agent_login, excluded.agent_login),
        ended_at = coalesce(excluded.ended_at, p.ended_at),
        hung_up_by = coalesce(excluded.hung_up_by, p.hung_up_by),
        abandoned_at = coalesce(p.abandoned_at, excluded.abandoned_at),
        state = CASE WHEN coalesce(p.answered_at, excluded.answered_at) IS NOT NULL THEN 2
                     WHEN coalesce(p.abandoned_at, excluded.abandoned_at, excluded.ended_at, p.ended_at) IS NOT NULL THEN 3 ELSE 1 END,
        wait_ms = (extract(epoch FROM coalesce(p.answered_at, excluded.answered_at) - least(p.arrived_at, excluded.arrived_at)) * 1000)::bigint,
        handle_ms = (extract(epoch FROM coalesce(excluded.ended_at, p.ended_at) - coalesce(p.answered_at, excluded.answered_at)) * 1000)::bigint
    RETURNING 1)
INSERT INTO agent_states AS s (client_id, agent_login, state, reason, since, event_id)
SELECT @client, e.agent, e.state, NULL, e.at, e.event_id FROM e WHERE e.kind = 8
ON CONFLICT (client_id, agent_login) DO UPDATE SET state = excluded.state, since = excluded.since, event_id = excluded.event_id
    WHERE s.since < excluded.since OR (s.since = excluded.since AND s.event_id < excluded.event_id);
