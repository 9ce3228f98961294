// Package text splits article text into paragraphs, sentences and word
// tokens, keeping byte offsets into the original string so that every fact
// found later can point at its exact span.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley"
)

// Paragraphs returns the non-blank lines of s, trimmed of surrounding space.
// News text as read keeps one paragraph per line. A page flattened into
// one line still shows where a quoted paragraph ended and the next began:
// `...them. ""This is ...`; a paragraph breaks between those two marks.
func Paragraphs(s string) []parley.Span {
	var out []parley.Span
	start := 0
	for start <= len(s) {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		from := start
		for {
			b := lostBreak(s, from, end)
			if b < 0 {
				break
			}
			if sp := Trim(s, parley.Span{Start: from, End: b}); sp.Len() > 0 {
				out = append(out, sp)
			}
			from = b
		}
		if sp := Trim(s, parley.Span{Start: from, End: end}); sp.Len() > 0 {
			out = append(out, sp)
		}
		start = end + 1
	}
	return out
}

// lostBreak returns the offset between a closing and an opening straight
// quotation mark that follow a sentence's end inside s[from:to]
// (`. ""Next`), or -1.
func lostBreak(s string, from, to int) int {
	for from < to {
		i := strings.Index(s[from:to], `""`)
		if i < 0 {
			return -1
		}
		i += from
		before := strings.TrimRight(s[from:i], " ")
		if i+2 < to && before != "" && strings.ContainsRune(".!?…", lastRune(before)) && !unicode.IsSpace(rune(s[i+2])) && s[i+2] != '"' {
			return i + 1
		}
		from = i + 2
	}
	return -1
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// Trim narrows sp to exclude leading and trailing white space.
func Trim(s string, sp parley.Span) parley.Span {
	for sp.Start < sp.End {
		r, n := utf8.DecodeRuneInString(s[sp.Start:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.Start += n
	}
	for sp.End > sp.Start {
		r, n := utf8.DecodeLastRuneInString(s[sp.Start:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.End -= n
	}
	return sp
}

// abbreviations never end a sentence when followed by a period. Lowercased,
// without the period.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true,
	"gen": true, "lt": true, "col": true, "maj": true, "sgt": true, "capt": true,
	"adm": true, "cmdr": true, "gov": true, "sen": true, "rep": true, "rev": true,
	"hon": true, "pres": true, "amb": true, "sec": true, "jr": true, "sr": true,
	"no": true, "nos": true, "vs": true, "v": true, "etc": true, "inc": true,
	"ltd": true, "co": true, "corp": true, "dept": true, "est": true, "approx": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mt": true, "ft": true, "fig": true, "al": true, "i.e": true, "e.g": true,
	"del": true, "atty": true, "supt": true, "brig": true, "cpl": true, "pvt": true,
	"lieut": true, "sens": true, "reps": true,
}

// Sentences splits s into sentences. A sentence never crosses a line break.
// Within a line it ends at . ! ? or an ellipsis (with any closing quotes and
// brackets after it) when the next word starts like a sentence: an upper-case
// letter, a digit or an opening quote. Abbreviations ("Mr.", "U.S.", "Gen.")
// and initials ("J. Smith") do not end one.
func Sentences(s string) []parley.Span {
	var out []parley.Span
	for _, p := range Paragraphs(s) {
		out = splitLine(s, p, out)
	}
	return out
}

func splitLine(s string, p parley.Span, out []parley.Span) []parley.Span {
	start := p.Start
	i := p.Start
	for i < p.End {
		c := s[i]
		if c != '.' && c != '!' && c != '?' && !strings.HasPrefix(s[i:], "…") {
			i++
			continue
		}
		end := i
		if strings.HasPrefix(s[i:], "…") {
			end += len("…")
		} else {
			end++
		}
		// Absorb runs of terminators and closing marks: `?!`, `..."`, `.)`.
		for end < p.End {
			r, n := utf8.DecodeRuneInString(s[end:])
			if r == '.' || r == '!' || r == '?' || r == '…' || IsCloser(r) || (r == ' ' && end+1 < p.End && s[end+1] == '.') {
				end += n
				continue
			}
			break
		}
		if end >= p.End {
			break
		}
		r, _ := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsSpace(r) {
			i = end
			continue
		}
		next := skipSpace(s, end, p.End)
		if c == '.' && (!endsSentence(s, start, i) || clockTime(s, start, i) && dayOrZone(s[next:p.End])) {
			i = end // a period that ends nothing: "Mr.", "12:01 a.m. Thursday"
			continue
		}
		if !startsSentence(s, next, p.End) {
			i = end
			continue
		}
		out = append(out, parley.Span{Start: start, End: end})
		start = next
		i = next
	}
	if sp := Trim(s, parley.Span{Start: start, End: p.End}); sp.Len() > 0 {
		out = append(out, sp)
	}
	return out
}

// clockTime reports "a.m" or "p.m" before the period at i: "at 12:01
// a.m. Thursday" goes on past it.
func clockTime(s string, start, i int) bool {
	if i-start < 4 {
		return false
	}
	w := s[i-4 : i] // " a.m" or "9a.m"
	return (strings.EqualFold(w[1:], "a.m") || strings.EqualFold(w[1:], "p.m")) && (w[0] == ' ' || isDigit(w[0]))
}

// daysAndZones follow a time of day in the same sentence.
var daysAndZones = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"ET", "EST", "EDT", "PT", "PST", "PDT", "CT", "CST", "CDT", "GMT", "UTC", "BST", "CET", "CEST", "local"}

// dayOrZone reports a weekday or a time zone opening s: "Thursday", "ET".
func dayOrZone(s string) bool {
	for _, w := range daysAndZones {
		if rest, ok := strings.CutPrefix(s, w); ok {
			if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

func skipSpace(s string, i, end int) int {
	for i < end {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// IsCloser reports closing quotation marks and brackets.
func IsCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»':
		return true
	}
	return false
}

// IsQuote reports any quotation mark, straight or curly.
func IsQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»':
		return true
	}
	return false
}

// startsSentence reports whether the text at i can begin a sentence.
func startsSentence(s string, i, end int) bool {
	for i < end {
		r, n := utf8.DecodeRuneInString(s[i:])
		if IsQuote(r) || r == '\'' || r == '‘' || r == '(' || r == '[' || (r == ' ' && i > 0) {
			i += n
			continue
		}
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

// numberMark reports "No" or "Nos", which abbreviate "number": they take a
// period only before one. It compares without case and allocates nothing,
// as the tokenizer asks it of every abbreviation.
func numberMark(w string) bool {
	return strings.EqualFold(w, "no") || strings.EqualFold(w, "nos")
}

// digitAfter reports a digit after the period at dot and the spaces after it.
func digitAfter(s string, dot int) bool {
	k := dot + 1
	for k < len(s) && s[k] == ' ' {
		k++
	}
	return k < len(s) && s[k] >= '0' && s[k] <= '9'
}

// endsSentence reports whether the period at dot closes a sentence, i.e. the
// word before it is not an abbreviation or an initial.
func endsSentence(s string, start, dot int) bool {
	w := dot
	for w > start {
		r, n := utf8.DecodeLastRuneInString(s[start:w])
		if unicode.IsSpace(r) || r == '(' || IsQuote(r) {
			break
		}
		w -= n
	}
	word := s[w:dot]
	if word == "" {
		return true
	}
	lw := strings.ToLower(word)
	if abbreviations[lw] {
		return numberMark(lw) && !digitAfter(s, dot) // "vote no. The bill" ends; "No. 10" does not
	}
	// Initials and dotted acronyms: "J", "U.S", "U.N".
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		return false
	}
	if strings.Contains(word, ".") && len(word) <= 6 {
		for _, r := range word {
			if r != '.' && !unicode.IsUpper(r) {
				return true
			}
		}
		// "U.S." at the end of a sentence is ambiguous; treat a dotted
		// acronym as an abbreviation, as newsrooms' style guides read it.
		return false
	}
	return true
}
