package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/extract"
	"github.com/parley-news/parley/internal/pgtest"
	"github.com/parley-news/parley/store"
	"github.com/parley-news/parley/store/storetest"
)

// TestMain runs parley itself when a test starts this binary as a
// subprocess (to kill it, or to run several at once); otherwise the tests,
// stopping the PostgreSQL server they may have started.
func TestMain(m *testing.M) {
	if os.Getenv("PARLEY_TEST_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(pgtest.Main(m))
}

// parleyCmd returns a command running parley with args.
func parleyCmd(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "PARLEY_TEST_MAIN=1")
	return cmd
}

func runParley(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd := parleyCmd(args...)
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err = cmd.Run()
	return out.String(), errOut.String(), err
}

var speakers = []string{"Osama Hamdan", "Basem Naim", "Ophir Falk", "Majed al-Ansari", "Matthew Miller", "Sami Abu Zuhri"}

// story invents article n of a run of generated news.
func story(n int, variant string) string {
	s := speakers[n%len(speakers)]
	return fmt.Sprintf("Talks resume for round %d\n\n"+
		"%s said on Tuesday that the movement would accept a ceasefire only if the army withdrew from Gaza.\n\n"+
		"\"We will not give up the return of the displaced, not in round %d and not after it,\" %s told reporters in Doha.\n\n"+
		"At least %d trucks of aid entered the strip on day %d, the United Nations said. "+
		"Mediators said the talks were moving forward%s.", n, s, n, s, 100+n%300, n, variant)
}

type line struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Title     string `json:"title"`
	Text      string `json:"text"`
}

func storyLine(n int, variant string) line {
	return line{
		ID: fmt.Sprint("gen-", n), URL: fmt.Sprintf("https://news.example.org/talks/%d", n),
		Outlet:    []string{"Wire", "Daily", "Evening Post"}[n%3],
		Published: time.Date(2024, 5, 1+n%28, 0, 0, 0, 0, time.UTC).Format(time.DateOnly),
		Title:     fmt.Sprint("Round ", n), Text: story(n, variant),
	}
}

func writeJSONL(t *testing.T, path string, lines []line) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for _, l := range lines {
		if err := enc.Encode(l); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// stories returns articles from..to-1.
func stories(from, to int) []line {
	var ls []line
	for n := from; n < to; n++ {
		ls = append(ls, storyLine(n, ""))
	}
	return ls
}

func openDB(t *testing.T, driver, dsn string) *sql.DB {
	t.Helper()
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func dumpDB(t *testing.T, db *sql.DB) string {
	t.Helper()
	d, err := storetest.Dump(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func countDB(t *testing.T, db *sql.DB) map[string]int {
	t.Helper()
	c, err := storetest.Count(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestIngestResumesAfterKill kills an ingest midway with SIGKILL, runs it
// again, and compares the database with one from an uninterrupted run.
func TestIngestResumesAfterKill(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	dir := t.TempDir()
	const total = 4000
	lines := stories(0, total)
	// Later lines change the text of some URLs and repeat some articles.
	for n := 0; n < total; n += 97 {
		lines = append(lines, storyLine(n, " (updated)"), storyLine(n+1, ""))
	}
	input := filepath.Join(dir, "in.jsonl")
	writeJSONL(t, input, lines)

	clean := filepath.Join(dir, "clean.db")
	if _, stderr, err := runParley(t, "ingest", "--db", clean, input); err != nil {
		t.Fatalf("clean run: %v\n%s", err, stderr)
	}

	crashed := filepath.Join(dir, "crashed.db")
	var stderr bytes.Buffer
	cmd := parleyCmd("ingest", "--db", crashed, "--batch", "50", input)
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	watch := openDB(t, "sqlite", crashed+"?_pragma=busy_timeout(5000)&mode=ro")
	stored := 0
	for stored < total/4 { // kill it a good way in, not at its first commit
		select {
		case err := <-exited:
			t.Fatalf("ingest ended (%v) before it could be killed: give it more input\n%s", err, stderr.String())
		case <-time.After(5 * time.Millisecond):
		}
		watch.QueryRow("SELECT count(*) FROM articles").Scan(&stored) // fails until the schema exists
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-exited
	watch.QueryRow("SELECT count(*) FROM articles").Scan(&stored)
	if stored >= total {
		t.Fatalf("killed after all %d articles were stored; give it more input", stored)
	}
	t.Logf("killed with %d of %d articles stored", stored, total)

	if _, stderr, err := runParley(t, "ingest", "--db", crashed, input); err != nil {
		t.Fatalf("re-run: %v\n%s", err, stderr)
	}
	cleanDB, crashedDB := openDB(t, "sqlite", clean), openDB(t, "sqlite", crashed)
	want := dumpDB(t, cleanDB)
	if got := dumpDB(t, crashedDB); got != want {
		t.Errorf("killed and re-run database differs from a clean run's:\ncounts %v\nwant   %v",
			countDB(t, crashedDB), countDB(t, cleanDB))
	}

	_, stderr2, err := runParley(t, "ingest", "--db", clean, input)
	if err != nil {
		t.Fatalf("second clean run: %v\n%s", err, stderr2)
	}
	if !strings.Contains(stderr2, "(0 added, 0 replaced,") || dumpDB(t, cleanDB) != want {
		t.Errorf("ingesting the same input again changed the database:\n%s", stderr2)
	}
}

// TestIngestBadItems: each bad item is reported, by name, in the log and
// in the summary, and everything else is stored.
func TestIngestBadItems(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"good.txt":  story(1, ""),
		"empty.txt": "  \n",
		"bad.txt":   "Talks \xff\xfe stalled",
		"mixed.jsonl": `{"id": "ok", "text": ` + strconv.Quote(story(2, "")) + "}\n" +
			"{not json\n" +
			`{"id": "no-text"}` + "\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "p.db")
	_, stderr, err := runParley(t, "ingest", "--db", db, dir, filepath.Join(dir, "missing.txt"))
	if code := exitCode(err); code != 1 {
		t.Fatalf("exit code %d, want 1\n%s", code, stderr)
	}
	summary := stderr[strings.Index(stderr, "items failed"):]
	for _, bad := range []string{"empty.txt", "bad.txt", "mixed.jsonl:2", "mixed.jsonl:3", "missing.txt"} {
		if strings.Count(stderr, bad) < 2 || !strings.Contains(summary, bad) {
			t.Errorf("%s is not named in both the log and the summary:\n%s", bad, stderr)
		}
	}
	if n := countDB(t, openDB(t, "sqlite", db))["articles"]; n != 2 {
		t.Errorf("stored %d articles, want the 2 good ones\n%s", n, stderr)
	}
}

func exitCode(err error) int {
	if err == nil {
		return 0
	}
	if e, ok := err.(*exec.ExitError); ok {
		return e.ExitCode()
	}
	return -1
}

// TestConcurrentIngestPostgres runs four ingest processes at once over
// overlapping inputs: the database must hold each article and fact once,
// as a single run over all the input does.
func TestConcurrentIngestPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	dir := t.TempDir()
	var inputs []string
	for w := range 4 {
		path := filepath.Join(dir, fmt.Sprintf("in%d.jsonl", w))
		ls := stories(w*150, w*150+400) // each overlaps the next
		for n := range 20 {             // and all repeat the same texts without URL
			l := storyLine(n, " (wire)")
			l.URL, l.ID = "", fmt.Sprintf("copy-%d-%d", w, n)
			ls = append(ls, l)
		}
		writeJSONL(t, path, ls)
		inputs = append(inputs, path)
	}
	url := pgtest.NewDB(t)
	var wg sync.WaitGroup
	errs := make([]string, 4)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, stderr, err := runParley(t, "ingest", "--db", url, "--batch", "20", inputs[w]); err != nil {
				errs[w] = fmt.Sprintf("ingest %d: %v\n%s", w, err, stderr)
			}
		}()
	}
	wg.Wait()
	for _, e := range errs {
		if e != "" {
			t.Error(e)
		}
	}
	single := pgtest.NewDB(t)
	if _, stderr, err := runParley(t, append([]string{"ingest", "--db", single}, inputs...)...); err != nil {
		t.Fatalf("single run: %v\n%s", err, stderr)
	}
	got, want := countDB(t, openDB(t, "pgx", url)), countDB(t, openDB(t, "pgx", single))
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("four concurrent ingests: %v\nwant (one ingest): %v", got, want)
	}
	if want["articles"] != 4*150+250+20 {
		t.Errorf("single run stored %d articles, want %d", want["articles"], 4*150+250+20)
	}
}

// poisonedStore fails every batch that holds the article "poison".
type poisonedStore struct{ store.Store }

func (p poisonedStore) Put(ctx context.Context, rs []parley.Reading) (store.Tally, error) {
	for _, r := range rs {
		if r.Article.ID == "poison" {
			return store.Tally{}, errors.New("refused")
		}
	}
	return p.Store.Put(ctx, rs)
}

// TestIngestStoreFailure: an article the store refuses fails alone; the
// rest of its batch is stored.
func TestIngestStoreFailure(t *testing.T) {
	dir := t.TempDir()
	ls := stories(0, 5)
	ls[2].ID = "poison"
	input := filepath.Join(dir, "in.jsonl")
	writeJSONL(t, input, ls)
	path := filepath.Join(dir, "p.db")
	s, err := openStore(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var log bytes.Buffer
	in := &ingester{store: poisonedStore{s}, reader: extract.New(nil), batch: 10, log: newProgress(&log)}
	if err := in.run(context.Background(), []string{input}, nil); err != errItems {
		t.Errorf("run = %v, want errItems", err)
	}
	if !strings.Contains(log.String(), "in.jsonl:3: refused") {
		t.Errorf("the log does not name the refused article:\n%s", log.String())
	}
	if n := countDB(t, openDB(t, "sqlite", path))["articles"]; n != 4 {
		t.Errorf("stored %d articles, want 4\n%s", n, log.String())
	}
}

func TestSearchCommand(t *testing.T) {
	dir := t.TempDir()
	input := filepath.Join(dir, "in.jsonl")
	writeJSONL(t, input, stories(0, 12))
	db := filepath.Join(dir, "p.db")
	if _, stderr, err := runParley(t, "ingest", "--db", db, input); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	ctx := context.Background()
	s, err := openStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	want, err := s.Search(ctx, store.Query{Text: "displaced", Outlet: "wire", Since: "2024-05-04"})
	if err != nil {
		t.Fatal(err)
	}
	if len(want) == 0 {
		t.Fatal("the store finds nothing to compare the command with")
	}
	args := []string{"search", "--db", db, "displaced", "--outlet", "wire", "--since", "2024-05-04"}
	out, stderr, err := runParley(t, append(args, "--format", "json")...)
	if err != nil {
		t.Fatalf("search: %v\n%s", err, stderr)
	}
	var got []store.Hit
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var h store.Hit
		if err := json.Unmarshal(sc.Bytes(), &h); err != nil {
			t.Fatalf("json output: %v: %s", err, sc.Text())
		}
		if h.Outlet != "Wire" || h.Published < "2024-05-04" || !strings.Contains(h.Text, "displaced") {
			t.Errorf("hit does not match the query: %+v", h)
		}
		got = append(got, h)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("json output = %v, want %v", got, want)
	}
	csvOut, _, err := runParley(t, append(args, "--format", "csv")...)
	if err != nil || strings.Count(csvOut, "\n") != len(want)+1 {
		t.Errorf("csv output (%v): want a header and %d rows:\n%s", err, len(want), csvOut)
	}
	table, _, err := runParley(t, append(args, "--format", "table")...)
	if err != nil || strings.Count(table, "\n") != len(want)+1 || !strings.HasPrefix(table, "KIND") {
		t.Errorf("table output (%v): want a header and %d rows:\n%s", err, len(want), table)
	}
	for _, bad := range [][]string{{"--format", "xml"}, {"--since", "May 2024"}, {"--db", filepath.Join(dir, "typo.db")}} {
		if _, _, err := runParley(t, append([]string{"search", "--db", db, "x"}, bad...)...); exitCode(err) != 1 {
			t.Errorf("search %v: exit %d, want 1", bad, exitCode(err))
		}
	}
}
