-- The SQL surface: each function, its columns, NULL and empty input, and the
-- invariants that hold whatever the extraction finds: quote = substr(body,
-- span), date_text = substr(body, span), and news_extract agreeing with the
-- row functions.  Multi-byte text checks that positions are characters.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS newsextract;
RESET client_min_messages;
SET datestyle = 'ISO, YMD';

-- Signatures, volatility, strictness, parallel safety.
SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args,
       pg_get_function_result(p.oid) AS result,
       p.provolatile, p.proisstrict, p.proparallel, p.proretset
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'newsextract'
WHERE p.prokind = 'f'
ORDER BY 1;

-- NULL body: no rows or NULL.
SELECT count(*) FROM news_quotes(NULL);
SELECT count(*) FROM news_speakers(NULL);
SELECT count(*) FROM news_dates(NULL);
SELECT count(*) FROM news_dates(NULL, '2020-01-01');
SELECT news_extract(NULL) IS NULL AS extract_null,
       news_quoted(NULL) IS NULL AS quoted_null,
       news_people(NULL) IS NULL AS people_null;

-- Empty body: no rows, empty arrays, an empty document.
SELECT count(*) FROM news_quotes('');
SELECT count(*) FROM news_speakers('');
SELECT count(*) FROM news_dates('', '2020-01-01');
SELECT news_extract(''), news_extract('', '2020-01-01'), news_quoted(''), news_people('');

-- Text without anything to find.
SELECT count(*) FROM news_quotes('No quotation here.');
SELECT news_extract('No quotation here.');

-- Columns.
SELECT quote_no, quote, span, kind, paragraph
FROM news_quotes('The mayor said: "We will rebuild the bridge by spring." Critics disagreed.');

SELECT date_no, date_text, span, type, value, range, granularity
FROM news_dates('The bridge closed on Jan. 10, 2017 and reopened in September 2018.');

-- Relative dates resolve against the publication date, else stay open.
SELECT date_text, value, range
FROM news_dates('The bridge closed on Jan. 10 and reopened last week.', '2017-03-15');
SELECT date_text, range IS NULL AS unresolved
FROM news_dates('The bridge closed on Jan. 10.');

-- An infinite publication date is an error, not a guess.
SELECT * FROM news_dates('Tuesday', 'infinity');

-- Speakers: name, kind, first_span within the text, aliases an array.
SELECT name, kind, mentions >= 1 AS mentioned, quotes >= 0 AS quotes_ok,
       lower(first_span) >= 1 AND upper(first_span) <= length(b) + 1 AS span_ok,
       pg_typeof(aliases) AS aliases_type
FROM (VALUES ('"We will win," said Senator Jane Okafor. Okafor added: "Easily."')) v(b),
     news_speakers(b)
ORDER BY lower(first_span);

-- Multi-byte characters: spans are character positions.
SELECT quote, span, kind,
       substr(b, lower(span), upper(span) - lower(span)) = quote AS span_ok
FROM (VALUES ('Éloïse said “Ça va, merci beaucoup.” and left.')) v(b),
     news_quotes(b);

-- The span invariants over a few shapes of text.
CREATE TEMP TABLE t(id int, body text, published date);
INSERT INTO t VALUES
 (1, '"Straight quotes work," she said on Monday.', '2016-09-14'),
 (2, '“Curly quotes work,” he said last week. “And so does a second one.”', '2016-09-14'),
 (3, E'First paragraph, Jan. 3.\n\n“A quote over two paragraphs starts here.\n\n“And ends here,” said the reporter.', NULL),
 (4, '«Les guillemets» et „deutsche Anführungszeichen“ aussi — „Ja, wirklich“, sagte sie am 3. Mai.', '2016-09-14'),
 (5, 'Emoji 😀 before “a quote after an emoji 🎉 and more,” wrote the critic on 5 May 2016.', NULL),
 (6, 'Ελληνικά και “ένα παράθεμα” — 中文“引语”，他说。 Then in May 2015, “English again,” Ms. Dąbrowska said.', '2016-09-14');
SELECT id, count(*) > 0 AS found,
       bool_and(substr(body, lower(span), upper(span) - lower(span)) = quote) AS spans_ok,
       bool_and(quote_no > 0) AS numbered
FROM t, news_quotes(body) GROUP BY id ORDER BY id;
SELECT id, bool_and(substr(body, lower(span), upper(span) - lower(span)) = date_text) AS dates_ok
FROM t, news_dates(body, published) GROUP BY id ORDER BY id;
SELECT count(*) AS bad_speaker_spans
FROM t, news_quotes(body) q
WHERE q.speaker_span IS NOT NULL
  AND (lower(q.speaker_span) < 1 OR upper(q.speaker_span) > length(body) + 1
       OR isempty(q.speaker_span));

-- news_extract has the rows of the row functions, spans as [lower, upper).
SELECT id,
  news_extract(body, published)->'quotes' IS NOT DISTINCT FROM (
    SELECT coalesce(jsonb_agg(jsonb_build_object(
             'quote_no', quote_no, 'quote', quote,
             'span', jsonb_build_array(lower(span), upper(span)),
             'kind', kind, 'paragraph', paragraph, 'speaker', speaker,
             'speaker_span', CASE WHEN speaker_span IS NULL THEN NULL
                             ELSE jsonb_build_array(lower(speaker_span), upper(speaker_span)) END,
             'speaker_kind', speaker_kind, 'cue', cue, 'confidence', confidence)
             ORDER BY quote_no), '[]')
    FROM news_quotes(body)) AS quotes_agree,
  news_extract(body, published)->'dates' IS NOT DISTINCT FROM (
    SELECT coalesce(jsonb_agg(jsonb_build_object(
             'date_no', date_no, 'date_text', date_text,
             'span', jsonb_build_array(lower(span), upper(span)),
             'type', type, 'value', value,
             'range', CASE WHEN range IS NULL THEN NULL
                      ELSE jsonb_build_array(lower(range), upper(range)) END,
             'granularity', granularity, 'mod', mod)
             ORDER BY date_no), '[]')
    FROM news_dates(body, published)) AS dates_agree,
  news_extract(body, published)->'speakers' IS NOT DISTINCT FROM (
    SELECT coalesce(jsonb_agg(jsonb_build_object(
             'name', name, 'kind', kind, 'title', title, 'mentions', mentions,
             'quotes', quotes,
             'first_span', CASE WHEN first_span IS NULL THEN NULL
                           ELSE jsonb_build_array(lower(first_span), upper(first_span)) END,
             'aliases', to_jsonb(aliases))
             ORDER BY n), '[]')
    FROM news_speakers(body) WITH ORDINALITY
         AS s(name, kind, title, mentions, quotes, first_span, aliases, n)) AS speakers_agree
FROM t ORDER BY id;

-- news_quoted / news_people: distinct names, consistent with news_speakers.
SELECT id,
  news_quoted(body) IS NOT DISTINCT FROM
    (SELECT coalesce(array_agg(name ORDER BY first), '{}') FROM
       (SELECT name, min(lower(first_span)) AS first FROM news_speakers(body)
         WHERE quotes > 0 GROUP BY name) s) AS quoted_agrees,
  news_people(body) IS NOT DISTINCT FROM
    (SELECT coalesce(array_agg(name ORDER BY first), '{}') FROM
       (SELECT name, min(lower(first_span)) AS first FROM news_speakers(body)
         WHERE kind = 'person' GROUP BY name) s) AS people_agrees
FROM t ORDER BY id;
