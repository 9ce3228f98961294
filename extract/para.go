// para.go: a paragraph split into tokens with what the attribution finder
// looks up per token: lower-case form, lexicon classes, sentence bounds,
// quotation marks.

package extract

import (
	"sort"
	"strings"
	"sync"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/pack"
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
	single     bool   // the article quotes in single marks
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

func (p *para) isWord(i int) bool { return p.in(i, wordToken) }

// at returns token i lower-cased, "" outside the paragraph: p.at(i) ==
// "that" compiles to a few compares where the word is a constant.
func (p *para) at(i int) string {
	if uint(i) >= uint(len(p.lower)) {
		return ""
	}
	return p.lower[i]
}

// is reports whether token i, lower-cased, is one of words. It is kept
// out of line on purpose: inlined at its hundreds of call sites it grew
// the finder's code past the instruction cache, and the call costs less
// than the misses (docs/BENCHMARKS.md). For one word, p.at(i) == w.
//
//go:noinline
func (p *para) is(i int, words ...string) bool {
	if uint(i) >= uint(len(p.lower)) {
		return false
	}
	l := p.lower[i]
	for _, w := range words {
		if l == w {
			return true
		}
	}
	return false
}

func (p *para) capitalized(i int) bool { return p.in(i, capital) }

// span of tokens [i, j) as text offsets.
func (p *para) span(i, j int) parley.Span {
	if j <= i {
		// An empty range: at token i, or at the paragraph's end past it.
		off := 0
		switch {
		case i < len(p.toks):
			off = p.toks[i].Start
		case len(p.toks) > 0:
			off = p.toks[len(p.toks)-1].End
		}
		return parley.Span{Start: off, End: off}
	}
	return parley.Span{Start: p.toks[i].Start, End: p.toks[j-1].End}
}

func (p *para) str(i, j int) string {
	sp := p.span(i, j)
	return p.s[sp.Start:sp.End]
}

// scratch holds the per-token arrays of one article and the finders'
// working arrays. Articles reuse them through a pool: reading then
// allocates little per token.
type scratch struct {
	toks   []text.Token
	lower  []string
	cls    []wordClass
	ints   []int
	quote  []int8
	inside []bool
	sents  []int // sentence i holds tokens [sents[i], sents[i+1])
	paras  []para
	ptrs   []*para

	raws   []raw       // the attribution finder's records
	people people      // the persons the article names, for the attribution finder
	memo   resolveMemo // resolve's memos

	// The pack phrases of the text and the sentence of each, then the
	// phrases filed by sentence (see Doc.sentences).
	found     []pack.Match
	in        []int
	phrases   []pack.Match
	sentences []sentence
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// grow returns b resized to n elements, zeroed.
func grow[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// split tokenizes the article on first need. The finders share the tokens
// until release; a Doc never released leaves them to the garbage collector.
func (d *Doc) split() *scratch {
	if d.tokens == nil {
		d.tokens = splitParas(d)
	}
	return d.tokens
}

// packWords splits the article into the words packs match on, on first need.
func (d *Doc) packWords() *pack.Words {
	if d.words == nil {
		d.words = pack.Split(d.Text)
	}
	return d.words
}

// release returns the Doc's tokens and words for reuse, dropping the
// sentences made of them.
func (d *Doc) release() {
	d.scanned = nil
	if d.tokens != nil {
		d.tokens.release()
		d.tokens = nil
	}
	if d.words != nil {
		d.words.Release()
		d.words = nil
	}
}

// discard drops the shared arrays without returning them to the pool: a
// finder that panicked may have left them half-written. The next finder
// splits the text afresh.
func (d *Doc) discard() {
	d.tokens, d.words, d.scanned = nil, nil, nil
}

// splitParas tokenizes the article once, sentence by sentence, and gives
// each paragraph its slice of the per-token arrays. Sentences end at white
// space, so their tokens are the paragraphs' tokens.
func splitParas(d *Doc) *scratch {
	sc := scratchPool.Get().(*scratch)
	s := d.Text
	toks, sents := sc.toks[:0], sc.sents[:0]
	for _, sp := range d.Sents {
		sents = append(sents, len(toks))
		toks = text.AppendTokens(toks, s, sp)
	}
	n := len(toks)
	sc.toks, sc.sents = toks, append(sents, n)
	sc.lower, sc.cls, sc.ints = grow(sc.lower, n), grow(sc.cls, n), grow(sc.ints, 3*n)
	sc.quote, sc.inside = grow(sc.quote, n), grow(sc.inside, n)
	sc.paras, sc.ptrs = grow(sc.paras, len(d.Paras)), grow(sc.ptrs, len(d.Paras))
	// Lower-case the text once; tokens are slices of it when case folding
	// keeps byte lengths (it does for ASCII).
	low, same := text.Lower(s)
	for i, t := range toks {
		var lw string
		if same {
			lw = low[t.Start:t.End]
		} else {
			lw = strings.ToLower(t.Text) // the folded text's offsets differ
		}
		if t.IsWord() {
			c := wordToken
			if isCap(t.Text) {
				c |= capital
				// Only a capitalised word can be an acronym: most skip the test.
				if acronymNotWord(toks, lw, i) {
					lw = t.Text // "WHO said" names the agency, not "who"
				}
			}
			sc.cls[i] = c | cueLexicon.classes(lw)
		}
		sc.lower[i] = lw
	}
	for i := range d.Sents {
		for k := sc.sents[i]; k < sc.sents[i+1]; k++ {
			sc.ints[k] = i
		}
	}
	single := singleQuoted(s)
	a := 0
	for k, pr := range d.Paras {
		for a < n && toks[a].Start < pr.Start {
			a++
		}
		b := a
		for b < n && toks[b].Start < pr.End {
			b++
		}
		p := &sc.paras[k]
		*p = para{s: s, toks: toks[a:b], lower: sc.lower[a:b], cls: sc.cls[a:b],
			sent: sc.ints[a:b], sFrom: sc.ints[n+a : n+b], sTo: sc.ints[2*n+a : 2*n+b], quote: sc.quote[a:b], inside: sc.inside[a:b], single: single}
		p.fill()
		sc.ptrs[k] = p
		a = b
	}
	return sc
}

// acronymNotWord reports an acronym spelled like a function word ("WHO")
// in text that is not all capitals, so that no rule reads it as the word.
func acronymNotWord(toks []text.Token, lower string, i int) bool {
	t := toks[i].Text
	if len(t) < 3 || t[1] < 'A' || t[1] > 'Z' || !text.IsAcronym(t) || !inClass(lower, subjectStops|personPronouns|groupPronouns|determiners) {
		return false
	}
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(toks) && text.IsAcronym(toks[j].Text) {
			return false // a line in capitals: "WHO SAID IT"
		}
	}
	return true
}

// sentence returns the tokens of sentence i and their lower-case forms.
func (sc *scratch) sentence(i int) ([]text.Token, []string) {
	a, b := sc.sents[i], sc.sents[i+1]
	return sc.toks[a:b:b], sc.lower[a:b:b]
}

// release returns the arrays to the pool.
func (sc *scratch) release() {
	clear(sc.lower) // drop references to the article's text
	clear(sc.toks)
	clear(sc.raws)
	clear(sc.found)
	clear(sc.phrases)
	clear(sc.sentences)
	sc.people.reset()
	sc.memo.reset()
	for i := range sc.paras {
		sc.paras[i] = para{}
	}
	scratchPool.Put(sc)
}

// fill computes the per-token facts of a paragraph that its bounds decide;
// splitParas gives each token its lower-case form and classes.
func (p *para) fill() {
	n := len(p.toks)
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
	quoteRoles(p.s, p.toks, p.quote, p.single)
	for i := 0; i < n; i++ {
		if p.q(i) != openQuote {
			continue
		}
		c := p.closeAfter(i)
		if c < 0 {
			c = n
		}
		for k := i + 1; k < c; k++ {
			p.inside[k] = true
		}
		i = c
	}
}

func (p *para) tokenAt(off int) int {
	return sort.Search(len(p.toks), func(k int) bool { return p.toks[k].Start >= off })
}

// hasQuote reports a quotation mark inside spans, of the kind the article
// quotes with.
func (p *para) hasQuote(spans []parley.Span) bool {
	for _, c := range spans {
		for k := p.tokenAt(c.Start); k < len(p.toks) && p.toks[k].Start < c.End; k++ {
			if p.quote[k] != notQuote {
				return true
			}
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
