package clean

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/parley-news/parley"
)

func FuzzClean(f *testing.F) {
	f.Add("Title", "Headline Here Today\n\nSun May 26 2024\nGAZA: Body text said.\nRead more: x\nicon-facebook")
	f.Add("", "Alwaght- A body, a source said.\n\nX’s website can also be accessed at:\nwww.x.example")
	f.Add("T", "T.\n\nNEWPORT NEWS, Va. - In a tradition, he said.\nOur readers are reading too\nA B C")
	f.Add("", "\r\n\xff\xfe\u00a0 \u200b")
	f.Fuzz(func(t *testing.T, title, text string) {
		in := parley.Article{Title: title, Text: text}
		a := Article(in)
		if a.BodyStart < 0 || a.BodyStart > len(a.Text) {
			t.Fatalf("BodyStart %d outside text of %d bytes", a.BodyStart, len(a.Text))
		}
		if utf8.ValidString(title) && utf8.ValidString(text) {
			for _, s := range []string{a.Text, a.Title, a.Outlet, a.Dateline, a.Published} {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 out: %q", s)
				}
			}
		}
		if a.Title != "" && !strings.HasPrefix(a.Text, a.Title+"\n\n") {
			t.Fatalf("text %q does not open with title %q", a.Text, a.Title)
		}
		if again := Article(a); again.Title != a.Title {
			t.Fatalf("title not stable on a second pass: %q then %q", a.Title, again.Title)
		}
	})
}

// TestArticleLinear guards against quadratic passes: each of these shapes,
// about a megabyte, must clean in well under a second.
func TestArticleLinear(t *testing.T) {
	shapes := map[string]string{
		"hard-wrapped lines":  strings.Repeat("word\n", 200000),
		"one long line":       strings.Repeat("word ", 200000),
		"capitals then colon": strings.Repeat("A", 1000000) + ": x",
		"title lines":         strings.Repeat("Title: x\n", 100000),
		"open parentheses":    "A, " + strings.Repeat("(", 1000000),
		"spaces":              strings.Repeat(" \u00a0\n", 300000),
	}
	for name, s := range shapes {
		start := time.Now()
		Article(parley.Article{Title: "a short title", Text: s})
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: took %v", name, d)
		}
	}
}
