// Package read turns inputs (files, directories, standard input) into a
// stream of Articles. A bad item yields an error naming it; reading goes on.
package read

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/parley-news/parley"
)

// ItemError is the failure of one input item: a file, or a line of one.
type ItemError struct {
	Origin string // path, "-" for stdin, or a URL
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

// MaxArticle bounds the bytes of one article (a text file or a JSONL line).
const MaxArticle = 8 << 20

// Each reads every path (a file, a directory walked recursively, or "-" for
// stdin) and calls emit for each article and fail for each item that could
// not be read. Files are visited in lexical order.
func Each(paths []string, stdin io.Reader, emit func(parley.Article), fail func(error)) {
	for _, p := range paths {
		if p == "-" {
			readStream("-", "", stdin, emit, fail)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			fail(&ItemError{Origin: p, Err: err})
			continue
		}
		if !info.IsDir() {
			readFile(p, emit, fail)
			continue
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
			readFile(f, emit, fail)
		}
	}
}

// Supported reports whether a directory walk should read the file.
func Supported(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".jsonl":
		return true
	}
	return false
}

func readFile(path string, emit func(parley.Article), fail func(error)) {
	f, err := os.Open(path)
	if err != nil {
		fail(&ItemError{Origin: path, Err: err})
		return
	}
	defer f.Close()
	readStream(path, strings.ToLower(filepath.Ext(path)), f, emit, fail)
}

func readStream(origin, ext string, r io.Reader, emit func(parley.Article), fail func(error)) {
	br := bufio.NewReaderSize(r, 64<<10)
	if ext == "" {
		// stdin: JSON Lines when the first byte opens an object.
		if b, err := br.Peek(1); err == nil && b[0] == '{' {
			ext = ".jsonl"
		} else {
			ext = ".txt"
		}
	}
	if ext == ".jsonl" {
		readJSONL(origin, br, emit, fail)
		return
	}
	data, err := io.ReadAll(io.LimitReader(br, MaxArticle+1))
	if err != nil {
		fail(&ItemError{Origin: origin, Err: err})
		return
	}
	a, err := textArticle(origin, data)
	if err != nil {
		fail(&ItemError{Origin: origin, Err: err})
		return
	}
	emit(a)
}

func textArticle(origin string, data []byte) (parley.Article, error) {
	if len(data) > MaxArticle {
		return parley.Article{}, fmt.Errorf("larger than %d bytes", MaxArticle)
	}
	if err := checkText(data); err != nil {
		return parley.Article{}, err
	}
	id := strings.TrimSuffix(filepath.Base(origin), filepath.Ext(origin))
	return parley.Article{ID: id, Text: string(data), Origin: origin}, nil
}

func checkText(data []byte) error {
	if len(strings.TrimSpace(string(data))) == 0 {
		return errors.New("empty")
	}
	if strings.IndexByte(string(data), 0) >= 0 {
		return errors.New("binary data (NUL byte), not text")
	}
	if !utf8.Valid(data) {
		return errors.New("invalid UTF-8")
	}
	return nil
}

type jsonArticle struct {
	ID        *string `json:"id"`
	URL       *string `json:"url"`
	Outlet    *string `json:"outlet"`
	Published *string `json:"published"`
	Title     *string `json:"title"`
	Text      *string `json:"text"`
}

func readJSONL(origin string, br *bufio.Reader, emit func(parley.Article), fail func(error)) {
	line := 0
	for {
		b, err := readLine(br)
		if len(b) > 0 || err == nil {
			line++
		}
		if err == errLineTooLong {
			fail(&ItemError{Origin: origin, Line: line, Err: fmt.Errorf("line longer than %d bytes", MaxArticle)})
			continue
		}
		if len(strings.TrimSpace(string(b))) > 0 {
			a, perr := jsonlArticle(origin, line, b)
			if perr != nil {
				fail(&ItemError{Origin: origin, Line: line, Err: perr})
			} else {
				emit(a)
			}
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			fail(&ItemError{Origin: origin, Line: line, Err: err})
			return
		}
	}
}

var errLineTooLong = errors.New("line too long")

// readLine returns the next line without its newline, reading at most
// MaxArticle bytes of it; a longer line is skipped to its end.
func readLine(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) <= MaxArticle {
			buf = append(buf, chunk...)
		} else {
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return nil, err
			}
			return nil, errLineTooLong
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return []byte(strings.TrimRight(string(buf), "\r\n")), err
	}
}

func jsonlArticle(origin string, line int, b []byte) (parley.Article, error) {
	if !utf8.Valid(b) {
		return parley.Article{}, errors.New("invalid UTF-8")
	}
	var j jsonArticle
	if err := json.Unmarshal(b, &j); err != nil {
		return parley.Article{}, fmt.Errorf("not a JSON object: %v", err)
	}
	if j.Text == nil || strings.TrimSpace(*j.Text) == "" {
		return parley.Article{}, errors.New(`no "text"`)
	}
	a := parley.Article{
		ID: deref(j.ID), URL: deref(j.URL), Outlet: deref(j.Outlet), Published: deref(j.Published),
		Title: deref(j.Title), Text: *j.Text, Origin: fmt.Sprintf("%s:%d", origin, line),
	}
	if a.ID == "" {
		a.ID = fmt.Sprintf("%s:%d", strings.TrimSuffix(filepath.Base(origin), filepath.Ext(origin)), line)
	}
	return a, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
