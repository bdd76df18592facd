-- Every unit figure per local day (docs/decisions/0023-unit-figure-rollups.md): the folded rows of unit_days and the
-- delta rows not folded yet. Readers sum by unit or by day; one statement sees one snapshot, so a fold running at the
-- same time never counts a delta twice or misses it. unit_id NULL: facts of no unit (callbacks on sampled direct
-- answers, the tickets' first dispatch).
CREATE OR REPLACE VIEW unit_figures AS
SELECT day, unit_id, dispatched, signed_on_time, contacted_on_time, fell_due, resolved_on_time, resolved, handling_seconds,
       returns, extensions, reached, satisfied, solved, tickets_dispatched, dispatched_in_time, review_returns,
       sign_excused, contact_excused
FROM unit_days
UNION ALL
SELECT day, unit_id, dispatched, signed_on_time, contacted_on_time, fell_due, resolved_on_time, resolved, handling_seconds,
       returns, extensions, reached, satisfied, solved, tickets_dispatched, dispatched_in_time, review_returns,
       sign_excused, contact_excused
FROM unit_day_deltas;
