-- Knowledge-base search at intake (docs/decisions/0014-knowledge-search-by-shared-bigrams.md). A caller's question
-- ("居住证怎么办") is rarely a substring of the article, so an article is a candidate when it shares any of the
-- question's character bigrams (hotline_bigrams, the ticket search's function, over title + keywords and body, in a
-- GIN index); candidates are ranked by hotline_gram_hits. Inlined by the planner into the index expression's &&
-- (overlap).
CREATE OR REPLACE FUNCTION hotline_article_may_match(title text, keywords text, body text, grams text[]) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT hotline_bigrams(title || ' ' || keywords, body) && grams
$$;

CREATE INDEX IF NOT EXISTS ix_knowledge_articles_bigrams ON knowledge_articles USING gin (hotline_bigrams(title || ' ' || keywords, body));
