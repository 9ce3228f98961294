package read

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/parley-news/parley"
)

// safely runs fn, turning a panic inside a third-party parser into an
// error for the one item it was parsing.
func safely(fn func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("parser failed: %v", p)
		}
	}()
	return fn()
}

// maxDepth bounds how deeply a page's elements may nest. Real pages stay
// far below it; a page nested deeper is an attack or a broken generator,
// and parsing it would cost time out of all proportion.
const maxDepth = 512

// html reads a web page: its main text (paragraph breaks kept as line
// breaks), title, date, site name and canonical URL.
func (r *Reader) html(origin string, in *bufio.Reader, emit func(parley.Article), fail func(error)) {
	data, err := readAll(in)
	if err != nil {
		fail(&ItemError{Origin: origin, Err: err})
		return
	}
	pageURL := ""
	if isURL(origin) {
		pageURL = origin
	}
	a, err := htmlArticle(data, pageURL)
	if err != nil {
		fail(&ItemError{Origin: origin, Err: err})
		return
	}
	a.ID, a.Origin = idFromPath(origin), origin
	if pageURL != "" {
		a.ID = a.URL
	}
	emit(a)
}

// htmlArticle extracts the article a page holds. pageURL, when known, is
// where the page was found; the page's own canonical URL wins over it.
func htmlArticle(data []byte, pageURL string) (parley.Article, error) {
	if err := checkMarkup(data); err != nil {
		return parley.Article{}, fmt.Errorf("html: %w", err)
	}
	opts := trafilatura.Options{ExcludeComments: true, HtmlDateMode: trafilatura.Fast}
	if u, err := url.Parse(pageURL); err == nil && pageURL != "" {
		opts.OriginalURL = u
	}
	var res *trafilatura.ExtractResult
	err := safely(func() (err error) {
		res, err = trafilatura.Extract(bytes.NewReader(data), opts)
		return err
	})
	if err != nil {
		return parley.Article{}, fmt.Errorf("html: %w", err)
	}
	m := res.Metadata
	text := paragraphs(res.ContentNode)
	if strings.TrimSpace(strings.ReplaceAll(text, m.Title, "")) == "" {
		return parley.Article{}, errNoText // nothing but the headline
	}
	a := parley.Article{URL: m.URL, Outlet: m.Sitename, Title: m.Title, Text: text}
	if a.URL == "" {
		a.URL = pageURL
	}
	if !m.Date.IsZero() {
		a.Published = m.Date.Format("2006-01-02")
	}
	return a, nil
}

// checkMarkup rejects HTML or XML not worth parsing: binary data, or
// elements nested deeper than maxDepth. It tokenizes once, without
// building a tree.
func checkMarkup(data []byte) error {
	if bytes.IndexByte(data, 0) >= 0 {
		return errors.New("binary data (NUL byte), not markup")
	}
	z := html.NewTokenizer(bytes.NewReader(data))
	depth := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			if err := z.Err(); err != io.EOF {
				return err
			}
			return nil
		case html.StartTagToken:
			name, _ := z.TagName()
			if !isVoid(atom.Lookup(name)) {
				depth++
			}
			if depth > maxDepth {
				return fmt.Errorf("elements nested deeper than %d", maxDepth)
			}
		case html.EndTagToken:
			depth = max(depth-1, 0)
		}
	}
}

// isVoid reports elements that never hold content, and the paragraph-like
// ones pages often leave unclosed, so that neither inflates the depth.
func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr, atom.P, atom.Li, atom.Option,
		atom.Td, atom.Th, atom.Tr, atom.Dt, atom.Dd:
		return true
	}
	return false
}

// paragraphs renders an extracted tree as text: one line per block
// element, inline text run together.
func paragraphs(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template":
				return
			}
		}
		block := n.Type == html.ElementNode && blocks[n.Data]
		if block {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteByte('\n')
		}
	}
	walk(n)
	return tidyLines(b.String())
}

// blocks are the elements that stand on their own lines.
var blocks = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "blockquote": true, "tr": true, "section": true, "article": true,
	"header": true, "footer": true, "ul": true, "ol": true, "dl": true, "table": true, "pre": true,
	"figcaption": true, "dd": true, "dt": true, "hr": true, "summary": true,
}

// tidyLines collapses runs of white space within each line and drops blank
// lines, so that each paragraph stands on one line.
func tidyLines(s string) string {
	var out []string
	for line := range strings.SplitSeq(s, "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			out = append(out, strings.Join(f, " "))
		}
	}
	return strings.Join(out, "\n")
}
