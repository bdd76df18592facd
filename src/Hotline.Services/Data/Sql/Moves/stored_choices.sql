-- One-off data move for migration StoredChoices: a contact's method, a return's reason and a cancel's reason were a tag
-- at the start of the note ("[NotOurResponsibility] 不属于本单位"); they move to their own columns and the note keeps
-- the words. Runs once, after the columns exist. Tags that name no known value stay in the note as they were.
-- ticket_events.action: 4 Cancel, 6 RequestReturn, 9 RecordContact.

UPDATE ticket_events e
SET contact_method = m.value,
    note = btrim(substr(e.note, length(m.tag) + 3))
FROM (VALUES ('Phone', 1), ('Visit', 2), ('Sms', 3), ('Other', 4)) AS m(tag, value)
WHERE e.action = 9 AND e.contact_method IS NULL AND e.note LIKE '[' || m.tag || ']%';

UPDATE ticket_events e
SET return_reason = r.value,
    note = btrim(substr(e.note, length(r.tag) + 3))
FROM (VALUES ('NotOurResponsibility', 1), ('WrongAddress', 2), ('NeedsOtherUnit', 3), ('Other', 4)) AS r(tag, value)
WHERE e.action = 6 AND e.return_reason IS NULL AND e.note LIKE '[' || r.tag || ']%';

UPDATE ticket_events e
SET cancel_reason = c.value,
    note = btrim(substr(e.note, length(c.tag) + 3))
FROM (VALUES ('Nuisance', 1), ('Duplicate', 2), ('NoRequest', 3), ('Other', 4)) AS c(tag, value)
WHERE e.action = 4 AND e.cancel_reason IS NULL AND e.note LIKE '[' || c.tag || ']%';

UPDATE assignments a
SET return_kind = r.value,
    return_reason = btrim(substr(a.return_reason, length(r.tag) + 3))
FROM (VALUES ('NotOurResponsibility', 1), ('WrongAddress', 2), ('NeedsOtherUnit', 3), ('Other', 4)) AS r(tag, value)
WHERE a.return_kind IS NULL AND a.return_reason LIKE '[' || r.tag || ']%';
