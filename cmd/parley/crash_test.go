package main

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/parley-news/parley/internal/pgtest"
	"github.com/parley-news/parley/store"
)

// init caps the size of the files a parley subprocess may write when
// PARLEY_TEST_FSIZE is set: a full disk, as the process sees it (writes
// past the cap fail with EFBIG; Go ignores SIGXFSZ).
func init() {
	if n, err := strconv.ParseUint(os.Getenv("PARLEY_TEST_FSIZE"), 10, 64); err == nil && os.Getenv("PARLEY_TEST_MAIN") == "1" {
		if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: n, Max: n}); err != nil {
			panic(err)
		}
	}
}

// engine is a database kind the crash tests run on.
type engine struct {
	name, driver string
	newDB        func(t testing.TB) string // a fresh database: an SQLite path or a postgres:// URL
	kills        int                       // kill points (seeds) to try
}

var engines = []engine{
	{"sqlite", "sqlite", func(t testing.TB) string { return filepath.Join(t.TempDir(), "p.db") }, 4},
	{"postgres", "pgx", pgtest.NewDB, 3},
}

// conn opens a plain connection to db for looking at its tables.
func (e engine) conn(t *testing.T, db string) *sql.DB {
	if e.driver == "sqlite" {
		db += "?_pragma=busy_timeout(10000)"
	}
	return openDB(t, e.driver, db)
}

// checkIntegrity checks a database as it is after a crash: SQLite's own
// checks of its file, its foreign keys and its full-text indexes; on both
// engines, no fact without its article.
func checkIntegrity(t *testing.T, e engine, db *sql.DB) {
	t.Helper()
	var checks []string
	if e.driver == "sqlite" {
		checks = append(checks, "PRAGMA integrity_check", "PRAGMA foreign_key_check")
		for _, fts := range []string{"articles_fts", "attributions_fts", "positions_fts"} {
			if _, err := db.Exec("INSERT INTO " + fts + "(" + fts + ") VALUES ('integrity-check')"); err != nil {
				t.Errorf("%s: %v", fts, err)
			}
		}
	}
	for _, facts := range []string{"attributions", "positions", "figures", "assessments", "article_versions"} {
		checks = append(checks, "SELECT t.article_id FROM "+facts+" t LEFT JOIN articles a ON a.id = t.article_id WHERE a.id IS NULL")
	}
	for _, q := range checks {
		problems, err := rowsOf(db, q)
		if err != nil {
			t.Errorf("%s: %v", q, err)
		} else if len(problems) > 0 && !(len(problems) == 1 && problems[0] == "ok") {
			t.Errorf("%s: %q", q, problems)
		}
	}
}

// rowsOf runs q and returns its rows, each row's columns joined by spaces.
func rowsOf(db *sql.DB, q string) ([]string, error) {
	rows, err := db.Query(q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		out = append(out, strings.TrimSuffix(strings.TrimPrefix(fmt.Sprint(vals), "["), "]"))
	}
	return out, rows.Err()
}

// searches are the queries whose answers two databases must agree on:
// a fact's text, its index and its provenance.
var searches = []store.Query{
	{Text: "displaced", Limit: 1 << 20},
	{Text: "ceasefire withdrew", Outlet: "wire", Limit: 1 << 20},
	{Speaker: "naim", Since: "2024-05-10", Limit: 1 << 20},
	{Text: "updated", Limit: 1 << 20},
}

func search(t *testing.T, db string) [][]store.Hit {
	t.Helper()
	s, err := openStore(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var out [][]store.Hit
	for _, q := range searches {
		hits, err := s.Search(context.Background(), q)
		if err != nil {
			t.Fatalf("search %+v: %v", q, err)
		}
		out = append(out, hits)
	}
	return out
}

// sameAs compares db with want, the database of a clean run: the same
// rows (exactly, or in number when ids may differ) and the same answers.
func sameAs(t *testing.T, e engine, db, want string, exact bool) {
	t.Helper()
	got, clean := e.conn(t, db), e.conn(t, want)
	if exact {
		if dumpDB(t, got) != dumpDB(t, clean) {
			t.Errorf("database differs from a clean run's:\ncounts %v\nwant   %v", countDB(t, got), countDB(t, clean))
		}
	} else if g, w := countDB(t, got), countDB(t, clean); !reflect.DeepEqual(g, w) {
		t.Errorf("counts %v\nwant   %v", g, w)
	}
	if g, w := search(t, db), search(t, want); !reflect.DeepEqual(g, w) {
		t.Errorf("searches differ from a clean run's")
	}
}

// ingestRun is a parley ingest running as a subprocess.
type ingestRun struct {
	cmd    *exec.Cmd
	stderr bytes.Buffer
	done   chan struct{}
	err    error
}

// startIngest starts parley ingest with args, and env added to its
// environment; the test kills it at the end if it still runs.
func startIngest(t *testing.T, env []string, args ...string) *ingestRun {
	t.Helper()
	r := &ingestRun{cmd: parleyCmd(append([]string{"ingest"}, args...)...), done: make(chan struct{})}
	r.cmd.Env = append(r.cmd.Env, env...)
	r.cmd.Stderr = &r.stderr
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { r.err = r.cmd.Wait(); close(r.done) }()
	t.Cleanup(r.kill)
	return r
}

func (r *ingestRun) exited() bool {
	select {
	case <-r.done:
		return true
	default:
		return false
	}
}

// wait waits for the end of the run and returns its log and error.
func (r *ingestRun) wait() (string, error) {
	<-r.done
	return r.stderr.String(), r.err
}

func (r *ingestRun) kill() {
	r.cmd.Process.Kill()
	<-r.done
}

// storedArticles counts the stored articles; -1 until the schema exists.
func storedArticles(db *sql.DB) int {
	n := -1
	db.QueryRow("SELECT count(*) FROM articles").Scan(&n)
	return n
}

// crashTotal is the number of articles the crash tests ingest: enough for
// an uninterrupted run to take about a second.
const crashTotal = 1500

// TestIngestCrashes runs, on each engine, ingests that are killed with
// SIGKILL at random points (one seed each), ingests read by searches as
// they write, and, on SQLite, two ingests writing one file at once and
// an ingest whose disk fills up. After each, the database passes the
// integrity checks and, once the input is ingested again, equals the
// database of an uninterrupted run.
func TestIngestCrashes(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	dir := t.TempDir()
	lines := stories(0, crashTotal)
	for n := 0; n < crashTotal; n += 61 { // later lines change some texts and repeat some articles
		lines = append(lines, storyLine(n, " (updated)"), storyLine(n+1, ""))
	}
	input := filepath.Join(dir, "in.jsonl")
	writeJSONL(t, input, lines)

	for _, e := range engines {
		t.Run(e.name, func(t *testing.T) {
			clean := e.newDB(t)
			if _, stderr, err := runParley(t, "ingest", "--db", clean, input); err != nil {
				t.Fatalf("clean run: %v\n%s", err, stderr)
			}
			for seed := range uint64(e.kills) {
				t.Run(fmt.Sprint("kill", seed), func(t *testing.T) { testKill(t, e, seed, input, clean) })
			}
			t.Run("readers", func(t *testing.T) { testReaders(t, e, input, clean) })
			if e.driver == "sqlite" {
				t.Run("two writers", func(t *testing.T) { testTwoWriters(t, e, dir) })
				t.Run("disk full", func(t *testing.T) { testDiskFull(t, e, dir, input, clean) })
			}
		})
	}
}

// testKill kills an ingest once a random share of the input is stored,
// after a random further pause, so as to land anywhere in a batch.
func testKill(t *testing.T, e engine, seed uint64, input, clean string) {
	rng := rand.New(rand.NewPCG(seed, 7))
	point := rng.IntN(crashTotal * 3 / 4) // below the last commit before the end, whatever the batch
	batch := []string{"5", "50", "256"}[seed%3]
	db := e.newDB(t)
	run := startIngest(t, nil, "--db", db, "--batch", batch, input)
	watch := e.conn(t, db)
	for storedArticles(watch) < point {
		if run.exited() && storedArticles(watch) < point {
			log, _ := run.wait()
			t.Fatalf("ingest ended before it could be killed\n%s", log)
		}
		time.Sleep(2 * time.Millisecond)
	}
	time.Sleep(time.Duration(rng.IntN(30)) * time.Millisecond)
	run.kill()
	t.Logf("killed with %d articles stored (batch %s, aiming at %d)", storedArticles(watch), batch, point)
	checkIntegrity(t, e, watch)
	if _, stderr, err := runParley(t, "ingest", "--db", db, input); err != nil {
		t.Fatalf("re-run: %v\n%s", err, stderr)
	}
	checkIntegrity(t, e, watch)
	sameAs(t, e, db, clean, true)
}

// testReaders searches a database while an ingest writes it, as parley
// serve does: no search fails or waits for the writer, and what a search
// finds only grows.
func testReaders(t *testing.T, e engine, input, clean string) {
	db := e.newDB(t)
	s, err := openStore(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	run := startIngest(t, nil, "--db", db, "--batch", "20", input)
	var wg sync.WaitGroup
	var mu sync.Mutex
	searched := 0
	for r := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			q := searches[r%2]
			last := 0
			for !run.exited() {
				start := time.Now()
				hits, err := s.Search(context.Background(), q)
				if err != nil {
					t.Errorf("search while ingesting: %v", err)
					return
				}
				if d := time.Since(start); d > 5*time.Second {
					t.Errorf("a search waited %v", d)
				}
				if len(hits) < last {
					t.Errorf("search found %d hits after %d", len(hits), last)
				}
				last = len(hits)
				mu.Lock()
				searched++
				mu.Unlock()
				time.Sleep(5 * time.Millisecond)
			}
		}()
	}
	wg.Wait()
	if log, err := run.wait(); err != nil {
		t.Fatalf("ingest: %v\n%s", err, log)
	}
	if searched < 10 {
		t.Errorf("only %d searches ran during the ingest", searched)
	}
	t.Logf("%d searches during the ingest", searched)
	checkIntegrity(t, e, e.conn(t, db))
	sameAs(t, e, db, clean, true)
}

// testTwoWriters runs two ingests into one SQLite file at once, over
// overlapping inputs: they take turns, and the file holds what one ingest
// of all the input gives.
func testTwoWriters(t *testing.T, e engine, dir string) {
	a, b, all := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl"), filepath.Join(dir, "all.jsonl")
	writeJSONL(t, a, stories(0, 600))
	writeJSONL(t, b, stories(300, 900))
	writeJSONL(t, all, stories(0, 900))
	db, want := e.newDB(t), e.newDB(t)
	runs := []*ingestRun{startIngest(t, nil, "--db", db, "--batch", "20", a), startIngest(t, nil, "--db", db, "--batch", "20", b)}
	for _, r := range runs {
		if log, err := r.wait(); err != nil {
			t.Fatalf("ingest: %v\n%s", err, log)
		}
	}
	if _, stderr, err := runParley(t, "ingest", "--db", want, all); err != nil {
		t.Fatalf("single run: %v\n%s", err, stderr)
	}
	checkIntegrity(t, e, e.conn(t, db))
	sameAs(t, e, db, want, false)
}

// testDiskFull lets an ingest write only a little past what a database
// already holds: the articles that do not fit fail with a clear error,
// the file passes the integrity checks and keeps what it held, and once
// there is room again a re-run completes it.
func testDiskFull(t *testing.T, e engine, dir, input, clean string) {
	first := filepath.Join(dir, "first.jsonl")
	writeJSONL(t, first, stories(0, 200))
	db := e.newDB(t)
	if _, stderr, err := runParley(t, "ingest", "--db", db, first); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	info, err := os.Stat(db)
	if err != nil {
		t.Fatal(err)
	}
	limit := info.Size() + 256<<10
	run := startIngest(t, []string{fmt.Sprint("PARLEY_TEST_FSIZE=", limit)}, "--db", db, input)
	log, err := run.wait()
	// SQLite says "disk is full" when the disk is, and "disk I/O error"
	// when, as here, the file may not grow.
	if exitCode(err) != 1 || !regexp.MustCompile(`in\.jsonl:\d+: commit: (disk I/O error|database or disk is full)`).MatchString(log) {
		t.Fatalf("ingest on a full disk: %v, want exit 1 and disk I/O errors naming articles\n%.2000s", err, log)
	}
	conn := e.conn(t, db)
	checkIntegrity(t, e, conn)
	stored := storedArticles(conn)
	t.Logf("the full disk held %d articles", stored)
	if stored < 200 {
		t.Errorf("%d articles left of the 200 stored before the disk filled", stored)
	}
	if _, again, err := runParley(t, "ingest", "--db", db, first); err != nil || !strings.Contains(again, "(0 added, 0 replaced, 200 unchanged)") {
		t.Errorf("the articles stored before the disk filled changed (%v):\n%s", err, again)
	}
	if _, stderr, err := runParley(t, "ingest", "--db", db, input); err != nil {
		t.Fatalf("re-run with room: %v\n%s", err, stderr)
	}
	checkIntegrity(t, e, conn)
	sameAs(t, e, db, clean, false)
}
