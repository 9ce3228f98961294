// Package store keeps readings (articles and the facts found in them) in a
// database and answers queries over them. The engines (store/sqlite,
// store/postgres) share one schema (store/migrations) and the SQL here;
// each supplies only a Dialect for what differs.
//
// Writes are idempotent: an article is identified by its canonical URL (or,
// without one, by the hash of its text); storing it again with the same text
// and packs changes nothing, storing it with new text replaces its facts,
// and storing it with a text it had before (an archive read again) changes
// nothing either.
// An article and its facts commit together, so a write killed at any point
// and run again ends with the database an uninterrupted write gives.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
	"time"

	"github.com/pressly/goose/v3"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/pack"
	"github.com/parley-news/parley/store/migrations"
)

// Store keeps readings and searches them.
type Store interface {
	// Put stores a batch of readings in one transaction.
	Put(ctx context.Context, rs []parley.Reading) (Tally, error)
	// MergePeople decides which stored speaker names are one person and
	// returns how many names are merged into another.
	MergePeople(ctx context.Context) (int, error)
	// Search returns the statements (attributions and positions) that
	// match q, newest article first.
	Search(ctx context.Context, q Query) ([]Hit, error)
	Close() error
}

// Tally counts what a Put did.
type Tally struct {
	Added     int // articles new to the store
	Replaced  int // articles whose text or packs changed: their facts were replaced
	Unchanged int // articles already stored as they are, or older versions of them
}

// Add sums two tallies.
func (t Tally) Add(u Tally) Tally {
	return Tally{t.Added + u.Added, t.Replaced + u.Replaced, t.Unchanged + u.Unchanged}
}

// Articles is the number of articles counted.
func (t Tally) Articles() int { return t.Added + t.Replaced + t.Unchanged }

// Query selects statements. Empty fields do not filter.
type Query struct {
	Text    string // words that must all occur in the statement (full-text, stemmed)
	Party   string // pack party id: the speaker's party or the position's actor
	Speaker string // part of a name of the speaker (any name merged into one person), any case
	Issue   string // issue id; only positions have one
	Outlet  string // outlet name, any case
	Since   string // YYYY-MM-DD, inclusive
	Until   string // YYYY-MM-DD, inclusive
	Limit   int    // at most this many hits; 0 means DefaultLimit
}

// DefaultLimit bounds a search that does not set Query.Limit.
const DefaultLimit = 100

// Hit kinds.
const (
	AttributionHit = "attribution"
	PositionHit    = "position"
)

// Hit is one statement found by Search, with its provenance.
type Hit struct {
	Kind      string `json:"kind"`
	Article   string `json:"article"` // the id the input gave the article
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Speaker   string `json:"speaker"`
	Party     string `json:"party"` // the speaker's party, or the position's actor
	Stance    string `json:"stance"`
	Issue     string `json:"issue"`
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// Dialect is what an engine does its own way.
type Dialect struct {
	// Match returns an SQL condition that holds for the rows of table
	// (named alias in the query) whose text matches the full-text query
	// bound to placeholder arg.
	Match func(table, alias, arg string) string
	// Terms turns the words of a query into the value bound to Match's
	// placeholder.
	Terms func(words []string) string
	// Unindex, when the engine does not index rows as they are written,
	// removes a stored article's text and facts from its full-text index
	// before they are replaced.
	Unindex func(ctx context.Context, tx *sql.Tx, article int64) error
	// Index, when the engine does not index rows as they are written, adds
	// the articles stored by a batch, and their facts, to its full-text
	// index. It runs once, at the end of the batch.
	Index func(ctx context.Context, tx *sql.Tx, articles []int64) error
	// Retry reports whether a transaction that failed with err may succeed
	// when run again (a deadlock between concurrent writers).
	Retry func(err error) bool
	// Placeholder, if not nil, writes the nth (from 1) placeholder of the
	// multi-row inserts that write a batch, instead of $n.
	Placeholder func(n int) string
}

// DB is a Store over database/sql.
type DB struct {
	db    *sql.DB
	d     Dialect
	packs *pack.Set // what Annotate reads the stored articles with
}

// New returns a Store over db, whose schema is already migrated. It
// annotates articles with the built-in packs until SetPacks says others.
func New(db *sql.DB, d Dialect) *DB { return &DB{db: db, d: d, packs: pack.Auto()} }

// SetPacks sets the packs whose phrases the notes of the articles stored
// next are read with (analysis.Annotate): the packs the articles are read
// with. It is not safe to call during a Put.
func (s *DB) SetPacks(set *pack.Set) { s.packs = set }

// Close closes the database.
func (s *DB) Close() error { return s.db.Close() }

// Migrate brings the schema of db up to date with the migrations of engine
// ("sqlite" or "postgres").
func Migrate(ctx context.Context, db *sql.DB, engine string, dialect goose.Dialect, opts ...goose.ProviderOption) error {
	fsys, err := migrations.For(engine)
	if err != nil {
		return err
	}
	p, err := goose.NewProvider(dialect, db, fsys, opts...)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

// Put stores rs in one transaction, in order: when two readings have the
// same key the later text wins, and the first article of a near-duplicate
// cluster names it.
func (s *DB) Put(ctx context.Context, rs []parley.Reading) (t Tally, err error) {
	// Hashing, signing and annotating need no database: they run on
	// every processor while the batch waits.
	rows := make([]article, len(rs))
	var wg sync.WaitGroup
	for i := range rs {
		wg.Go(func() { rows[i] = newArticle(&rs[i], s.packs) })
	}
	wg.Wait()
	err = s.retry(ctx, func() error {
		t, err = s.put(ctx, rows)
		return err
	})
	return t, err
}

// maxAttempts bounds how often retry runs a transaction.
const maxAttempts = 8

// retry runs the transaction f, and runs it again after a pause when it
// deadlocked with a concurrent writer.
func (s *DB) retry(ctx context.Context, f func() error) error {
	for attempt := 1; ; attempt++ {
		err := f()
		if err == nil || attempt == maxAttempts || !s.d.Retry(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(attempt*attempt) * 10 * time.Millisecond):
		}
	}
}

func (s *DB) put(ctx context.Context, rows []article) (t Tally, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return t, fmt.Errorf("begin: %w", err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	w, err := newWriter(ctx, tx, s.d.Placeholder)
	if err != nil {
		return t, err
	}
	defer w.close()
	var stored []int64
	for i := range rows {
		change, err := w.write(ctx, &rows[i], s.d.Unindex)
		if err != nil {
			return Tally{}, fmt.Errorf("article %s: %w", rows[i].r.Article.ID, err)
		}
		switch change {
		case added:
			t.Added++
		case replaced:
			t.Replaced++
		default:
			t.Unchanged++
		}
		if change != unchanged {
			stored = append(stored, rows[i].id)
		}
	}
	if err := w.flush(ctx); err != nil {
		return Tally{}, err
	}
	if s.d.Index != nil && len(stored) > 0 {
		if err := s.d.Index(ctx, tx, stored); err != nil {
			return Tally{}, fmt.Errorf("index: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return Tally{}, fmt.Errorf("commit: %w", err)
	}
	return t, nil
}
