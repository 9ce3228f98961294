-- The analysis groups a million positions by party, issue, stance and day,
-- and picks each party's newest quotes (store/read.go). Joining each row
-- to its article for the day costs seconds; so positions and attributions
-- carry their article's publication date (positions also its near-duplicate
-- cluster), copied by a trigger as they are written (the store rewrites an
-- article's facts whenever the article changes, so the copies never go
-- stale), and indexes answer the queries alone.

-- +goose Up
ALTER TABLE positions ADD COLUMN published TEXT;
ALTER TABLE positions ADD COLUMN cluster BIGINT;
UPDATE positions SET (published, cluster) = (SELECT a.published, a.cluster FROM articles a WHERE a.id = positions.article_id);
-- +goose StatementBegin
CREATE TRIGGER positions_article AFTER INSERT ON positions
BEGIN
    UPDATE positions SET (published, cluster) = (SELECT a.published, a.cluster FROM articles a WHERE a.id = NEW.article_id)
    WHERE rowid = NEW.rowid;
END;
-- +goose StatementEnd
ALTER TABLE attributions ADD COLUMN published TEXT;
UPDATE attributions SET published = (SELECT a.published FROM articles a WHERE a.id = attributions.article_id);
-- +goose StatementBegin
CREATE TRIGGER attributions_article AFTER INSERT ON attributions
BEGIN
    UPDATE attributions SET published = (SELECT a.published FROM articles a WHERE a.id = NEW.article_id)
    WHERE rowid = NEW.rowid;
END;
-- +goose StatementEnd
CREATE INDEX attributions_party_day ON attributions (party, kind, published);
CREATE INDEX positions_cell_day ON positions (actor, issue, stance, published);
CREATE INDEX positions_cell_cluster ON positions (actor, issue, stance, cluster);

-- +goose Down
DROP INDEX attributions_party_day;
DROP TRIGGER attributions_article;
ALTER TABLE attributions DROP COLUMN published;
DROP INDEX positions_cell_cluster;
DROP INDEX positions_cell_day;
DROP TRIGGER positions_article;
ALTER TABLE positions DROP COLUMN cluster;
ALTER TABLE positions DROP COLUMN published;
