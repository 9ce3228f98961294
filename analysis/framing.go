package analysis

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Framing counts, per outlet, the loaded terms of the packs and the
// neutral terms they stand for, and the loaded terms per 1,000 words.
// Outlets are ordered by that rate, highest first. The counts were made
// when the articles were stored (Annotate), with the loaded terms of the
// packs that stored them; a term only the report's packs have counts 0.
func (a *Analyst) Framing(ctx context.Context, f Filter) ([]Framing, error) {
	if len(a.Loaded) == 0 {
		return nil, nil
	}
	byOutlet := map[string]*Framing{}
	err := a.Src.Words(ctx, f, func(outlet string, words int) error {
		fr := &Framing{Outlet: outlet, Words: words}
		for _, l := range a.Loaded {
			fr.Terms = append(fr.Terms, TermCount{Loaded: l})
		}
		byOutlet[outlet] = fr
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("framing: %w", err)
	}
	err = a.Src.TermUses(ctx, f, func(outlet string, t TermNote) error {
		fr := byOutlet[outlet]
		if fr == nil {
			return nil
		}
		for i := range fr.Terms {
			if fr.Terms[i].Loaded == t.Loaded {
				fr.Terms[i].LoadedN += t.LoadedN
				fr.Terms[i].NeutralN += t.NeutralN
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("framing: %w", err)
	}
	out := make([]Framing, 0, len(byOutlet))
	for _, fr := range byOutlet {
		loaded := 0
		for _, t := range fr.Terms {
			loaded += t.LoadedN
		}
		if fr.Words > 0 {
			fr.Rate = float64(loaded) * 1000 / float64(fr.Words)
		}
		out = append(out, *fr)
	}
	slices.SortFunc(out, func(x, y Framing) int { return cmp.Or(cmp.Compare(y.Rate, x.Rate), cmp.Compare(x.Outlet, y.Outlet)) })
	return out, nil
}

// lowerASCII appends s to dst with ASCII letters in lower case; the loaded
// terms are matched on it (lowered the same way).
func lowerASCII(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// count returns how often phrase occurs in s as whole words: "israel"
// is not counted inside "israeli".
func count(s, phrase []byte) int {
	if len(phrase) == 0 {
		return 0
	}
	n := 0
	for i := 0; ; {
		j := bytes.Index(s[i:], phrase)
		if j < 0 {
			return n
		}
		start, end := i+j, i+j+len(phrase)
		before, _ := utf8.DecodeLastRune(s[:start])
		after, _ := utf8.DecodeRune(s[end:])
		if !isWord(before) && !isWord(after) {
			n++
		}
		i = start + 1
	}
}

func isWord(r rune) bool { return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// words counts the words of s: runs of letters, digits and non-ASCII
// bytes (a byte loop: it reads every article stored).
func words(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		w := c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
		if w && !in {
			n++
		}
		in = w
	}
	return n
}
