// Package sqlite opens a store in an SQLite file (modernc.org/sqlite, no
// cgo): WAL journal so searches read while ingest writes, FTS5 for
// full-text search.
package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/pressly/goose/v3"
	"modernc.org/sqlite" // the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/parley-news/parley/store"
)

// pragmas set on every connection, in order: the busy timeout first, so
// that switching a new file to WAL waits for a writer. synchronous=NORMAL
// in WAL mode loses no committed transaction when the process dies, only on
// power loss; the busy timeout lets several processes take turns writing;
// write transactions take the write lock when they begin, so two writers
// never deadlock upgrading a read lock. Statement journals (the pages a
// statement changes within a batch, kept so that a failing statement
// undoes only itself; a multi-row insert of facts touches hundreds of
// index pages) stay in memory instead of spilling to temporary files.
const pragmas = "?_pragma=busy_timeout(30000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)" +
	"&_pragma=foreign_keys(ON)&_pragma=cache_size(-65536)&_pragma=wal_autocheckpoint(16384)" +
	"&_pragma=temp_store(MEMORY)&_txlock=immediate"

// Open opens (creating it if needed) the store in the SQLite file at path
// and brings its schema up to date.
func Open(ctx context.Context, path string) (*store.DB, error) {
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("open %s: '?' and '#' are not allowed in a database path", path)
	}
	db, err := sql.Open("sqlite", "file:"+path+pragmas)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := ping(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return store.New(db, dialect), nil
}

// pingAttempts bounds how often Open tries a first connection.
const pingAttempts = 10

// ping makes the first connection, which switches a new file to WAL. That
// needs the file to itself: two processes switching it at once each hold a
// read lock the other waits on, and SQLite fails one of them at once
// instead of waiting (SQLITE_BUSY past the busy timeout). The next attempt
// finds the file in WAL already.
func ping(ctx context.Context, db *sql.DB) error {
	for attempt := 1; ; attempt++ {
		err := db.PingContext(ctx)
		var e *sqlite.Error
		if err == nil || attempt == pingAttempts || !errors.As(err, &e) || e.Code()&0xff != sqlite3.SQLITE_BUSY {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(time.Duration(attempt) * 10 * time.Millisecond):
		}
	}
}

// migrateAttempts bounds how often Open migrates a database: an attempt
// fails on a race only when another process applied a version meanwhile,
// so more attempts than versions always suffice.
const migrateAttempts = 10

// migrate brings the schema of db up to date. Two processes opening a new
// file at once both find it unmigrated, and the one that waited for the
// other's write lock then fails on the tables the other made (SQLite has
// no lock for the whole migration); migrating again starts from the
// version the other reached. Each version commits alone, so a failed
// attempt leaves nothing half done.
func migrate(ctx context.Context, db *sql.DB) error {
	for attempt := 1; ; attempt++ {
		err := store.Migrate(ctx, db, "sqlite", goose.DialectSQLite3)
		if err == nil || attempt == migrateAttempts || ctx.Err() != nil {
			return err
		}
	}
}

var dialect = store.Dialect{
	Match: func(table, alias, arg string) string {
		return fmt.Sprintf("%s.rowid IN (SELECT rowid FROM %s_fts WHERE %s_fts MATCH %s)", alias, table, table, arg)
	},
	// Terms quotes each word, so that FTS5 reads none as an operator and
	// requires them all.
	Terms: func(words []string) string {
		return `"` + strings.Join(words, `" "`) + `"`
	},
	Unindex: func(ctx context.Context, tx *sql.Tx, article int64) error {
		return execAll(ctx, tx, unindex, article)
	},
	Index: func(ctx context.Context, tx *sql.Tx, articles []int64) error {
		ids, err := json.Marshal(articles)
		if err != nil {
			return err
		}
		return execAll(ctx, tx, index, string(ids))
	},
	Retry: func(error) bool { return false },
	// SQLite finds the value of a numbered placeholder ($n) by a search
	// of the statement's placeholders, which makes binding a long insert
	// quadratic; anonymous ones bind in order.
	Placeholder: func(int) string { return "?" },
}

// unindex removes article $1 and its facts from the full-text indexes.
var unindex = []string{
	`DELETE FROM articles_fts WHERE rowid = $1`,
	`DELETE FROM attributions_fts WHERE rowid IN (SELECT rowid FROM attributions WHERE article_id = $1)`,
	`DELETE FROM positions_fts WHERE rowid IN (SELECT rowid FROM positions WHERE article_id = $1)`,
}

// index adds the articles in the JSON array $1, and their facts, to the
// full-text indexes, in rowid order: FTS5 flushes its pending index
// whenever a rowid is lower than the one before.
var index = []string{
	`INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles WHERE id IN (SELECT value FROM json_each($1)) ORDER BY id`,
	`INSERT INTO attributions_fts (rowid, text) SELECT rowid, text FROM attributions WHERE article_id IN (SELECT value FROM json_each($1)) ORDER BY rowid`,
	`INSERT INTO positions_fts (rowid, text) SELECT rowid, text FROM positions WHERE article_id IN (SELECT value FROM json_each($1)) ORDER BY rowid`,
}

func execAll(ctx context.Context, tx *sql.Tx, stmts []string, arg any) error {
	for _, q := range stmts {
		if _, err := tx.ExecContext(ctx, q, arg); err != nil {
			return err
		}
	}
	return nil
}
