package read

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/parley-news/parley"
)

// maxFeed bounds the bytes of one feed document.
const maxFeed = 64 << 20

// fullText is the word count from which an item's own text counts as the
// article rather than a teaser for it.
const fullText = 60

// feed reads an RSS or Atom feed: each item with its full text is an
// article; an item with only a link is fetched when FetchLinks is set.
func (r *Reader) feed(origin string, in *bufio.Reader, emit func(parley.Article), fail func(error)) {
	data, err := io.ReadAll(io.LimitReader(in, maxFeed+1))
	if err == nil && len(data) > maxFeed {
		err = fmt.Errorf("feed larger than %d bytes", maxFeed)
	}
	if err != nil {
		fail(&ItemError{Origin: origin, Err: err})
		return
	}
	var f *gofeed.Feed
	err = checkMarkup(data)
	if err == nil {
		err = safely(func() (err error) {
			f, err = gofeed.NewParser().Parse(bytes.NewReader(data))
			return err
		})
	}
	if err != nil {
		fail(&ItemError{Origin: origin, Err: fmt.Errorf("not a feed: %w", err)})
		return
	}
	for i, it := range f.Items {
		if it == nil {
			continue
		}
		item := fmt.Sprintf("%s#%d", origin, i+1)
		a := parley.Article{
			ID: firstOf(it.GUID, it.Link, item), URL: it.Link, Title: strings.TrimSpace(it.Title),
			Published: day(it.PublishedParsed, it.UpdatedParsed), Origin: item,
		}
		text := fragmentText(it.Content)
		if d := fragmentText(it.Description); len(d) > len(text) {
			text = d
		}
		switch {
		case countWords(text) >= fullText:
			a.Text = text
			emit(a)
		case r.FetchLinks && isURL(it.Link):
			r.fetchItem(a, emit, fail)
		case text != "":
			fail(&ItemError{Origin: item, Err: errors.New("only a summary, no full text (fetching links is off)")})
		default:
			fail(&ItemError{Origin: item, Err: errors.New("no text (fetching links is off)")})
		}
	}
}

// fetchItem reads the page a feed item links to; the item's own title and
// date stand in for what the page does not say.
func (r *Reader) fetchItem(item parley.Article, emit func(parley.Article), fail func(error)) {
	body, final, err := r.get(item.URL)
	if err != nil {
		fail(&ItemError{Origin: item.Origin, Err: fmt.Errorf("%s: %w", item.URL, err)})
		return
	}
	defer body.Close()
	data, err := readAll(body)
	var a parley.Article
	if err == nil {
		a, err = htmlArticle(data, final)
	}
	if err != nil {
		fail(&ItemError{Origin: item.Origin, Err: fmt.Errorf("%s: %w", item.URL, err)})
		return
	}
	a.ID, a.Origin = item.ID, item.Origin
	a.Title = firstOf(a.Title, item.Title)
	a.Published = firstOf(a.Published, item.Published)
	emit(a)
}

// day formats the first known time as YYYY-MM-DD.
func day(times ...*time.Time) string {
	for _, t := range times {
		if t != nil && !t.IsZero() {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

func firstOf(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

func countWords(s string) int { return len(strings.Fields(s)) }

// fragmentText renders an HTML fragment (a feed item's content) as text,
// one line per block element. It tokenizes without building a tree, so
// deep nesting costs nothing.
func fragmentText(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	if !strings.ContainsRune(s, '<') {
		return tidyLines(html.UnescapeString(s))
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0 // inside script or style
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return tidyLines(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch {
			case string(name) == "script" || string(name) == "style":
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case blocks[string(name)]:
				b.WriteByte('\n')
			}
		}
	}
}
