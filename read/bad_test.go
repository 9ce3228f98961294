package read

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/parley-news/parley"
)

// badDir holds the committed hostile inputs; the big ones are generated
// by the tests below.
const badDir = "../testdata/bad"

// readAllOf reads paths with r, checking that every failure is an
// ItemError, and returns the articles and the error messages.
func readAllOf(t *testing.T, r *Reader, paths ...string) ([]parley.Article, []string) {
	t.Helper()
	var arts []parley.Article
	var errs []string
	r.Each(paths, nil, func(a parley.Article) { arts = append(arts, a) }, func(err error) {
		var ie *ItemError
		if !errors.As(err, &ie) {
			t.Errorf("error %v is not an ItemError", err)
		}
		errs = append(errs, err.Error())
	})
	return arts, errs
}

// TestBadFiles reads each file of testdata/bad: what can be read is, and
// each item that cannot fails alone with an error naming it.
func TestBadFiles(t *testing.T) {
	tests := []struct {
		file     string
		articles int
		errs     []string // each must be among the errors; there may be others
		check    func(t *testing.T, arts []parley.Article)
	}{
		{file: "binary.txt", errs: []string{"binary.txt: binary data"}},
		{file: "nul.txt", errs: []string{"nul.txt: binary data"}},
		{file: "utf16.txt", errs: []string{"utf16.txt: binary data"}},
		{file: "invalid-utf8.txt", errs: []string{"invalid-utf8.txt: invalid UTF-8"}},
		{file: "windows-1256.txt", errs: []string{"windows-1256.txt: invalid UTF-8"}},
		{file: "windows-1256.html", articles: 1, check: func(t *testing.T, arts []parley.Article) {
			// the page declares its charset: the text arrives as UTF-8 Arabic
			a := arts[0]
			if a.Title != "المفاوضات" || !utf8.ValidString(a.Text) || !strings.Contains(a.Text, "المفاوضات مستمرة") {
				t.Errorf("read as title %q, text %q", a.Title, a.Text)
			}
		}},
		{file: "deep.html", errs: []string{"deep.html: html: elements nested deeper than 512"}},
		{file: "broken.html", articles: 1, check: func(t *testing.T, arts []parley.Article) {
			if arts[0].Title != "Envoys meet again" || !strings.Contains(arts[0].Text, "We will answer soon") {
				t.Errorf("read as %+v", arts[0])
			}
		}},
		{file: "mixed.jsonl", articles: 2, errs: []string{
			"mixed.jsonl:2: invalid UTF-8", "mixed.jsonl:3: not a JSON article", "mixed.jsonl:4: not a JSON article",
			"mixed.jsonl:5: not a JSON article", "mixed.jsonl:6: invalid UTF-8", "mixed.jsonl:7: invalid UTF-8",
		}},
		// The first 143 lines inflate before the cut; the cut names its line.
		{file: "truncated.jsonl.gz", articles: 143, errs: []string{"truncated.jsonl.gz:144: unexpected EOF"}},
		{file: "lying.warc", articles: 5, errs: []string{
			"lying.warc#1: warc: Content-Length runs into the next record", "lying.warc#3: no text",
			`lying.warc#5: warc: bad Content-Length "-12"`, `lying.warc#7: warc: bad Content-Length "many"`,
			`lying.warc#9: warc: bad Content-Length "99999999999999999999"`,
		}, check: func(t *testing.T, arts []parley.Article) {
			var ids []string
			for _, a := range arts {
				ids = append(ids, a.ID)
			}
			if want := []string{"https://news.example/1", "https://news.example/2", "https://news.example/4",
				"https://news.example/6", "https://news.example/8"}; !slices.Equal(ids, want) {
				t.Errorf("read %q, want %q", ids, want)
			}
		}},
		{file: "xxe.rss", articles: 2, check: func(t *testing.T, arts []parley.Article) {
			for _, a := range arts {
				if strings.Contains(a.Title+a.Text, "root:") {
					t.Errorf("an external entity was resolved: %q", a.Title)
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			arts, errs := readAllOf(t, &Reader{}, filepath.Join(badDir, tt.file))
			if len(arts) != tt.articles {
				t.Fatalf("read %d articles, want %d; errors:\n%s", len(arts), tt.articles, strings.Join(errs, "\n"))
			}
			if tt.articles == 0 && len(errs) == 0 {
				t.Error("nothing read and no error")
			}
			for _, w := range tt.errs {
				if !slices.ContainsFunc(errs, func(e string) bool { return strings.Contains(e, w) }) {
					t.Errorf("no error containing %q in:\n%s", w, strings.Join(errs, "\n"))
				}
			}
			if tt.check != nil {
				tt.check(t, arts)
			}
		})
	}
}

// repeated reads one byte forever.
type repeated byte

func (b repeated) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(b)
	}
	return len(p), nil
}

// peakHeap runs fn and returns the most heap it held at once beyond what
// was held before: the live heap each collection marks, sampled every few
// milliseconds under a frequent collector. Live bytes, not allocated ones:
// garbage the collector has not reached yet is not held, and counting it
// made the figure depend on how busy the machine was.
func peakHeap(fn func()) uint64 {
	defer debug.SetGCPercent(debug.SetGCPercent(5))
	runtime.GC()
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	read := func() uint64 { metrics.Read(live); return live[0].Value.Uint64() }
	base := read()
	peak := base
	done := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		for {
			peak = max(peak, read())
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	fn()
	close(done)
	<-sampled
	return peak - base
}

// bomb is a gzip stream that inflates to members MiB of zero bytes
// behind a first member holding head: a MiB of zeros deflates to about a
// KiB, and gzip readers read members one after another.
func bomb(t *testing.T, head string, members int) []byte {
	t.Helper()
	var first, zeros bytes.Buffer
	for _, m := range []struct {
		buf  *bytes.Buffer
		data []byte
	}{{&first, []byte(head)}, {&zeros, make([]byte, 1<<20)}} {
		w, _ := gzip.NewWriterLevel(m.buf, gzip.BestCompression)
		w.Write(m.data)
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return append(first.Bytes(), bytes.Repeat(zeros.Bytes(), members)...)
}

// TestBadGenerated reads inputs too big to commit: each costs its item
// only, in bounded memory and time.
func TestBadGenerated(t *testing.T) {
	good := func(id string) string {
		return fmt.Sprintf(`{"id":%q,"text":"The envoy said the talks went on."}`+"\n", id)
	}
	tests := []struct {
		name string
		in   func() io.Reader
		r    Reader
		ids  []string // the articles read, in order
		errs []string // the errors, in order, by their beginnings
	}{
		{"line.txt", func() io.Reader { return io.LimitReader(repeated('a'), 100<<20) }, Reader{},
			nil, []string{"line.txt: larger than"}},
		{"line.jsonl", func() io.Reader {
			return io.MultiReader(strings.NewReader(good("before")), io.LimitReader(repeated('a'), 100<<20),
				strings.NewReader("\n"+good("after")))
		}, Reader{}, []string{"before", "after"}, []string{"line.jsonl:2: larger than"}},
		{"ten.jsonl", func() io.Reader {
			return io.MultiReader(strings.NewReader(good("before")+`{"id":"big","text":"`),
				io.LimitReader(repeated('w'), 10<<20), strings.NewReader("\"}\n"+good("after")))
		}, Reader{}, []string{"before", "after"}, []string{"ten.jsonl:2: larger than"}},
		{"bomb.jsonl.gz", func() io.Reader { return bytes.NewReader(bomb(t, good("before"), 1024)) },
			Reader{MaxInflated: 64 << 20}, []string{"before"}, []string{"bomb.jsonl.gz:2: decompressed size over the limit"}},
		{"bomb.txt.gz", func() io.Reader { return bytes.NewReader(bomb(t, "Envoys met.", 1024)) },
			Reader{}, nil, []string{"bomb.txt.gz: larger than"}},
		{"deep.html", func() io.Reader {
			return strings.NewReader(strings.Repeat("<div><span>", 350_000) + "x")
		}, Reader{}, nil, []string{"deep.html: html: elements nested deeper than 512"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ids, errs []string
			start := time.Now()
			peak := peakHeap(func() {
				tt.r.stream(tt.name, tt.name, tt.in(), func(a parley.Article) { ids = append(ids, a.ID) },
					func(err error) { errs = append(errs, err.Error()) })
			})
			prefixes := len(errs) == len(tt.errs)
			for i := range errs {
				prefixes = prefixes && strings.HasPrefix(errs[i], tt.errs[i])
			}
			if !slices.Equal(ids, tt.ids) || !prefixes {
				t.Errorf("read %q with errors %q\nwant %q with errors %q", ids, errs, tt.ids, tt.errs)
			}
			// One article is at most MaxArticle bytes; reading holds a few
			// copies of it at most, whatever the input's size.
			t.Logf("held %.1f MB at most", float64(peak)/(1<<20))
			if peak > 4*MaxArticle {
				t.Errorf("held %d MB at once", peak>>20)
			}
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}

// TestFeedEntitiesNotResolved: a feed's DTD may declare entities that
// point at a local file or a URL; parley neither reads the file nor makes
// the request.
func TestFeedEntitiesNotResolved(t *testing.T) {
	var requests atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		io.WriteString(w, "LEAKED-FROM-URL")
	}))
	defer srv.Close()
	dir := t.TempDir()
	secret := write(t, dir, "secret.txt", []byte("LEAKED-FROM-FILE"))
	body := strings.Repeat("The envoy said the talks would go on through the night. ", 12)
	feed := `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY file SYSTEM "file://` + secret + `">
  <!ENTITY url SYSTEM "` + srv.URL + `/entity">
  <!ENTITY % dtd SYSTEM "` + srv.URL + `/evil.dtd"> %dtd;
]>
<rss version="2.0"><channel><title>&file;</title>
<item><title>One &file;</title><link>https://news.example/1</link><description>&file; &url; ` + body + `</description></item>
<item><title>Two &url;</title><link>https://news.example/2</link><description>` + body + `</description></item>
</channel></rss>`
	path := write(t, dir, "xxe.rss", []byte(feed))
	for _, r := range []*Reader{{}, {FetchLinks: true}} {
		arts, errs := readAllOf(t, r, path)
		if len(arts) != 2 {
			t.Errorf("read %d articles, want 2; errors %q", len(arts), errs)
		}
		for _, a := range arts {
			if strings.Contains(a.Title+a.Text, "LEAKED") {
				t.Errorf("an external entity was resolved into %q", a.Title)
			}
		}
	}
	if n := requests.Load(); n != 0 {
		t.Errorf("the feed made parley send %d requests", n)
	}
}

// TestWARCLyingLengths: a Content-Length that claims more than the crawl
// holds, on a page or on a record parley skips, costs that record only.
func TestWARCLyingLengths(t *testing.T) {
	const httpType = "application/http; msgtype=response"
	next := record("response", "https://a.example/next", httpType, response("text/html", page("The record after the liar")), -1)
	for _, tt := range []struct{ name, liar string }{
		{"page past the end", record("response", "https://a.example/liar", httpType,
			response("text/html", page("A page whose length lies")), 1<<20)},
		{"skipped record past the end", record("request", "https://a.example/", "application/http; msgtype=request",
			"GET / HTTP/1.1\r\n\r\n", 1<<40)},
		{"page over the article limit", record("response", "https://a.example/huge", httpType,
			response("text/html", page("A page that says it is huge")), MaxArticle+1)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var ids, errs []string
			var r Reader
			r.stream("c.warc", "c.warc", strings.NewReader(tt.liar+next), func(a parley.Article) { ids = append(ids, a.Title) },
				func(err error) { errs = append(errs, err.Error()) })
			if !slices.Contains(ids, "The record after the liar") {
				t.Errorf("read %q, errors %q: the record after the liar is lost", ids, errs)
			}
			if len(errs) != 1 || !strings.Contains(errs[0], "c.warc#1: warc: Content-Length runs into the next record") {
				t.Errorf("errors %q, want one naming record 1", errs)
			}
		})
	}
}

// TestPeakHeapSeesWhatIsHeld: the measure behind the bounded-memory checks
// sees a buffer held while other allocations churn.
func TestPeakHeapSeesWhatIsHeld(t *testing.T) {
	peak := peakHeap(func() {
		held := make([]byte, 40<<20)
		for i := range held {
			held[i] = 1
		}
		for range 200 {
			_ = bytes.Repeat([]byte("x"), 64<<10) // churn: collections run while held is live
		}
		time.Sleep(20 * time.Millisecond)
		runtime.KeepAlive(held)
	})
	if peak < 40<<20 {
		t.Errorf("peakHeap saw %d MB while 40 MB were held", peak>>20)
	}
}
