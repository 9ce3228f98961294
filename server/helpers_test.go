package server

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/analysis"
	"github.com/parley-news/parley/extract"
	"github.com/parley-news/parley/pack"
	"github.com/parley-news/parley/read"
	"github.com/parley-news/parley/store/sqlite"
)

// Hostile markup that must reach every page as text.
const (
	scriptPayload = `<script>alert(1)</script>`
	imgPayload    = `"><img src=x onerror=alert(1)>`
)

// hostile is an article whose every field carries the payloads, written
// so that the extractor finds a quote, a position and a figure in it.
var hostile = parley.Article{
	ID:        "hostile-1",
	URL:       "https://example.org/news/" + scriptPayload,
	Outlet:    "Gazette " + imgPayload,
	Published: "2024-05-08",
	Title:     "Truce talks " + scriptPayload + " resume",
	Text: "Truce talks " + scriptPayload + " resume\n\n" +
		`Hamas rejected the truce offer on Wednesday, the group said in a statement.` + "\n\n" +
		`"We will not accept ` + scriptPayload + ` a temporary pause," said Basem Naim, a Hamas official.` + "\n\n" +
		`An Israeli official said the gap remained wide ` + imgPayload + ` after the latest round.` + "\n\n" +
		`At least 120 trucks entered the strip ` + imgPayload + ` on Tuesday, the United Nations said.`,
}

// forged is a reading made by hand, not by the extractor, so that the
// payloads also reach the fields the extractor would never fill with them:
// speaker, party, issue, stance, unit, measure, source.
func forged() parley.Reading {
	text := "Forged " + scriptPayload + " quote " + imgPayload + " and 7 units."
	all := parley.Span{Start: 0, End: len(text)}
	return parley.Reading{
		Article: parley.Article{ID: "hostile-2", URL: "javascript:alert(1)", Outlet: imgPayload,
			Published: "2024-05-09", Title: imgPayload, Text: text},
		Attributions: []parley.Attribution{{Speaker: scriptPayload, SpeakerMention: imgPayload, Party: imgPayload,
			Role: scriptPayload, Cue: "said", Kind: parley.Direct, Text: text, Span: all}},
		Positions: []parley.Position{{Actor: imgPayload, Speaker: scriptPayload, Stance: scriptPayload,
			Issue: imgPayload, Text: text, Span: all}},
		Figures: []parley.Figure{{Value: 7, Qualifier: parley.Exact, Unit: scriptPayload, Measure: imgPayload,
			Source: scriptPayload, Text: text, Span: all}},
		Assessments: []parley.Assessment{{Source: imgPayload, Polarity: parley.Negative, Text: text, Span: all}},
	}
}

// fixture is a server over the sample articles and the hostile one.
type fixture struct {
	*httptest.Server
	srv     *Server
	hostile string // the store id of the hostile article
}

const testToken = "s3cret-token"

func newFixture(t testing.TB) *fixture {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "parley.db")
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	x := extract.New(nil)
	var rs []parley.Reading
	readOne := func(a parley.Article) {
		rd, err := x.Read(a)
		if err != nil {
			t.Errorf("%s: %v", a.ID, err)
		}
		rs = append(rs, rd)
	}
	read.Each([]string{"../samples"}, nil, readOne, func(err error) { t.Errorf("samples: %v", err) })
	readOne(hostile)
	rs = append(rs, forged())
	if _, err := st.Put(ctx, rs); err != nil {
		t.Fatal(err)
	}
	if _, err := st.MergePeople(ctx); err != nil {
		t.Fatal(err)
	}
	db, err := OpenReader(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	set := pack.Auto()
	srv, err := New(Config{DB: db, Store: st, Token: testToken,
		Analyst: &analysis.Analyst{Src: st, Packs: set}})
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{Server: httptest.NewServer(srv), srv: srv}
	t.Cleanup(f.Close)
	if f.hostile, err = srv.q.ArticleID(ctx, hostile.ID); err != nil || f.hostile == "" {
		t.Fatalf("hostile article not stored: %v", err)
	}
	return f
}

// get fetches path and returns the status and body.
func (f *fixture) get(t testing.TB, path string) (int, string) {
	t.Helper()
	resp, err := http.Get(f.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}
