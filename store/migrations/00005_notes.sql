-- What the report used to read from article text at every run: the names
-- of the drafts proposals mention, the venues of talks, and each article's
-- words and loaded terms (package analysis, Annotate). The store writes
-- them with the article's facts and replaces them with them. Like
-- positions, they carry copies of the article's date (and the position's
-- actor and issue), so the report aggregates them from indexes alone.

-- +goose Up
ALTER TABLE articles ADD COLUMN words INTEGER; -- NULL: stored before words were counted
CREATE INDEX articles_outlet_words ON articles (outlet, published, words);

-- The positions (article_id, seq) that name a draft.
CREATE TABLE draft_names (
    article_id BIGINT NOT NULL REFERENCES articles (id),
    seq        INTEGER NOT NULL,
    name       TEXT NOT NULL,      -- as the text gives it: "the Paris draft"
    name_key   TEXT NOT NULL,      -- what names of one draft share
    duration   TEXT,               -- a length of time the position sets: "42-day"
    actor      TEXT NOT NULL,
    issue      TEXT NOT NULL,
    published  TEXT,
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX draft_names_key ON draft_names (name_key, actor, issue, published, name, duration);
CREATE INDEX draft_names_day ON draft_names (name_key, published, article_id, seq);

-- The positions (article_id, seq) on the negotiation that place it.
CREATE TABLE talk_venues (
    article_id BIGINT NOT NULL REFERENCES articles (id),
    seq        INTEGER NOT NULL,
    venue      TEXT NOT NULL,
    mediators  TEXT NOT NULL,      -- party ids named with it, sorted, comma separated
    actor      TEXT NOT NULL,
    issue      TEXT NOT NULL,
    published  TEXT,
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX talk_venues_day ON talk_venues (venue, published, article_id, seq);

-- How often an article uses a loaded term and the neutral term it stands
-- for; only terms it uses one way or the other.
CREATE TABLE article_terms (
    article_id BIGINT NOT NULL REFERENCES articles (id),
    term       TEXT NOT NULL,
    neutral    TEXT NOT NULL,
    outlet     TEXT,
    published  TEXT,
    loaded_n   INTEGER NOT NULL,
    neutral_n  INTEGER NOT NULL,
    PRIMARY KEY (article_id, term, neutral)
);
CREATE INDEX article_terms_outlet ON article_terms (outlet, term, neutral, published, loaded_n, neutral_n);

-- Articles stored before have no notes: marking them read with no pack
-- makes the next ingest of them replace their facts, notes included.
UPDATE articles SET read_with = '';

-- +goose Down
DROP TABLE article_terms;
DROP TABLE talk_venues;
DROP TABLE draft_names;
DROP INDEX articles_outlet_words;
ALTER TABLE articles DROP COLUMN words;
