package report_test

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/analysis"
	"github.com/parley-news/parley/pack"
	"github.com/parley-news/parley/report"
	"github.com/parley-news/parley/store/sqlite"
)

// The generated store of BenchmarkReport: 100,000 articles holding
// 1,000,000 statements (600,000 positions, 400,000 attributions), plus
// figures and assessments.
const (
	benchArticles     = 100_000
	positionsPer      = 6
	attributionsPer   = 4
	benchDB           = "parley-bench-report-v2.db" // in os.TempDir, kept between runs
	benchStartDay     = "2023-12-01"
	benchDays         = 240
	benchUndatedEvery = 20 // one article in 20 has no date
)

// BenchmarkReport builds and renders the whole brief over the generated
// store. The store is generated on the first run (about a minute) into a
// file in the temporary directory and reused by later runs.
func BenchmarkReport(b *testing.B) {
	path := filepath.Join(os.TempDir(), benchDB)
	if _, err := os.Stat(path); err != nil {
		if err := generate(path); err != nil {
			os.Remove(path)
			b.Fatal(err)
		}
	}
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	a := &analysis.Analyst{Src: db, Packs: pack.Auto(), Sides: []string{"north", "south"}, Loaded: benchLoaded}
	b.ResetTimer()
	for b.Loop() {
		brief, err := a.Brief(ctx, analysis.Filter{})
		if err != nil {
			b.Fatal(err)
		}
		if err := report.HTML(io.Discard, brief); err != nil {
			b.Fatal(err)
		}
		if len(brief.Matrix.Cells) == 0 || len(brief.Trend) == 0 {
			b.Fatalf("empty brief: %d cells, %d weeks", len(brief.Matrix.Cells), len(brief.Trend))
		}
	}
}

// benchLoaded are the loaded terms of the benchmark's framing.
var benchLoaded = []analysis.Loaded{{Term: "the regime", Neutral: "Northland"}, {Term: "the aggression", Neutral: "the war"}}

// generate writes the benchmark's store: a migrated SQLite file filled
// with SQL inserts (the reading is not what is measured). Each statement's
// text is a sentence of its article, and its span points at it. The notes
// of drafts and venues are what analysis.Annotate reads with the built-in
// packs; the loaded terms, which are no pack's, are counted here.
func generate(path string) error {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		return err
	}
	s.Close()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(WAL)&_pragma=synchronous(OFF)")
	if err != nil {
		return err
	}
	defer db.Close()
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	prep := func(q string) *sql.Stmt {
		st, perr := tx.Prepare(q)
		if perr != nil && err == nil {
			err = perr
		}
		return st
	}
	art := prep(`INSERT INTO articles (id, key, hash, read_with, source_id, url, outlet, published, title, dateline, body_start, text, cluster, words)
		VALUES ($1, $2, $3, 'generic,gen', $4, NULL, $5, $6, NULL, NULL, 0, $7, $1, $8)`)
	pos := prep(`INSERT INTO positions (article_id, seq, actor, speaker_id, speaker, stance, issue, conditional, text, span_start, span_end, said_from, said_to, published, cluster)
		VALUES ($1, $2, $3, NULL, $4, $5, $6, false, $7, $8, $9, NULL, NULL, $10, $1)`)
	att := prep(`INSERT INTO attributions (article_id, seq, speaker_id, speaker, speaker_alt, speaker_mention, anonymous, role, org, party, cue, medium, kind, text, span_start, span_end, parts, said_from, said_to, published)
		VALUES ($1, $2, NULL, $3, '[]', $3, false, NULL, NULL, $4, 'said', NULL, 'direct', $5, $6, $7, NULL, NULL, NULL, $8)`)
	draft := prep(`INSERT INTO draft_names (article_id, seq, name, name_key, duration, actor, issue, published) VALUES ($1, $2, $3, $4, NULL, $5, $6, $7)`)
	venue := prep(`INSERT INTO talk_venues (article_id, seq, venue, mediators, actor, issue, published) VALUES ($1, $2, $3, $4, $5, $6, $7)`)
	term := prep(`INSERT INTO article_terms (article_id, term, neutral, outlet, published, loaded_n, neutral_n) VALUES ($1, $2, $3, $4, $5, $6, $7)`)
	fig := prep(`INSERT INTO figures (article_id, seq, value, qualifier, unit, measure, source, text, span_start, span_end)
		VALUES ($1, 0, $2, 'exact', 'people', 'killed', $3, $4, $5, $6)`)
	ass := prep(`INSERT INTO assessments (article_id, seq, source, polarity, text, span_start, span_end) VALUES ($1, 0, NULL, $2, $3, $4, $5)`)
	if err != nil {
		return err
	}
	set := pack.Auto()
	rng := rand.New(rand.NewPCG(1, 2))
	parties := []string{"north", "south", "qatar", "egypt", "us", "un", "mediators", "eu"}
	issues := []string{"ceasefire", "truce", "withdrawal", "prisoners", "return", "humanitarian", "offensive", "governance", "reconstruction", "guarantees", "talks"}
	stances := []string{"demand", "accept", "reject", "propose", "threaten"}
	venues := []string{"Cairo", "Doha", "Paris", "Geneva"}
	start, _ := time.Parse(time.DateOnly, benchStartDay)
	for i := range benchArticles {
		id := int64(i + 1)
		var day any
		if i%benchUndatedEvery != 0 {
			day = start.AddDate(0, 0, rng.IntN(benchDays)).Format(time.DateOnly)
		}
		var text strings.Builder
		add := func(sentence string) (int, int) {
			from := text.Len()
			text.WriteString(sentence)
			to := text.Len()
			text.WriteString(" ")
			return from, to
		}
		type fact struct {
			args []any
			st   *sql.Stmt
		}
		var facts []fact
		var r parley.Reading
		for k := range positionsPer {
			p, is, st := parties[rng.IntN(len(parties))], issues[rng.IntN(len(issues))], stances[rng.IntN(len(stances))]
			sent := fmt.Sprintf("Officials of %s said they %s the %s terms of the plan %d.", p, st, is, rng.IntN(50))
			if st == "propose" {
				sent = fmt.Sprintf("%s put forward the Plan%d proposal on %s.", p, rng.IntN(20), is)
			}
			if is == "talks" {
				sent = fmt.Sprintf("%s will %s talks in %s with qatar and egypt.", p, st, venues[rng.IntN(len(venues))])
			}
			from, to := add(sent)
			facts = append(facts, fact{[]any{id, k, p, "Speaker " + p, st, is, sent, from, to, day}, pos})
			r.Positions = append(r.Positions, parley.Position{Actor: p, Stance: st, Issue: is, Text: sent, Span: parley.Span{Start: from, End: to}})
		}
		for k := range attributionsPer {
			p := parties[rng.IntN(len(parties))]
			q := fmt.Sprintf("We will not give up on the aggression, the regime must answer number %d.", rng.IntN(1000))
			from, to := add(q)
			facts = append(facts, fact{[]any{id, k, "Speaker " + p, p, q, from, to, day}, att})
		}
		f := fmt.Sprintf("At least %d people were killed, the ministry said.", 30000+i/3+rng.IntN(50))
		from, to := add(f)
		facts = append(facts, fact{[]any{id, 30000.0 + float64(i/3+rng.IntN(50)), "the ministry", f, from, to}, fig})
		if i%2 == 0 {
			pol := []string{"positive", "negative"}[rng.IntN(2)]
			a := "The gap is still wide, a diplomat said."
			if pol == "positive" {
				a = "Talks made progress, a diplomat said."
			}
			from, to := add(a)
			facts = append(facts, fact{[]any{id, pol, a, from, to}, ass})
		}
		outlet := fmt.Sprintf("Outlet %d", rng.IntN(20))
		r.Article.Text = text.String()
		notes := analysis.Annotate(&r, set)
		if _, err := art.Exec(id, fmt.Sprintf("gen:%d", id), fmt.Sprintf("%x", id), fmt.Sprintf("gen-%d", id), outlet, day, r.Article.Text, notes.Words); err != nil {
			return fmt.Errorf("article %d: %w", id, err)
		}
		for _, d := range notes.Drafts {
			p := r.Positions[d.Position]
			facts = append(facts, fact{[]any{id, d.Position, d.Name, d.Key, p.Actor, p.Issue, day}, draft})
		}
		for _, v := range notes.Venues {
			p := r.Positions[v.Position]
			facts = append(facts, fact{[]any{id, v.Position, v.Venue, strings.Join(v.Mediators, ","), p.Actor, p.Issue, day}, venue})
		}
		low := strings.ToLower(r.Article.Text)
		for _, l := range benchLoaded {
			facts = append(facts, fact{[]any{id, l.Term, l.Neutral, outlet, day,
				strings.Count(low, strings.ToLower(l.Term)), strings.Count(low, strings.ToLower(l.Neutral))}, term})
		}
		for _, f := range facts {
			if _, err := f.st.Exec(f.args...); err != nil {
				return fmt.Errorf("article %d: %w", id, err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	_, err = db.Exec("ANALYZE")
	return err
}
