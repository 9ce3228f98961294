package read

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/parley-news/parley"
)

// text reads a plain-text article, as copied from a page.
func (r *Reader) text(origin string, in *bufio.Reader, emit func(parley.Article), fail func(error)) {
	data, err := readAll(in)
	if err == nil {
		err = checkText(data)
	}
	if err != nil {
		fail(&ItemError{Origin: origin, Err: err})
		return
	}
	emit(parley.Article{ID: idFromPath(origin), Text: string(data), Origin: origin})
}

// checkText rejects what is not an article's text: nothing, binary data,
// bytes that are not UTF-8.
func checkText(data []byte) error {
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return errors.New("empty")
	case bytes.IndexByte(data, 0) >= 0:
		return errors.New("binary data (NUL byte), not text")
	case !utf8.Valid(data):
		return errors.New("invalid UTF-8")
	}
	return nil
}

// jsonArticle is one line of a JSON Lines input.
type jsonArticle struct {
	ID        json.RawMessage `json:"id"` // a string or a number
	URL       string          `json:"url"`
	Outlet    string          `json:"outlet"`
	Published string          `json:"published"`
	Title     string          `json:"title"`
	Text      string          `json:"text"`
}

// jsonl reads one article a line. A bad line fails alone.
func (r *Reader) jsonl(origin string, in *bufio.Reader, emit func(parley.Article), fail func(error)) {
	for line := 1; ; line++ {
		b, err := readLine(in, MaxArticle)
		if errors.Is(err, errTooLarge) {
			fail(&ItemError{Origin: origin, Line: line, Err: err})
			continue
		}
		if err != nil && err != io.EOF {
			fail(&ItemError{Origin: origin, Line: line, Err: err}) // a truncated input: the line is cut
			return
		}
		if len(bytes.TrimSpace(b)) > 0 {
			if a, err := jsonlArticle(origin, line, b); err != nil {
				fail(&ItemError{Origin: origin, Line: line, Err: err})
			} else {
				emit(a)
			}
		}
		if err == io.EOF {
			return
		}
	}
}

// readLine returns the next line without its line end, holding at most
// limit bytes of it; a longer line is skipped to its end and reported as
// errTooLarge. At the end of input it returns the last line and io.EOF.
func readLine(br *bufio.Reader, limit int) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > limit {
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return nil, err
			}
			return nil, errTooLarge
		}
		buf = append(buf, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}

// jsonID reads an id given as a string or as a number; null and other
// values give "".
func jsonID(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

func jsonlArticle(origin string, line int, b []byte) (parley.Article, error) {
	if !utf8.Valid(b) {
		return parley.Article{}, errors.New("invalid UTF-8")
	}
	var j jsonArticle
	if err := json.Unmarshal(b, &j); err != nil {
		return parley.Article{}, fmt.Errorf("not a JSON article: %w", err)
	}
	if strings.TrimSpace(j.Text) == "" {
		return parley.Article{}, errors.New(`no "text"`)
	}
	a := parley.Article{
		ID: jsonID(j.ID), URL: j.URL, Outlet: j.Outlet, Published: j.Published, Title: j.Title,
		Text: j.Text, Origin: fmt.Sprintf("%s:%d", origin, line),
	}
	if a.ID == "" {
		a.ID = fmt.Sprintf("%s:%d", idFromPath(origin), line)
	}
	return a, nil
}
