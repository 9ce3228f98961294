package read

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/parley-news/parley"
)

// collect runs fn and returns the IDs it emitted and the errors it failed.
func collect(t *testing.T, fn func(emit func(parley.Article), fail func(error))) ([]string, []string) {
	t.Helper()
	var ids, errs []string
	fn(func(a parley.Article) {
		ids = append(ids, a.ID)
	}, func(err error) {
		var ie *ItemError
		if !errors.As(err, &ie) {
			t.Errorf("error %v is not an ItemError", err)
		}
		errs = append(errs, err.Error())
	})
	return ids, errs
}

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func gz(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestBadInput: each bad item fails alone with an error naming it (and its
// line); every good article still comes out.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a-good.txt", []byte("Hamas said on Monday it would study the new proposal.\n"))
	write(t, dir, "b-empty.txt", nil)
	write(t, dir, "c-binary.txt", []byte("PK\x03\x04\x00\x00binary"))
	write(t, dir, "d-latin1.txt", []byte("Caf\xe9 owners said the truce held.\n"))
	write(t, dir, "e-huge.txt", bytes.Repeat([]byte("a"), 50<<20))
	write(t, dir, "f.jsonl", []byte(`{"id":"j1","title":"Talks resume","text":"Mediators met in Doha on Friday."}`+"\n"+
		"this line is not JSON\n"+
		`{"id":"j3","title":"No body"}`+"\n"+
		"\n"+
		`{"id":"j5","text":"   "}`+"\r\n"+
		`[1, 2, 3]`+"\n"+
		`{"id":7,"text":"The last line has no newline."}`))
	huge := append([]byte(`{"id":"big","text":"`), bytes.Repeat([]byte("b"), 50<<20)...)
	write(t, dir, "g-huge.jsonl", append(huge, []byte("\"}\n{\"id\":\"after-big\",\"text\":\"Still read.\"}\n")...))
	write(t, dir, "h-ignored.pdf", []byte("%PDF"))

	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	ids, errs := collect(t, func(emit func(parley.Article), fail func(error)) {
		Each([]string{dir, filepath.Join(dir, "missing.txt")}, nil, emit, fail)
	})
	var after runtime.MemStats
	runtime.ReadMemStats(&after)

	if want := []string{"a-good", "j1", "7", "after-big"}; !slices.Equal(ids, want) {
		t.Errorf("emitted %q, want %q", ids, want)
	}
	wantErrs := []string{
		"b-empty.txt: empty",
		"c-binary.txt: binary data",
		"d-latin1.txt: invalid UTF-8",
		"e-huge.txt: larger than",
		"f.jsonl:2: not a JSON article",
		"f.jsonl:3: no \"text\"",
		"f.jsonl:5: no \"text\"",
		"f.jsonl:6: not a JSON article",
		"g-huge.jsonl:1: larger than",
		"missing.txt: ",
	}
	if len(errs) != len(wantErrs) {
		t.Errorf("got %d errors, want %d:\n%s", len(errs), len(wantErrs), strings.Join(errs, "\n"))
	}
	for _, w := range wantErrs {
		if !slices.ContainsFunc(errs, func(e string) bool { return strings.Contains(e, w) }) {
			t.Errorf("no error containing %q in:\n%s", w, strings.Join(errs, "\n"))
		}
	}
	// 100 MB of input in two 50 MB lines: reading streams, holding at most
	// one article's worth at a time.
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 80<<20 {
		t.Errorf("allocated %d MB reading the inputs; want streaming", alloc>>20)
	}
}

func TestGzip(t *testing.T) {
	dir := t.TempDir()
	jsonl := []byte(`{"id":"z1","text":"Egypt said talks would resume."}` + "\n" + `{"id":"z2","text":"Qatar agreed."}` + "\n")
	write(t, dir, "a.jsonl.gz", gz(t, jsonl))
	write(t, dir, "b.txt.gz", gz(t, []byte("A ministry official said the crossing reopened.")))
	full := gz(t, bytes.Repeat(jsonl, 1000))
	write(t, dir, "c-truncated.jsonl.gz", full[:len(full)/2])
	write(t, dir, "d-notgzip.txt.gz", []byte("plain text pretending"))

	ids, errs := collect(t, func(emit func(parley.Article), fail func(error)) {
		Each([]string{dir}, nil, emit, fail)
	})
	if !slices.Contains(ids, "z1") || !slices.Contains(ids, "z2") || !slices.Contains(ids, "b") {
		t.Errorf("emitted %q, want z1, z2 and b among them", ids)
	}
	if len(errs) != 2 || !strings.Contains(errs[0], "c-truncated.jsonl.gz") || !strings.Contains(errs[1], "d-notgzip.txt.gz: gzip") {
		t.Errorf("errors = %q, want one for the truncated file and one for the fake", errs)
	}
}

func TestGzipBomb(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "bomb.txt.gz", gz(t, bytes.Repeat([]byte("x "), 4<<20)))
	r := Reader{MaxInflated: 1 << 20}
	ids, errs := collect(t, func(emit func(parley.Article), fail func(error)) {
		r.Each([]string{p}, nil, emit, fail)
	})
	if len(ids) != 0 || len(errs) != 1 || !strings.Contains(errs[0], "decompressed size over the limit") {
		t.Errorf("ids %q, errors %q; want one decompressed-size error", ids, errs)
	}
}

func TestStdin(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"text", "Officials said the talks had stalled.", []string{"-"}},
		{"jsonl", `{"id":"s1","text":"One."}` + "\n" + `{"id":"s2","text":"Two."}`, []string{"s1", "s2"}},
		{"gzipped jsonl", string(gz(t, []byte(`{"id":"g1","text":"Zipped."}`))), []string{"g1"}},
		{"html", "<!DOCTYPE html><html><head><title>A page</title></head><body><article><p>" +
			strings.Repeat("The delegation said it would return to Cairo next week. ", 8) + "</p></article></body></html>", []string{"-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ids, errs := collect(t, func(emit func(parley.Article), fail func(error)) {
				Each([]string{"-"}, strings.NewReader(tt.in), emit, fail)
			})
			if !slices.Equal(ids, tt.want) || len(errs) > 0 {
				t.Errorf("ids %q errors %q, want %q", ids, errs, tt.want)
			}
		})
	}
}

func TestSupported(t *testing.T) {
	tests := []struct {
		path string
		want bool
	}{
		{"a.txt", true}, {"a.JSONL", true}, {"a.html", true}, {"a.htm", true}, {"feed.xml", true},
		{"feed.rss", true}, {"feed.atom", true}, {"crawl.warc", true}, {"crawl.warc.gz", true},
		{"a.jsonl.gz", true}, {"a.gz", false}, {"a.pdf", false}, {"a.gold.json", false}, {"noext", false},
	}
	for _, tt := range tests {
		if got := Supported(tt.path); got != tt.want {
			t.Errorf("Supported(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
}

// TestDevCorpus reads the shared dev corpora whole: every article comes
// out, none fails.
func TestDevCorpus(t *testing.T) {
	dirs := []string{"../../shared/corpus/dev", "../../shared/corpus/bbc-dev", "../../shared/corpus/polnear-dev"}
	if _, err := os.Stat(dirs[0]); err != nil {
		t.Skip("no shared corpus")
	}
	ids, errs := collect(t, func(emit func(parley.Article), fail func(error)) {
		Each(dirs, nil, emit, fail)
	})
	if len(errs) > 0 || len(ids) < 99 {
		t.Errorf("read %d articles with errors %q", len(ids), errs)
	}
}

func BenchmarkReadJSONL(b *testing.B) {
	line := `{"id":"x","url":"https://example.org/a","outlet":"Example","published":"2024-05-26","title":"A title",` +
		`"text":"` + strings.Repeat("Officials said the talks in Doha had stalled again. ", 60) + `"}` + "\n"
	data := []byte(strings.Repeat(line, 1000))
	b.SetBytes(int64(len(data)))
	n := 0
	for b.Loop() {
		Each([]string{"-"}, bytes.NewReader(data), func(parley.Article) { n++ }, func(err error) { b.Fatal(err) })
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
