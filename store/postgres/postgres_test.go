package postgres_test

import (
	"context"
	"database/sql"
	"os"
	"testing"

	"github.com/parley-news/parley/internal/pgtest"
	"github.com/parley-news/parley/store"
	"github.com/parley-news/parley/store/postgres"
	"github.com/parley-news/parley/store/storetest"
)

func TestMain(m *testing.M) {
	os.Exit(pgtest.Main(m))
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) (store.Store, *sql.DB) {
		url := pgtest.NewDB(t)
		s, err := postgres.Open(context.Background(), url)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		db, err := sql.Open("pgx", url)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return s, db
	})
}

func TestOpenTwiceMigratesOnce(t *testing.T) {
	url := pgtest.NewDB(t)
	for range 2 {
		s, err := postgres.Open(context.Background(), url)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
}
