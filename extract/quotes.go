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
// ("...wide,” he said) so roles are read per mark, not paired by kind.
// Roles restart at each paragraph: one stray mark cannot flip a whole article.
func quoteRoles(s string, toks []text.Token) []int8 {
	roles := make([]int8, len(toks))
	open := false
	for i, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		switch t.Text {
		case "''":
			r = '"'
		case "``":
			r = '“'
		}
		switch r {
		case '“', '«', '„':
			roles[i], open = openQuote, true
		case '”', '»':
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
	return roles
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

// hasQuoteMark reports a double quotation mark of any kind in s.
func hasQuoteMark(s string) bool {
	return strings.ContainsAny(s, "\"“”«»„") || strings.Contains(s, "''")
}
