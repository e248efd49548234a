-- Extreme input: each call returns promptly (linear time) and the server
-- stays up.  Outputs are counts and booleans, so they do not depend on what
-- the extraction decides for such text.  statement_timeout guards against a
-- regression to quadratic time: each of these takes well under a second.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS newsextract;
RESET client_min_messages;
SET statement_timeout = '60s';

CREATE TEMP TABLE big (name text, body text);
INSERT INTO big VALUES
  ('a million quotation marks', repeat('"', 1000000)),
  ('a million curly quotes', repeat('“', 500000) || repeat('”', 500000)),
  ('a million apostrophes', repeat('''', 1000000)),
  ('May 5, a million times', repeat('May 5, ', 1000000)),
  ('a 10 MB line', repeat('word ', 2000000)),
  ('a quarter million short quotes', repeat('"a" ', 250000)),
  ('deep nesting', repeat('“‘«„', 50000) || 'x' || repeat('“’»”', 50000)),
  ('control characters', (SELECT string_agg(chr(c), '' ORDER BY c) FROM generate_series(1, 31) c) || repeat(E'\t\r\f\v"\u0001', 100000)),
  ('one paragraph per line', repeat(E'"Yes," he said.\n\n', 200000)),
  ('capitalised words', repeat('Mr. John Smith Jr. of The New York Times Co. said ', 100000)),
  ('numbers', repeat('1/10/2017 10:30 3.2 800,000 1990s ', 200000)),
  ('questions answered by a name', repeat('"How are you?" Miller, a worker, said and ', 100000)),
  ('pronouns in one long sentence', repeat('"yes," he said, and ', 100000)),
  ('relative clauses, according to', repeat('critics who say the family became "x" once off, according to a source, ', 50000)),
  ('verb-first clauses and modals', repeat('but said voters will say "no" with Trump, adding: "If" and his angry remarks ', 50000));

ALTER TABLE big ADD COLUMN chars int;
UPDATE big SET chars = length(body);
SELECT name, chars FROM big ORDER BY name;

-- Each function over each text: rows come back, spans stay within the text.
SELECT b.name, count(q.*) >= 0 AS quotes_ok,
       coalesce(bool_and(upper(q.span) <= b.chars + 1), true) AS in_text
FROM big b LEFT JOIN LATERAL news_quotes(b.body) q ON true GROUP BY b.name ORDER BY b.name;
SELECT b.name, count(d.*) >= 0 AS dates_ok,
       coalesce(bool_and(upper(d.span) <= b.chars + 1), true) AS in_text
FROM big b LEFT JOIN LATERAL news_dates(b.body, '2020-06-01') d ON true GROUP BY b.name ORDER BY b.name;
SELECT b.name, count(s.*) >= 0 AS speakers_ok
FROM big b LEFT JOIN LATERAL news_speakers(b.body) s ON true GROUP BY b.name ORDER BY b.name;
SELECT b.name, cardinality(news_quoted(b.body)) >= 0 AS quoted_ok,
       cardinality(news_people(b.body)) >= 0 AS people_ok
FROM big b ORDER BY b.name;
SELECT b.name, jsonb_typeof(news_extract(b.body, '2020-06-01')) AS doc FROM big b ORDER BY b.name;

-- A 50 MB article (the sample article 28,000 times): every copy gives the
-- same rows as the article alone.
\set harbor `cat examples/harbor-wall.txt`
CREATE TEMP TABLE fifty AS SELECT repeat(:'harbor' || E'\n\n', 28000) AS body;
SELECT octet_length(body) > 50000000 AS over_50_mb FROM fifty;
SELECT count(*) = 28000 * (SELECT count(*) FROM news_quotes(:'harbor')) AS quotes_scale
FROM fifty, news_quotes(body);
SELECT count(*) = 28000 * (SELECT count(*) FROM news_dates(:'harbor', '2024-01-04')) AS dates_scale
FROM fifty, news_dates(body, '2024-01-04');
SELECT cardinality(news_quoted(body)) = cardinality(news_quoted(:'harbor')) AS same_people FROM fifty;
DROP TABLE fifty;

-- A long call can be cancelled: statement_timeout stops the analysis of a
-- 50 MB article within a fraction of a second (the core checks for
-- interrupts as it goes).
CREATE TEMP TABLE huge AS SELECT repeat('"Yes," he said on May 5. Mr. Smith agreed. ', 1200000) AS body;
CREATE FUNCTION pg_temp.cancel_time(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz := clock_timestamp();
BEGIN
  EXECUTE q;
  RETURN 'finished';
EXCEPTION WHEN query_canceled THEN
  RETURN CASE WHEN clock_timestamp() - t0 < interval '1 second' THEN 'cancelled promptly'
              ELSE 'cancelled late: ' || (clock_timestamp() - t0) END;
END $$;
SET statement_timeout = '200ms';
SELECT pg_temp.cancel_time('SELECT count(*) FROM huge, news_quotes(body)');
SELECT pg_temp.cancel_time('SELECT count(*) FROM huge, news_dates(body)');
SELECT pg_temp.cancel_time('SELECT count(*) FROM huge, news_speakers(body)');
SELECT pg_temp.cancel_time('SELECT news_extract(body) FROM huge');
SELECT pg_temp.cancel_time('SELECT news_quoted(body) FROM huge');
RESET statement_timeout;

-- Many calls in one statement (memory is freed per call).
SELECT count(*) FROM generate_series(1, 20000) i,
       news_quotes('"Call ' || i || '," she said on May ' || (i % 28 + 1) || '.') q;
SELECT 'still up' AS server;
