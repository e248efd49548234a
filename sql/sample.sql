-- The sample articles of examples/ (written by the team, invented people and
-- events): every function on real-looking news text.  The expected output
-- shows what the extraction finds today; it changes as extraction improves
-- (review the diff, then regenerate).  The invariants at the end never change.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS newsextract;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';

CREATE TEMP TABLE articles (id int PRIMARY KEY, published date, body text);
\set harbor `cat examples/harbor-wall.txt`
\set glass `cat examples/glass-plant.txt`
INSERT INTO articles VALUES (1, '2024-01-04', :'harbor'), (2, '2023-03-14', :'glass');
SELECT id, length(body) AS chars, octet_length(body) AS bytes FROM articles ORDER BY id;

\x on
SELECT a.id, q.* FROM articles a, news_quotes(a.body) q ORDER BY a.id, q.quote_no;
\x off

SELECT a.id, s.* FROM articles a, news_speakers(a.body) s ORDER BY a.id, lower(s.first_span);

SELECT a.id, d.* FROM articles a, news_dates(a.body, a.published) d ORDER BY a.id, d.date_no;

SELECT id, news_quoted(body), news_people(body) FROM articles ORDER BY id;

SELECT a.id, e.key, jsonb_array_length(e.value) AS items
FROM articles a, jsonb_each(news_extract(a.body, a.published)) e ORDER BY a.id, e.key;
SELECT news_extract(body, published)->'quotes'->0 AS first_quote FROM articles WHERE id = 2;
SELECT news_extract(body, published)->'speakers'->1 AS second_speaker FROM articles WHERE id = 2;
SELECT news_extract(body, published)->'dates'->2 AS third_date FROM articles WHERE id = 2;

-- Invariants: spans, numbering, kinds.
SELECT a.id,
       bool_and(substr(a.body, lower(q.span), upper(q.span) - lower(q.span)) = q.quote) AS spans_ok,
       bool_and(q.kind IN ('direct', 'partial', 'term')) AS kinds_ok,
       bool_and(q.speaker_kind IS NULL OR q.speaker_kind IN ('person', 'organization', 'other')) AS speaker_kinds_ok,
       bool_and(q.confidence IS NULL OR q.confidence BETWEEN 0 AND 1) AS confidence_ok,
       count(*) = max(q.quote_no) AS numbered
FROM articles a, news_quotes(a.body) q GROUP BY a.id ORDER BY a.id;
SELECT a.id,
       bool_and(substr(a.body, lower(d.span), upper(d.span) - lower(d.span)) = d.date_text) AS spans_ok,
       bool_and(d.type IN ('date', 'time', 'duration', 'set')) AS types_ok,
       count(*) = max(d.date_no) AS numbered
FROM articles a, news_dates(a.body, a.published) d GROUP BY a.id ORDER BY a.id;
