-- newsextract 0.1.0: who said what, and when, in news articles.
\echo Use "CREATE EXTENSION newsextract" to load this file. \quit

CREATE FUNCTION news_quotes(body text)
RETURNS TABLE (
    quote_no     int,
    quote        text,
    span         int4range,
    kind         text,
    paragraph    int,
    speaker      text,
    speaker_span int4range,
    speaker_kind text,
    cue          text,
    confidence   real)
AS 'MODULE_PATHNAME', 'news_quotes'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100 ROWS 5;

COMMENT ON FUNCTION news_quotes(text) IS
  'direct quotations of a news article with their kind, paragraph and speaker';
