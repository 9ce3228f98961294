// Package postgres opens a store in a PostgreSQL database through pgx, for
// a team or a large corpus: several ingest processes can write to it at
// once.
package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/parley-news/parley/store"
)

// Open connects to the database at url (postgres://...) and brings its
// schema up to date. Concurrent Opens migrate one at a time (an advisory
// lock).
func Open(ctx context.Context, url string) (*store.DB, error) {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	locker, err := lock.NewPostgresSessionLocker()
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	if err := store.Migrate(ctx, db, "postgres", goose.DialectPostgres, goose.WithSessionLocker(locker)); err != nil {
		db.Close()
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	return store.New(db, dialect), nil
}

var dialect = store.Dialect{
	Match: func(table, alias, arg string) string {
		return fmt.Sprintf("%s.search @@ plainto_tsquery('english', %s)", alias, arg)
	},
	Terms: func(words []string) string { return strings.Join(words, " ") },
	// Retry on a deadlock or a serialization failure: concurrent writers
	// of overlapping batches take row locks in different orders.
	Retry: func(err error) bool {
		var pg *pgconn.PgError
		return errors.As(err, &pg) && (pg.Code == "40P01" || pg.Code == "40001")
	},
}
