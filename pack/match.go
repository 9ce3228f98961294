package pack

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/text"
)

// Kind says what a pack phrase names.
type Kind uint8

// Kinds of phrase. KindParty matches come from party names, aliases and
// organisations; Person from known people.
const (
	KindParty Kind = iota
	KindPerson
	KindMedium
	KindIssue
	KindStance
	KindTemporary
	KindPermanent
	KindAssessment
	numKinds
)

// Form is how a stance cue stands to its issue (see StanceDef).
type Form uint8

// Forms of stance cue.
const (
	Verb Form = iota
	Noun
	Trailing
	Terms
)

// Match is one phrase found in a text.
type Match struct {
	Kind   Kind
	ID     string // party id, issue id, stance id, polarity; the person's canonical name
	Stance string // for an issue phrase that carries its own stance
	Form   Form   // for a stance cue
	Start  int    // byte offsets into the scanned text
	End    int
	Words  int  // how many words the phrase has
	Alias  bool // a party's alias: a description standing for it ("the group"), not its name
}

// trie is a word trie over lowercased words: each phrase of every pack is
// a path, so one left-to-right pass finds all phrases whatever their number.
type trie struct {
	next map[string]*trie
	ends []entry
}

type entry struct {
	kind   Kind
	id     string
	stance string
	form   Form
	pack   int  // index of the pack that defined it, for auto-selection
	alias  bool // see Match.Alias
}

func (t *trie) add(phrase string, e entry) {
	n := t
	words := 0
	forEachWord(phrase, make([]byte, 0, 32), func(w []byte, _, _ int) bool {
		if n.next == nil {
			n.next = map[string]*trie{}
		}
		c := n.next[string(w)]
		if c == nil {
			c = &trie{}
			n.next[string(w)] = c
		}
		n = c
		words++
		return true
	})
	if words == 0 {
		return
	}
	for _, old := range n.ends {
		if old == e {
			return
		}
	}
	n.ends = append(n.ends, e)
}

// vocab numbers the words that can start a phrase. The sets For chooses
// share their Auto set's vocab, so that a text split once is looked up in
// it once (see Words.number) however many sets scan it.
type vocab struct {
	id map[string]int32
}

// newVocab numbers the first words of s's phrases and of the surnames of
// all its people, shared ones included: a subset of its packs may know a
// surname as one person's.
func newVocab(s *Set) *vocab {
	v := &vocab{id: map[string]int32{}}
	add := func(w string) {
		if _, ok := v.id[w]; !ok {
			v.id[w] = int32(len(v.id))
		}
	}
	for w := range s.root.next {
		add(w)
	}
	for sur := range s.surname {
		forEachWord(sur, nil, func(w []byte, _, _ int) bool {
			add(string(w))
			return false
		})
	}
	return v
}

// index points s.first at the root's children by their number in voc, or
// in a vocab of s's own when voc lacks a word.
func (s *Set) index(voc *vocab) {
	first := make([]*trie, len(voc.id))
	for w, n := range s.root.next {
		id, ok := voc.id[w]
		if !ok {
			s.index(newVocab(s))
			return
		}
		first[id] = n
	}
	s.voc, s.first = voc, first
}

// word is one word of a split text.
type word struct {
	start, end int   // in the text
	lo, hi     int   // its lowercased form in the Words' buffer
	id         int32 // its number in the Words' vocab, -1 if it starts no phrase
}

// Words is a text split into the lowercased words phrases are matched on.
// Choosing packs and scanning with them share one split (see ForWords and
// ScanWords). The buffers are reused: call Release when done.
type Words struct {
	low   []byte
	words []word
	voc   *vocab // what the words' ids number, nil until a scan needs them
}

var wordsPool = sync.Pool{New: func() any { return new(Words) }}

// Split splits text into words.
func Split(text string) *Words {
	w := wordsPool.Get().(*Words)
	low, words := w.low[:0], w.words[:0]
	for i := 0; ; {
		start, end := nextWord(text, i)
		if start == end {
			break
		}
		lo := len(low)
		low = lower(text[start:end], low)
		words = append(words, word{start, end, lo, len(low), -1})
		i = end
	}
	w.low, w.words, w.voc = low, words, nil
	return w
}

// Release returns w's buffers for reuse; w is dead after it.
func (w *Words) Release() { wordsPool.Put(w) }

// number looks the words up in voc, unless they were last looked up there.
func (w *Words) number(voc *vocab) {
	if w.voc == voc {
		return
	}
	for i := range w.words {
		id, ok := voc.id[string(w.low[w.words[i].lo:w.words[i].hi])]
		if !ok {
			id = -1
		}
		w.words[i].id = id
	}
	w.voc = voc
}

// scan calls fn for the longest phrase of each kind starting at each word,
// skipping words already covered by an earlier match of the same kind.
func (s *Set) scan(w *Words, fn func(Match, entry)) {
	if len(s.root.next) == 0 {
		return
	}
	w.number(s.voc)
	low, words := w.low, w.words
	var covered [numKinds]int
	type best struct {
		e   entry
		end int
		n   int
	}
	var foundBuf [16]best
	found := foundBuf[:0]
	for i := range words {
		if words[i].id < 0 {
			continue
		}
		n := s.first[words[i].id]
		if n == nil {
			continue
		}
		found = found[:0]
		for j := i; n != nil; {
			for _, e := range n.ends {
				if words[i].start < covered[e.kind] {
					continue
				}
				replaced := false
				for k := range found {
					if found[k].e.kind == e.kind && found[k].e.id == e.id && found[k].e.stance == e.stance && found[k].e.form == e.form {
						found[k] = best{e, j, j - i + 1}
						replaced = true
					}
				}
				if !replaced {
					found = append(found, best{e, j, j - i + 1})
				}
			}
			j++
			if j == len(words) || n.next == nil {
				break
			}
			next := n.next[string(low[words[j].lo:words[j].hi])]
			if next == nil && j+1 < len(words) && isAdverb(low[words[j].lo:words[j].hi]) {
				// an adverb inside a phrase: "warning firmly against"
				if next = n.next[string(low[words[j+1].lo:words[j+1].hi])]; next != nil {
					j++
				}
			}
			n = next
		}
		// Keep the longest match of each kind.
		var longest [numKinds]int
		for _, f := range found {
			longest[f.e.kind] = max(longest[f.e.kind], f.n)
		}
		for _, f := range found {
			if f.n < longest[f.e.kind] {
				continue
			}
			end := words[f.end].end
			covered[f.e.kind] = max(covered[f.e.kind], end)
			fn(Match{Kind: f.e.kind, ID: f.e.id, Stance: f.e.stance, Form: f.e.form, Start: words[i].start, End: end, Words: f.n, Alias: f.e.alias}, f.e)
		}
	}
}

// forEachWord calls fn with each word of s lowercased into buf (see
// nextWord), until fn returns false.
func forEachWord(s string, buf []byte, fn func(w []byte, start, end int) bool) {
	for i := 0; ; {
		start, end := nextWord(s, i)
		if start == end || !fn(lower(s[start:end], buf[:0]), start, end) {
			return
		}
		i = end
	}
}

// nextWord returns the first word of s at or after i, empty at the end: a
// word is a run of letters and digits, so apostrophes and hyphens split
// ("Hamas's" is "Hamas" "s"; "six-week" is "six" "week").
func nextWord(s string, i int) (start, end int) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if isASCIIWord(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if !isASCIIWord(c) {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		j += n
	}
	return i, j
}

func isASCIIWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// lower appends the lowercase form of w to buf. An acronym (two or more
// capitals, nothing else) keeps its case, so "US" and "WHO" never match the
// words "us" and "who".
func lower(w string, buf []byte) []byte {
	if text.IsAcronym(w) {
		return append(buf, w...)
	}
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += n
	}
	return buf
}

// isAdverb reports whether a lowercased word looks like a manner adverb.
func isAdverb(w []byte) bool {
	return len(w) > 4 && w[len(w)-2] == 'l' && w[len(w)-1] == 'y'
}
