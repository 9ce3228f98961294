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

	testNotes(t, db)
}

// testNotes stores an article whose notes (analysis.Annotate) name a
// draft, a venue of talks and loaded terms, and reads them back through
// the aggregates the report uses.
func testNotes(t *testing.T, db *store.DB) {
	ctx := context.Background()
	text := "Egypt put forward the Cairo proposal for a 42-day truce. " +
		"Hamas said talks in Doha with Qatar would resume. " +
		"The Israeli regime and Israel were named."
	propose := strings.Index(text, "Egypt")
	talks := strings.Index(text, "Hamas")
	end := strings.Index(text, " The Israeli")
	r := parley.Reading{Article: parley.Article{ID: "notes", URL: "https://d.example/4", Outlet: "Gazette", Published: "2024-03-09", Text: text},
		Positions: []parley.Position{
			{Actor: "egypt", Stance: parley.Propose, Issue: "truce", Text: text[propose : talks-1], Span: parley.Span{Start: propose, End: talks - 1}},
			{Actor: "hamas", Stance: parley.Accept, Issue: "talks", Text: text[talks:end], Span: parley.Span{Start: talks, End: end}},
		}}
	if _, err := db.Put(ctx, []parley.Reading{r}); err != nil {
		t.Fatal(err)
	}

	var drafts []analysis.DraftCount
	err := db.Drafts(ctx, analysis.Filter{}, func(c analysis.DraftCount) error {
		drafts = append(drafts, c)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := analysis.DraftCount{Key: "cairo proposal", Name: "Cairo proposal", Actor: "egypt", Issue: "truce", N: 1,
		First: "2024-03-09", Last: "2024-03-09", Duration: "42-day"}
	if len(drafts) != 1 || drafts[0] != want {
		t.Errorf("drafts = %+v, want %+v", drafts, want)
	}
	var evidence []analysis.Statement
	err = db.DraftEvidence(ctx, analysis.Filter{Outlet: "gazette"}, want.Key, 5, func(s analysis.Statement) error {
		evidence = append(evidence, s)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(evidence) != 1 || evidence[0].Article != "notes" || evidence[0].Start != propose {
		t.Errorf("draft evidence = %+v, want the proposal of article notes", evidence)
	}

	var days []analysis.VenueDay
	err = db.VenueDays(ctx, analysis.Filter{Since: "2024-03-09"}, 5, func(d analysis.VenueDay) error {
		days = append(days, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(days) != 1 || days[0].Venue != "Doha" || days[0].Day != "2024-03-09" || strings.Join(days[0].Mediators, ",") != "qatar" ||
		len(days[0].Reports) != 1 || days[0].Reports[0].Start != talks {
		t.Errorf("venue days = %+v, want the talks in Doha with qatar", days)
	}

	words := map[string]int{}
	err = db.Words(ctx, analysis.Filter{}, func(outlet string, n int) error {
		words[outlet] = n
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if words["Gazette"] != 27 { // "42-day" is two words
		t.Errorf("words of Gazette = %d, want 27", words["Gazette"])
	}
	var uses []analysis.TermNote
	err = db.TermUses(ctx, analysis.Filter{Outlet: "Gazette"}, func(outlet string, u analysis.TermNote) error {
		if outlet == "Gazette" && u.Term == "the Israeli regime" {
			uses = append(uses, u)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(uses) != 1 || uses[0].LoadedN != 1 || uses[0].NeutralN != 1 {
		t.Errorf("uses of the Israeli regime = %+v, want 1 loaded and 1 neutral", uses)
	}
}
