package sqlite_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/store"
	"github.com/parley-news/parley/store/sqlite"
)

// FuzzSearch sends any query text, speaker and outlet to a real SQLite
// store: search syntax, SQL and LIKE metacharacters are data, so every
// query runs without error, and a filter on the outlet holds.
func FuzzSearch(f *testing.F) {
	f.Add("ceasefire", "naim", "Wire", 1)
	f.Add(`" OR 1=1 --`, `%_\`, `'); DROP TABLE articles; --`, 0)
	f.Add("NEAR(a b) AND NOT ceasefire* ^x {col}:y", "", "", -5)
	f.Add("\x00\xff\u0645\u0641\u0627\u0648\u0636\u0627\u062a", "\u00e9", "", 1000000)
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	text := "Basem Naim said the ceasefire would hold. \u0645\u0641\u0627\u0648\u0636\u0627\u062a 100%_done."
	r := parley.Reading{Article: parley.Article{ID: "a", URL: "https://x.example/a", Outlet: "Wire",
		Published: "2024-05-01", Title: "T", Text: text}}
	r.Attributions = []parley.Attribution{{Speaker: "Basem Naim", Cue: "said", Kind: parley.Indirect,
		Text: text[:41], Span: parley.Span{Start: 0, End: 41}}}
	if _, err := s.Put(ctx, []parley.Reading{r}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q, speaker, outlet string, limit int) {
		hits, err := s.Search(ctx, store.Query{Text: q, Speaker: speaker, Outlet: outlet, Party: q, Limit: limit})
		if err != nil {
			t.Fatalf("Search(%q, %q, %q): %v", q, speaker, outlet, err)
		}
		for _, h := range hits {
			if !strings.EqualFold(h.Outlet, outlet) && outlet != "" {
				t.Fatalf("hit from outlet %q for %q", h.Outlet, outlet)
			}
		}
	})
}
