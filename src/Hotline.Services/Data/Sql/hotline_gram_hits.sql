-- Knowledge-base search (docs/decisions/0014-knowledge-search-by-shared-bigrams.md): how many of the (lower-case)
-- grams occur in the text; candidates are ranked by it, title and keywords counting three times.
CREATE OR REPLACE FUNCTION hotline_gram_hits(haystack text, grams text[]) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT count(*)::integer FROM unnest(grams) AS g WHERE strpos(lower(haystack), g) > 0
$$;
