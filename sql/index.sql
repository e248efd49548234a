-- news_quoted / news_people are IMMUTABLE: they index articles by the people
-- quoted or named (GIN over text[]) and work in generated columns.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS newsextract;
RESET client_min_messages;

CREATE TABLE news_idx (id int PRIMARY KEY, body text);
INSERT INTO news_idx
SELECT i, format('"We will fix the roads by %s," said Mayor %s %s. Her rival, %s, said nothing.',
                 (ARRAY['May', 'June', 'July'])[i % 3 + 1],
                 (ARRAY['Dolores', 'Ana', 'Ruth', 'Mary'])[i % 4 + 1],
                 (ARRAY['Arkwright', 'Okafor', 'Lindqvist', 'Castellanos', 'Brisk'])[i % 5 + 1],
                 (ARRAY['Raymond Oduya', 'Walter Brisk'])[i % 2 + 1])
FROM generate_series(1, 2000) i;
INSERT INTO news_idx VALUES (5000, '“Nothing to add,” said Councilman Raymond Oduya.');

CREATE INDEX news_idx_quoted ON news_idx USING gin (news_quoted(body));
CREATE INDEX news_idx_people ON news_idx USING gin (news_people(body));
ANALYZE news_idx;

SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM news_idx WHERE news_quoted(body) @> ARRAY['Raymond Oduya'];
EXPLAIN (COSTS OFF)
SELECT id FROM news_idx WHERE news_people(body) && ARRAY['Dolores Arkwright', 'Ana Okafor'];

-- The index gives the same answer as a scan.
CREATE TEMP TABLE via_index AS
  SELECT id FROM news_idx WHERE news_quoted(body) @> ARRAY['Raymond Oduya'];
RESET enable_seqscan;
SET enable_bitmapscan = off;
SET enable_indexscan = off;
SELECT (SELECT array_agg(id ORDER BY id) FROM via_index) IS NOT DISTINCT FROM
       (SELECT array_agg(id ORDER BY id) FROM news_idx WHERE news_quoted(body) @> ARRAY['Raymond Oduya'])
       AS same_answer;
RESET enable_bitmapscan;
RESET enable_indexscan;

-- Generated columns.
ALTER TABLE news_idx ADD COLUMN quoted text[] GENERATED ALWAYS AS (news_quoted(body)) STORED;
SELECT id, quoted FROM news_idx WHERE id = 5000;
SELECT count(*) = count(quoted) AS all_filled FROM news_idx;

-- An expression index on an extracted value.
CREATE INDEX news_idx_first_quote ON news_idx (((news_extract(body)->'quotes'->0->>'quote')));
DROP TABLE news_idx;
