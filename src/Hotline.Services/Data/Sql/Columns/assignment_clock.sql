-- The clock an assignment runs while it runs (docs/decisions/0033-stored-assignment-clock.md), stored in
-- assignments.clock: an assisting unit's resolution clock; the lead's (and a sub-unit's) sign-for until signed for,
-- then first contact until made, then resolution. Whether it runs at all (active, unresolved, the ticket with the units,
-- an assisting part not done) is the view running_clocks'. 0 sign-for, 1 first contact, 2 resolution (ClockKind).
CASE WHEN role = 2 THEN 2
     WHEN signed_for_at IS NULL THEN 0
     WHEN first_contact_at IS NULL THEN 1
     ELSE 2 END
