// Package people decides when two names in the news are the same person,
// conservatively and with a stated reason, so that a store can merge
// speakers across articles and show why it did.
//
// A Merger sees names one at a time and maps each to a canonical name, the
// first form it saw of that person. It merges only on evidence:
//
//   - the same name up to case and punctuation;
//   - a spelling variant: the same surname, and given names that are equal
//     or one letter apart in a way transliteration produces (a doubled
//     letter, an added or dropped vowel, one vowel for another), with the
//     same initial ("Basem Naim", "Bassem Naim");
//   - a surname variant: surnames one edit apart, the longer of six
//     letters or more, and every other token shared, at least one
//     ("Sami Abu Zuhri", "Abu Zuhriv");
//   - a shorter or fuller form: one name's tokens end the other's, and the
//     shorter has two tokens or more ("Abu Zuhri", "Sami Abu Zuhri");
//   - a surname-only mention ("Naim") attached to the one known person with
//     that surname.
//
// Every rule must point at exactly one known person; when two fit, the name
// stays a person of its own. Decisions are final and depend on order: feed
// names in a stable order (articles by date, full names before short ones)
// for reproducible merges; after a restart, Add the stored names again in
// that order to rebuild the same Merger.
package people

import (
	"strings"
	"unicode"
)

// Merger maps names to canonical names. The zero Merger is ready to use. It
// is not safe for concurrent use.
type Merger struct {
	decided map[string]decision // by key: lower-case tokens joined by spaces
	persons []person
	byToken map[string][]int // token → indexes into persons holding it
}

// decision is what Add answered for a name, kept so that it answers the
// same again.
type decision struct {
	canonical string
	reason    string
}

// person is a known full name (two tokens or more).
type person struct {
	name   string
	tokens []string // lower case
}

// minLongSurname is the length in letters the longer of two surnames one
// edit apart must reach: shorter surnames one letter apart are often
// different families ("Hamad", "Hamid").
const minLongSurname = 6

// minVariantGiven is the length in letters from which given names may
// differ by one letter: "Dan" and "Don" are different people.
const minVariantGiven = 4

// Add returns the canonical name for name and why name maps to it. The
// reason is empty when name is new, and so its own canonical name. A name
// without letters or digits gives "", "".
func (m *Merger) Add(name string) (canonical, reason string) {
	display, tokens := normalize(name)
	if len(tokens) == 0 {
		return "", ""
	}
	key := strings.Join(tokens, " ")
	if d, ok := m.decided[key]; ok {
		if d.reason == "" && d.canonical != display {
			return d.canonical, "same name as " + d.canonical + " (case or punctuation)"
		}
		return d.canonical, d.reason
	}
	if m.decided == nil {
		m.decided = make(map[string]decision)
		m.byToken = make(map[string][]int)
	}
	d := m.decide(display, tokens)
	m.decided[key] = d
	return d.canonical, d.reason
}

// decide finds the one known person that tokens name, or records a new one.
func (m *Merger) decide(display string, tokens []string) decision {
	match, reason := -1, ""
	seen := map[int]bool{}
	for _, t := range tokens {
		for _, p := range m.byToken[t] {
			if seen[p] {
				continue
			}
			seen[p] = true
			r := relate(tokens, m.persons[p])
			if r == "" {
				continue
			}
			if match >= 0 {
				return decision{canonical: display} // ambiguous: stay apart
			}
			match, reason = p, r
		}
	}
	if match >= 0 {
		return decision{canonical: m.persons[match].name, reason: reason}
	}
	if len(tokens) >= 2 {
		m.addPerson(display, tokens)
	}
	return decision{canonical: display}
}

func (m *Merger) addPerson(name string, tokens []string) {
	i := len(m.persons)
	m.persons = append(m.persons, person{name: name, tokens: tokens})
	for j, t := range tokens {
		if !contains(tokens[:j], t) {
			m.byToken[t] = append(m.byToken[t], i)
		}
	}
}

// relate explains how tokens name p, or returns "" when they do not.
func relate(tokens []string, p person) string {
	last, pLast := tokens[len(tokens)-1], p.tokens[len(p.tokens)-1]
	switch {
	case len(tokens) == 1:
		if last == pLast {
			return "surname-only mention of " + p.name + ", the only known person with that surname"
		}
	case last == pLast && len(tokens) == len(p.tokens):
		differ := 0
		for i, t := range tokens[:len(tokens)-1] {
			if t != p.tokens[i] {
				if !givenVariant(t, p.tokens[i]) {
					return ""
				}
				differ++
			}
		}
		if differ > 1 {
			return "spelling variant of " + p.name + " (edit distance 1 on each of its given names)"
		}
		return "spelling variant of " + p.name + " (edit distance 1 on given name)"
	case last == pLast && isSuffix(tokens, p.tokens):
		return "shorter form of " + p.name
	case last == pLast && isSuffix(p.tokens, tokens):
		return "fuller form of " + p.name
	case len(tokens) <= len(p.tokens) && surnameVariant(last, pLast):
		for _, t := range tokens[:len(tokens)-1] {
			if !contains(p.tokens[:len(p.tokens)-1], t) {
				return ""
			}
		}
		return "spelling variant of " + p.name + " (edit distance 1 on surname, other names shared)"
	}
	return ""
}

// isSuffix reports whether short, of two tokens or more, ends long and is
// shorter than it.
func isSuffix(short, long []string) bool {
	if len(short) < 2 || len(short) >= len(long) {
		return false
	}
	tail := long[len(long)-len(short):]
	for i := range short {
		if short[i] != tail[i] {
			return false
		}
	}
	return true
}

func contains(tokens []string, t string) bool {
	for _, u := range tokens {
		if u == t {
			return true
		}
	}
	return false
}

// normalize splits name into tokens, trims the punctuation around each, and
// returns the tidied name and its lower-case tokens.
func normalize(name string) (string, []string) {
	fields := strings.Fields(name)
	kept := fields[:0]
	for _, f := range fields {
		f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if f != "" {
			kept = append(kept, f)
		}
	}
	tokens := make([]string, len(kept))
	for i, f := range kept {
		tokens[i] = strings.ToLower(f)
	}
	return strings.Join(kept, " "), tokens
}

// givenVariant reports whether given names a and b differ by the one-letter
// change transliteration makes: a doubled letter ("Basem", "Bassem"), a
// vowel added or dropped, or one vowel for another ("Ahmad", "Ahmed"), with
// the same first letter.
func givenVariant(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(ra) < minVariantGiven || ra[0] != rb[0] {
		return false
	}
	i := commonPrefix(ra, rb)
	if i == len(rb) { // equal once invalid UTF-8 became U+FFFD
		return false
	}
	if len(ra) == len(rb) {
		return equal(ra[i+1:], rb[i+1:]) && isVowel(ra[i]) && isVowel(rb[i])
	}
	if len(rb) != len(ra)+1 || !equal(ra[i:], rb[i+1:]) {
		return false
	}
	extra := rb[i]
	return isVowel(extra) || (i > 0 && rb[i-1] == extra) || (i+1 < len(rb) && rb[i+1] == extra)
}

// surnameVariant reports whether two different surnames, the longer of
// minLongSurname letters or more, are one edit (insertion, deletion or
// substitution of a letter) apart.
func surnameVariant(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(rb) < minLongSurname {
		return false
	}
	i := commonPrefix(ra, rb)
	if i == len(rb) {
		return false
	}
	switch len(rb) - len(ra) {
	case 0:
		return equal(ra[i+1:], rb[i+1:])
	case 1:
		return equal(ra[i:], rb[i+1:])
	}
	return false
}

// commonPrefix returns the length of the longest common prefix of a and b.
func commonPrefix(a, b []rune) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

func equal(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiouy", r) }
