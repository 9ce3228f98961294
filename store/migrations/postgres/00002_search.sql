-- Full-text search for PostgreSQL: generated tsvector columns with GIN
-- indexes, in English like SQLite's porter stemmer.

-- +goose Up
ALTER TABLE articles ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED;
CREATE INDEX articles_search ON articles USING gin (search);
ALTER TABLE attributions ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
CREATE INDEX attributions_search ON attributions USING gin (search);
ALTER TABLE positions ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
CREATE INDEX positions_search ON positions USING gin (search);

-- +goose Down
ALTER TABLE positions DROP COLUMN search;
ALTER TABLE attributions DROP COLUMN search;
ALTER TABLE articles DROP COLUMN search;
