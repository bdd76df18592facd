-- Ticket text search: a ticket may match a query when its content and address hold every bigram of the query. A
-- single-expression SQL function, so PostgreSQL inlines it and the planner sees the GIN index expression
-- (GIN drops the repeated bigrams).
CREATE OR REPLACE FUNCTION hotline_text_may_match(content text, address text, query text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT hotline_bigrams(content, address) @> hotline_bigrams(query, NULL)
$$;

CREATE INDEX IF NOT EXISTS ix_tickets_search_bigrams ON tickets USING gin (hotline_bigrams(content, address));
