-- newsextract is a trusted extension: a user who may create objects in the
-- database installs it without being a superuser, and can then run the
-- batch analysis and the reports.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS newsextract CASCADE;
DROP ROLE IF EXISTS regress_newsextract_user;
RESET client_min_messages;
CREATE ROLE regress_newsextract_user;
DO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO regress_newsextract_user', current_database()); END $$;
GRANT CREATE ON SCHEMA public TO regress_newsextract_user;

SET ROLE regress_newsextract_user;
CREATE EXTENSION newsextract;
SELECT extowner::regrole FROM pg_extension WHERE extname = 'newsextract';
CREATE TABLE trusted_articles (id int PRIMARY KEY, body text);
INSERT INTO trusted_articles VALUES (1, '"It is ours now," said Mayor Dolores Arkwright on Tuesday.');
SET client_min_messages = warning;
CALL news_analyze('trusted_articles');
RESET client_min_messages;
SELECT speaker, quotes FROM news_most_quoted;
SELECT news_quoted(body) FROM trusted_articles;
DROP TABLE trusted_articles;
DROP TABLE pg_temp.news_analyze_batch;  -- news_analyze's batch table of this session
DROP EXTENSION newsextract;
RESET ROLE;

REVOKE CREATE ON SCHEMA public FROM regress_newsextract_user;
DO $$ BEGIN EXECUTE format('REVOKE CREATE ON DATABASE %I FROM regress_newsextract_user', current_database()); END $$;
DROP ROLE regress_newsextract_user;
