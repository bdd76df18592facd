-- When the clock of assignment_clock.sql falls due, stored in assignments.clock_due_at (the same branches, its deadline).
CASE WHEN role = 2 THEN resolve_due_at
     WHEN signed_for_at IS NULL THEN sign_for_due_at
     WHEN first_contact_at IS NULL THEN first_contact_due_at
     ELSE resolve_due_at END
