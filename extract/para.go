// para.go: a paragraph split into tokens with what the attribution finder
// looks up per token: lower-case form, lexicon classes, sentence bounds,
// quotation marks.

package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/text"
)

// A paragraph's tokens with what the attribution finder needs per token.
type para struct {
	s     string // the whole article text; offsets are absolute
	toks  []text.Token
	lower []string
	cls   []wordClass // cueLexicon classes of each token
	sent  []int       // sentence number of each token
	// sentence token range [sFrom[i], sTo[i]) of token i
	sFrom, sTo []int
	quote      []int8
	inside     []bool // the token stands inside a quotation
}

// sentRange returns the token range [from, to) of the sentence holding token i.
func (p *para) sentRange(i int) (int, int) { return p.sFrom[i], p.sTo[i] }

// q is the quote role of token i, notQuote outside the paragraph.
func (p *para) q(i int) int8 {
	if i < 0 || i >= len(p.quote) {
		return notQuote
	}
	return p.quote[i]
}

// in reports whether token i belongs to cueLexicon class c.
func (p *para) in(i int, c wordClass) bool { return i >= 0 && i < len(p.cls) && p.cls[i]&c != 0 }

func (p *para) isWord(i int) bool { return i >= 0 && i < len(p.toks) && p.toks[i].IsWord() }

func (p *para) is(i int, words ...string) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	for _, w := range words {
		if p.lower[i] == w {
			return true
		}
	}
	return false
}

func (p *para) capitalized(i int) bool {
	if !p.isWord(i) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p.toks[i].Text)
	return unicode.IsUpper(r)
}

// span of tokens [i, j) as text offsets.
func (p *para) span(i, j int) parley.Span {
	if j <= i {
		return parley.Span{Start: p.toks[i].Start, End: p.toks[i].Start}
	}
	return parley.Span{Start: p.toks[i].Start, End: p.toks[j-1].End}
}

func (p *para) str(i, j int) string {
	sp := p.span(i, j)
	return p.s[sp.Start:sp.End]
}

func newPara(s string, pr parley.Span, sents []parley.Span, si *int) *para {
	toks := text.Tokens(s, pr)
	n := len(toks)
	ints := make([]int, 3*n)
	p := &para{s: s, toks: toks, lower: make([]string, n), cls: make([]wordClass, n), sent: ints[:n], sFrom: ints[n : 2*n], sTo: ints[2*n:]}
	// Lower-case the paragraph once; its tokens are slices of it when
	// case folding keeps byte lengths (it does for ASCII).
	low := strings.ToLower(s[pr.Start:pr.End])
	same := len(low) == pr.Len()
	for i, t := range toks {
		if same {
			p.lower[i] = low[t.Start-pr.Start : t.End-pr.Start]
		} else {
			p.lower[i] = strings.ToLower(t.Text)
		}
		if t.IsWord() {
			p.cls[i] = cueLexicon[p.lower[i]]
		}
		for *si < len(sents)-1 && sents[*si].End <= t.Start {
			*si++
		}
		p.sent[i] = *si
	}
	for i := 0; i < n; {
		j := i
		for j < n && p.sent[j] == p.sent[i] {
			j++
		}
		for k := i; k < j; k++ {
			p.sFrom[k], p.sTo[k] = i, j
		}
		i = j
	}
	p.quote = quoteRoles(s, toks)
	p.inside = make([]bool, len(toks))
	for i := 0; i < len(toks); i++ {
		if p.q(i) != openQuote {
			continue
		}
		c := p.closeAfter(i)
		if c < 0 {
			c = len(toks)
		}
		for k := i + 1; k < c; k++ {
			p.inside[k] = true
		}
		i = c
	}
	return p
}

func (p *para) tokenAt(off int) int {
	return sort.Search(len(p.toks), func(k int) bool { return p.toks[k].Start >= off })
}

func (p *para) hasQuote(spans []parley.Span) bool {
	for _, c := range spans {
		if hasQuoteMark(p.s[c.Start:c.End]) {
			return true
		}
	}
	return false
}

// within reports whether offset off lies inside a record's content.
func (p *para) within(off int, rs []raw) bool {
	for _, r := range rs {
		for _, c := range r.content {
			if off >= c.Start && off < c.End {
				return true
			}
		}
	}
	return false
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
