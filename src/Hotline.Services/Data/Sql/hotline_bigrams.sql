-- Ticket text search (docs/decisions/0010-bigram-search-for-short-chinese-queries.md): the character bigrams of two
-- texts, lower-cased as ILIKE compares them. The high COST (~45 µs a call) keeps the planner from plans that compute
-- the bigrams of every row they read instead of asking the index (hotline_text_may_match.sql).
CREATE OR REPLACE FUNCTION hotline_bigrams(first text, second text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 5000 AS $$
DECLARE
    a text := lower(coalesce(first, ''));
    b text := lower(coalesce(second, ''));
    grams text[] := '{}';
BEGIN
    FOR i IN 1 .. length(a) - 1 LOOP
        grams := grams || substr(a, i, 2);
    END LOOP;
    FOR i IN 1 .. length(b) - 1 LOOP
        grams := grams || substr(b, i, 2);
    END LOOP;
    RETURN grams;
END
$$;
