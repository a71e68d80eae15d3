-- PostgreSQL full-text search done the textbook way, as the baseline the engine is compared
-- with (`engine.sh` loads the rows and runs this file in two parts around the load):
-- a stored tsvector generated from name, summary and body with weights A, B, C, one GIN index,
-- queries through websearch_to_tsquery ranked by ts_rank_cd. The catalogue is Portuguese, so the
-- configuration is Portuguese, with accents folded (people type "certidao" for "certidão").

-- part: schema
CREATE EXTENSION IF NOT EXISTS unaccent;
DROP TABLE IF EXISTS fts_services;
DROP TEXT SEARCH CONFIGURATION IF EXISTS ventanilla_pt;
CREATE TEXT SEARCH CONFIGURATION ventanilla_pt (COPY = portuguese);
ALTER TEXT SEARCH CONFIGURATION ventanilla_pt
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, portuguese_stem;

CREATE TABLE fts_services (
    id integer PRIMARY KEY,
    name text NOT NULL,
    summary text NOT NULL,
    body text NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('ventanilla_pt', name), 'A')
        || setweight(to_tsvector('ventanilla_pt', summary), 'B')
        || setweight(to_tsvector('ventanilla_pt', body), 'C')
    ) STORED
);

-- part: index
SET maintenance_work_mem = '1GB';
CREATE INDEX fts_services_tsv ON fts_services USING gin (tsv);
VACUUM ANALYZE fts_services;
