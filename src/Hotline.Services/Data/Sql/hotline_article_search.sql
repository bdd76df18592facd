-- Knowledge-base search at intake (docs/decisions/0014-knowledge-search-by-shared-bigrams.md). A caller's question
-- ("居住证怎么办") is rarely a substring of the article, so an article is a candidate when it shares any of the
-- question's character bigrams (hotline_bigrams, the ticket search's function, over title + keywords and body, in a
-- GIN index), and candidates are ranked by how many of them they hold, title and keywords counting three times.

-- Inlined by the planner into the index expression's && (overlap).
CREATE FUNCTION hotline_article_may_match(title text, keywords text, body text, grams text[]) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT hotline_bigrams(title || ' ' || keywords, body) && grams
$$;

-- How many of the (lower-case) grams occur in the text.
CREATE FUNCTION hotline_gram_hits(haystack text, grams text[]) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT count(*)::integer FROM unnest(grams) AS g WHERE strpos(lower(haystack), g) > 0
$$;

CREATE INDEX ix_knowledge_articles_bigrams ON knowledge_articles USING gin (hotline_bigrams(title || ' ' || keywords, body));
