package sqlite_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/parley-news/parley/store"
	"github.com/parley-news/parley/store/sqlite"
	"github.com/parley-news/parley/store/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) (store.Store, *sql.DB) {
		path := filepath.Join(t.TempDir(), "parley.db")
		s, err := sqlite.Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return s, db
	})
}

func TestOpenBadPath(t *testing.T) {
	for _, path := range []string{"/nonexistent/dir/parley.db", "odd?name.db"} {
		if s, err := sqlite.Open(context.Background(), path); err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded", path)
		}
	}
}

// TestOpenConcurrently opens one new file from several stores at once, as
// parallel ingests do: each must find the schema migrated.
func TestOpenConcurrently(t *testing.T) {
	path := filepath.Join(t.TempDir(), "parley.db")
	errs := make(chan error, 4)
	for range cap(errs) {
		go func() {
			s, err := sqlite.Open(context.Background(), path)
			if err == nil {
				err = s.Close()
			}
			errs <- err
		}()
	}
	for range cap(errs) {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
