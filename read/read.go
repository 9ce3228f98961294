// Package read turns inputs (files, directories, standard input, URLs) into
// a stream of Articles. Formats: plain text, JSON Lines, HTML pages, RSS and
// Atom feeds, WARC crawls, and any of these gzipped. A bad item yields an
// error naming it; reading goes on. Every input is streamed, so memory stays
// bounded by the largest single item (an article, a feed document, a WARC
// record), never by the size of the input.
package read

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/parley-news/parley"
)

// ItemError is the failure of one input item: a file, a line of one, a
// feed item or a WARC record.
type ItemError struct {
	Origin string // path, "-" for stdin, or a URL; "path#N" for the Nth item of a feed or crawl
	Line   int    // 1-based line of a JSON Lines file; 0 when not applicable
	Err    error
}

func (e *ItemError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Origin, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Origin, e.Err)
}

func (e *ItemError) Unwrap() error { return e.Err }

// Limits.
const (
	// MaxArticle bounds the bytes of one article: a text file, a JSONL
	// line, an HTML page, a feed, a WARC record.
	MaxArticle = 8 << 20
	// DefaultMaxInflated bounds what one .gz may decompress to, against
	// zip bombs.
	DefaultMaxInflated = 4 << 30
	// DefaultMaxFetch bounds the body of one HTTP response.
	DefaultMaxFetch = 256 << 20
	// DefaultTimeout bounds one HTTP request, body included.
	DefaultTimeout = 30 * time.Second
	// maxRedirects bounds the redirects one request follows.
	maxRedirects = 5
)

// Reader reads inputs. The zero Reader is ready to use: it reads local
// inputs and URLs given as paths, and does not fetch the pages that feed
// items only link to. A Reader reads one list of inputs at a time.
type Reader struct {
	FetchLinks  bool          // fetch the page behind a feed item that carries no text
	Timeout     time.Duration // per HTTP request; 0 means DefaultTimeout
	MaxInflated int64         // per .gz; 0 means DefaultMaxInflated
	MaxFetch    int64         // per HTTP response; 0 means DefaultMaxFetch

	client *http.Client
}

// Each reads every path with a zero Reader.
func Each(paths []string, stdin io.Reader, emit func(parley.Article), fail func(error)) {
	var r Reader
	r.Each(paths, stdin, emit, fail)
}

// Each reads every path (a file, a directory walked recursively, an
// http(s) URL, or "-" for stdin) and calls emit for each article and fail
// for each item that could not be read. Files are visited in lexical order.
func (r *Reader) Each(paths []string, stdin io.Reader, emit func(parley.Article), fail func(error)) {
	for _, p := range paths {
		switch {
		case p == "-":
			r.stream("-", "", stdin, emit, fail)
		case isURL(p):
			r.fetchInput(p, emit, fail)
		default:
			r.local(p, emit, fail)
		}
	}
}

// local reads a file, or every supported file under a directory.
func (r *Reader) local(p string, emit func(parley.Article), fail func(error)) {
	info, err := os.Stat(p)
	if err != nil {
		fail(&ItemError{Origin: p, Err: err})
		return
	}
	if !info.IsDir() {
		r.file(p, emit, fail)
		return
	}
	var files []string
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			fail(&ItemError{Origin: path, Err: err})
			return nil
		}
		if !d.IsDir() && Supported(path) {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		fail(&ItemError{Origin: p, Err: err})
	}
	sort.Strings(files)
	for _, f := range files {
		r.file(f, emit, fail)
	}
}

func (r *Reader) file(path string, emit func(parley.Article), fail func(error)) {
	f, err := os.Open(path)
	if err != nil {
		fail(&ItemError{Origin: path, Err: err})
		return
	}
	defer f.Close()
	r.stream(path, path, f, emit, fail)
}

// format reads one stream of a known format.
type format func(r *Reader, origin string, in *bufio.Reader, emit func(parley.Article), fail func(error))

// formats maps a file extension to its reader; ".gz" is unwrapped first
// and the extension before it decides.
var formats = map[string]format{
	".txt":   (*Reader).text,
	".text":  (*Reader).text,
	".jsonl": (*Reader).jsonl,
	".html":  (*Reader).html,
	".htm":   (*Reader).html,
	".rss":   (*Reader).feed,
	".atom":  (*Reader).feed,
	".xml":   (*Reader).feed,
	".warc":  (*Reader).warc,
}

// Supported reports whether a directory walk reads the file: its
// extension, after any ".gz", names a format.
func Supported(path string) bool {
	_, ok := formats[strings.ToLower(filepath.Ext(strings.TrimSuffix(strings.ToLower(path), ".gz")))]
	return ok
}

// stream reads in as the format that name's extension gives, or, when it
// gives none (stdin, a URL, an unknown extension), as the format its first
// bytes show.
func (r *Reader) stream(origin, name string, in io.Reader, emit func(parley.Article), fail func(error)) {
	br := bufio.NewReaderSize(in, 64<<10)
	name = strings.ToLower(name)
	gz := strings.HasSuffix(name, ".gz")
	if !gz && formats[filepath.Ext(name)] == nil {
		head, _ := br.Peek(2)
		gz = bytes.HasPrefix(head, []byte{0x1f, 0x8b})
	}
	if gz {
		zr, err := gzip.NewReader(br)
		if err != nil {
			fail(&ItemError{Origin: origin, Err: err})
			return
		}
		defer zr.Close()
		limit := r.MaxInflated
		if limit <= 0 {
			limit = DefaultMaxInflated
		}
		br = bufio.NewReaderSize(&limitReader{r: zr, n: limit, what: "decompressed size"}, 64<<10)
		name = strings.TrimSuffix(name, ".gz")
	}
	read := formats[filepath.Ext(name)]
	if read == nil {
		read = sniff(br)
	}
	read(r, origin, br, emit, fail)
}

// sniff picks a format from the first bytes of a stream.
func sniff(br *bufio.Reader) format {
	head, _ := br.Peek(1024)
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n")
	lower := bytes.ToLower(head)
	switch {
	case bytes.HasPrefix(head, []byte("WARC/")):
		return (*Reader).warc
	case bytes.HasPrefix(head, []byte("{")):
		return (*Reader).jsonl
	case !bytes.HasPrefix(head, []byte("<")):
		return (*Reader).text
	case bytes.Contains(lower, []byte("<rss")) || bytes.Contains(lower, []byte("<feed")) || bytes.Contains(lower, []byte("<rdf:rdf")):
		return (*Reader).feed
	}
	return (*Reader).html
}

// limitReader reads from r until n bytes, then fails: unlike
// io.LimitReader, running over the limit is an error, not a silent end.
type limitReader struct {
	r    io.Reader
	n    int64
	what string
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, fmt.Errorf("%s over the limit", l.what)
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

// readAll reads one article's bytes, failing past MaxArticle.
func readAll(in io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(in, MaxArticle+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxArticle {
		return nil, errTooLarge
	}
	return data, nil
}

var errTooLarge = fmt.Errorf("larger than %d bytes", MaxArticle)

// idFromPath names an article after its file: the base name without
// extensions ("a/b/001.html.gz" -> "001").
func idFromPath(path string) string {
	base := filepath.Base(path)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		base = strings.TrimSuffix(base, filepath.Ext(base))
	}
	return base
}

var errNoText = errors.New("no text")
