-- Adds (sign 1) or removes (sign -1) one ticket in its local day and category's rollup row.
CREATE OR REPLACE FUNCTION hotline_count_ticket(registered_at timestamptz, category_id integer, direct boolean, sign integer) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO ticket_category_days AS d (day, category_id, tickets, direct)
    VALUES (hotline_local_day(registered_at), category_id, sign, sign * direct::int)
    ON CONFLICT (day, category_id) DO UPDATE SET tickets = d.tickets + excluded.tickets, direct = d.direct + excluded.direct
$$;
