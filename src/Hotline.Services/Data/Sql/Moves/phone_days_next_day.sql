-- Gives every caller's day in phone_days its next day with tickets (next_day, hotline_count_caller; migration
-- RepeatCallerCandidates, ADR 0039), and lays the rows out again in day order without the days left empty. Writers wait
-- (the triggers write phone_days); readers read on until the swap. One pass and one bulk insert instead of updating
-- most rows in place (at ten million tickets 6.8 million days have a next one).
LOCK TABLE phone_days IN EXCLUSIVE MODE;
CREATE TEMPORARY TABLE phone_days_moved AS
SELECT p.day, p.phone, p.tickets, p.last_at, p.prev_day, lead(p.day) OVER (PARTITION BY p.phone ORDER BY p.day) AS next_day
FROM phone_days AS p
WHERE p.tickets > 0;
TRUNCATE phone_days;
INSERT INTO phone_days (day, phone, tickets, last_at, prev_day, next_day)
SELECT m.day, m.phone, m.tickets, m.last_at, m.prev_day, m.next_day FROM phone_days_moved AS m ORDER BY m.day, m.phone;
DROP TABLE phone_days_moved;
ANALYZE phone_days;
