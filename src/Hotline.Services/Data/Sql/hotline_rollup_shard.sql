-- The row of a quarter-hour rollup this connection adds to (docs/decisions/0041-rollup-shards.md): one of 16 by the
-- server process, so writers in one quarter hour on other connections take other rows' locks and commit side by side
-- instead of queueing behind one row until each commit. Folded rows (and the direct computation's) are shard -1.
CREATE OR REPLACE FUNCTION hotline_rollup_shard() RETURNS smallint
LANGUAGE sql STABLE PARALLEL RESTRICTED AS $$
    SELECT (pg_backend_pid() % 16)::smallint
$$;
