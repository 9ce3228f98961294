-- The triggers of 00003 looked up each position's and attribution's article
-- as it was inserted, to copy its date and cluster. The store now writes
-- those copies in the insert itself (store/write.go), so the triggers go.
-- Rows stored before already hold their copies; nothing is backfilled.

-- +goose Up
DROP TRIGGER positions_article ON positions;
DROP FUNCTION positions_article();
DROP TRIGGER attributions_article ON attributions;
DROP FUNCTION attributions_article();

-- +goose Down
-- +goose StatementBegin
CREATE FUNCTION positions_article() RETURNS trigger AS $$
BEGIN
    SELECT a.published, a.cluster INTO NEW.published, NEW.cluster FROM articles a WHERE a.id = NEW.article_id;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
-- +goose StatementEnd
CREATE TRIGGER positions_article BEFORE INSERT ON positions FOR EACH ROW EXECUTE FUNCTION positions_article();
-- +goose StatementBegin
CREATE FUNCTION attributions_article() RETURNS trigger AS $$
BEGIN
    SELECT a.published INTO NEW.published FROM articles a WHERE a.id = NEW.article_id;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
-- +goose StatementEnd
CREATE TRIGGER attributions_article BEFORE INSERT ON attributions FOR EACH ROW EXECUTE FUNCTION attributions_article();
