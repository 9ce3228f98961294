package store_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/analysis"
	"github.com/parley-news/parley/internal/pgtest"
	"github.com/parley-news/parley/store"
	"github.com/parley-news/parley/store/postgres"
	"github.com/parley-news/parley/store/sqlite"
)

func TestMain(m *testing.M) {
	os.Exit(pgtest.Main(m))
}

// engines opens an empty store of each engine.
var engines = map[string]func(t *testing.T) *store.DB{
	"sqlite": func(t *testing.T) *store.DB {
		db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "parley.db"))
		if err != nil {
			t.Fatal(err)
		}
		return db
	},
	"postgres": func(t *testing.T) *store.DB {
		db, err := postgres.Open(context.Background(), pgtest.NewDB(t))
		if err != nil {
			t.Fatal(err)
		}
		return db
	},
}

// reading builds an article whose text is the sentences given, each one a
// position of actor with stance on issue and a direct quote of actor.
func reading(url, outlet, published string, facts ...[3]string) parley.Reading {
	r := parley.Reading{Article: parley.Article{ID: url, URL: url, Outlet: outlet, Published: published}}
	var text strings.Builder
	for i, f := range facts {
		s := f[0] + " said it would " + f[1] + " the " + f[2] + " terms, round " + string(rune('a'+i)) + "."
		start := text.Len()
		text.WriteString(s)
		sp := parley.Span{Start: start, End: text.Len()}
		r.Positions = append(r.Positions, parley.Position{Actor: f[0], Stance: f[1], Issue: f[2], Text: s, Span: sp})
		r.Attributions = append(r.Attributions, parley.Attribution{Speaker: "Speaker " + f[0], Party: f[0], Cue: "said",
			Kind: parley.Direct, Text: s, Span: sp})
		text.WriteString(" ")
	}
	r.Article.Text = text.String()
	return r
}

func TestReadQueries(t *testing.T) {
	for name, open := range engines {
		t.Run(name, func(t *testing.T) {
			db := open(t)
			defer db.Close()
			testReadQueries(t, db)
		})
	}
}

func testReadQueries(t *testing.T, db *store.DB) {
	ctx := context.Background()
	_, err := db.Put(ctx, []parley.Reading{
		reading("https://a.example/1", "Herald", "2024-03-01", [3]string{"north", "reject", "truce"}, [3]string{"south", "demand", "truce"}),
		reading("https://b.example/2", "Courier", "2024-03-08", [3]string{"north", "accept", "truce"}),
		reading("https://c.example/3", "", "", [3]string{"north", "demand", "truce"}),
	})
	if err != nil {
		t.Fatal(err)
	}

	var days []analysis.StanceDay
	err = db.StanceDays(ctx, analysis.Filter{}, func(d analysis.StanceDay) error {
		days = append(days, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []analysis.StanceDay{
		{Actor: "north", Issue: "truce", Stance: "demand", Day: "", N: 1},
		{Actor: "north", Issue: "truce", Stance: "reject", Day: "2024-03-01", N: 1},
		{Actor: "north", Issue: "truce", Stance: "accept", Day: "2024-03-08", N: 1},
		{Actor: "south", Issue: "truce", Stance: "demand", Day: "2024-03-01", N: 1},
	}
	if len(days) != len(want) {
		t.Fatalf("stance days = %+v, want %+v", days, want)
	}
	for i := range want {
		if days[i] != want[i] {
			t.Errorf("stance day %d = %+v, want %+v", i, days[i], want[i])
		}
	}

	for _, tc := range []struct {
		name                 string
		f                    analysis.Filter
		stance, day, article string
		ok                   bool
	}{
		{"dated", analysis.Filter{}, "accept", "2024-03-08", "https://b.example/2", true},
		{"undated", analysis.Filter{}, "demand", "", "https://c.example/3", true},
		{"outside the filter", analysis.Filter{Until: "2024-03-05"}, "accept", "2024-03-08", "", false},
		{"by outlet", analysis.Filter{Outlet: "herald"}, "reject", "2024-03-01", "https://a.example/1", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, ok, err := db.Latest(ctx, tc.f, "north", "truce", tc.stance, tc.day)
			if err != nil {
				t.Fatal(err)
			}
			if ok != tc.ok || s.Article != tc.article || s.Date != tc.day && ok {
				t.Errorf("Latest = %+v, %v; want article %q dated %q, %v", s, ok, tc.article, tc.day, tc.ok)
			}
		})
	}

	if n, err := db.Stories(ctx, analysis.Filter{}, "north", "truce", "accept"); err != nil || n != 1 {
		t.Errorf("Stories = %d, %v; want 1", n, err)
	}

	var quotes []analysis.Statement
	err = db.Quotes(ctx, analysis.Filter{}, "north", 3, func(s analysis.Statement) error {
		quotes = append(quotes, s)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var dates []string
	for _, q := range quotes {
		dates = append(dates, q.Date)
	}
	if got := strings.Join(dates, ","); got != "2024-03-08,2024-03-01," {
		t.Errorf("quote dates = %q, want newest first, undated last", got)
	}

	var windows []string
	err = db.Contexts(ctx, analysis.Filter{}, "accept", "", func(c analysis.Context) error {
		if !strings.Contains(c.Window, c.Text) {
			t.Errorf("window %q lacks the statement %q", c.Window, c.Text)
		}
		windows = append(windows, c.Window)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(windows) != 1 {
		t.Errorf("contexts for accept = %d, want 1", len(windows))
	}
}
