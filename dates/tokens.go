package dates

import (
	"time"
	"unicode"
	"unicode/utf8"
)

// word is a token's meaning for the date rules; none for any other word.
type word uint8

const (
	none word = iota
	monday
	tuesday
	wednesday
	thursday
	friday
	saturday
	sunday
	january
	february
	march
	april
	may
	june
	july
	august
	september
	october
	november
	december
	on
	in
	since
	during
	until
	by
	from
	of
	the
	last
	this
	next
	past
	earlier
	later
	early
	mid
	late
	ago
	before
	yesterday
	today
	tonight
	tomorrow
	morning
	afternoon
	evening
	night
	dayUnit
	weekUnit
	monthUnit
	yearUnit
)

func (w word) isWeekday() bool { return monday <= w && w <= sunday }
func (w word) isMonth() bool   { return january <= w && w <= december }
func (w word) isUnit() bool    { return dayUnit <= w && w <= yearUnit }

func (w word) weekday() time.Weekday { return time.Weekday((w - monday + 1) % 7) }
func (w word) month() time.Month     { return time.Month(w - january + 1) }

// entry is what a word means to the date rules.
type entry struct {
	word   word
	num    int  // the value of a number word; -1 otherwise
	abbrev bool // a month abbreviation, which may carry a full stop
	plural bool // a plural unit ("weeks")
}

// lexicon maps lower-case words to their meaning. Month abbreviations that
// are also common words ("mar", "may") are left out; "a" and "an" count
// one, as in "a week ago".
var lexicon = func() map[string]entry {
	words := map[string]word{
		"monday": monday, "tuesday": tuesday, "wednesday": wednesday, "thursday": thursday,
		"friday": friday, "saturday": saturday, "sunday": sunday,
		"january": january, "february": february, "march": march, "april": april, "may": may,
		"june": june, "july": july, "august": august, "september": september,
		"october": october, "november": november, "december": december,
		"on": on, "in": in, "since": since, "during": during, "until": until, "by": by,
		"from": from, "of": of, "the": the, "last": last, "this": this, "next": next,
		"past": past, "earlier": earlier, "later": later, "early": early, "mid": mid,
		"late": late, "ago": ago, "before": before, "yesterday": yesterday, "today": today,
		"tonight": tonight, "tomorrow": tomorrow, "morning": morning, "afternoon": afternoon,
		"evening": evening, "night": night,
		"day": dayUnit, "days": dayUnit, "week": weekUnit, "weeks": weekUnit,
		"month": monthUnit, "months": monthUnit, "year": yearUnit, "years": yearUnit,
	}
	abbreviations := map[string]word{
		"jan": january, "feb": february, "apr": april, "jun": june, "jul": july, "aug": august,
		"sep": september, "sept": september, "oct": october, "nov": november, "dec": december,
	}
	counts := map[string]int{
		"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
		"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	}
	lex := make(map[string]entry, len(words)+len(abbreviations)+len(counts))
	for k, w := range words {
		lex[k] = entry{word: w, num: -1, plural: w.isUnit() && k[len(k)-1] == 's'}
	}
	for k, w := range abbreviations {
		lex[k] = entry{word: w, num: -1, abbrev: true}
	}
	for k, n := range counts {
		lex[k] = entry{num: n}
	}
	return lex
}()

// token is a run of letters and digits in the text.
type token struct {
	start, end int32
	num        int32 // the value of a number or number word; -1 otherwise
	word       word
	digits     uint8 // how many digits a number has; 0 for words
	upper      bool  // starts with an upper-case letter
	abbrev     bool  // a month abbreviation
	plural     bool  // a plural unit
}

// maxWord is the length of the longest word in the lexicon.
const maxWord = len("wednesday")

// tokenize appends the tokens of text that may belong to a date expression
// to toks. Other words are left out: the letters they leave between two
// tokens keep those apart (see scanner.linked). A number keeps an ordinal
// suffix ("7th"); any other mix of digits and letters means nothing.
func tokenize(text string, toks []token) []token {
	for i := 0; i < len(text); {
		start := i
		for i < len(text) {
			r, n := rune(text[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(text[i:])
			}
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			i += n
		}
		if i == start {
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
			continue
		}
		if t := classify(text[start:i], start); t.word != none || t.num >= 0 {
			toks = append(toks, t)
		}
	}
	return toks
}

// classify makes the token for the word w found at offset start.
func classify(w string, start int) token {
	t := token{start: int32(start), end: int32(start + len(w)), num: -1}
	digits := 0
	for digits < len(w) && '0' <= w[digits] && w[digits] <= '9' {
		digits++
	}
	if digits > 0 {
		if digits <= 4 && (digits == len(w) || isOrdinal(w[digits:])) {
			t.num, t.digits = 0, uint8(digits)
			for _, c := range w[:digits] {
				t.num = t.num*10 + int32(c-'0')
			}
		}
		return t
	}
	if len(w) > maxWord {
		return t
	}
	var buf [maxWord]byte
	for j := range len(w) {
		c := w[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[j] = c
	}
	lower := buf[:len(w)]
	t.upper = 'A' <= w[0] && w[0] <= 'Z'
	if e, ok := lexicon[string(lower)]; ok {
		t.word, t.num, t.abbrev, t.plural = e.word, int32(e.num), e.abbrev, e.plural
	}
	return t
}

func isOrdinal(suffix string) bool {
	switch suffix {
	case "st", "nd", "rd", "th", "ST", "ND", "RD", "TH":
		return true
	}
	return false
}
