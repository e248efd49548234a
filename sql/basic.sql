-- The SQL surface: each function, its columns, NULL and empty input, and the
-- span invariant (quote = substr(body, span)) on ASCII and multi-byte text.
CREATE EXTENSION newsextract;

-- NULL body: no rows; empty body: no rows.
SELECT count(*) FROM news_quotes(NULL);
SELECT count(*) FROM news_quotes('');
SELECT count(*) FROM news_quotes('No quotation here.');

-- Columns and types.
SELECT quote_no, quote, span, kind, paragraph
FROM news_quotes('The mayor said: "We will rebuild the bridge by spring." Critics disagreed.');

-- Multi-byte characters: spans are character positions.
SELECT quote, span, kind,
       substr(b, lower(span), upper(span) - lower(span)) = quote AS span_ok
FROM (VALUES ('Éloïse said “Ça va, merci beaucoup.” and left.')) v(b),
     news_quotes(b);

-- The span invariant over a few shapes of text.
CREATE TEMP TABLE t(id int, body text);
INSERT INTO t VALUES
 (1, '"Straight quotes work," she said.'),
 (2, '“Curly quotes work,” he said. “And so does a second one.”'),
 (3, E'First paragraph.\n\n“A quote over two paragraphs starts here.\n\n“And ends here,” said the reporter.'),
 (4, '«Les guillemets» et „deutsche Anführungszeichen“ aussi — „Ja, wirklich“, sagte sie.'),
 (5, 'Emoji 😀 before “a quote after an emoji 🎉 and more,” wrote the critic.');
SELECT id, count(*) > 0 AS found,
       bool_and(substr(body, lower(span), upper(span) - lower(span)) = quote) AS spans_ok,
       bool_and(quote_no > 0) AS numbered
FROM t, news_quotes(body) GROUP BY id ORDER BY id;
