package text

import (
	"iter"
	"maps"
	"math"
	"strconv"
	"strings"

	"github.com/parley-news/parley"
)

// Number is a quantity written in a run of tokens: numerals ("27,700",
// "1.4 million", "$14bn"), words ("eight", "thirty seven thousands",
// "a million") or a range of either ("2.1-2.4 million", "two to three").
type Number struct {
	parley.Span         // the number as written, currency sign and scale words included
	First, Last int     // the tokens holding it: toks[First:Last]
	Value       float64 // the number, or a range's lower bound
	High        float64 // a range's upper bound; 0 when the number is not a range
	Currency    string  // "usd", "eur", "gbp", "ils" when a sign names one
	Suffix      string  // what a hyphen joins to the number, lower case: "day" in "42-day"
	Words       bool    // written in words rather than digits
}

// ParseNumber reads s as exactly one number, as FindNumbers would find it:
// "1,200", "1.4 million", "$14bn", "thirty-seven thousand", "a million".
func ParseNumber(s string) (float64, bool) {
	toks := Tokens(s, parley.Span{Start: 0, End: len(s)})
	nums := FindNumbers(toks, nil)
	if len(nums) != 1 || nums[0].First != 0 || nums[0].Last != len(toks) || nums[0].Suffix != "" {
		return 0, false
	}
	return nums[0].Value, true
}

// wordValues are the number words that can start or continue a number.
var wordValues = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
	"ninety": 90,
}

// scales multiply what comes before them. The plural forms count only after
// a number ("thirty seven thousands"); alone ("thousands") they are vague.
var scales = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
	"bn": 1e9, "mn": 1e6, "tn": 1e12, "bln": 1e9, "mln": 1e6, "trln": 1e12, "dozen": 12,
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, // South Asian scales: "Rs 500 crore"
}

// numeralSuffixes are scale abbreviations written onto a numeral: "14bn", "2m", "5k".
var numeralSuffixes = map[string]float64{
	"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "b": 1e9, "tn": 1e12,
	"million": 1e6, "billion": 1e9, "trillion": 1e12,
}

// currencySigns name a currency written before a numeral.
var currencySigns = map[string]string{"$": "usd", "€": "eur", "£": "gbp", "₪": "ils", "usd": "usd", "nis": "ils",
	"eur": "eur", "gbp": "gbp", "ils": "ils", "qr": "qar", "qar": "qar", "egp": "egp", "sar": "sar", "aed": "aed", "sr": "sar", "dh": "aed", "dhs": "aed",
	"₹": "inr", "rs": "inr", "inr": "inr", "cny": "cny", "rmb": "cny", "jpy": "jpy",
	"pkr": "pkr", "kes": "kes", "ksh": "kes", "sh": "kes", "zar": "zar", "ngn": "ngn", "amd": "amd", "azn": "azn", "cop": "cop", "chf": "chf", "sgd": "sgd"}

// currencyNames name a currency written as words after a numeral, by the
// noun alone when it names one currency ("dirhams"), else by the country's
// adjective and the noun ("Egyptian pounds"; plain "pounds" may weigh).
var currencyNames = map[string]string{
	"dollars": "usd", "dollar": "usd", "euros": "eur", "euro": "eur", "sterling": "gbp",
	"shekels": "ils", "shekel": "ils",
	"dirhams": "aed", "dirham": "aed", "rubles": "rub", "roubles": "rub", "hryvnias": "uah",
	"yuan": "cny", "renminbi": "cny", "yen": "jpy", "rupees": "inr", "rupee": "inr",
	"egyptian pounds": "egp", "egyptian pound": "egp", "lebanese pounds": "lbp", "lebanese pound": "lbp",
	"syrian pounds": "syp", "syrian pound": "syp", "qatari riyals": "qar", "qatari riyal": "qar",
	"saudi riyals": "sar", "saudi riyal": "sar", "jordanian dinars": "jod", "jordanian dinar": "jod",
	"turkish lira": "try", "turkish liras": "try", "iranian rials": "irr", "iranian rial": "irr",
	"pakistani rupees": "pkr", "pakistani rupee": "pkr", "indian rupees": "inr", "indian rupee": "inr",
	"kenyan shillings": "kes", "kenyan shilling": "kes", "ugandan shillings": "ugx", "tanzanian shillings": "tzs",
	"swiss francs": "chf", "swiss franc": "chf", "colombian pesos": "cop", "mexican pesos": "mxn",
	"rand": "zar", "drams": "amd", "dram": "amd", "naira": "ngn", "ringgit": "myr", "rupiah": "idr", "taka": "bdt",
	"azerbaijani manat": "azn", "georgian lari": "gel", "hryvnia": "uah", "zlotys": "pln", "zloty": "pln",
}

// CurrencyNamed returns the currency code that noun, after the word
// before it, names ("egyptian", "pounds" -> "egp"); "" when none. Both are
// lower case.
func CurrencyNamed(before, noun string) string {
	if c := currencyNames[before+" "+noun]; c != "" {
		return c
	}
	return currencyNames[noun]
}

// sharedCurrencies are signs and names several countries' currencies
// use, with the country that owns each; the first is the default, "" to
// keep the word as the unit.
var sharedCurrencies = map[string][]struct{ code, country string }{
	"rs":        {{"inr", "India"}, {"pkr", "Pakistan"}, {"lkr", "Sri Lanka"}, {"npr", "Nepal"}},
	"shillings": {{"", ""}, {"kes", "Kenya"}, {"ugx", "Uganda"}, {"tzs", "Tanzania"}, {"sos", "Somalia"}},
}

// LocalCurrency returns the currency a figure's unit stands for in an
// article. A sign or a name several countries share ("Rs", plain "rupees"
// and "shillings") is the currency of the country the article names most
// ("Pakistan", "Pakistani"), else the default; a rupee written "Indian",
// "INR" or "₹" is India's. Any other unit is returned as it is.
func LocalCurrency(unit, written, article string) string {
	sign := unit
	if unit == "inr" && !strings.Contains(written, "Indian") && !strings.Contains(written, "INR") && !strings.Contains(written, "₹") {
		sign = "rs" // "Rs250 million", "2 billion rupees": the rupee of the article's country
	}
	if unit == "kes" && strings.Contains(written, "Sh") && !strings.Contains(written, "KSh") && !strings.Contains(written, "Shilling") {
		sign = "shillings" // "Sh2 billion" in Nairobi, Kampala or Dar es Salaam
	}
	cs, ok := sharedCurrencies[sign]
	if !ok {
		return unit
	}
	best, most := "", -1
	for _, c := range cs { // the default first: another wins only when named more often
		n := 0
		if c.country != "" {
			n = countWord(article, c.country)
		}
		if n > most {
			best, most = c.code, n
		}
	}
	if best == "" {
		return unit
	}
	return best
}

// countWord counts w in s where it starts a word and runs on only into
// "n" or "i" ("India", "Indian"; "Pakistan", "Pakistani"), not "Indiana".
func countWord(s, w string) int {
	letterAt := func(i int) bool { return i >= 0 && i < len(s) && isLetter(s[i]) }
	n := 0
	for at := 0; ; {
		k := strings.Index(s[at:], w)
		if k < 0 {
			return n
		}
		k += at
		at = k + len(w)
		if !letterAt(k-1) && (!letterAt(at) || (s[at] == 'n' || s[at] == 'i') && !letterAt(at+1)) {
			n++
		}
	}
}

// dollarPrefixes name the dollar a letter prefix marks: "US$", "A$", "C$".
var dollarPrefixes = map[string]string{"US": "usd", "A": "aud", "C": "cad", "NZ": "nzd", "HK": "hkd", "S": "sgd"}

// IsCurrency reports whether unit is a currency code a Number's Currency
// can hold ("usd", "aud").
func IsCurrency(unit string) bool { return currencies[unit] }

// currencies are the codes currencySigns, dollarPrefixes and
// currencyNames name.
var currencies = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range currencySigns {
		m[c] = true
	}
	for _, c := range dollarPrefixes {
		m[c] = true
	}
	for _, c := range currencyNames {
		m[c] = true
	}
	return m
}()

// IsTimeUnit reports a plural unit of time, lower case: "days", "hours".
// A figure in one measures a duration; "two and a half" may come before one.
func IsTimeUnit(w string) bool {
	switch w {
	case "hours", "days", "weeks", "months", "years", "decades", "minutes":
		return true
	}
	return false
}

// fractions of a scale: "a quarter of a million", "two and a half million".
var fractions = map[string]float64{"half": 0.5, "quarter": 0.25, "third": 1.0 / 3}

// FindNumbers appends to dst every number in toks, in order.
func FindNumbers(toks []Token, dst []Number) []Number {
	for i := 0; i < len(toks); {
		if !mayStartNumber(toks[i].Text) {
			i++ // most tokens, tested before the call that returns a whole Number
			continue
		}
		n, ok := numberAt(toks, i)
		if !ok {
			i++
			continue
		}
		dst = append(dst, n)
		i = n.Last
	}
	return dst
}

// numberAt reads the number starting at toks[i], if one does; mayStartNumber
// has passed toks[i].
func numberAt(toks []Token, i int) (Number, bool) {
	first := i
	currency, width := currencyAt(toks, i)
	if width > 0 {
		i += width
		if i >= len(toks) || !startsDigit(toks[i].Text) {
			return Number{}, false
		}
	}
	n, scale, ok := quantityAt(toks, i)
	if !ok || width > 0 && gluedOnlySigns[strings.ToLower(toks[first].Text)] && scale == 1 && n.Value < 1000 {
		return Number{}, false // "SR520" is a road, "SR71" a plane: riyals come in thousands or millions
	}
	if width > 0 {
		n.First, n.Start, n.Currency = first, toks[first].Start, currency
	}
	if n.High == 0 && n.Suffix == "" {
		n = rangeAfter(toks, n, scale)
	}
	n.Value, n.High = tidy(n.Value), tidy(n.High)
	return n, true
}

// tidy drops the binary rounding error that scaling a decimal leaves
// ("65.4 billion" is 65400000000.00001 as 65.4*1e9): twelve significant
// digits are more than any written number holds.
func tidy(v float64) float64 {
	if v == 0 || v == math.Trunc(v) || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	scale := math.Pow(10, 11-math.Floor(math.Log10(math.Abs(v))))
	if r := math.Round(v*scale) / scale; !math.IsInf(r, 0) && !math.IsNaN(r) {
		return r
	}
	return v
}

// mayStartNumber is a quick test, without allocating, that a token can
// start a number: a digit, a currency sign, an article or a number word.
func mayStartNumber(t string) bool {
	switch c := t[0]; {
	case isDigit(c) || c >= 0x80 || c == '$':
		return true
	case c == 'a' || c == 'A':
		return true // "a million", "A$"
	case dollarShapes.may(c, len(t)) && dollarPrefixes[t] != "":
		return true // "US$", "C$", "NZ$"
	}
	var buf [12]byte
	n := 0
	for n < len(t) && t[n] != '-' && t[n] < 0x80 {
		if n == len(buf) {
			return false
		}
		buf[n] = t[n] | 0x20
		n++
	}
	if n == 0 || !startShapes.may(buf[0], n) {
		return false // most words: no number word or currency code has their first letter and length
	}
	if _, ok := wordValues[string(buf[:n])]; ok {
		return true
	}
	_, ok := currencySigns[string(buf[:n])]
	return ok
}

// keyShapes holds, per first byte, the lengths of the keys of some maps
// (bit n for length n, bit 31 for any longer): a word whose first byte and
// length no key has needs no map look-up.
type keyShapes [256]uint32

func shapesOf(keys ...iter.Seq[string]) *keyShapes {
	var s keyShapes
	for _, ks := range keys {
		for k := range ks {
			if k != "" {
				s[k[0]] |= 1 << min(len(k), 31)
			}
		}
	}
	return &s
}

// may reports whether some key starts with byte first and is n bytes long.
func (s *keyShapes) may(first byte, n int) bool { return s[first]&(1<<min(n, 31)) != 0 }

// The words mayStartNumber looks up.
var (
	dollarShapes = shapesOf(maps.Keys(dollarPrefixes))
	startShapes  = shapesOf(maps.Keys(wordValues), maps.Keys(currencySigns))
)

// currencyAt returns the currency a sign at toks[i] names ("$", "US$",
// "USD") and how many tokens the sign takes; width 0 when there is none.
func currencyAt(toks []Token, i int) (currency string, width int) {
	t := toks[i].Text
	if i+1 < len(toks) && toks[i+1].Text == "$" && toks[i].End == toks[i+1].Start {
		if c, ok := dollarPrefixes[t]; ok {
			return c, 2 // "US$", "A$50 million"
		}
	}
	lower := strings.ToLower(t)
	if c, ok := currencySigns[lower]; ok {
		if gluedOnlySigns[lower] && (i+1 == len(toks) || toks[i].End != toks[i+1].Start) {
			return "", 0 // "SR500 million" is riyals; "SR 91" may be a road
		}
		return c, 1
	}
	return "", 0
}

// gluedOnlySigns name a currency only when written onto the numeral: apart
// from one they are as often other abbreviations.
var gluedOnlySigns = map[string]bool{"sr": true, "dh": true, "dhs": true}

// quantityAt reads one number (no range) from toks[i]: a numeral or a run
// of number words, with the scale words after it. scale is what the scale
// words multiplied it by (1 when none did).
func quantityAt(toks []Token, i int) (n Number, scale float64, ok bool) {
	n = Number{First: i, Span: toks[i].Span}
	var total, current float64 // total holds the finished thousands groups
	var last float64           // the last word's worth, to refuse "seven eight"
	scale = 1
	j := i
	t := toks[j].Text
	switch {
	case startsDigit(t):
		v, high, suffix, ok := parseNumeral(t)
		if !ok {
			return Number{}, 0, false
		}
		current, n.High, n.Suffix = v, high, suffix
		// "$1.5-billion", "a 14-billion-dollar package"
		if h, rest := splitHyphen(suffix); scales[h] >= 1e3 {
			current, n.High, n.Suffix = current*scales[h], n.High*scales[h], rest
			scale = scales[h]
		}
	case isArticle(t):
		if j+1 >= len(toks) || !isSingularScale(toks[j+1].Text) {
			return Number{}, 0, false
		}
		current, n.Words = 1, true // "a million": the scale follows
		if i > 0 && strings.EqualFold(toks[i-1].Text, "half") {
			current, n.First, n.Start = 0.5, i-1, toks[i-1].Start // "half a million"
		} else if f := i - 2; f >= 0 && strings.EqualFold(toks[i-1].Text, "of") && fractions[strings.ToLower(toks[f].Text)] > 0 {
			current, n.First, n.Start = fractions[strings.ToLower(toks[f].Text)], f, toks[f].Start // "a quarter of a million"
			if f > 0 && isArticle(toks[f-1].Text) {
				n.First, n.Start = f-1, toks[f-1].Start
			}
		}
	default:
		head, rest := splitHyphen(strings.ToLower(t))
		v, ok := wordValues[head]
		if !ok {
			return Number{}, 0, false
		}
		current, last, n.Words = v, v, true
		current, last, n.Suffix = addWords(current, last, rest)
	}
	j++
	// Further words: "thirty seven thousands", "1.4 million", "two hundred and fifty".
	for n.Suffix == "" && j < len(toks) {
		w := strings.ToLower(toks[j].Text)
		if s, ok := scales[w]; ok {
			if s < 1e3 {
				current *= s
			} else {
				total += current * s
				current = 0
			}
			last, scale = s, scale*s
			n.High *= s
			j++
			continue
		}
		if !n.Words {
			break
		}
		if w == "and" && last < 100 && j+3 < len(toks) && strings.EqualFold(toks[j+1].Text, "a") && strings.EqualFold(toks[j+2].Text, "half") {
			if s, ok := scales[strings.ToLower(toks[j+3].Text)]; ok && s >= 1e3 || IsTimeUnit(strings.ToLower(toks[j+3].Text)) {
				current += 0.5 // "two and a half million", "two and a half hours"
				j += 3
				continue
			}
		}
		if w == "and" && last >= 100 && j+1 < len(toks) {
			if head, _ := splitHyphen(strings.ToLower(toks[j+1].Text)); wordValues[head] > 0 && wordValues[head] < 100 { // "and five", "and twenty-three"
				j++
				continue
			}
			break
		}
		head, rest := splitHyphen(w)
		v, ok := wordValues[head]
		if !ok || !joins(last, v) {
			break
		}
		current, last, n.Suffix = addWords(current+v, v, rest)
		j++
	}
	n.Value = total + current
	n.Last = j
	n.End = toks[j-1].End
	return n, scale, true
}

// addWords adds the hyphen-joined number words at the start of rest
// ("seven" in "seven-day") and returns what is left as the suffix ("day").
func addWords(current, last float64, rest string) (float64, float64, string) {
	for rest != "" {
		h, r := splitHyphen(rest)
		v, ok := wordValues[h]
		if !ok || !joins(last, v) {
			break
		}
		current, last, rest = current+v, v, r
	}
	return current, last, rest
}

// joins reports whether the number word worth next continues a number whose
// last word was worth last: "thirty seven", "hundred five", not "seven eight".
func joins(last, next float64) bool {
	switch {
	case last >= 100:
		return next < 100
	case last >= 20 && int(last)%10 == 0:
		return next < 10 && next > 0
	}
	return false
}

// IsMonth reports a calendar month's name or abbreviation, lower case:
// "october", "oct", "sept".
func IsMonth(w string) bool { return monthNames[w] }

var monthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// rangeLeads make "from X to Y" a range rather than a change: "anywhere
// from five to 10 billion", "ranging from".
var rangeLeads = map[string]bool{"anywhere": true, "ranging": true, "ranged": true, "ranges": true, "range": true, "vary": true, "varies": true, "varying": true}

// changeFrom reports "from" before the number at first, which makes "from
// 10 to 20" a change ("rose from 10 to 20"), unless a range lead comes
// before it ("anywhere from 10 to 20").
func changeFrom(toks []Token, first int) bool {
	return first > 0 && strings.EqualFold(toks[first-1].Text, "from") && !(first > 1 && rangeLeads[strings.ToLower(toks[first-2].Text)])
}

// rangeAfter extends n over a range written after it: "10 to 15", "two or
// three", "300,000 - 400,000", "between 700 and 1,000" ("10-15", one token,
// is parseNumeral's).
// A scale written once applies to both ends: "1.2 to 1.5 million". "from 10
// to 20" is a change, not a range.
func rangeAfter(toks []Token, n Number, scale float64) Number {
	j := n.Last
	if j+1 >= len(toks) {
		return n
	}
	sep := strings.ToLower(toks[j].Text)
	switch sep {
	case "-", "–", "or":
	case "to":
		if changeFrom(toks, n.First) {
			return n
		}
	case "and":
		if n.First == 0 || !strings.EqualFold(toks[n.First-1].Text, "between") {
			return n
		}
	default:
		return n
	}
	switch highDigits := startsDigit(toks[j+1].Text); {
	case !n.Words && !highDigits:
		return n // "10 or eleven" mixes styles: no range
	case n.Words && highDigits && sep == "or":
		return n // nor "ten or 11"; "five to 10" is one, in a style that spells numbers under ten
	}
	high, highScale, ok := quantityAt(toks, j+1)
	if !ok || high.Suffix != "" || high.High != 0 {
		return n
	}
	low := n.Value
	if scale == 1 && highScale > 1 && low*highScale <= high.Value {
		low *= highScale
	}
	if high.Value <= low {
		return n
	}
	if n.First > 0 && IsMonth(strings.ToLower(strings.TrimSuffix(toks[n.First-1].Text, "."))) {
		return n // "since Oct. 7 to 34,789": a date's day, then the count it runs to
	}
	n.Value, n.High = low, high.Value
	n.Last, n.End = high.Last, high.End
	return n
}

// parseNumeral reads a numeral token: "1,200", "1.4", "14bn", "2.1-2.4",
// "42-day". It returns the value, a range's upper bound and the hyphen suffix.
func parseNumeral(t string) (v, high float64, suffix string, ok bool) {
	head, rest := splitHyphen(t)
	v, ok = numeral(head)
	if !ok && rest == "" {
		return unitWritten(head)
	}
	if !ok {
		return 0, 0, "", false
	}
	if rest == "" {
		return v, 0, "", true
	}
	h, r := splitHyphen(rest)
	if startsDigit(h) {
		high, ok = numeral(h)
		if !ok || high <= v {
			return 0, 0, "", false
		}
		return v, high, strings.ToLower(r), true
	}
	return v, 0, strings.ToLower(rest), true
}

// unitWritten reads a numeral with a unit written onto it, "275kg" as
// "275 kg": the letters come back as the suffix, as a hyphen's would.
func unitWritten(t string) (v, high float64, suffix string, ok bool) {
	digits, letters := splitDigits(t)
	unit := strings.ToLower(letters)
	if digits == "" || len(unit) == 0 || len(unit) > 3 || notUnits[unit] {
		return 0, 0, "", false
	}
	for i := 0; i < len(unit); i++ {
		if unit[i] < 'a' || unit[i] > 'z' {
			return 0, 0, "", false
		}
	}
	if v, ok = numeral(digits); !ok {
		return 0, 0, "", false
	}
	return v, 0, unit, true
}

// notUnits are letters on a numeral that name no unit: ordinals ("7th"),
// decades and plurals ("the 1990s", "in their 20s").
var notUnits = map[string]bool{"st": true, "nd": true, "rd": true, "th": true, "s": true}

// splitDigits splits a token into its leading digits, separators and
// decimal points, and the letters written after them: "14bn" -> "14", "bn".
func splitDigits(t string) (digits, letters string) {
	end := 0
	for end < len(t) && (isDigit(t[end]) || t[end] == ',' || t[end] == '.') {
		end++
	}
	return t[:end], t[end:]
}

// numeral reads digits with thousands separators, a decimal part and a
// written scale ("27,700", "1.4", "14bn"). Ordinals ("7th") are not numerals.
func numeral(t string) (float64, bool) {
	digits, letters := splitDigits(t)
	unit := strings.ToLower(letters)
	if digits == "" || !isDigit(digits[0]) || !isDigit(digits[len(digits)-1]) {
		return 0, false
	}
	scale := 1.0
	if unit != "" {
		s, ok := numeralSuffixes[unit]
		if !ok {
			return 0, false
		}
		scale = s
	}
	whole, frac, _ := strings.Cut(digits, ".")
	if strings.ContainsAny(frac, ".,") || !thousandsGroups(whole) {
		return 0, false
	}
	if strings.Contains(whole, ",") {
		digits = strings.ReplaceAll(digits, ",", "")
	}
	v, err := strconv.ParseFloat(digits, 64)
	if err != nil {
		return 0, false
	}
	return v * scale, true
}

// thousandsGroups reports whether the commas in whole, if any, separate
// groups of three digits after a first group of one to three: "27,700".
func thousandsGroups(whole string) bool {
	first := strings.IndexByte(whole, ',')
	if first < 0 {
		return true
	}
	if first > 3 {
		return false
	}
	for i := first; i < len(whole); i += 4 {
		if whole[i] != ',' || i+4 > len(whole) || strings.IndexByte(whole[i+1:i+4], ',') >= 0 {
			return false
		}
	}
	return true
}

// splitHyphen cuts s at its first hyphen, ASCII or Unicode.
func splitHyphen(s string) (head, rest string) {
	i := strings.IndexAny(s, "-‐")
	if i < 0 {
		return s, ""
	}
	if strings.HasPrefix(s[i:], "‐") {
		return s[:i], s[i+len("‐"):]
	}
	return s[:i], s[i+1:]
}

func isArticle(t string) bool { return t == "a" || t == "A" || t == "an" || t == "An" }

// isSingularScale reports the scale words "a" can stand before: "a million".
func isSingularScale(t string) bool {
	switch strings.ToLower(t) {
	case "hundred", "thousand", "million", "billion", "trillion", "dozen":
		return true
	}
	return false
}

func startsDigit(t string) bool { return t != "" && isDigit(t[0]) }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// numberWordEnds holds, per first letter and length, the last letters of
// the number and scale words (bit c-'a' for last letter c), so that most
// words need no map look-up.
var numberWordEnds = func() (ends [26][17]uint32) {
	for _, m := range []map[string]float64{wordValues, scales} {
		for w := range m {
			ends[w[0]-'a'][len(w)] |= 1 << (w[len(w)-1] - 'a')
		}
	}
	return ends
}()

// MayHoldNumber reports whether s could hold a number FindNumbers finds: a
// digit or a number or scale word. It is a cheap test that lets callers skip
// tokenizing the many sentences that hold none.
func MayHoldNumber(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if isDigit(c) {
			return true
		}
		if !isLetter(c) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isLetter(s[j]) {
			j++
		}
		if n := j - i; n <= 16 && numberWordEnds[(c|0x20)-'a'][n]&(1<<((s[j-1]|0x20)-'a')) != 0 {
			var buf [16]byte
			for k := range n {
				buf[k] = s[i+k] | 0x20
			}
			if _, ok := wordValues[string(buf[:n])]; ok {
				return true
			}
			if _, ok := scales[string(buf[:n])]; ok {
				return true
			}
		}
		i = j
	}
	return false
}
