-- What one lead assignment counts for in unit_days (docs/decisions/0023-unit-figure-rollups.md), as delta rows, sign 1
-- to add it or -1 to take it away: the rule of Dashboards/AssignmentMeasures in rows, keyed by the hotline's local day.
--   dispatch day: dispatched, signed_on_time, contacted_on_time (not taken away: active, or resolved)
--   resolution deadline's day: fell_due, resolved_on_time (not taken away); readers count a day once it has passed
--   resolution day: resolved and the handling seconds (dispatch to resolution); return request's day: returns
--   dispatch day again: review_returns, the replies a reviewer sent back (审核退回, ADR 0028), taken away or not
-- A clock excused by an upheld appeal (申诉, ADR 0031) leaves its rate: sign_excused and contact_excused (dispatch day)
-- are taken from the dispatched count by readers, an excused resolution is not counted as fallen due at all.
-- Whether a clock still running is decided depends on "now": readers subtract the few undecided ones from the
-- assignments themselves. role 1 is AssignmentRole.Lead. A plain SELECT, so the planner inlines it (the rebuild).
CREATE OR REPLACE FUNCTION hotline_assignment_figures(a assignments, sign integer) RETURNS SETOF unit_day_deltas
LANGUAGE sql STABLE AS $$
    SELECT hotline_local_day(a.dispatched_at), a.unit_id, sign,
           sign * coalesce(a.signed_for_at <= a.sign_for_due_at AND NOT a.sign_for_excused, false)::int,
           sign * coalesce(a.first_contact_at <= a.first_contact_due_at AND NOT a.first_contact_excused, false)::int,
           0, 0, 0, 0::numeric, 0, 0, 0, 0, 0, 0, 0, 0, sign * a.sign_for_excused::int, sign * a.first_contact_excused::int
    WHERE a.role = 1 AND (a.is_active OR a.resolved_at IS NOT NULL)
    UNION ALL
    SELECT hotline_local_day(a.resolve_due_at), a.unit_id, 0, 0, 0, sign,
           sign * coalesce(a.resolved_at <= a.resolve_due_at, false)::int,
           0, 0::numeric, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    WHERE a.role = 1 AND (a.is_active OR a.resolved_at IS NOT NULL) AND NOT a.resolution_excused
    UNION ALL
    SELECT hotline_local_day(a.resolved_at), a.unit_id, 0, 0, 0, 0, 0, sign,
           sign * extract(epoch FROM a.resolved_at - a.dispatched_at), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    WHERE a.role = 1 AND a.resolved_at IS NOT NULL
    UNION ALL
    SELECT hotline_local_day(a.return_requested_at), a.unit_id, 0, 0, 0, 0, 0, 0, 0::numeric, sign, 0, 0, 0, 0, 0, 0, 0, 0, 0
    WHERE a.role = 1 AND a.return_requested_at IS NOT NULL
    UNION ALL
    SELECT hotline_local_day(a.dispatched_at), a.unit_id, 0, 0, 0, 0, 0, 0, 0::numeric, 0, 0, 0, 0, 0, 0, 0,
           sign * a.review_returns, 0, 0
    WHERE a.role = 1 AND a.review_returns > 0
$$;
