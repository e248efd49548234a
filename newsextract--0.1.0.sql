-- newsextract 0.1.0: who said what, and when, in news articles.
\echo Use "CREATE EXTENSION newsextract" to load this file. \quit

-- The extension is installed into one schema chosen at CREATE EXTENSION time
-- (relocatable = false) so that the SQL bodies below can name their own
-- objects as @extschema@.x and never depend on the caller's search_path.
-- The C functions do not look anything up by name.

-- ====================================================================
-- Row functions
-- ====================================================================

-- COST is in units of cpu_operator_cost.  Measured on the Reuters-21578
-- corpus (19,043 stories, 834 characters on average), one core: a plain
-- SELECT sum(length(body)) costs 2,037 planner units and takes 68 ms, so one
-- unit is about 33 us and one cpu_operator_cost (0.0025) about 83 ns.  A call
-- took about 27 us (news_quotes, news_quoted, news_people), 37 us
-- (news_speakers), 12 us (news_dates) and 50 us (news_extract); the COSTs
-- below are those times in cpu_operator_cost, rounded up for longer articles.
-- ROWS is the mean number of rows per story, rounded up.  With these, a scan
-- that calls the functions in its select list or WHERE clause is costed as
-- CPU-bound, and the planner runs it in parallel when workers are allowed
-- (sql/parallel.sql).  (For FROM t, news_quotes(t.body) the planner charges
-- the COST once, not per row, so there the table's size decides.)

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
COST 400 ROWS 3;

COMMENT ON FUNCTION news_quotes(text) IS
  'direct quotations of a news article with their kind, paragraph and speaker; spans are 1-based character ranges [lower, upper)';

CREATE FUNCTION news_speakers(body text)
RETURNS TABLE (
    name         text,
    kind         text,
    title        text,
    mentions     int,
    quotes       int,
    first_span   int4range,
    aliases      text[])
AS 'MODULE_PATHNAME', 'news_speakers'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 500 ROWS 4;

COMMENT ON FUNCTION news_speakers(text) IS
  'the people and organisations named in a news article: canonical name, kind, title, mentions, quotes, first mention, aliases';

-- Not STRICT: published may be NULL (relative dates stay unresolved); a NULL
-- body gives no rows.
CREATE FUNCTION news_dates(body text, published date DEFAULT NULL)
RETURNS TABLE (
    date_no      int,
    date_text    text,
    span         int4range,
    type         text,
    value        text,
    range        daterange,
    granularity  text,
    mod          text)
AS 'MODULE_PATHNAME', 'news_dates'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE
COST 200 ROWS 4;

COMMENT ON FUNCTION news_dates(text, date) IS
  'temporal expressions of a news article normalised as TIMEX3 values; relative ones resolve against published';

CREATE FUNCTION news_extract(body text, published date DEFAULT NULL)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'news_extract'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE
COST 700;

COMMENT ON FUNCTION news_extract(text, date) IS
  'quotes, speakers and dates of a news article as one jsonb document {"quotes": [...], "speakers": [...], "dates": [...]}';

CREATE FUNCTION news_quoted(body text)
RETURNS text[]
AS 'MODULE_PATHNAME', 'news_quoted'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 400;

COMMENT ON FUNCTION news_quoted(text) IS
  'canonical names of the people and organisations quoted in a news article, each once, in order of first mention (for GIN indexes)';

CREATE FUNCTION news_people(body text)
RETURNS text[]
AS 'MODULE_PATHNAME', 'news_people'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 400;

COMMENT ON FUNCTION news_people(text) IS
  'canonical names of every person named in a news article, each once, in order of first mention (for GIN indexes)';

-- ====================================================================
-- Batch analysis: result tables keyed by (source, article_id)
-- ====================================================================

-- One row per analysed article: the md5 of the body it was analysed from.
CREATE TABLE news_analyzed (
    source       text        NOT NULL,  -- schema-qualified name of the source table
    article_id   text        NOT NULL,  -- the article's id, as text
    body_md5     text        NOT NULL,
    published    date,
    analyzed_at  timestamptz NOT NULL DEFAULT now(),
    quotes       int         NOT NULL,
    speakers     int         NOT NULL,
    dates        int         NOT NULL,
    PRIMARY KEY (source, article_id)
);

CREATE TABLE news_quote_results (
    source       text NOT NULL,
    article_id   text NOT NULL,
    quote_no     int  NOT NULL,
    quote        text,
    span         int4range,
    kind         text,
    paragraph    int,
    speaker      text,
    speaker_span int4range,
    speaker_kind text,
    cue          text,
    confidence   real,
    PRIMARY KEY (source, article_id, quote_no)
);
CREATE INDEX news_quote_results_speaker ON news_quote_results (speaker);

CREATE TABLE news_speaker_results (
    source       text NOT NULL,
    article_id   text NOT NULL,
    speaker_no   int  NOT NULL,
    name         text,
    kind         text,
    title        text,
    mentions     int,
    quotes       int,
    first_span   int4range,
    aliases      text[],
    PRIMARY KEY (source, article_id, speaker_no)
);
CREATE INDEX news_speaker_results_name ON news_speaker_results (name);

CREATE TABLE news_date_results (
    source       text NOT NULL,
    article_id   text NOT NULL,
    date_no      int  NOT NULL,
    date_text    text,
    span         int4range,
    type         text,
    value        text,
    range        daterange,
    granularity  text,
    mod          text,
    PRIMARY KEY (source, article_id, date_no)
);

COMMENT ON TABLE news_analyzed IS 'articles analysed by news_analyze(), with the md5 of the analysed body';
COMMENT ON TABLE news_quote_results IS 'news_quotes() of every article analysed by news_analyze()';
COMMENT ON TABLE news_speaker_results IS 'news_speakers() of every article analysed by news_analyze()';
COMMENT ON TABLE news_date_results IS 'news_dates() of every article analysed by news_analyze()';

-- pg_dump keeps the results.
SELECT pg_catalog.pg_extension_config_dump('news_analyzed', '');
SELECT pg_catalog.pg_extension_config_dump('news_quote_results', '');
SELECT pg_catalog.pg_extension_config_dump('news_speaker_results', '');
SELECT pg_catalog.pg_extension_config_dump('news_date_results', '');

GRANT SELECT ON news_analyzed, news_quote_results, news_speaker_results, news_date_results TO PUBLIC;
GRANT INSERT, UPDATE, DELETE ON news_analyzed, news_quote_results, news_speaker_results, news_date_results TO @extowner@;

-- news_analyze: analyses the articles of a table into the result tables.
--
--   CALL news_analyze('articles', 'id', 'body', 'published');
--
-- * Works in batches of batch_size articles, each committed on its own:
--   a cancelled run loses at most the batch in progress, and nothing is
--   doubled (a batch replaces the results of its articles and marks them
--   done in the same transaction).
-- * Only articles not analysed yet, or whose body changed since (md5), are
--   analysed: running it again resumes, and later picks up edits.
-- * Walks the table in id order (index the id column, e.g. a primary key).
-- * Several sessions can run at once: give each a part of parts
--   (CALL news_analyze('articles', parts => 4, part => 0) ... part => 3), or
--   let them share the table; an article that another session is analysing
--   (advisory lock) is skipped and counted, run again to pick it up.  Each
--   batch holds up to batch_size advisory locks until it commits: keep
--   sessions x batch_size below max_locks_per_transaction x max_connections.
-- * prune => true also deletes the results of articles no longer in the table.
-- * Must be CALLed outside an explicit transaction block (it commits).
CREATE PROCEDURE news_analyze(
    source            regclass,
    id_column         name DEFAULT 'id',
    body_column       name DEFAULT 'body',
    published_column  name DEFAULT NULL,
    batch_size        int  DEFAULT 1000,
    parts             int  DEFAULT 1,
    part              int  DEFAULT 0,
    max_batches       int  DEFAULT NULL,
    prune             boolean DEFAULT false)
LANGUAGE plpgsql
AS $proc$
#variable_conflict use_column
DECLARE
    -- (text variables would take the collation of the name arguments, "C",
    -- and then not match the indexes of the result tables)
    src        text COLLATE "default";
    id_type    text COLLATE "default";
    lock_key   int;
    pub_expr   text COLLATE "default";
    part_expr  text COLLATE "default";
    pick_sql   text COLLATE "default";
    first_sql  text COLLATE "default";
    todo       bigint;
    done       bigint := 0;
    skipped    bigint := 0;
    batches    int := 0;
    n          int;
    n_held     int;
    last_id    text COLLATE "default" := NULL;
    started    timestamptz := pg_catalog.clock_timestamp();
    elapsed    float8;
    rate       float8;
BEGIN
    IF batch_size IS NULL OR batch_size < 1 THEN
        RAISE EXCEPTION 'batch_size must be at least 1';
    END IF;
    IF parts IS NULL OR parts < 1 OR part IS NULL OR part < 0 OR part >= parts THEN
        RAISE EXCEPTION 'part must be between 0 and parts - 1';
    END IF;

    SELECT pg_catalog.format('%I.%I', n.nspname, c.relname)
      INTO src
      FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE c.oid = source;
    SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) INTO id_type
      FROM pg_catalog.pg_attribute a
     WHERE a.attrelid = source AND a.attname = id_column AND NOT a.attisdropped;
    IF id_type IS NULL THEN
        RAISE EXCEPTION 'column "%" does not exist in %', id_column, src;
    END IF;
    PERFORM 1 FROM pg_catalog.pg_attribute a
     WHERE a.attrelid = source AND a.attname = body_column AND NOT a.attisdropped;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'column "%" does not exist in %', body_column, src;
    END IF;
    lock_key := pg_catalog.hashtext(src);
    pub_expr := CASE WHEN published_column IS NULL THEN 'NULL::date'
                     ELSE pg_catalog.format('s.%I::date', published_column) END;
    part_expr := CASE WHEN parts = 1 THEN 'true'
                      ELSE pg_catalog.format('pg_catalog.abs(pg_catalog.hashtext(s.%I::text) %% %s) = %s',
                                             id_column, parts, part) END;

    IF prune THEN
        EXECUTE pg_catalog.format(
            'DELETE FROM @extschema@.news_analyzed d WHERE d.source = $1 AND NOT EXISTS '
            '(SELECT 1 FROM %s s WHERE s.%I::text = d.article_id)', source, id_column) USING src;
        DELETE FROM @extschema@.news_quote_results r WHERE r.source = src AND NOT EXISTS
            (SELECT 1 FROM @extschema@.news_analyzed d WHERE d.source = src AND d.article_id = r.article_id);
        DELETE FROM @extschema@.news_speaker_results r WHERE r.source = src AND NOT EXISTS
            (SELECT 1 FROM @extschema@.news_analyzed d WHERE d.source = src AND d.article_id = r.article_id);
        DELETE FROM @extschema@.news_date_results r WHERE r.source = src AND NOT EXISTS
            (SELECT 1 FROM @extschema@.news_analyzed d WHERE d.source = src AND d.article_id = r.article_id);
        COMMIT;
    END IF;

    -- How much there is to do (one pass over the table: md5 of every body).
    EXECUTE pg_catalog.format(
        'SELECT pg_catalog.count(*) FROM %s s LEFT JOIN @extschema@.news_analyzed d '
        'ON d.source = $1 AND d.article_id = s.%I::text '
        'WHERE s.%I IS NOT NULL AND (d.article_id IS NULL OR d.body_md5 <> pg_catalog.md5(s.%I)) AND %s',
        source, id_column, body_column, body_column, part_expr)
      INTO todo USING src;
    RAISE NOTICE 'news_analyze: % articles of % to analyse', todo, src;

    IF pg_catalog.to_regclass('pg_temp.news_analyze_batch') IS NULL THEN
        CREATE TEMP TABLE news_analyze_batch (
            article_id text, body text, published date, body_md5 text, locked boolean
        ) ON COMMIT DELETE ROWS;
    END IF;

    -- The next batch: the first batch_size articles after last_id that need
    -- analysis, each locked (advisory, until the batch commits) so that a
    -- session working on the same articles skips them.  The locks are taken
    -- after the LIMIT, so a batch holds at most batch_size of them.
    -- (The first batch has no lower bound; later ones continue after last_id
    -- so that an index on the id column takes each batch where the previous
    -- one stopped.)
    pick_sql := pg_catalog.format(
        'INSERT INTO pg_temp.news_analyze_batch '
        'SELECT c.id, c.body, c.published, c.md5, '
        'pg_catalog.pg_try_advisory_xact_lock($3, pg_catalog.hashtext(c.id)) FROM ('
        'SELECT s.%1$I::text AS id, s.%2$I AS body, %3$s AS published, pg_catalog.md5(s.%2$I) AS md5 '
        'FROM %4$s s LEFT JOIN @extschema@.news_analyzed d ON d.source = $1 AND d.article_id = s.%1$I::text '
        'WHERE s.%1$I > $2::%5$s AND s.%2$I IS NOT NULL '
        'AND (d.article_id IS NULL OR d.body_md5 <> pg_catalog.md5(s.%2$I)) AND %6$s '
        'ORDER BY s.%1$I LIMIT $4) c',
        id_column, body_column, pub_expr, source, id_type, part_expr);
    first_sql := pg_catalog.replace(pick_sql,
        pg_catalog.format('s.%I > $2::%s', id_column, id_type), '$2::text IS NULL');

    LOOP
        EXIT WHEN max_batches IS NOT NULL AND batches >= max_batches;
        IF last_id IS NULL THEN
            EXECUTE first_sql USING src, last_id, lock_key, batch_size;
        ELSE
            EXECUTE pick_sql USING src, last_id, lock_key, batch_size;
        END IF;
        GET DIAGNOSTICS n = ROW_COUNT;
        EXIT WHEN n = 0;
        -- the id to continue after, in the source's own order
        -- (ORDER BY, not max(): some id types, such as uuid, have no max)
        EXECUTE pg_catalog.format(
            'SELECT b.article_id FROM pg_temp.news_analyze_batch b ORDER BY b.article_id::%s DESC LIMIT 1',
            id_type)
          INTO last_id;
        -- articles another session is analysing: left to it
        DELETE FROM pg_temp.news_analyze_batch b WHERE NOT b.locked;
        GET DIAGNOSTICS n_held = ROW_COUNT;
        n := n - n_held;
        -- articles another session finished since the batch was picked
        DELETE FROM pg_temp.news_analyze_batch b USING @extschema@.news_analyzed d
         WHERE d.source = src AND d.article_id = b.article_id AND d.body_md5 = b.body_md5;
        GET DIAGNOSTICS n_held = ROW_COUNT;
        n := n - n_held;

        DELETE FROM @extschema@.news_quote_results r USING pg_temp.news_analyze_batch b
         WHERE r.source = src AND r.article_id = b.article_id;
        DELETE FROM @extschema@.news_speaker_results r USING pg_temp.news_analyze_batch b
         WHERE r.source = src AND r.article_id = b.article_id;
        DELETE FROM @extschema@.news_date_results r USING pg_temp.news_analyze_batch b
         WHERE r.source = src AND r.article_id = b.article_id;

        INSERT INTO @extschema@.news_quote_results
            (source, article_id, quote_no, quote, span, kind, paragraph, speaker,
             speaker_span, speaker_kind, cue, confidence)
        SELECT src, b.article_id, q.quote_no, q.quote, q.span, q.kind, q.paragraph, q.speaker,
               q.speaker_span, q.speaker_kind, q.cue, q.confidence
          FROM pg_temp.news_analyze_batch b, @extschema@.news_quotes(b.body) q;
        INSERT INTO @extschema@.news_speaker_results
            (source, article_id, speaker_no, name, kind, title, mentions, quotes, first_span, aliases)
        SELECT src, b.article_id, p.n::int, p.name, p.kind, p.title, p.mentions, p.quotes,
               p.first_span, p.aliases
          FROM pg_temp.news_analyze_batch b,
               @extschema@.news_speakers(b.body) WITH ORDINALITY
                 AS p(name, kind, title, mentions, quotes, first_span, aliases, n);
        INSERT INTO @extschema@.news_date_results
            (source, article_id, date_no, date_text, span, type, value, range, granularity, mod)
        SELECT src, b.article_id, t.date_no, t.date_text, t.span, t.type, t.value, t.range,
               t.granularity, t.mod
          FROM pg_temp.news_analyze_batch b, @extschema@.news_dates(b.body, b.published) t;

        INSERT INTO @extschema@.news_analyzed AS d
            (source, article_id, body_md5, published, analyzed_at, quotes, speakers, dates)
        SELECT src, b.article_id, b.body_md5, b.published, pg_catalog.now(),
               (SELECT pg_catalog.count(*) FROM @extschema@.news_quote_results r
                 WHERE r.source = src AND r.article_id = b.article_id),
               (SELECT pg_catalog.count(*) FROM @extschema@.news_speaker_results r
                 WHERE r.source = src AND r.article_id = b.article_id),
               (SELECT pg_catalog.count(*) FROM @extschema@.news_date_results r
                 WHERE r.source = src AND r.article_id = b.article_id)
          FROM pg_temp.news_analyze_batch b
        ON CONFLICT (source, article_id) DO UPDATE
           SET body_md5 = EXCLUDED.body_md5, published = EXCLUDED.published,
               analyzed_at = EXCLUDED.analyzed_at, quotes = EXCLUDED.quotes,
               speakers = EXCLUDED.speakers, dates = EXCLUDED.dates;

        COMMIT;
        done := done + n;
        batches := batches + 1;
        elapsed := pg_catalog.date_part('epoch', pg_catalog.clock_timestamp() - started);
        rate := done / GREATEST(elapsed, 0.001);
        RAISE NOTICE 'news_analyze: %/% articles (% %%), % articles/s, about % s left',
            done, todo, pg_catalog.round(100.0 * done / GREATEST(todo, 1), 1),
            pg_catalog.round(rate::numeric, 1),
            pg_catalog.round((GREATEST(todo - done, 0) / GREATEST(rate, 0.001))::numeric);
    END LOOP;

    -- articles another session held while we passed them
    EXECUTE pg_catalog.format(
        'SELECT pg_catalog.count(*) FROM %s s LEFT JOIN @extschema@.news_analyzed d '
        'ON d.source = $1 AND d.article_id = s.%I::text '
        'WHERE s.%I IS NOT NULL AND (d.article_id IS NULL OR d.body_md5 <> pg_catalog.md5(s.%I)) AND %s',
        source, id_column, body_column, body_column, part_expr)
      INTO skipped USING src;
    RAISE NOTICE 'news_analyze: % articles analysed in % s, % left to analyse%',
        done, pg_catalog.round(pg_catalog.date_part('epoch', pg_catalog.clock_timestamp() - started)::numeric, 1),
        skipped,
        CASE WHEN skipped > 0 AND (max_batches IS NULL OR batches < max_batches)
             THEN ' (held by other sessions: run again)' ELSE '' END;
END
$proc$;

COMMENT ON PROCEDURE news_analyze(regclass, name, name, name, int, int, int, int, boolean) IS
  'analyses a table of articles into news_quote_results, news_speaker_results and news_date_results, in committed batches, resumably';

-- ====================================================================
-- Reports over the result tables
-- ====================================================================

-- The most quoted people and organisations (scare quotes and titles excluded).
CREATE VIEW news_most_quoted AS
SELECT q.speaker,
       q.speaker_kind,
       pg_catalog.count(*)                                 AS quotes,
       pg_catalog.count(DISTINCT (q.source, q.article_id)) AS articles
  FROM @extschema@.news_quote_results q
 WHERE q.kind <> 'term' AND q.speaker IS NOT NULL
 GROUP BY q.speaker, q.speaker_kind
 ORDER BY quotes DESC, q.speaker;

-- Quotes by kind of speaker: person, organization, other, or unattributed.
CREATE VIEW news_quotes_by_speaker_kind AS
SELECT COALESCE(q.speaker_kind, 'unattributed') AS speaker_kind,
       pg_catalog.count(*) AS quotes,
       pg_catalog.round(100.0 * pg_catalog.count(*) / pg_catalog.sum(pg_catalog.count(*)) OVER (), 1) AS percent
  FROM @extschema@.news_quote_results q
 WHERE q.kind <> 'term'
 GROUP BY 1
 ORDER BY quotes DESC, speaker_kind;

-- A timeline of the calendar dates mentioned: one row per resolved date value.
CREATE VIEW news_date_timeline AS
SELECT pg_catalog.lower(t.range)                          AS starts,
       pg_catalog.upper(t.range)                          AS ends,
       t.value,
       t.granularity,
       pg_catalog.count(*)                                AS mentions,
       pg_catalog.count(DISTINCT (t.source, t.article_id)) AS articles,
       pg_catalog.min(t.date_text)                        AS example
  FROM @extschema@.news_date_results t
 WHERE t.range IS NOT NULL
 GROUP BY 1, 2, 3, 4
 ORDER BY starts, ends, t.value;

COMMENT ON VIEW news_most_quoted IS 'report: quotes and articles per speaker, most quoted first';
COMMENT ON VIEW news_quotes_by_speaker_kind IS 'report: quotes per kind of speaker with their share';
COMMENT ON VIEW news_date_timeline IS 'report: resolved dates mentioned in the analysed articles, in calendar order';

GRANT SELECT ON news_most_quoted, news_quotes_by_speaker_kind, news_date_timeline TO PUBLIC;
