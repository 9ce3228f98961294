package text

import (
	"encoding/binary"
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
		return asciiAlnum[c]
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return letterOrDigit(r)
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
	s = s[:sp.End] // the loops then test j < len(s), which spares the bounds checks
	i := sp.Start
	for i < len(s) {
		c := s[i]
		if asciiSpace[c] {
			i++ // fast path: ASCII space
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
		}
		if !isWordRune(r) {
			if (r == '\'' || r == '`') && i+1 < len(s) && s[i+1] == s[i] {
				n = 2 // '' and `` stand for double quotation marks in some typesetting
			}
			out = append(out, Token{parley.Span{Start: i, End: i + n}, s[i : i+n]})
			i += n
			continue
		}
		j := i + n
		for {
			j = asciiRun(s, j) // fast path: ASCII letters and digits
			if j >= len(s) || s[j] == ' ' {
				break // the common end of a word
			}
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r2) {
				j += n2
				continue
			}
			if isJoiner(r2) && j+n2 < len(s) {
				r3, _ := utf8.DecodeRuneInString(s[j+n2:])
				if isWordRune(r3) {
					j += n2
					continue
				}
			}
			break
		}
		if j < len(s) && s[j] == '.' && j-i <= 6 && abbreviation(s[i:j]) && (!numberMark(s[i:j]) || digitAfter(s, j)) {
			j++ // "Mr.", "U.S.", "J." keep their period: it does not end anything
		} else if j < len(s) && (s[j-1] == 's' || s[j-1] == 'S') && (s[j] == '\'' || s[j] == 0xE2) {
			j = pluralPossessive(s, j, len(s)) // "the pilots' union": the apostrophe is the word's
		}
		if k := codeLength(s[i:j]); k > 0 && gluedSign(s[i:i+k]) {
			out = append(out, Token{parley.Span{Start: i, End: i + k}, s[i : i+k]}) // "Rs250": the sign, then the numeral
			i += k
		}
		out = append(out, Token{parley.Span{Start: i, End: j}, s[i:j]})
		i = j
	}
	return out
}

// asciiRun returns the end of the ASCII letters and digits of s from j.
// Out of line, the loop keeps its registers: inside AppendTokens it spilled
// them on every byte.
//
//go:noinline
func asciiRun(s string, j int) int {
	for j < len(s) && asciiAlnum[s[j]] {
		j++
	}
	return j
}

// gluedSigns are the codes written onto numerals; not every code is
// ("COP26" is a summit, not Colombian pesos).
var gluedSigns = map[string]bool{"rs": true, "sh": true, "nis": true, "qr": true, "usd": true, "eur": true, "gbp": true, "inr": true, "pkr": true, "ksh": true, "egp": true, "sar": true, "aed": true, "sr": true, "dh": true, "dhs": true}

// codeLength returns where a numeral starts in w when a currency code may
// be written onto it ("Rs250", "EUR40m", "NIS5bn"): after two bytes or
// three; 0 when no digit stands there, as in most words. It inlines in the
// tokenizer's loop; gluedSign then tests the code.
func codeLength(w string) int {
	k := 2
	if len(w) > k && !isDigit(w[k]) {
		k = 3
	}
	if k < len(w) && isDigit(w[k]) {
		return k
	}
	return 0
}

// gluedSign reports one of gluedSigns written onto a numeral, code being
// the bytes before its first digit ("Rs" of "Rs250"). The codes are
// letters: a digit or any other byte in code matches none.
func gluedSign(code string) bool {
	switch lower := strings.ToLower(code); lower {
	case "sh":
		return code == "Sh" // "SH60" is a helicopter: the shilling is written "Sh"
	case "dh", "dhs":
		return code[1] == 'h' // "DH4" is a biplane: the dirham is written "Dh"
	default:
		return gluedSigns[lower]
	}
}

// asciiAlnum marks the ASCII letters and digits: one load per byte in the
// tokenizer's inner loop.
var asciiAlnum = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// asciiSpace marks the ASCII white space of unicode.IsSpace.
var asciiSpace = func() (t [256]bool) {
	for _, c := range "\t\n\v\f\r " {
		t[c] = true
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
		return asciiAlnum[r] || r == '_'
	}
	return letterOrDigit(r)
}

// letterOrDigit is isWordRune beyond ASCII, apart so that the ASCII test
// inlines.
func letterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '‐', '.', ',':
		return true
	}
	return false
}

// bulletProse is the word count from which a bulleted line reads as a
// sentence though no period ends it.
const bulletProse = 12

// SummaryPoint reports a line that opens with the list marker marker and
// holds words words, enough to read as a sentence though no period ends
// it: a live page's summary point ("- Biden says Israel has offered a
// three-phase plan to end the war"), not a related link or a heading.
func SummaryPoint(marker string, words int) bool { return IsBullet(marker) && words >= bulletProse }

// IsBullet reports a list marker token: "-", "•", "*" and their kin.
func IsBullet(t string) bool {
	switch t {
	case "-", "•", "*", "·", "▪", "●": // not the dashes that open a credit or a signature: "— Ann Lee reported from Cairo"
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
// offsets into s also index the result. ASCII is folded eight bytes at a
// time in a copy of s: this runs once per article over all of its text.
func Lower(s string) (string, bool) {
	if s == "" {
		return "", true
	}
	buf := []byte(s)
	for i := 0; i < len(buf); {
		if i+8 <= len(buf) {
			if x := binary.LittleEndian.Uint64(buf[i:]); x&0x8080808080808080 == 0 {
				binary.LittleEndian.PutUint64(buf[i:], lowerASCII8(x))
				i += 8
				continue
			}
		}
		c := buf[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				buf[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r {
			if utf8.RuneLen(l) != n {
				return strings.ToLower(s), false
			}
			utf8.EncodeRune(buf[i:], l)
		}
		i += n
	}
	return unsafe.String(&buf[0], len(buf)), true // buf is never written again
}

// lowerASCII8 folds the eight ASCII bytes of x to lower case. Adding 0x3f
// to a byte below 0x80 sets its top bit when it is 'A' or above, adding
// 0x25 when it is above 'Z'; no sum carries into the next byte. The bytes
// with the first bit and not the second are capitals: they gain 0x20.
func lowerASCII8(x uint64) uint64 {
	const ones = 0x0101010101010101
	upper := (x + 0x3f*ones) &^ (x + 0x25*ones) & (0x80 * ones)
	return x | upper>>2
}
