-- Loads the sample articles into a table "articles" (run from the top of the
-- repository: psql -f examples/load.sql).  The articles are invented.
CREATE TABLE IF NOT EXISTS articles (
    id         int PRIMARY KEY,
    title      text,
    published  date,
    body       text NOT NULL
);
\set harbor `cat examples/harbor-wall.txt`
\set glass `cat examples/glass-plant.txt`
INSERT INTO articles VALUES
  (1, 'Port Ellsworth council approves flood wall', '2024-01-04', :'harbor'),
  (2, 'Brightline Glass to close Marlow plant', '2023-03-14', :'glass')
ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, published = EXCLUDED.published, body = EXCLUDED.body;
