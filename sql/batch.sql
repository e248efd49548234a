-- Batch analysis of a table into the result tables with news_analyze, and
-- the report views over them.  Progress notices (with rates) are hidden so
-- that the output is stable.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS newsextract;
SET datestyle = 'ISO, YMD';
\set VERBOSITY terse

CREATE TABLE batch_articles (id bigint PRIMARY KEY, published timestamptz, body text);
\set harbor `cat examples/harbor-wall.txt`
\set glass `cat examples/glass-plant.txt`
INSERT INTO batch_articles VALUES
  (1, '2024-01-04 09:00+00', :'harbor'),
  (2, '2023-03-14 18:30+00', :'glass');
INSERT INTO batch_articles
SELECT i, '2020-06-01', format('"Item %s is done," said Jane Doe on May %s. "Good," Ann Roe said.', i, i % 28 + 1)
FROM generate_series(3, 250) i;
INSERT INTO batch_articles VALUES (251, NULL, NULL), (252, NULL, '');

-- Wrong arguments are clear errors.
CALL news_analyze('batch_articles', 'nope');
CALL news_analyze('batch_articles', batch_size => 0);
CALL news_analyze('batch_articles', parts => 2, part => 2);
-- Inside a transaction block it cannot commit per batch.
BEGIN;
CALL news_analyze('batch_articles');
ROLLBACK;

-- A partial run (as if cancelled after two batches), then a resumed run.
CALL news_analyze('batch_articles', published_column => 'published', batch_size => 40, max_batches => 2);
SELECT count(*) AS analysed FROM news_analyzed WHERE source = 'public.batch_articles';
CALL news_analyze('batch_articles', published_column => 'published', batch_size => 40);
SELECT count(*) AS analysed, sum(quotes) AS quotes, sum(dates) AS dates
FROM news_analyzed WHERE source = 'public.batch_articles';

-- The results are exactly the row functions' (nothing lost or doubled).
SELECT (SELECT count(*) FROM news_quote_results WHERE source = 'public.batch_articles') =
       (SELECT count(*) FROM batch_articles, news_quotes(body)) AS quotes_match,
       (SELECT count(*) FROM news_speaker_results WHERE source = 'public.batch_articles') =
       (SELECT count(*) FROM batch_articles, news_speakers(body)) AS speakers_match,
       (SELECT count(*) FROM news_date_results WHERE source = 'public.batch_articles') =
       (SELECT count(*) FROM batch_articles, news_dates(body, published::date)) AS dates_match;
SELECT count(*) AS differing_quotes FROM (
  (SELECT article_id::bigint, quote_no, quote, span, kind, speaker FROM news_quote_results
    WHERE source = 'public.batch_articles'
   EXCEPT
   SELECT id, quote_no, quote, span, kind, speaker FROM batch_articles, news_quotes(body))
  UNION ALL
  (SELECT id, quote_no, quote, span, kind, speaker FROM batch_articles, news_quotes(body)
   EXCEPT
   SELECT article_id::bigint, quote_no, quote, span, kind, speaker FROM news_quote_results
    WHERE source = 'public.batch_articles')) d;

-- Nothing to do on a second run; an edited article is analysed again.
CREATE TEMP TABLE before AS SELECT article_id, analyzed_at FROM news_analyzed;
CALL news_analyze('batch_articles', published_column => 'published');
SELECT count(*) AS reanalysed FROM news_analyzed n JOIN before b USING (article_id)
WHERE n.analyzed_at <> b.analyzed_at;
UPDATE batch_articles SET body = body || ' "One more thing," Jane Doe said.' WHERE id = 7;
CALL news_analyze('batch_articles', published_column => 'published');
SELECT article_id, quotes FROM news_analyzed n JOIN before b USING (article_id)
WHERE n.analyzed_at <> b.analyzed_at;

-- Disjoint parts, as several sessions would run them.
CREATE TABLE batch_more (article text PRIMARY KEY, txt text);
INSERT INTO batch_more SELECT 'a' || i, format('"Part %s," said Jane Doe.', i) FROM generate_series(1, 100) i;
CALL news_analyze('batch_more', 'article', 'txt', parts => 3, part => 0);
CALL news_analyze('batch_more', 'article', 'txt', parts => 3, part => 1);
SELECT count(*) < 100 AS partial FROM news_analyzed WHERE source = 'public.batch_more';
CALL news_analyze('batch_more', 'article', 'txt', parts => 3, part => 2);
SELECT count(*) AS analysed, count(DISTINCT article_id) AS distinct_ids
FROM news_analyzed WHERE source = 'public.batch_more';

-- uuid ids (a type without max()), and a published column of type text.
CREATE TABLE batch_uuid (id uuid PRIMARY KEY, published text, body text);
INSERT INTO batch_uuid
SELECT md5(i::text)::uuid, '2021-05-0' || (i % 9 + 1), format('"Number %s," said Ann Roe on Friday.', i)
FROM generate_series(1, 30) i;
CALL news_analyze('batch_uuid', published_column => 'published', batch_size => 7);
SELECT count(*) AS analysed, count(DISTINCT article_id) AS distinct_ids
FROM news_analyzed WHERE source = 'public.batch_uuid';
SELECT count(*) AS dates FROM news_date_results WHERE source = 'public.batch_uuid' AND range IS NOT NULL;
DROP TABLE batch_uuid;

-- Deleted articles leave the results with prune.
DELETE FROM batch_more WHERE article IN ('a1', 'a2');
CALL news_analyze('batch_more', 'article', 'txt', prune => true);
SELECT count(*) AS analysed FROM news_analyzed WHERE source = 'public.batch_more';
SELECT count(*) AS orphans FROM news_quote_results r
WHERE source = 'public.batch_more' AND NOT EXISTS (SELECT 1 FROM batch_more WHERE article = r.article_id);

-- Reports over the sample articles.
DELETE FROM news_quote_results WHERE source <> 'public.batch_articles' OR article_id NOT IN ('1', '2');
DELETE FROM news_date_results WHERE source <> 'public.batch_articles' OR article_id NOT IN ('1', '2');
SELECT * FROM news_most_quoted;
SELECT * FROM news_quotes_by_speaker_kind;
SELECT * FROM news_date_timeline;

RESET client_min_messages;
DROP TABLE batch_articles, batch_more;
