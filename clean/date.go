package clean

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// date returns the date that s states on its own, as YYYY-MM-DD: "Sun May
// 26 2024", "May 26, 2024", "26 May 2024", "2024-05-26", optionally with a
// label ("Published:", "Updated on") and a time of day. It returns "" when s
// holds anything else, so a sentence that mentions a date is not a date.
func date(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return ""
	}
	var year, month, day int
	for _, tok := range strings.FieldsFunc(s, isDateSep) {
		tok = strings.TrimRight(tok, ".:")
		lower := strings.ToLower(tok)
		switch {
		case tok == "":
		case dateLabels[lower], weekday(lower), clock(lower), zone(tok):
		case monthOf(lower) > 0 && month == 0:
			month = monthOf(lower)
		case isDigits(tok) && len(tok) == 4 && year == 0:
			year, _ = strconv.Atoi(tok)
		case dayOf(lower) > 0 && day == 0:
			day = dayOf(lower)
		case year == 0 && month == 0 && day == 0:
			y, m, d, ok := isoDate(tok)
			if !ok {
				return ""
			}
			year, month, day = y, m, d
		default:
			return ""
		}
	}
	if year < 1900 || year > 2100 || month == 0 || day == 0 {
		return ""
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return "" // 31 June
	}
	return fmt.Sprintf("%04d-%02d-%02d", year, month, day)
}

// lineDate returns the date a line prints: a date alone, or a byline
// ending in one ("By Jane Doe | May 26, 2024").
func lineDate(l string) string {
	if d := date(l); d != "" {
		return d
	}
	if len(l) < 3 || !strings.EqualFold(l[:3], "by ") {
		return ""
	}
	for _, sep := range []string{"|", "·", "•", "—", "–", " - "} {
		if i := strings.LastIndex(l, sep); i >= 0 {
			return date(l[i+len(sep):])
		}
	}
	return ""
}

func isDateSep(r rune) bool {
	switch r {
	case ' ', '\t', ',', '|', '(', ')', '\u00a0':
		return true
	}
	return false
}

// dateLabels are the words a page prints around a date.
var dateLabels = map[string]bool{
	"published": true, "updated": true, "posted": true, "last": true, "on": true, "at": true,
	"date": true, "first": true, "modified": true, "-": true, "–": true, "—": true,
	"am": true, "pm": true, "a.m": true, "p.m": true,
}

var months = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
	"sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
	"dec": 12, "december": 12,
}

func monthOf(lower string) int { return months[lower] }

var weekdays = map[string]bool{
	"mon": true, "monday": true, "tue": true, "tues": true, "tuesday": true, "wed": true,
	"wednesday": true, "thu": true, "thur": true, "thurs": true, "thursday": true, "fri": true,
	"friday": true, "sat": true, "saturday": true, "sun": true, "sunday": true,
}

func weekday(lower string) bool { return weekdays[lower] }

// dayOf reads a day of the month: "26", "26th", "1st".
func dayOf(lower string) int {
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		lower = strings.TrimSuffix(lower, suffix)
	}
	if !isDigits(lower) || len(lower) > 2 {
		return 0
	}
	d, _ := strconv.Atoi(lower)
	if d < 1 || d > 31 {
		return 0
	}
	return d
}

// clock reports a time of day: "10:45", "10:45:07", "9:30am", "10.05",
// "+03:00".
func clock(lower string) bool {
	lower = strings.TrimLeft(lower, "+-")
	lower = strings.TrimSuffix(strings.TrimSuffix(lower, "am"), "pm")
	h, m, ok := strings.Cut(lower, ":")
	if !ok {
		h, m, ok = strings.Cut(lower, ".")
	}
	if !ok || !isDigits(h) || len(h) > 2 {
		return false
	}
	m, _, _ = strings.Cut(m, ":")
	return isDigits(m) && len(m) == 2
}

// zone reports a time-zone abbreviation such as GMT or EDT.
func zone(tok string) bool {
	if len(tok) < 2 || len(tok) > 4 {
		return false
	}
	for i := 0; i < len(tok); i++ {
		if tok[i] < 'A' || tok[i] > 'Z' {
			return false
		}
	}
	return strings.HasSuffix(tok, "T") || tok == "UTC"
}

// isoDate reads YYYY-MM-DD or YYYY/MM/DD, with any time after a "T".
func isoDate(tok string) (y, m, d int, ok bool) {
	tok, _, _ = strings.Cut(tok, "T")
	if len(tok) != 10 || (tok[4] != '-' && tok[4] != '/') || tok[7] != tok[4] {
		return 0, 0, 0, false
	}
	if !isDigits(tok[:4]) || !isDigits(tok[5:7]) || !isDigits(tok[8:]) {
		return 0, 0, 0, false
	}
	y, _ = strconv.Atoi(tok[:4])
	m, _ = strconv.Atoi(tok[5:7])
	d, _ = strconv.Atoi(tok[8:])
	return y, m, d, m >= 1 && m <= 12 && d >= 1 && d <= 31
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
