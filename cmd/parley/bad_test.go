package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// writeHostile writes into dir the hostile inputs too big to commit: a
// JSONL file with a 100 MB line between two good ones, one with a 10 MB
// line, and a gzip bomb that inflates to a GiB.
func writeHostile(t *testing.T, dir string) {
	t.Helper()
	good := func(n int) string {
		return `{"id":"gen-` + strconv.Itoa(n) + `","text":` + strconv.Quote(story(900+n, "")) + "}\n"
	}
	huge := func(n int) []byte {
		return append(append([]byte(good(n)+`{"id":"huge","text":"`), bytes.Repeat([]byte("word "), n<<20/5)...), `"}`+"\n"+good(n+1)...)
	}
	var zeros bytes.Buffer
	w, _ := gzip.NewWriterLevel(&zeros, gzip.BestCompression)
	w.Write(make([]byte, 1<<20))
	w.Close()
	for name, data := range map[string][]byte{
		"line100.jsonl": huge(100),
		"line10.jsonl":  huge(10),
		"bomb.txt.gz":   bytes.Repeat(zeros.Bytes(), 1024),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestIngestHostileInputs ingests testdata/bad and the generated hostile
// inputs into a database that already holds articles: each bad item is
// named in the log and the summary, every good one is stored, what was
// stored before is untouched, the database passes an integrity check, and
// memory stays bounded.
func TestIngestHostileInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 110 MB")
	}
	dir := t.TempDir()
	good := filepath.Join(dir, "good.jsonl")
	writeJSONL(t, good, stories(0, 50))
	db := filepath.Join(dir, "p.db")
	if _, stderr, err := runParley(t, "ingest", "--db", db, good); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	hostile := filepath.Join(dir, "generated")
	os.Mkdir(hostile, 0o755)
	writeHostile(t, hostile)

	var stderr bytes.Buffer
	cmd := parleyCmd("ingest", "--db", db, "../../testdata/bad", hostile)
	cmd.Env = append(cmd.Env, "GOGC=25") // so that peak memory is what ingest holds, not garbage
	cmd.Stderr = &stderr
	err := cmd.Run()
	log := stderr.String()
	if code := exitCode(err); code != 1 {
		t.Fatalf("exit code %d, want 1\n%s", code, log)
	}
	i := strings.Index(log, "items failed")
	if i < 0 {
		t.Fatalf("no summary of failures:\n%s", log)
	}
	summary := log[i:]
	for _, bad := range []string{
		"binary.txt: binary data", "nul.txt: binary data", "utf16.txt: binary data", "invalid-utf8.txt: invalid UTF-8",
		"windows-1256.txt: invalid UTF-8", "deep.html: html: elements nested deeper", "mixed.jsonl:2:", "mixed.jsonl:7:",
		"truncated.jsonl.gz:144: unexpected EOF", "lying.warc#1: warc: Content-Length runs into the next record",
		"line100.jsonl:2: larger than", "line10.jsonl:2: larger than", "bomb.txt.gz: larger than",
	} {
		if strings.Count(log, bad) < 2 || !strings.Contains(summary, bad) {
			t.Errorf("%q is not named in both the log and the summary", bad)
		}
	}
	if t.Failed() {
		t.Logf("log:\n%s", log)
	}
	// 50 stories, then 2 + 2 generated good lines, 143 lines before the gzip
	// cut, 5 WARC pages, 2 feed items, 2 pages and 2 good JSONL lines.
	const want = 50 + 4 + 143 + 5 + 2 + 2 + 2
	conn := openDB(t, "sqlite", db)
	if n := countDB(t, conn)["articles"]; n != want {
		t.Errorf("stored %d articles, want %d", n, want)
	}
	var check string
	if err := conn.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity check: %q, %v", check, err)
	}
	// The articles stored before are stored as they were.
	_, again, err := runParley(t, "ingest", "--db", db, good)
	if err != nil || !strings.Contains(again, "(0 added, 0 replaced, 50 unchanged)") {
		t.Errorf("re-ingesting the first articles (%v):\n%s", err, again)
	}
	// Ingest holds an article at a time per worker, about 300 MB at most
	// here; holding the 100 MB line whole (its bytes, its string, its
	// text) would go well past the bound.
	if rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10; rss > 512<<20 {
		t.Errorf("ingest peaked at %d MB of memory", rss>>20)
	}
}
