-- ALTER EXTENSION newsextract UPDATE from every earlier version to the
-- current one.  Each newsextract--A--B.sql script gets a step here: create
-- the extension at the old version, update it, and check that the functions
-- and the result tables work.  Runs last (it drops the extension).
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS newsextract CASCADE;
RESET client_min_messages;

SELECT default_version FROM pg_available_extensions WHERE name = 'newsextract';
SELECT source, target, path FROM pg_extension_update_paths('newsextract')
WHERE path IS NOT NULL ORDER BY 1, 2;

-- from 0.1.0 (the first release)
CREATE EXTENSION newsextract VERSION '0.1.0';
ALTER EXTENSION newsextract UPDATE;
SELECT extversion = (SELECT default_version FROM pg_available_extensions
                     WHERE name = 'newsextract') AS current
FROM pg_extension WHERE extname = 'newsextract';
SELECT count(*) > 0 AS quotes FROM news_quotes('"It works," she said.');
SELECT news_extract('') AS empty;
SELECT count(*) AS result_rows FROM news_analyzed;
DROP EXTENSION newsextract;
