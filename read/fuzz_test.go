package read

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-news/parley"
)

// fuzzFormat feeds data to one format reader and checks what every reader
// promises: no panic, every failure an ItemError, every article with text.
func fuzzFormat(t *testing.T, read format, data []byte, wantUTF8 bool) {
	var r Reader
	read(&r, "fuzz", bufio.NewReader(bytes.NewReader(data)), func(a parley.Article) {
		if strings.TrimSpace(a.Text) == "" {
			t.Fatalf("article without text from %q", data)
		}
		if wantUTF8 && !utf8.ValidString(a.Text) {
			t.Fatalf("invalid UTF-8 text %q", a.Text)
		}
	}, func(err error) {
		var ie *ItemError
		if !errors.As(err, &ie) {
			t.Fatalf("error %v is not an ItemError", err)
		}
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","title":"T","text":"Body said."}` + "\n" + `not json` + "\n" + `{"text":""}`))
	f.Add([]byte(`{"id":1,"text":["x"]}` + "\r\n\r\n" + `{"text":"\ud800"}`))
	f.Add([]byte("{\"text\":\"\xff\"}\n{}"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzFormat(t, (*Reader).jsonl, data, true) })
}

func FuzzText(f *testing.F) {
	f.Add([]byte("Headline\n\nGAZA: Body said.\n"))
	f.Add([]byte("\x00\x01binary"))
	f.Add([]byte("caf\xe9"))
	f.Add([]byte{0x1f, 0x8b, 0x08, 0x00})
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzFormat(t, (*Reader).text, data, true)
		// stdin sniffing routes the same bytes to any format
		Each([]string{"-"}, bytes.NewReader(data), func(parley.Article) {}, func(error) {})
	})
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(page("A fuzzed page")))
	f.Add([]byte("<html><body><p>x</p><div><div><table><tr><td>cell"))
	f.Add([]byte("<!DOCTYPE html><meta charset=latin1><title>\xe9</title><p>caf\xe9 " + strings.Repeat("word ", 60)))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzFormat(t, (*Reader).html, data, false) })
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte(rss(item("T", "https://x.example/a", "d", "<p>"+strings.Repeat("word ", 70)+"</p>"))))
	f.Add([]byte(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title><content type="html">&lt;p&gt;y</content></entry></feed>`))
	f.Add([]byte("<rss><channel><item><description>"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzFormat(t, (*Reader).feed, data, false) })
}

func FuzzWARC(f *testing.F) {
	f.Add([]byte(record("response", "https://a.example/", "application/http; msgtype=response", response("text/html", page("Fuzz")), -1)))
	f.Add([]byte(record("resource", "https://a.example/", "text/html", "<p>hello</p>", 5)))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999999\r\n\r\n"))
	f.Add([]byte("junk\nWARC/1.1\nWARC-Type: response\nContent-Type: application/http\nContent-Length: 4\n\nHTTP\n\nWARC/1.0\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzFormat(t, (*Reader).warc, data, false) })
}

// FuzzGzip feeds any bytes to the .gz path, which unwraps them and reads
// what is inside as the inner extension says, under a small inflation
// limit: a corrupt or truncated stream or a bomb is an ItemError.
func FuzzGzip(f *testing.F) {
	gz := func(s string) []byte {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return b.Bytes()
	}
	good := gz(`{"id":"a","text":"Body said."}` + "\n")
	f.Add(good)
	f.Add(good[:len(good)-6])                         // truncated: no checksum
	f.Add(append(append([]byte{}, good...), good...)) // two members
	f.Add(gz(strings.Repeat("\n", 1<<16)))            // inflates past the limit
	f.Add([]byte{0x1f, 0x8b, 0x08, 0xff, 0, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"f.jsonl.gz", "f.txt.gz", "f.html.gz"} {
			r := Reader{MaxInflated: 1 << 15}
			r.stream(name, name, bytes.NewReader(data), func(a parley.Article) {
				if strings.TrimSpace(a.Text) == "" {
					t.Fatalf("%s: article without text", name)
				}
			}, func(err error) {
				var ie *ItemError
				if !errors.As(err, &ie) || ie.Origin != name {
					t.Fatalf("%s: error %v is not an ItemError naming the file", name, err)
				}
			})
		}
	})
}
