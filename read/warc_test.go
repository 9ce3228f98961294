package read

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/parley-news/parley"
)

// record builds one WARC record; length < 0 means the block's true length.
func record(typ, uri, contentType, block string, length int) string {
	if length < 0 {
		length = len(block)
	}
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"+
		"Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", typ, uri, typ, contentType, length, block)
}

func response(contentType, body string) string {
	return "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " +
		fmt.Sprint(len(body)) + "\r\n\r\n" + body
}

func TestWARC(t *testing.T) {
	const httpType = "application/http; msgtype=response"
	htmlRecord := func(uri, title string, length int) string {
		return record("response", uri, httpType, response("text/html; charset=utf-8", page(title)), length)
	}
	good := htmlRecord("https://a.example/one", "First page in the crawl", -1)
	liarBlock := response("text/html; charset=utf-8", page("A record whose length lies"))
	cut := htmlRecord("https://a.example/cut", "Cut short", -1)
	crawl := record("warcinfo", "", "application/warc-fields", "software: test\r\n", -1) + // #1 skipped
		good + // #2
		record("request", "https://a.example/one", "application/http; msgtype=request", "GET /one HTTP/1.1\r\n\r\n", -1) + // #3 skipped
		record("response", "https://a.example/logo.png", httpType, response("image/png", "\x89PNG"), -1) + // #4 not a page
		strings.Replace(record("response", "https://a.example/x", httpType, "HTTP/1.1 200 OK\r\n\r\n", -1),
			"Content-Length: 19", "Content-Length: twelve", 1) + // #5 bad length
		"some garbage between records\r\n" +
		htmlRecord("https://a.example/two", "Second page in the crawl", -1) + // #6 after garbage
		record("response", "https://a.example/liar", httpType, liarBlock, len(liarBlock)+400) + // #7 length lies long
		htmlRecord("https://a.example/three", "Third page in the crawl", -1) + // #8
		cut[:len(cut)/2] // #9 truncated

	dir := t.TempDir()
	write(t, dir, "crawl.warc", []byte(crawl))
	// Crawls gzip each record as its own member, one after another.
	second := htmlRecord("https://a.example/four", "Fourth page in the crawl", -1)
	write(t, dir, "crawl2.warc.gz", append(gz(t, []byte(good)), gz(t, []byte(second))...))

	var got []parley.Article
	ids, errs := collect(t, func(emit func(parley.Article), fail func(error)) {
		Each([]string{dir}, nil, func(a parley.Article) { got = append(got, a); emit(a) }, fail)
	})
	slug := func(s string) string {
		return "https://gazette.example/2024/06/" + strings.ToLower(strings.ReplaceAll(s, " ", "-"))
	}
	want := []string{slug("First page in the crawl"), slug("Second page in the crawl"), slug("A record whose length lies"),
		slug("Third page in the crawl"), slug("First page in the crawl"), slug("Fourth page in the crawl")}
	if !slices.Equal(ids, want) {
		t.Errorf("ids = %q\nwant %q", ids, want)
	}
	for _, w := range []string{
		`crawl.warc#5: warc: bad Content-Length "twelve"`,
		"crawl.warc#6: warc: skipped",
		"crawl.warc#7: warc: Content-Length runs into the next record",
		"crawl.warc#9: warc: record truncated",
	} {
		if !slices.ContainsFunc(errs, func(e string) bool { return strings.Contains(e, w) }) {
			t.Errorf("no error containing %q in\n%s", w, strings.Join(errs, "\n"))
		}
	}
	if len(errs) != 4 {
		t.Errorf("errors:\n%s", strings.Join(errs, "\n"))
	}
	if len(got) > 0 && (got[0].Origin != dir+"/crawl.warc#2" || got[0].Title != "First page in the crawl" || got[0].Published != "2024-06-11") {
		t.Errorf("first record read as %+v", withoutText(got[0]))
	}
}
