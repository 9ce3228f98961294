package server

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/parley-news/parley/analysis"
	"github.com/parley-news/parley/pack"
	"github.com/parley-news/parley/store/sqlite"
)

// BenchmarkAPILatency measures the API over a generated store of
// PARLEY_BENCH_STATEMENTS statements (default 1,000,000: half attributions,
// half positions, ten per article) and reports the p50 and p99 latency of
// each route. The store is generated once and kept in the temp directory.
//
//	go test ./server -run '^$' -bench APILatency -benchtime 400x
func BenchmarkAPILatency(b *testing.B) {
	n := 1_000_000
	if s := os.Getenv("PARLEY_BENCH_STATEMENTS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			b.Fatal(err)
		}
	}
	ctx := context.Background()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("parley-bench-v2-%d.db", n)) // v2: statements carry their date
	if _, err := os.Stat(path); err != nil {
		start := time.Now()
		if err := generate(ctx, path, n); err != nil {
			os.Remove(path)
			b.Fatal(err)
		}
		b.Logf("generated %d statements in %v", n, time.Since(start).Round(time.Second))
	}
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	db, err := OpenReader(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	srv, err := New(Config{DB: db, Store: st, Analyst: &analysis.Analyst{Src: st, Packs: pack.Auto()}})
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	if _, err := srv.sum.get(ctx); err != nil {
		b.Fatal(err)
	}
	b.Logf("summary (matrix, gap, trend, proposals, talks, figures, framing, people) computed in %v", time.Since(start).Round(time.Millisecond))
	ts := httptest.NewServer(srv)
	defer ts.Close()
	for _, route := range []string{
		"/api/matrix",
		"/api/timeline",
		"/api/attributions?party=hamas&limit=50",
		"/api/attributions?person=Person+7&limit=50",
		"/api/positions?party=israel&issue=ceasefire&limit=50",
		"/api/positions?outlet=Outlet+3&since=2024-03-01&until=2024-03-31&limit=50",
	} {
		b.Run(route, func(b *testing.B) {
			took := make([]time.Duration, 0, b.N)
			for b.Loop() {
				t0 := time.Now()
				resp, err := http.Get(ts.URL + route)
				if err != nil {
					b.Fatal(err)
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					b.Fatalf("status %d", resp.StatusCode)
				}
				took = append(took, time.Since(t0))
			}
			slices.Sort(took)
			b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(took[len(took)*99/100].Microseconds())/1000, "p99-ms")
		})
	}
}

// generate writes a store of n statements: articles of ten statements each
// over eight months, five parties, eleven issues, twenty outlets, two
// hundred speakers.
func generate(ctx context.Context, path string, n int) error {
	st, err := sqlite.Open(ctx, path) // creates the schema
	if err != nil {
		return err
	}
	st.Close()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(WAL)&_pragma=synchronous(OFF)")
	if err != nil {
		return err
	}
	defer db.Close()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	prep := func(q string) *sql.Stmt {
		s, e := tx.PrepareContext(ctx, q)
		if e != nil && err == nil {
			err = e
		}
		return s
	}
	art := prep(`INSERT INTO articles (id, key, hash, read_with, source_id, url, outlet, published, title, dateline, body_start, text, cluster)
		VALUES ($1, $2, $2, 'gaza-2024', $2, $2, $3, $4, $5, NULL, 0, $6, $1)`)
	person := prep(`INSERT INTO people (id, name) VALUES ($1, $2)`)
	// Statements carry their article's date (positions also its cluster), as
	// the store's writer sets them.
	attr := prep(`INSERT INTO attributions (article_id, seq, speaker_id, speaker, speaker_alt, anonymous, party, cue, kind, text, span_start, span_end, published)
		VALUES ($1, $2, $3, $4, '[]', false, $5, 'said', 'direct', $6, $7, $8, $9)`)
	pos := prep(`INSERT INTO positions (article_id, seq, actor, speaker_id, speaker, stance, issue, conditional, text, span_start, span_end, published, cluster)
		VALUES ($1, $2, $3, $4, $5, $6, $7, false, $8, $9, $10, $11, $1)`)
	assess := prep(`INSERT INTO assessments (article_id, seq, polarity, text, span_start, span_end) VALUES ($1, 0, $2, $3, 0, 10)`)
	if err != nil {
		return err
	}
	parties := []string{"hamas", "israel", "egypt", "qatar", "us"}
	issues := []string{"ceasefire", "truce", "withdrawal", "prisoners", "return", "humanitarian", "offensive", "governance", "reconstruction", "guarantees", "talks"}
	stances := []string{"demand", "accept", "reject", "propose", "threaten"}
	for i := range 200 {
		if _, err := person.ExecContext(ctx, i+1, fmt.Sprintf("Person %d", i)); err != nil {
			return err
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	const sentence = "A negotiator said the two sides were still apart on the terms of the deal. "
	first := time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC)
	for a := range n / 10 {
		id := int64(a + 1)
		text := ""
		for range 10 {
			text += sentence
		}
		day := first.AddDate(0, 0, r.IntN(240)).Format(time.DateOnly)
		if _, err := art.ExecContext(ctx, id, fmt.Sprintf("https://example.org/%d", a), fmt.Sprintf("Outlet %d", r.IntN(20)),
			day, fmt.Sprintf("Story %d", a), text); err != nil {
			return err
		}
		for k := range 10 {
			sp := r.IntN(200)
			party := parties[r.IntN(len(parties))]
			s, e := k*len(sentence), (k+1)*len(sentence)-1
			if k%2 == 0 {
				_, err = attr.ExecContext(ctx, id, k, sp+1, fmt.Sprintf("Person %d", sp), party, text[s:e], s, e, day)
			} else {
				_, err = pos.ExecContext(ctx, id, k, party, sp+1, fmt.Sprintf("Person %d", sp),
					stances[r.IntN(len(stances))], issues[r.IntN(len(issues))], text[s:e], s, e, day)
			}
			if err != nil {
				return err
			}
		}
		if a%10 == 0 {
			if _, err := assess.ExecContext(ctx, id, []string{"positive", "negative"}[r.IntN(2)], text[:10]); err != nil {
				return err
			}
		}
	}
	return tx.Commit()
}
