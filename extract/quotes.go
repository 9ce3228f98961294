package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/text"
)

// Quote-mark roles of a token.
const (
	notQuote   = 0
	openQuote  = 1
	closeQuote = -1
)

// quoteRoles classifies each double quotation mark of a paragraph's tokens
// as opening or closing. Curly and guillemet marks say which they are; a
// straight mark opens when it follows space or an opening bracket and the
// next character is not space, and closes otherwise. Writers mix the two
// ("...wide,” he said) so roles are read per mark, not paired by kind, and
// a closing mark with space before it and a word after, outside any
// quotation, opens one.
// Roles restart at each paragraph: one stray mark cannot flip a whole article.
//
// With single set (an article quoting in single marks, British style), the
// single marks play those parts and double marks, nested, play none.
func quoteRoles(s string, toks []text.Token, roles []int8, single bool) {
	open := false
	for i, t := range toks {
		if c := t.Text[0]; c < utf8.RuneSelf && c != '"' && c != '\'' && c != '`' {
			continue // fast path: no ASCII quote
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		switch t.Text {
		case "''":
			r = '"'
		case "``":
			r = '“'
		}
		if single {
			switch r {
			case '‘':
				r = '“'
			case '’':
				r = '”'
			case '\'':
				r = '"'
			case '"', '“', '”', '«', '»', '„':
				continue
			}
		}
		switch r {
		case '“', '«', '„':
			roles[i], open = openQuote, true
		case '”', '»':
			if !open && spaceBefore(s, t.Start) && !spaceAfter(s, t.End) {
				roles[i], open = openQuote, true // a closing mark typed for an opening one: ”We will vote.”
				break
			}
			roles[i], open = closeQuote, false
		case '"':
			// Inside a quotation a straight mark closes it, whatever the
			// spacing ("...optimism. "Later" in flattened text); outside,
			// spacing tells a stray closer from an opener.
			before, after := spaceBefore(s, t.Start), spaceAfter(s, t.End)
			switch {
			case open:
				roles[i], open = closeQuote, false
			case !before && after:
				roles[i] = closeQuote
			default:
				roles[i], open = openQuote, true
			}
		}
	}
}

func spaceBefore(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '—' || r == '–'
}

func spaceAfter(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r) || unicode.IsPunct(r)
}

// singleQuoted reports an article that quotes in single marks: more
// single opening marks (‘, or ' after a space and before a letter) than
// double marks, and at least two. Nested quotations take the other kind,
// so the count tells the house style.
func singleQuoted(s string) bool {
	singles := strings.Count(s, "‘")
	doubles := strings.Count(s, `"`) + strings.Count(s, "“") + strings.Count(s, "”") + strings.Count(s, "„")
	for i := strings.IndexByte(s, '\''); i >= 0; {
		switch {
		case i+1 < len(s) && s[i+1] == '\'':
			doubles++ // '' typeset for a double mark
			i++
		case (i == 0 || s[i-1] == ' ' || s[i-1] == '\n' || s[i-1] == '(') && i+1 < len(s) && isLetterByte(s[i+1]):
			singles++
		}
		next := strings.IndexByte(s[i+1:], '\'')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return singles >= 2 && singles > doubles
}

func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// hasQuoteMark reports a double quotation mark of any kind in s: a
// straight one, two straight single marks in a row, or “ ” „ « ». One
// vectorised search per mark is faster than one pass that tests each
// byte: it runs over every record's text.
func hasQuoteMark(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "''") ||
		strings.Contains(s, "“") || strings.Contains(s, "”") || strings.Contains(s, "„") ||
		strings.Contains(s, "«") || strings.Contains(s, "»")
}
