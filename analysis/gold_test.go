package analysis_test

import (
	"cmp"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/analysis"
	"github.com/parley-news/parley/extract"
	"github.com/parley-news/parley/pack"
	"github.com/parley-news/parley/read"
	"github.com/parley-news/parley/store/sqlite"
)

const devDir = "../../shared/corpus/dev"

// gold is the part of a gold file the matrix is built from.
type gold struct {
	ID      string `json:"id"`
	Article struct {
		Published *string `json:"published"`
	} `json:"article"`
	Positions []struct {
		Actor, Stance, Issue string
	} `json:"positions"`
}

// ingest reads, extracts and stores the articles under dir in a fresh
// SQLite store, as `parley ingest` does.
func ingest(t testing.TB, paths ...string) *analysis.Analyst {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "parley.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	r := extract.New(nil)
	var rs []parley.Reading
	read.Each(paths, nil, func(a parley.Article) {
		rd, err := r.Read(a)
		if err != nil {
			t.Errorf("%s: %v", a.ID, err)
		}
		rs = append(rs, rd)
	}, func(err error) { t.Error(err) })
	if _, err := db.Put(ctx, rs); err != nil {
		t.Fatal(err)
	}
	return &analysis.Analyst{Src: db, Packs: pack.Auto()}
}

// expectation is what the gold files imply for one cell: the stances of
// its latest reports (several when reports of one date, or of unknown
// date, disagree) and that date.
type expectation struct {
	stances []string
	date    string
}

// TestMatrixAgreesWithGold builds the matrix and the gap the gold files of
// the dev corpus imply, and compares them with what the analysis makes of
// the same articles once read and stored. The reading misses some
// positions, so the test reports agreement rates and asserts floors.
func TestMatrixAgreesWithGold(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(devDir, "*.gold.json"))
	if len(files) == 0 {
		t.Skip("no dev corpus at " + devDir)
	}
	want := map[[2]string]*expectation{}
	perActor := map[string]int{}
	for _, f := range files {
		var g gold
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		date := ""
		if g.Article.Published != nil {
			date = *g.Article.Published
		}
		for _, p := range g.Positions {
			perActor[p.Actor]++
			k := [2]string{p.Actor, p.Issue}
			e := want[k]
			switch {
			case e == nil || date != "" && (e.date == "" || date > e.date):
				want[k] = &expectation{[]string{p.Stance}, date}
			case date == e.date && !slices.Contains(e.stances, p.Stance):
				e.stances = append(e.stances, p.Stance)
			}
		}
	}

	a := ingest(t, devDir)
	ctx := context.Background()
	m, gaps, err := a.Matrix(ctx, analysis.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[[2]string]analysis.Cell{}
	for _, c := range m.Cells {
		got[[2]string{c.Party, c.Issue}] = c
	}

	agree := 0
	for k, e := range want {
		c, ok := got[k]
		switch {
		case !ok:
			t.Logf("missed %s/%s: gold %v", k[0], k[1], e.stances)
		case !slices.Contains(e.stances, c.Stance):
			t.Logf("%s/%s: got %s, gold %v", k[0], k[1], c.Stance, e.stances)
		default:
			agree++
		}
		if ok && c.Date != "" && c.Date != e.date {
			t.Errorf("%s/%s dated %q, gold article says %q", k[0], k[1], c.Date, e.date)
		}
	}
	extra := 0
	for k := range got {
		if want[k] == nil {
			extra++
		}
	}
	recall := float64(agree) / float64(len(want))
	precision := float64(agree) / float64(max(1, len(got)))
	t.Logf("matrix: %d gold cells, %d computed, %d agree: recall %.2f, precision %.2f", len(want), len(got), agree, recall, precision)
	if recall < 0.5 || precision < 0.5 {
		t.Errorf("matrix agreement below the floor of 0.5: recall %.2f, precision %.2f", recall, precision)
	}

	// The gap: the sides by the analysis's rule (the two non-mediating
	// parties with most positions), each issue's status from the gold
	// cells; a status counts as agreeing when some choice among the gold
	// stances of tied cells gives it.
	var actors []string
	for id := range perActor {
		if !a.Packs.IsMediator(id) && id != a.Packs.UnnamedMediators() {
			actors = append(actors, id)
		}
	}
	slices.SortFunc(actors, func(x, y string) int { return cmp.Or(cmp.Compare(perActor[y], perActor[x]), cmp.Compare(x, y)) })
	sides := actors[:2]
	if ps := a.Packs.Sides(); len(ps) >= 2 {
		sides = ps // the pack names the sides; the gold's busiest parties must be them
		for _, busiest := range actors[:2] {
			if !slices.Contains(ps, busiest) {
				t.Fatalf("the gold's busiest party %s is not a side of the pack %v", busiest, ps)
			}
		}
	}
	gapAgree := 0
	for _, g := range gaps {
		if !slices.Equal(g.Sides, sides) {
			t.Fatalf("gap sides %v, gold implies %v", g.Sides, sides)
		}
		possible := statuses(want[[2]string{sides[0], g.Issue}], want[[2]string{sides[1], g.Issue}])
		if slices.Contains(possible, g.Status) {
			gapAgree++
		} else {
			t.Logf("gap on %s: got %s (%v), gold %v", g.Issue, g.Status, g.Stance, possible)
		}
	}
	rate := float64(gapAgree) / float64(max(1, len(gaps)))
	t.Logf("gap: %d of %d issues agree with gold: %.2f", gapAgree, len(gaps), rate)
	if rate < 0.6 {
		t.Errorf("gap agreement %.2f below the floor of 0.6", rate)
	}
}

// statuses lists the gap statuses two gold cells allow.
func statuses(x, y *expectation) []string {
	opts := func(e *expectation) []string {
		if e == nil {
			return []string{""}
		}
		return e.stances
	}
	var out []string
	for _, s := range opts(x) {
		for _, u := range opts(y) {
			if st := analysis.Status([]string{s, u}); !slices.Contains(out, st) {
				out = append(out, st)
			}
		}
	}
	return out
}

// TestUnknownDatesStayUnknown checks that articles with no date give
// undated facts, never the day they were stored.
func TestUnknownDatesStayUnknown(t *testing.T) {
	if _, err := os.Stat(devDir); err != nil {
		t.Skip("no dev corpus at " + devDir)
	}
	a := ingest(t, devDir)
	ctx := context.Background()
	today := time.Now().UTC().Format(time.DateOnly)
	b, err := a.Brief(ctx, analysis.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if b.Undated == 0 {
		t.Error("no undated cell, but most dev articles carry no date")
	}
	for _, c := range b.Matrix.Cells {
		if c.Date == today {
			t.Errorf("%s/%s dated today, the ingest date", c.Party, c.Issue)
		}
	}
	for _, w := range b.Trend {
		if w.Start > today {
			t.Errorf("trend week %s is in the future", w.Start)
		}
	}
}
