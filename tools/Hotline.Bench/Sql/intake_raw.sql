-- One ticket registration as the intake service writes it, in one statement: the day's counter, the call, the ticket
-- (yyyyMMdd-NNNNN, six digits past 99,999), its registration line and the call's link; the rollup triggers fire as for
-- the app. IntakeBench runs it with Npgsql parameters (@day date, @submission uuid, @phone, @now timestamptz,
-- @category, @content, @unit, @caller, @address) inside BEGIN … COMMIT, once per ticket, as the "raw SQL" row its
-- ratio is taken against.
WITH n AS (
    INSERT INTO ticket_day_counters (day, last_value) VALUES (@day, 1)
    ON CONFLICT (day) DO UPDATE SET last_value = ticket_day_counters.last_value + 1 RETURNING last_value),
c AS (
    INSERT INTO calls (submission_id, phone, caller_name, channel, started_at, ended_at, agent_user_id, outcome)
    VALUES (@submission, @phone, @caller, 1, @now, @now, 'bench', 1) RETURNING id),
t AS (
    INSERT INTO tickets (number, status, request_type, urgency, category_id, address, content, is_confidential, caller_phone,
        caller_name, channel, registered_at, registered_by_user_id, dispatch_due_at, suggested_unit_id, round, urge_count,
        is_directly_answered, duplicate_count, revision, awaiting_callback, is_callback_sample, reopen_count)
    SELECT to_char(@day, 'YYYYMMDD') || '-' || CASE WHEN n.last_value > 99999 THEN n.last_value::text ELSE lpad(n.last_value::text, 5, '0') END, 1, 2, 2, @category, @address,
        @content, false, @phone, @caller, 1, @now, 'bench', @now + interval '15 minutes', @unit, 0, 0, false, 0, 1, false, false, 0
    FROM n RETURNING id),
e AS (
    INSERT INTO ticket_events (ticket_id, round, at, actor_user_id, actor_name, action, "to", call_id)
    SELECT t.id, 0, @now, 'bench', @caller, 1, 1, c.id FROM t, c)
UPDATE calls SET ticket_id = t.id FROM t, c WHERE calls.id = c.id;
