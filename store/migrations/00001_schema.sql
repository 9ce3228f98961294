-- The schema both engines share. Ids are 63-bit hashes of each row's
-- natural key, computed by the store, so every engine and every run give a
-- row the same id and a batch needs no round trip to learn its ids.
-- Unknown values are NULL; spans are byte offsets into articles.text.

-- +goose Up
CREATE TABLE articles (
    id         BIGINT PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE, -- canonical URL, or "sha256:" + hash when there is none
    hash       TEXT NOT NULL,        -- sha256 of text, hex
    read_with  TEXT NOT NULL,        -- the packs that read it, comma separated
    source_id  TEXT NOT NULL,        -- the id the input gave it
    url        TEXT,
    outlet     TEXT,
    published  TEXT,                 -- YYYY-MM-DD
    title      TEXT,
    dateline   TEXT,
    body_start INTEGER NOT NULL,
    text       TEXT NOT NULL,
    cluster    BIGINT NOT NULL       -- id of the first article of its near-duplicate cluster
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_cluster ON articles (cluster);

-- Every text an article has been stored with: an older version met again
-- (an archive re-read) does not replace a newer one.
CREATE TABLE article_versions (
    article_id BIGINT NOT NULL REFERENCES articles (id),
    hash       TEXT NOT NULL,
    PRIMARY KEY (article_id, hash)
);

CREATE TABLE article_bands (
    band       BIGINT NOT NULL,      -- an LSH band hash of the article's MinHash signature
    article_id BIGINT NOT NULL REFERENCES articles (id),
    PRIMARY KEY (band, article_id)
);
CREATE INDEX article_bands_article ON article_bands (article_id);

CREATE TABLE article_sigs (
    article_id BIGINT PRIMARY KEY REFERENCES articles (id),
    sig        BYTEA NOT NULL
);

CREATE TABLE packs (
    id      BIGINT PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE
);

CREATE TABLE article_packs (
    article_id BIGINT NOT NULL REFERENCES articles (id),
    pack_id    BIGINT NOT NULL REFERENCES packs (id),
    PRIMARY KEY (article_id, pack_id)
);

-- A person as named by speakers' names. canonical_id, when set, is the
-- person this name was merged into, and reason says why (package people).
CREATE TABLE people (
    id           BIGINT PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    canonical_id BIGINT REFERENCES people (id),
    reason       TEXT
);
CREATE INDEX people_canonical ON people (canonical_id);

CREATE TABLE attributions (
    article_id      BIGINT NOT NULL REFERENCES articles (id),
    seq             INTEGER NOT NULL,
    speaker_id      BIGINT REFERENCES people (id),
    speaker         TEXT,
    speaker_alt     TEXT NOT NULL,   -- JSON array
    speaker_mention TEXT,
    anonymous       BOOLEAN NOT NULL,
    role            TEXT,
    org             TEXT,
    party           TEXT,
    cue             TEXT NOT NULL,
    medium          TEXT,
    kind            TEXT NOT NULL,
    text            TEXT NOT NULL,
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL,
    parts           TEXT,            -- JSON array of spans when text is discontiguous
    said_from       TEXT,            -- the days its sentence dates it to (package dates), YYYY-MM-DD
    said_to         TEXT,
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX attributions_speaker ON attributions (speaker_id);
CREATE INDEX attributions_party ON attributions (party);

CREATE TABLE positions (
    article_id  BIGINT NOT NULL REFERENCES articles (id),
    seq         INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    speaker_id  BIGINT REFERENCES people (id),
    speaker     TEXT,
    stance      TEXT NOT NULL,
    issue       TEXT NOT NULL,
    conditional BOOLEAN NOT NULL,
    text        TEXT NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    said_from   TEXT,
    said_to     TEXT,
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX positions_actor_issue ON positions (actor, issue);

CREATE TABLE figures (
    article_id BIGINT NOT NULL REFERENCES articles (id),
    seq        INTEGER NOT NULL,
    value      DOUBLE PRECISION NOT NULL,
    qualifier  TEXT NOT NULL,
    unit       TEXT NOT NULL,
    measure    TEXT,
    source     TEXT,
    text       TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    PRIMARY KEY (article_id, seq)
);

CREATE TABLE assessments (
    article_id BIGINT NOT NULL REFERENCES articles (id),
    seq        INTEGER NOT NULL,
    source     TEXT,
    polarity   TEXT NOT NULL,
    text       TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    PRIMARY KEY (article_id, seq)
);

-- +goose Down
DROP TABLE assessments;
DROP TABLE figures;
DROP TABLE positions;
DROP TABLE attributions;
DROP TABLE people;
DROP TABLE article_packs;
DROP TABLE packs;
DROP TABLE article_sigs;
DROP TABLE article_bands;
DROP TABLE article_versions;
DROP TABLE articles;
