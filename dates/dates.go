// Package dates resolves the relative date words of news reporting ("on
// Wednesday", "last week", "earlier this month", "October 7") against the
// article's publication date, so that each statement can carry the day or
// span it happened in.
//
// Reporting is mostly in the past tense, so a bare weekday or a date
// without a year is the most recent one on or before the article's date.
// Weeks start on Monday. A phrase that cannot be placed stays unknown: the
// functions report nothing rather than fall back to the article's date.
package dates

import (
	"strings"
	"time"
	"unicode"

	dateparser "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"
)

// Range is the span of days a date expression names, from First to Last
// inclusive, as midnight UTC. A single day has First == Last.
type Range struct {
	First, Last time.Time
}

// Day reports whether the range is a single day.
func (r Range) Day() bool { return r.First.Equal(r.Last) }

// String formats the range as "2024-07-03" or "2024-07-01..2024-07-07".
func (r Range) String() string {
	if r.Day() {
		return r.First.Format(time.DateOnly)
	}
	return r.First.Format(time.DateOnly) + ".." + r.Last.Format(time.DateOnly)
}

// Match is a date expression found in a text: Text[Start:End] of the text
// given to Find, and the range it resolves to.
type Match struct {
	Start, End int
	Text       string
	Range      Range
}

// Find returns the date expressions of text, in order, resolved against
// ref, the article's publication date. Month names without a day or year
// count only after a preposition ("in June", "since March"), and "May" and
// "March" only when capitalised, so that the verbs are not dates; a
// capitalised word that continues a name ("USA Today") is not one either.
// A zero ref finds nothing.
func Find(text string, ref time.Time) []Match {
	if ref.IsZero() {
		return nil
	}
	var buf [64]token
	toks := tokenize(text, buf[:0])
	day := midnight(ref)
	var found []Match
	for i := 0; i < len(toks); {
		end, r, ok := match(text, toks, i, day, false)
		if !ok || toks[i].upper && partOfName(text, int(toks[i].start)) {
			i++
			continue
		}
		start, stop := int(toks[i].start), int(toks[end-1].end)
		found = append(found, Match{Start: start, End: stop, Text: text[start:stop], Range: r})
		i = end
	}
	return found
}

// partOfName reports whether the capitalised word at start continues a
// capitalised name ("USA Today", "Fox News Sunday"): it follows, after
// spaces only, a capitalised word that means nothing to the date rules.
func partOfName(text string, start int) bool {
	end := start
	for end > 0 && text[end-1] == ' ' {
		end--
	}
	begin := end
	for begin > 0 && isASCIILetter(rune(text[begin-1])) {
		begin--
	}
	if end == start || begin == end || text[begin] < 'A' || text[begin] > 'Z' {
		return false
	}
	t := classify(text[begin:end], begin)
	return t.word == none && t.num < 0
}

// Resolve resolves a date phrase the caller has already isolated, such as
// "on Tuesday evening" or "since last week", against ref, the article's
// publication date. The whole phrase must be the expression. Phrases
// outside the rules of Find go to go-dateparser (English, past preferred,
// strict: "2nd of July 2024 at 5pm" resolves, "the 5th" does not), which is
// slower and serialised. Numeric dates other than ISO 8601 stay unknown,
// since outlets differ on day and month order.
func Resolve(phrase string, ref time.Time) (Range, bool) {
	if ref.IsZero() {
		return Range{}, false
	}
	var buf [16]token
	toks := tokenize(phrase, buf[:0])
	if len(toks) == 0 {
		return Range{}, false
	}
	day := midnight(ref)
	end, r, ok := match(phrase, toks, 0, day, true)
	if ok && end == len(toks) && !hasWord(phrase[:toks[0].start]) && !hasWord(phrase[toks[end-1].end:]) {
		return r, true
	}
	if !strings.ContainsFunc(phrase, isASCIILetter) {
		return Range{}, false
	}
	return parse(phrase, ref)
}

// hasWord reports whether s holds a letter or a digit.
func hasWord(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

func isASCIILetter(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' }

// parser is shared: it is safe for concurrent use and caches the locales it
// has used.
var parser dateparser.Parser

// parse resolves phrase with go-dateparser.
func parse(phrase string, ref time.Time) (r Range, ok bool) {
	cfg := &dateparser.Configuration{
		Languages:           []string{"en"},
		CurrentTime:         ref,
		PreferredDateSource: dateparser.Past,
		StrictParsing:       true,
	}
	d, err := parser.Parse(cfg, phrase)
	if err != nil || d.IsZero() {
		return Range{}, false
	}
	first := midnight(d.Time)
	switch d.Period {
	case date.Month:
		return month(first.Year(), first.Month()), true
	case date.Year:
		return year(first.Year()), true
	}
	return Range{first, first}, true
}

// midnight returns t's calendar day as midnight UTC.
func midnight(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func month(y int, m time.Month) Range {
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return Range{first, first.AddDate(0, 1, -1)}
}

func year(y int) Range {
	return Range{time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)}
}

// week returns the Monday-to-Sunday week holding day.
func week(day time.Time) Range {
	monday := day.AddDate(0, 0, -(int(day.Weekday())+6)%7)
	return Range{monday, monday.AddDate(0, 0, 6)}
}
