-- The triggers of 00003 updated every position and attribution again right
-- after it was inserted, to copy its article's date and cluster: about a
-- third of the cost of a write. The store now writes those copies in the
-- insert itself (store/write.go), so the triggers go. Rows stored before
-- already hold their copies; nothing is backfilled.

-- +goose Up
DROP TRIGGER positions_article;
DROP TRIGGER attributions_article;

-- +goose Down
-- +goose StatementBegin
CREATE TRIGGER positions_article AFTER INSERT ON positions
BEGIN
    UPDATE positions SET (published, cluster) = (SELECT a.published, a.cluster FROM articles a WHERE a.id = NEW.article_id)
    WHERE rowid = NEW.rowid;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER attributions_article AFTER INSERT ON attributions
BEGIN
    UPDATE attributions SET published = (SELECT a.published FROM articles a WHERE a.id = NEW.article_id)
    WHERE rowid = NEW.rowid;
END;
-- +goose StatementEnd
