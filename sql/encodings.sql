-- Character positions in databases that are not UTF-8: LATIN1 and WIN1252
-- (the text is converted to UTF-8 for the core, positions count the
-- database's characters) and SQL_ASCII (bytes are characters; invalid UTF-8
-- gives rows or a clear error, never a crash).
\set regress_db :DBNAME
SET client_min_messages = warning;
DROP DATABASE IF EXISTS ne_latin1;
DROP DATABASE IF EXISTS ne_win1252;
DROP DATABASE IF EXISTS ne_sqlascii;
RESET client_min_messages;
CREATE DATABASE ne_latin1 ENCODING 'LATIN1' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C';
CREATE DATABASE ne_win1252 ENCODING 'WIN1252' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C';
CREATE DATABASE ne_sqlascii ENCODING 'SQL_ASCII' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C';

-- LATIN1: accented letters are one byte in the database, two in UTF-8.
\c ne_latin1
SET client_encoding = 'UTF8';
CREATE EXTENSION newsextract;
CREATE TABLE t (id int, body text);
INSERT INTO t VALUES
 (1, 'Éloïse Müller said: "Ça va très bien, merci." Then, on Jan. 10, she left.'),
 (2, 'Señor Peñalosa, the café owner, said "the crème brûlée is sold out" at noon.');
SELECT id, q.quote, q.span,
       substr(body, lower(q.span), upper(q.span) - lower(q.span)) = q.quote AS span_ok
FROM t, news_quotes(body) q ORDER BY id, q.quote_no;
SELECT id, d.date_text, d.span,
       substr(body, lower(d.span), upper(d.span) - lower(d.span)) = d.date_text AS span_ok
FROM t, news_dates(body, '2020-01-15') d ORDER BY id, d.date_no;
SELECT id, s.name, substr(body, lower(s.first_span), upper(s.first_span) - lower(s.first_span)) AS first
FROM t, news_speakers(body) s ORDER BY id, lower(s.first_span);
SELECT news_extract(body)->'quotes'->0->'quote' AS q, news_extract(body)->'quotes'->0->'span' AS span
FROM t ORDER BY id;
SELECT news_quoted(body), news_people(body) FROM t ORDER BY id;

-- WIN1252: curly quotes and dashes exist in the encoding.
\c ne_win1252
SET client_encoding = 'UTF8';
CREATE EXTENSION newsextract;
CREATE TABLE t (id int, body text);
INSERT INTO t VALUES
 (1, 'Zoë Brontë said “the €50 fee is fair” — and she meant it. “We’ll see,” said Mr. Faßbender.'),
 (2, '„Nein“, sagte Jürgen Weiß am 3. Mai 2016, „das stimmt nicht.“');
SELECT id, q.quote, q.span,
       substr(body, lower(q.span), upper(q.span) - lower(q.span)) = q.quote AS span_ok
FROM t, news_quotes(body) q ORDER BY id, q.quote_no;
SELECT id, bool_and(substr(body, lower(d.span), upper(d.span) - lower(d.span)) = d.date_text) AS span_ok
FROM t, news_dates(body) d GROUP BY id ORDER BY id;
SELECT news_extract(body) ? 'quotes' AS has_quotes FROM t ORDER BY id;

-- SQL_ASCII: bytes are characters; valid UTF-8 still pairs curly quotes.
\c ne_sqlascii
CREATE EXTENSION newsextract;
CREATE TABLE t (id int, body text);
INSERT INTO t VALUES
 (1, '"Plain ASCII text," the spokesman said on Tuesday.'),
 (2, 'Éloïse said “Ça va.” on Jan. 10.'),
 -- invalid UTF-8: stray continuation bytes, a truncated sequence, 0xFF
 (3, 'Bad ' || convert_from('\x80bf'::bytea, 'SQL_ASCII') || ' bytes "in a quote ' ||
     convert_from('\xe280'::bytea, 'SQL_ASCII') || '" and ' ||
     convert_from('\xfffe'::bytea, 'SQL_ASCII') || ' on May 5.');
-- every byte value 1..255 in one text
INSERT INTO t SELECT 4, string_agg(convert_from(decode(lpad(to_hex(b), 2, '0'), 'hex'), 'SQL_ASCII'), '' ORDER BY b)
FROM generate_series(1, 255) b;
INSERT INTO t SELECT 5, repeat(body, 100) FROM t WHERE id = 4;
SELECT id, count(q.*) AS quotes,
       coalesce(bool_and(substr(body, lower(q.span), upper(q.span) - lower(q.span)) = q.quote), true) AS spans_ok
FROM t LEFT JOIN LATERAL news_quotes(body) q ON true GROUP BY id ORDER BY id;
SELECT id, coalesce(bool_and(substr(body, lower(d.span), upper(d.span) - lower(d.span)) = d.date_text), true) AS spans_ok
FROM t LEFT JOIN LATERAL news_dates(body, '2020-01-15') d ON true GROUP BY id ORDER BY id;
SELECT id, jsonb_typeof(news_extract(body)) AS doc, cardinality(news_quoted(body)) >= 0 AS quoted,
       cardinality(news_people(body)) >= 0 AS people
FROM t ORDER BY id;
SELECT count(*) FROM t, news_speakers(body);

\c :regress_db
DROP DATABASE ne_latin1;
DROP DATABASE ne_win1252;
DROP DATABASE ne_sqlascii;
SELECT 'still up' AS server;
