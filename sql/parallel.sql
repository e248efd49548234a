-- Every function is PARALLEL SAFE and costed (COST from measurement), so a
-- scan of a table that calls them runs in parallel when workers are allowed.
-- The minimum table size is lowered so that a small table shows the plan,
-- and the setup cost too: PostgreSQL charges a LATERAL function's COST once,
-- not per outer row (it assumes a rescan reuses the materialized result), so
-- for the set-returning functions only the table's size weighs against the
-- setup cost.  Functions in the select list or WHERE are charged per row.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS newsextract;
RESET client_min_messages;

CREATE TABLE news_par (id int, body text, published date);
INSERT INTO news_par
SELECT i, format('"Quote number %s," said Jane Doe on Jan. %s.', i, i % 28 + 1), '2020-02-01'
FROM generate_series(1, 20000) i;
ANALYZE news_par;

SET max_parallel_workers_per_gather = 2;
SET min_parallel_table_scan_size = 0;
SET parallel_setup_cost = 100;

EXPLAIN (COSTS OFF) SELECT count(x) FROM news_par t, news_quotes(t.body) x;
EXPLAIN (COSTS OFF) SELECT count(x) FROM news_par t, news_dates(t.body, t.published) x;
EXPLAIN (COSTS OFF) SELECT count(x) FROM news_par t, news_speakers(t.body) x;
EXPLAIN (COSTS OFF) SELECT count(*) FROM news_par t WHERE news_extract(t.body) @? '$.quotes[*]';
EXPLAIN (COSTS OFF) SELECT count(*) FROM news_par t WHERE news_quoted(t.body) @> ARRAY['Jane Doe'];

-- Parallel and serial runs agree.
CREATE TEMP TABLE par AS
  SELECT count(x) AS n, sum(length(x.quote)) AS chars FROM news_par t, news_quotes(t.body) x;
SET max_parallel_workers_per_gather = 0;
SELECT (SELECT (n, chars) FROM par) = (count(x), sum(length(x.quote))) AS same_result
FROM news_par t, news_quotes(t.body) x;
DROP TABLE news_par;
