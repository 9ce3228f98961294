package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/parley-news/parley"
)

// Token is a word, a number or a single punctuation mark, with its offsets.
type Token struct {
	parley.Span
	Text string
}

// IsWord reports whether the token starts with a letter or a digit.
func (t Token) IsWord() bool {
	if t.Text == "" {
		return false
	}
	if c := t.Text[0]; c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// Tokens splits s[sp] into tokens. A word keeps inner apostrophes, hyphens,
// periods and commas between letters or digits ("Abu-Zuhri", "U.S",
// "1,200", "1.4", "Hamas's"); everything else that is not space is a token
// of its own.
func Tokens(s string, sp parley.Span) []Token {
	return AppendTokens(make([]Token, 0, sp.Len()/5+1), s, sp)
}

// AppendTokens appends the tokens of s[sp] to out.
func AppendTokens(out []Token, s string, sp parley.Span) []Token {
	i := sp.Start
	for i < sp.End {
		if c := s[i]; c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			i++ // fast path: ASCII space
			continue
		}
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:sp.End])
		}
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			if (r == '\'' || r == '`') && i+1 < sp.End && s[i+1] == s[i] {
				n = 2 // '' and `` stand for double quotation marks in some typesetting
			}
			out = append(out, Token{parley.Span{Start: i, End: i + n}, s[i : i+n]})
			i += n
			continue
		}
		j := i + n
		for j < sp.End {
			if asciiAlnum[s[j]] {
				j++ // fast path: ASCII letters and digits
				continue
			}
			r2, n2 := utf8.DecodeRuneInString(s[j:sp.End])
			if isWordRune(r2) {
				j += n2
				continue
			}
			if isJoiner(r2) && j+n2 < sp.End {
				r3, _ := utf8.DecodeRuneInString(s[j+n2 : sp.End])
				if isWordRune(r3) {
					j += n2
					continue
				}
			}
			break
		}
		if j < sp.End && s[j] == '.' && j-i <= 6 && abbreviation(s[i:j]) && (!numberMark(s[i:j]) || digitAfter(s[:sp.End], j)) {
			j++ // "Mr.", "U.S.", "J." keep their period: it does not end anything
		} else if j < sp.End && (s[j-1] == 's' || s[j-1] == 'S') && (s[j] == '\'' || s[j] == 0xE2) {
			j = pluralPossessive(s, j, sp.End) // "the pilots' union": the apostrophe is the word's
		}
		out = append(out, Token{parley.Span{Start: i, End: j}, s[i:j]})
		i = j
	}
	return out
}

// asciiAlnum marks the ASCII letters and digits: one load per byte in the
// tokenizer's inner loop.
var asciiAlnum = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// pluralPossessive returns the end of an apostrophe at j that a space and
// a word follow ("pilots' union"), or j when there is none.
func pluralPossessive(s string, j, end int) int {
	n := 0
	switch {
	case j < end && s[j] == '\'':
		n = 1
	case strings.HasPrefix(s[j:end], "’"):
		n = len("’")
	default:
		return j
	}
	if j+n+1 < end && s[j+n] == ' ' {
		if r, _ := utf8.DecodeRuneInString(s[j+n+1 : end]); isWordRune(r) {
			return j + n
		}
	}
	return j
}

// abbreviation reports a word that takes a period without ending a
// sentence: a known abbreviation, a single capital, a dotted acronym.
func abbreviation(w string) bool {
	if abbreviations[strings.ToLower(w)] {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) {
		return unicode.IsUpper(r)
	}
	if !strings.Contains(w, ".") || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if r != '.' && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '‐', '.', ',':
		return true
	}
	return false
}

// IsAcronym reports a word written in ASCII capital letters only ("US",
// "UN", "IDF"). It reads bytes, so the hot scans that call it map no case.
func IsAcronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// Lower returns s in lower case and whether folding kept every byte offset
// (true unless some non-ASCII letter changes its encoded length), so that
// offsets into s also index the result. ASCII is folded byte by byte into
// one buffer: this runs once per article over all of its text.
func Lower(s string) (string, bool) {
	if s == "" {
		return "", true
	}
	buf := make([]byte, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		l := unicode.ToLower(r)
		if l != r && utf8.RuneLen(l) != n {
			return strings.ToLower(s), false
		}
		if l != r {
			utf8.EncodeRune(buf[i:], l)
		} else {
			copy(buf[i:i+n], s[i:i+n])
		}
		i += n
	}
	return unsafe.String(&buf[0], len(buf)), true // buf is never written again
}
