package read

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/parley-news/parley"
)

// WARC limits: a header line and a record's header block.
const (
	maxWARCLine    = 64 << 10
	maxWARCHeaders = 256
)

// warc reads a WARC file (a web crawl such as Common Crawl News): each
// response record holding an HTML page is an article; other records are
// skipped. It streams record by record. A broken record fails alone: a
// Content-Length that runs into the next record is cut at that record's
// start, and garbage between records is skipped up to the next "WARC/"
// line.
func (r *Reader) warc(origin string, in *bufio.Reader, emit func(parley.Article), fail func(error)) {
	for n := 1; ; n++ {
		rec := fmt.Sprintf("%s#%d", origin, n)
		h, skipped, err := warcHeader(in)
		if skipped > 0 {
			fail(&ItemError{Origin: rec, Err: fmt.Errorf("warc: skipped %d bytes that are not a record", skipped)})
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			fail(&ItemError{Origin: rec, Err: err})
			return
		}
		length, err := strconv.ParseInt(h["content-length"], 10, 64)
		if err != nil || length < 0 {
			fail(&ItemError{Origin: rec, Err: fmt.Errorf("warc: bad Content-Length %q", h["content-length"])})
			continue // the next header read resynchronises on "WARC/"
		}
		page := isPageRecord(h)
		if !page || length > MaxArticle {
			cut, err := skipBlock(in, length)
			switch {
			case cut:
				fail(&ItemError{Origin: rec, Err: errRunsOn})
			case err != nil:
				fail(&ItemError{Origin: rec, Err: errors.New("warc: record truncated")})
				return
			case page:
				fail(&ItemError{Origin: rec, Err: errTooLarge})
			}
			continue
		}
		block := make([]byte, length)
		k, err := io.ReadFull(in, block)
		block = block[:k]
		if i := nextRecord(block); i >= 0 {
			fail(&ItemError{Origin: rec, Err: errRunsOn})
			in = bufio.NewReaderSize(io.MultiReader(bytes.NewReader(block[i:]), in), 64<<10)
			block = block[:i]
		} else if err != nil {
			fail(&ItemError{Origin: rec, Err: errors.New("warc: record truncated")})
			return
		}
		a, err := warcArticle(h, block)
		if errors.Is(err, errNotPage) {
			continue // an image, a redirect: not news, not an error
		}
		if err != nil {
			fail(&ItemError{Origin: rec, Err: err})
			continue
		}
		a.Origin = rec
		emit(a)
	}
}

// warcHeader reads the next record's header fields (names lower-cased).
// It skips blank lines, and any other bytes up to a "WARC/" line, saying
// how many it skipped. At the end of input it returns io.EOF.
func warcHeader(in *bufio.Reader) (h map[string]string, skipped int, err error) {
	for {
		line, err := readLine(in, maxWARCLine)
		if len(bytes.TrimSpace(line)) == 0 && err == nil {
			continue
		}
		if bytes.HasPrefix(line, []byte("WARC/")) {
			break
		}
		if err == io.EOF && len(line) == 0 {
			return nil, skipped, io.EOF
		}
		skipped += len(line) + 1
		if err != nil && !errors.Is(err, errTooLarge) {
			return nil, skipped, err
		}
	}
	h = make(map[string]string, 12)
	for range maxWARCHeaders {
		line, err := readLine(in, maxWARCLine)
		if err != nil {
			return nil, skipped, fmt.Errorf("warc: header: %w", err)
		}
		if len(line) == 0 {
			return h, skipped, nil
		}
		k, v, ok := strings.Cut(string(line), ":")
		if ok {
			h[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
		}
	}
	return nil, skipped, fmt.Errorf("warc: more than %d header lines", maxWARCHeaders)
}

// isPageRecord reports a record that may hold a page: an HTTP response, or
// a resource stored as HTML.
func isPageRecord(h map[string]string) bool {
	ct, _, _ := mime.ParseMediaType(h["content-type"])
	switch h["warc-type"] {
	case "response":
		return ct == "application/http"
	case "resource":
		return isHTMLType(ct)
	}
	return false
}

func isHTMLType(ct string) bool { return ct == "text/html" || ct == "application/xhtml+xml" }

// errRunsOn is the failure of a record whose Content-Length lies long.
var errRunsOn = errors.New("warc: Content-Length runs into the next record; cut there")

// skipBlock discards a block of n bytes that is not read, stopping early
// at the start of a following record (cut), so that a length that lies
// long costs one record, not the rest of the crawl. It looks at the
// buffered bytes only, so memory stays bounded whatever n says.
func skipBlock(in *bufio.Reader, n int64) (cut bool, err error) {
	const overlap = len("\r\n\r\nWARC/1.") - 1 // a separator may straddle two views
	for n > 0 {
		view, err := in.Peek(int(min(n, int64(in.Size()))))
		if i := nextRecord(view); i >= 0 {
			in.Discard(i)
			return true, nil
		}
		if err != nil {
			in.Discard(len(view))
			return false, err
		}
		step := len(view)
		if int64(step) < n {
			step = max(step-overlap, 1)
		}
		in.Discard(step)
		n -= int64(step)
	}
	return false, nil
}

// nextRecord finds the start of a following record inside block, the sign
// of a Content-Length that lies long; -1 when there is none.
func nextRecord(block []byte) int {
	for _, sep := range [][]byte{[]byte("\r\n\r\nWARC/1."), []byte("\n\nWARC/1.")} {
		if i := bytes.Index(block, sep); i >= 0 {
			return i + len(sep) - len("WARC/1.")
		}
	}
	return -1
}

// errNotPage marks a response that holds no page: an image, a redirect.
var errNotPage = errors.New("not a page")

// warcArticle reads the page a record holds.
func warcArticle(h map[string]string, block []byte) (parley.Article, error) {
	target := h["warc-target-uri"]
	payload := block
	if h["warc-type"] == "response" {
		resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
		if err != nil {
			return parley.Article{}, fmt.Errorf("warc: HTTP response: %w", err)
		}
		defer resp.Body.Close()
		ct, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
		if resp.StatusCode != http.StatusOK || !isHTMLType(ct) {
			return parley.Article{}, errNotPage
		}
		body := io.Reader(resp.Body)
		if strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
			zr, err := gzip.NewReader(body)
			if err != nil {
				return parley.Article{}, fmt.Errorf("warc: gzip payload: %w", err)
			}
			body = zr
		}
		if payload, err = readAll(body); err != nil {
			return parley.Article{}, fmt.Errorf("warc: payload: %w", err)
		}
	}
	a, err := htmlArticle(payload, target)
	if err != nil {
		return parley.Article{}, err
	}
	a.ID = firstOf(a.URL, target, h["warc-record-id"])
	return a, nil
}
