package analysis

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/pack"
)

// Notes is what the analysis reads in an article's text rather than in
// its facts: the drafts its proposals name, the venues of its talks, and
// its words and loaded terms. Annotate computes them once, when the
// article is stored, so that a report never reads article text.
type Notes struct {
	Drafts []DraftNote
	Venues []VenueNote
	Words  int
	Terms  []TermNote // the loaded terms used, or whose neutral term is used
}

// DraftNote is a position (its index in Reading.Positions) that proposes
// a named draft.
type DraftNote struct {
	Position int
	Name     string // as the text gives it: "the Paris draft"
	Key      string // what the names of one draft share (nameKey)
	Duration string // a length of time the position's text sets ("42-day"), "" if none
}

// VenueNote is a position on the negotiation (its index in
// Reading.Positions) that places the talks somewhere.
type VenueNote struct {
	Position  int
	Venue     string
	Mediators []string // mediating parties named in its sentence, sorted
}

// TermNote counts a loaded term and its neutral term in one article.
type TermNote struct {
	Loaded
	LoadedN, NeutralN int
}

// LoadedTerms lists the loaded terms of the packs in set.
func LoadedTerms(set *pack.Set) []Loaded {
	var out []Loaded
	for _, l := range set.Loaded() {
		out = append(out, Loaded{Term: l.Term.Text, Neutral: l.Neutral})
	}
	return out
}

// contextBytes is how much text around a position is searched for the
// name of a draft or a venue, on each side.
const contextBytes = 80

// Annotate reads r's notes with the phrases of set: the proposal nouns and
// issues that name drafts, the process issue and mediators that place
// talks, and the loaded terms framing counts.
func Annotate(r *parley.Reading, set *pack.Set) Notes {
	text := r.Article.Text
	n := Notes{Words: words(text)}
	process := set.Process()
	for i, p := range r.Positions {
		if p.Stance != parley.Propose && (process == "" || p.Issue != process) {
			continue
		}
		if p.Start < 0 || p.Start > p.End || p.End > len(text) {
			continue // the store refuses such a position
		}
		window := text[runeStart(text, max(0, p.Start-contextBytes)):runeStart(text, min(len(text), p.End+contextBytes))]
		if p.Stance == parley.Propose {
			if name := proposalName(set, window, p.Text, p.Issue); name != "" {
				n.Drafts = append(n.Drafts, DraftNote{i, name, nameKey(name), duration.FindString(p.Text)})
			}
		}
		if process != "" && p.Issue == process {
			if v, ms := talksVenue(set, window, p.Text, process); v != "" {
				n.Venues = append(n.Venues, VenueNote{i, v, ms})
			}
		}
	}
	var low []byte
	for _, l := range LoadedTerms(set) {
		if low == nil {
			low = lowerASCII(nil, text)
		}
		t := TermNote{Loaded: l, LoadedN: count(low, lowerASCII(nil, l.Term)), NeutralN: count(low, lowerASCII(nil, l.Neutral))}
		if (t.LoadedN > 0 || t.NeutralN > 0) && !slices.ContainsFunc(n.Terms, func(u TermNote) bool { return u.Loaded == l }) {
			n.Terms = append(n.Terms, t)
		}
	}
	return n
}

// runeStart moves i back to the start of the character it falls in.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// talksVenue returns the venue the sentence of text in window gives the
// talks, and the mediators it names; "" when it places them nowhere.
func talksVenue(set *pack.Set, window, text, process string) (string, []string) {
	sentence, _ := sentenceOf(window, text)
	if !strings.Contains(sentence, " in ") && !strings.Contains(sentence, " to ") {
		return "", nil
	}
	v := venue(set, sentence, process)
	if v == "" {
		return "", nil
	}
	var ms []string
	set.Scan(sentence, func(m pack.Match) {
		if m.Kind == pack.KindParty && set.IsMediator(m.ID) && !slices.Contains(ms, m.ID) {
			ms = append(ms, m.ID)
		}
	})
	slices.Sort(ms)
	return v, ms
}
