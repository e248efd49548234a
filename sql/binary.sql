-- The PG layer writes ranges, text arrays and news_extract's jsonb in their
-- binary forms directly (no JsonbValue tree, no range_serialize per row).
-- Each value must be the very value PostgreSQL's own constructors build:
-- equal, equally hashed (hash joins, GROUP BY, hash indexes) and contained
-- both ways, on the sample articles and on texts made to stress the layout
-- (no rows, one row, non-ASCII keys' values, many rows, long strings).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS newsextract;
RESET client_min_messages;

\set harbor `cat examples/harbor-wall.txt`
\set glass `cat examples/glass-plant.txt`
CREATE TEMP TABLE texts (name text, body text, published date);
INSERT INTO texts VALUES
  ('harbor', :'harbor', '2024-01-04'),
  ('glass', :'glass', '2023-06-15'),
  ('harbor without date', :'harbor', NULL),
  ('empty', '', '2020-01-01'),
  ('no quotes', 'The council met on Tuesday and adjourned.', '2020-01-01'),
  ('one quote', '"Yes," said Dr. Łukasz Nguyễn on May 5.', '2020-06-01'),
  ('many', repeat('"Now," Éloïse Durand said on Jan. 10. ', 500), '2017-03-02'),
  ('long quote', '"' || repeat('Long words go on and on. ', 4000) || '" she said.', '2021-01-01');

-- news_extract: the document equals its own text read back, hashes alike,
-- and has as many entries as the set-returning functions have rows.
SELECT name,
       j = j::text::jsonb AS same,
       jsonb_hash(j) = jsonb_hash(j::text::jsonb) AS same_hash,
       jsonb_hash_extended(j, 42) = jsonb_hash_extended(j::text::jsonb, 42) AS same_hash_ext,
       j @> j::text::jsonb AND j::text::jsonb @> j AS contained,
       (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(j) k) AS keys,
       jsonb_array_length(j->'quotes') = (SELECT count(*) FROM news_quotes(body)) AS quotes,
       jsonb_array_length(j->'speakers') = (SELECT count(*) FROM news_speakers(body)) AS speakers,
       jsonb_array_length(j->'dates') = (SELECT count(*) FROM news_dates(body, published)) AS dates
FROM (SELECT name, body, published, news_extract(body, published) AS j FROM texts) s
ORDER BY name;

-- Path queries and key access read the binary document like any other.
SELECT jsonb_path_query_array(news_extract(:'harbor', '2024-01-04'), '$.quotes[*].kind')
     = (SELECT jsonb_agg(kind ORDER BY quote_no) FROM news_quotes(:'harbor')) AS kinds_by_path;
SELECT (news_extract('"Yes," said Dr. Łukasz Nguyễn on May 5.', '2020-06-01') #>> '{quotes,0,speaker}') AS speaker;

-- Ranges equal and hash like the ones int4range()/daterange() build.
SELECT t.name,
       bool_and(q.span = int4range(lower(q.span), upper(q.span))
                AND hash_range(q.span) = hash_range(int4range(lower(q.span), upper(q.span)))) AS spans,
       bool_and(q.speaker_span IS NULL
                OR q.speaker_span = int4range(lower(q.speaker_span), upper(q.speaker_span))) AS speaker_spans
FROM texts t, news_quotes(t.body) q GROUP BY t.name ORDER BY t.name;
SELECT t.name,
       bool_and(d.range IS NULL OR (d.range = daterange(lower(d.range), upper(d.range))
                AND hash_range(d.range) = hash_range(daterange(lower(d.range), upper(d.range))))) AS ranges
FROM texts t, news_dates(t.body, t.published) d GROUP BY t.name ORDER BY t.name;
SELECT t.name,
       bool_and(s.first_span = int4range(lower(s.first_span), upper(s.first_span))) AS first_spans,
       bool_and(s.aliases = s.aliases::text::text[] AND cardinality(s.aliases) >= 0) AS aliases
FROM texts t, news_speakers(t.body) s GROUP BY t.name ORDER BY t.name;

-- A hash join and a hash aggregate over the spans find every row.
SET enable_mergejoin = off;
SET enable_nestloop = off;
SELECT count(*) AS joined
FROM news_quotes(:'harbor') a JOIN news_quotes(:'harbor') b ON a.span = b.span;
SELECT count(*) AS groups FROM (SELECT span FROM news_quotes(:'harbor') GROUP BY span) g;
RESET enable_mergejoin;
RESET enable_nestloop;
