package clean

import (
	"regexp"
	"strings"
)

// Datelines open the first paragraph. Five shapes, tried in order:
//
//	21 November 2012 – / May 26, 2024 -                     a date alone (splitDateDateline), which dates the page
//	GAZA: / CAIRO (AP) — / GAZA CITY, May 26 (Reuters) -    a place in capitals
//	Gaza City, May 26 (Reuters) -                           a place, then a news agency
//	Gaza - Ma'an - / Ramallah – WAFA –                      a place, then a news agency, between spaced dashes
//	Alwaght- / Middle East Eye-                             a publication's name glued to a dash
//
// Only the last names the outlet: a place is not a publication, and an
// agency credit travels with copies republished by other outlets. Each
// expression captures the dateline (group 1), then its separator (group 2).
var (
	placeDateline  = regexp.MustCompile(`^(\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}\.?(?:, [\p{L}\p{N}. ]{1,30}?)?(?: \([^()]{1,40}\))?)(\s*[:\-—–]\s+)`)
	agencyDateline = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’ -]{1,30}?(?:, [\p{L}\p{N}. ]{1,30}?)? \([^()]{1,40}\))(\s*[:\-—–]\s+)`)
	creditDateline = regexp.MustCompile(`^(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)? [\-—–] \p{Lu}[\p{L}\p{N}&.'’]*(?: \p{Lu}[\p{L}\p{N}&.'’]*)?)( [\-—–]\s+)\p{Lu}`)
	outletDateline = regexp.MustCompile(`^(\p{Lu}[\p{L}\p{N}&.'’]*(?: \p{Lu}[\p{L}\p{N}&.'’]*){0,3})([\-—–]\s+)`)
)

// splitDateline returns the dateline opening l (without trailing space),
// the rest of l, and the outlet when the dateline is a publication's name.
func splitDateline(l string) (dateline, rest, outlet string) {
	for _, re := range []*regexp.Regexp{placeDateline, agencyDateline, creditDateline, outletDateline} {
		m := re.FindStringSubmatchIndex(l)
		if m == nil {
			continue
		}
		if re == placeDateline && speakerLabel(l[m[2]:m[3]]) {
			return "", l, "" // "MS. LEE: Good afternoon" opens a transcript
		}
		end := m[5] // the separator's end: creditDateline's match runs on to the capital that opens the story
		dateline = strings.TrimSpace(l[:end])
		rest = l[end:]
		if re == outletDateline {
			outlet = l[m[2]:m[3]]
		}
		return dateline, rest, outlet
	}
	return "", l, ""
}

// speakerLabel reports a transcript's speaker label in capitals, an
// honorific and a name ("MR. LEE", "MS ROE"): no place is written so.
func speakerLabel(d string) bool {
	first, _, ok := strings.Cut(d, " ")
	switch strings.TrimSuffix(first, ".") {
	case "MR", "MS", "MRS": // not "DR": "DR CONGO:" is a place
		return ok
	}
	return false
}

// splitDateDateline splits a dateline that is a date alone ("21 November
// 2012 – ", "May 26, 2024 - ") from the rest of l, and returns the date as
// YYYY-MM-DD; "" when l opens otherwise.
func splitDateDateline(l string) (dateline, rest, day string) {
	const longest = 40 // "Wednesday, 21 November 2012" with room to spare
	for _, dash := range []string{" – ", " — ", " - "} {
		i := strings.Index(l[:min(len(l), longest+len(dash))], dash)
		if i < 0 {
			continue
		}
		if d := date(l[:i]); d != "" {
			return strings.TrimSpace(l[:i+len(dash)]), strings.TrimLeft(l[i+len(dash):], " "), d
		}
	}
	return "", l, ""
}

// lateDateline is the one shape trusted past the first paragraph: a place
// in capitals (three letters at least) and a spaced dash before a capital
// ("WASHINGTON — The", "GAZA CITY (AP) - A"), after a byline, date or
// caption line the page put first, or with a date or an agency of its own
// ("AQABA, Jordan —"). A colon ("NOTE:") is too common a label there.
var lateDateline = regexp.MustCompile(`^(\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}{3}\.?(?:, [\p{L}\p{N}. ]{1,30}?)?(?: \([^()]{1,40}\))?)( [\-—–]\s+)\p{Lu}`)
