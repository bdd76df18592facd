-- The colour of a running clock (docs/decisions/0018-one-running-clock.md), RunningClock.Warning's rule in SQL:
-- 2 (red) once past due (meeting it exactly is on time), 1 (yellow) when no more than `share` of the start-to-due span
-- is left, else 0. Both sides compare seconds as double precision (C#: TimeSpan.TotalSeconds, ticks / 10^7), so they
-- agree to the microsecond; a due time before its start counts its span as nothing. NULL when there is no due time (no
-- clock runs). date_part's seconds of an interval are within a few nanoseconds of the exact ones, so they decide every
-- clock whose time left is more than a quarter of a millisecond from `share` of its span (the simple CASE computes the
-- difference once); the few others take each span as whole microseconds (an exact bigint) divided by 10^6 in double
-- precision, the correctly rounded value of the exact seconds, without numeric's conversion through text. The backlog
-- colours every running clock in the city (28,678 at 10M tickets): its statement took 16.7 → 13.0 ms (ADR 0039).
-- A single-expression SQL function: the planner inlines it.
CREATE OR REPLACE FUNCTION hotline_clock_warning(started_at timestamptz, due_at timestamptz, at timestamptz, share double precision) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN due_at IS NULL THEN NULL
                WHEN at > due_at THEN 2
                ELSE CASE sign(round(2000 * (date_part('epoch', due_at - at) - share * date_part('epoch', due_at - LEAST(started_at, due_at)))))
                         WHEN -1 THEN 1
                         WHEN 1 THEN 0
                         ELSE CASE WHEN (extract(epoch FROM due_at - at) * 1000000)::bigint::double precision / 1000000
                                        <= share * ((extract(epoch FROM due_at - LEAST(started_at, due_at)) * 1000000)::bigint::double precision / 1000000)
                                   THEN 1 ELSE 0 END
                     END
           END
$$;
