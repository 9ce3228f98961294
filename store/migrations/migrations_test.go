package migrations

import (
	"io/fs"
	"slices"
	"testing"
)

func TestFor(t *testing.T) {
	shared, err := fs.Glob(files, "*.sql")
	if err != nil {
		t.Fatal(err)
	}
	for _, engine := range []string{"sqlite", "postgres"} {
		fsys, err := For(engine)
		if err != nil {
			t.Fatal(err)
		}
		names, err := fs.Glob(fsys, "*.sql")
		if err != nil {
			t.Fatal(err)
		}
		own, err := fs.Glob(files, engine+"/*.sql")
		if err != nil {
			t.Fatal(err)
		}
		if len(names) != len(shared)+len(own) || !slices.IsSorted(names) {
			t.Errorf("%s migrations = %v, want the %d shared and %d own files, sorted", engine, names, len(shared), len(own))
		}
		for _, want := range []string{"00001_schema.sql", "00002_search.sql"} {
			if !slices.Contains(names, want) {
				t.Errorf("%s migrations lack %s", engine, want)
			}
		}
		for _, name := range names {
			if _, err := fs.ReadFile(fsys, name); err != nil {
				t.Errorf("%s: %v", engine, err)
			}
		}
	}
	if _, err := For("oracle"); err == nil {
		t.Error("For(oracle) succeeded")
	}
}
