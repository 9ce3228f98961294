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
UPDATE positions p SET published = a.published, cluster = a.cluster FROM articles a WHERE a.id = p.article_id;
-- +goose StatementBegin
CREATE FUNCTION positions_article() RETURNS trigger AS $$
BEGIN
    SELECT a.published, a.cluster INTO NEW.published, NEW.cluster FROM articles a WHERE a.id = NEW.article_id;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
-- +goose StatementEnd
CREATE TRIGGER positions_article BEFORE INSERT ON positions FOR EACH ROW EXECUTE FUNCTION positions_article();
ALTER TABLE attributions ADD COLUMN published TEXT;
UPDATE attributions t SET published = a.published FROM articles a WHERE a.id = t.article_id;
-- +goose StatementBegin
CREATE FUNCTION attributions_article() RETURNS trigger AS $$
BEGIN
    SELECT a.published INTO NEW.published FROM articles a WHERE a.id = NEW.article_id;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
-- +goose StatementEnd
CREATE TRIGGER attributions_article BEFORE INSERT ON attributions FOR EACH ROW EXECUTE FUNCTION attributions_article();
CREATE INDEX attributions_party_day ON attributions (party, kind, published);
CREATE INDEX positions_cell_day ON positions (actor, issue, stance, published);
CREATE INDEX positions_cell_cluster ON positions (actor, issue, stance, cluster);

-- +goose Down
DROP INDEX attributions_party_day;
DROP TRIGGER attributions_article ON attributions;
DROP FUNCTION attributions_article();
ALTER TABLE attributions DROP COLUMN published;
DROP INDEX positions_cell_cluster;
DROP INDEX positions_cell_day;
DROP TRIGGER positions_article ON positions;
DROP FUNCTION positions_article();
ALTER TABLE positions DROP COLUMN cluster;
ALTER TABLE positions DROP COLUMN published;
