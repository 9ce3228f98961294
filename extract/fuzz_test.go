package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/clean"
)

// FuzzRead runs the whole reading, as ingest does (clean, then every
// finder with the packs the text picks), on any title and text: no
// panic, and every fact's span lies inside the text on rune boundaries
// and holds the fact's text.
func FuzzRead(f *testing.F) {
	f.Add("Talks stall", "DOHA: Hamas rejected the Paris draft, a spokesman told Reuters. \"We will not sign,\" Osama Hamdan said.")
	f.Add("", "At least 31,000 people were killed, the ministry said; mediators from Qatar said the gap was still wide.")
	f.Add("\u202eT", "Israel\u2019s offer of a 42-day truce\u2014\"no\"\u2014was\u00a0rejected by \"\"\n\n\n, said ,")
	f.Add("x", "\xff\xfe said \"\x00\" Hamas demanded 5 trucks")
	r := New(nil)
	f.Fuzz(func(t *testing.T, title, body string) {
		a := clean.Article(parley.Article{Title: title, Text: body})
		s := a.Text
		valid := utf8.ValidString(s)
		check := func(kind string, sp parley.Span, text string, exact bool) {
			if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
				t.Fatalf("%s span %v outside text of %d bytes", kind, sp, len(s))
			}
			if valid && !utf8.ValidString(s[sp.Start:sp.End]) {
				t.Fatalf("%s span %v splits a rune", kind, sp)
			}
			if exact && s[sp.Start:sp.End] != text {
				t.Fatalf("%s text[%d:%d] = %q, fact says %q", kind, sp.Start, sp.End, s[sp.Start:sp.End], text)
			}
		}
		rd := mustRead(t, r, a)
		for _, at := range rd.Attributions {
			check("attribution", at.Span, at.Text, len(at.Parts) == 0)
			for _, p := range at.Parts {
				check("attribution part", p, "", false)
			}
		}
		for _, fg := range rd.Figures {
			check("figure", fg.Span, fg.Text, true)
		}
		for _, p := range rd.Positions {
			check("position", p.Span, p.Text, true)
		}
		for _, as := range rd.Assessments {
			check("assessment", as.Span, as.Text, true)
		}
	})
}
