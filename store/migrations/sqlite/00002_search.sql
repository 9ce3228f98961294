-- Full-text search for SQLite: FTS5 indexes that hold no copy of the text
-- (contentless, with deletes), keyed by the rowid of the row they index.
-- The store fills them once per batch rather than by triggers: FTS5
-- flushes its pending index at every statement savepoint, so writing it
-- row by row within a transaction makes many tiny segments.

-- +goose Up
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, content = '', contentless_delete = 1, tokenize = 'porter unicode61'
);
CREATE VIRTUAL TABLE attributions_fts USING fts5 (
    text, content = '', contentless_delete = 1, tokenize = 'porter unicode61'
);
CREATE VIRTUAL TABLE positions_fts USING fts5 (
    text, content = '', contentless_delete = 1, tokenize = 'porter unicode61'
);

-- +goose Down
DROP TABLE positions_fts;
DROP TABLE attributions_fts;
DROP TABLE articles_fts;
