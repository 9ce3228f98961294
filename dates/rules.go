package dates

import "time"

// scanner applies the date rules to the tokens of one text.
type scanner struct {
	text string
	toks []token
	day  time.Time // the reference day, midnight UTC
}

// match tries the rules at token i and returns the index after the last
// token used and the range. A preposition before the expression is part of
// it; isolated allows a bare month name without one.
func match(text string, toks []token, i int, day time.Time, isolated bool) (int, Range, bool) {
	s := scanner{text: text, toks: toks, day: day}
	switch toks[i].word {
	case since:
		end, r, ok := s.core(i+1, true)
		if !ok || !s.linked(i+1) || r.First.After(day) {
			return 0, Range{}, false
		}
		if r.Last.Before(day) {
			r.Last = day
		}
		return end, r, true
	case on, in, during:
		if !s.linked(i + 1) {
			break
		}
		if end, r, ok := s.core(i+1, true); ok {
			return end, r, true
		}
	case early, mid, late:
		if s.linked(i+1) && toks[i+1].word.isMonth() {
			return s.core(i+1, true)
		}
	}
	return s.core(i, isolated || s.afterPreposition(i))
}

// linked reports whether token i exists and follows token i-1 within one
// expression: separated by spaces and at most one comma or hyphen, or by
// the full stop of an abbreviation.
func (s *scanner) linked(i int) bool {
	if i <= 0 || i >= len(s.toks) {
		return false
	}
	gap := s.text[s.toks[i-1].end:s.toks[i].start]
	marks := 0
	for j := 0; j < len(gap); j++ {
		switch gap[j] {
		case ' ', '\t':
		case ',', '-':
			marks++
		case '.':
			if !s.toks[i-1].abbrev {
				return false
			}
			marks++
		case 0xc2: // a no-break space is 0xc2 0xa0
			if j+1 == len(gap) || gap[j+1] != 0xa0 {
				return false
			}
			j++
		default:
			return false
		}
	}
	return marks <= 1
}

// afterPreposition reports whether token i follows a word that makes a bare
// month name a date ("until June", "the end of March").
func (s *scanner) afterPreposition(i int) bool {
	if !s.linked(i) {
		return false
	}
	switch s.toks[i-1].word {
	case in, since, during, until, by, from, of, before, early, mid, late:
		return true
	}
	return false
}

// core applies the rules for the expression proper at token i.
func (s *scanner) core(i int, bareMonth bool) (int, Range, bool) {
	if i >= len(s.toks) {
		return 0, Range{}, false
	}
	day := s.day
	t := s.toks[i]
	switch {
	case t.word == yesterday:
		return i + 1, single(day.AddDate(0, 0, -1)), true
	case t.word == today || t.word == tonight:
		return i + 1, single(day), true
	case t.word == tomorrow:
		return i + 1, single(day.AddDate(0, 0, 1)), true
	case t.word == the:
		return s.the(i)
	case t.word == last || t.word == this || t.word == next:
		return s.relative(i)
	case t.word == earlier || t.word == later:
		return s.earlierLater(i)
	case t.word.isWeekday():
		return s.weekday(i, 0)
	case t.word.isMonth():
		return s.monthFirst(i, bareMonth)
	case t.digits == 4 && s.is(i+1, none) && s.is(i+2, none):
		if end, r, ok := s.iso(i); ok {
			return end, r, true
		}
	}
	if t.num >= 0 {
		if end, r, ok := s.ago(i); ok {
			return end, r, true
		}
	}
	if 1 <= t.digits && t.digits <= 2 {
		return s.dayFirst(i)
	}
	if t.digits == 4 && bareMonth && plausibleYear(int(t.num)) {
		return i + 1, year(int(t.num)), true
	}
	return 0, Range{}, false
}

// is reports whether token i is linked and means w.
func (s *scanner) is(i int, w word) bool {
	return s.linked(i) && s.toks[i].word == w
}

// the handles "the day before yesterday", "the 7th of October" and "the
// past week", "the last three days".
func (s *scanner) the(i int) (int, Range, bool) {
	if s.linked(i+1) && 1 <= s.toks[i+1].digits && s.toks[i+1].digits <= 2 {
		return s.dayFirst(i + 1)
	}
	if s.is(i+1, dayUnit) && s.is(i+2, before) && s.is(i+3, yesterday) {
		return i + 4, single(s.day.AddDate(0, 0, -2)), true
	}
	if !s.is(i+1, past) && !s.is(i+1, last) {
		return 0, Range{}, false
	}
	n, j := 1, i+2
	if s.linked(j) && s.toks[j].word == none && 0 < s.toks[j].num && s.toks[j].num <= maxCount {
		n, j = int(s.toks[j].num), j+1
	}
	if !s.linked(j) || !s.toks[j].word.isUnit() || j == i+2 && s.toks[j].plural {
		return 0, Range{}, false
	}
	return j + 1, Range{shift(s.day, s.toks[j].word, -n), s.day}, true
}

// maxCount bounds "N days ago" and "the past N weeks".
const maxCount = 100

// shift moves day by n units, clamping to the end of shorter months.
func shift(day time.Time, unit word, n int) time.Time {
	switch unit {
	case dayUnit:
		return day.AddDate(0, 0, n)
	case weekUnit:
		return day.AddDate(0, 0, 7*n)
	case yearUnit:
		n *= 12
	}
	first := time.Date(day.Year(), day.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := month(first.Year(), first.Month()).Last
	return time.Date(first.Year(), first.Month(), min(day.Day(), last.Day()), 0, 0, 0, 0, time.UTC)
}

// relative handles "last Tuesday", "this week", "next month", "last night".
func (s *scanner) relative(i int) (int, Range, bool) {
	if !s.linked(i + 1) {
		return 0, Range{}, false
	}
	step := 0
	switch s.toks[i].word {
	case last:
		step = -1
	case next:
		step = 1
	}
	w := s.toks[i+1].word
	switch {
	case w.isWeekday():
		return s.weekday(i+1, step)
	case (w == weekUnit || w == monthUnit || w == yearUnit) && !s.toks[i+1].plural:
		return i + 2, span(shift(s.day, w, step), w), true
	case w == night && step == -1:
		return i + 2, single(s.day.AddDate(0, 0, -1)), true
	case (w == morning || w == afternoon || w == evening) && step == 0:
		return i + 2, single(s.day), true
	}
	return 0, Range{}, false
}

// span returns the calendar week, month or year holding day.
func span(day time.Time, unit word) Range {
	switch unit {
	case weekUnit:
		return week(day)
	case monthUnit:
		return month(day.Year(), day.Month())
	}
	return year(day.Year())
}

// earlierLater handles "earlier this month", "later this week", "earlier
// today".
func (s *scanner) earlierLater(i int) (int, Range, bool) {
	if s.is(i+1, today) {
		return i + 2, single(s.day), true
	}
	if !s.is(i+1, this) || !s.linked(i+2) {
		return 0, Range{}, false
	}
	unit := s.toks[i+2].word
	if unit != weekUnit && unit != monthUnit && unit != yearUnit || s.toks[i+2].plural {
		return 0, Range{}, false
	}
	whole := span(s.day, unit)
	if s.toks[i].word == earlier {
		return i + 3, Range{whole.First, s.day}, true
	}
	return i + 3, Range{s.day, whole.Last}, true
}

// weekday handles a weekday name at token i, with an optional part of the
// day or a following date ("Tuesday evening", "Wednesday, July 3"). step 0
// is the most recent such day on or before the reference day, -1 the one
// strictly before it, 1 the next one after it.
func (s *scanner) weekday(i, step int) (int, Range, bool) {
	if s.linked(i+1) && (s.toks[i+1].word.isMonth() || s.toks[i+1].digits > 0) {
		if end, r, ok := s.core(i+1, false); ok && r.Day() {
			return end, r, true
		}
	}
	end := i + 1
	switch {
	case s.is(end, morning), s.is(end, afternoon), s.is(end, evening), s.is(end, night):
		end++
	}
	want := s.toks[i].word.weekday()
	var d time.Time
	if step > 0 {
		ahead := (int(want) - int(s.day.Weekday()) + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		d = s.day.AddDate(0, 0, ahead)
	} else {
		back := (int(s.day.Weekday()) - int(want) + 7) % 7
		if back == 0 && step < 0 {
			back = 7
		}
		d = s.day.AddDate(0, 0, -back)
	}
	return end, single(d), true
}

// monthFirst handles "July 2", "July 2, 2024", "July 2024" and, when
// bareMonth, "July".
func (s *scanner) monthFirst(i int, bareMonth bool) (int, Range, bool) {
	t := s.toks[i]
	if (t.word == may || t.word == march) && !t.upper {
		return 0, Range{}, false
	}
	m := t.word.month()
	if s.linked(i+1) && 1 <= s.toks[i+1].digits && s.toks[i+1].digits <= 2 {
		end, y := s.year(i + 2)
		return s.date(end, y, m, int(s.toks[i+1].num))
	}
	if s.linked(i+1) && s.toks[i+1].digits == 4 && plausibleYear(int(s.toks[i+1].num)) {
		return i + 2, month(int(s.toks[i+1].num), m), true
	}
	if !bareMonth {
		return 0, Range{}, false
	}
	end, y := s.year(i + 1)
	if y == 0 {
		y = s.day.Year()
		if m > s.day.Month() {
			y--
		}
	}
	return end, month(y, m), true
}

// dayFirst handles "2 July", "7th of October", "7 October 2023".
func (s *scanner) dayFirst(i int) (int, Range, bool) {
	j := i + 1
	if s.is(j, of) {
		j++
	}
	if !s.linked(j) || !s.toks[j].word.isMonth() {
		return 0, Range{}, false
	}
	if t := s.toks[j]; (t.word == may || t.word == march) && !t.upper {
		return 0, Range{}, false
	}
	end, y := s.year(j + 1)
	return s.date(end, y, s.toks[j].word.month(), int(s.toks[i].num))
}

// year reads an optional year at token i, a number or "last year" or "this
// year": the index after it and the year, or i and 0.
func (s *scanner) year(i int) (int, int) {
	if !s.linked(i) {
		return i, 0
	}
	t := s.toks[i]
	switch {
	case t.digits == 4 && plausibleYear(int(t.num)):
		return i + 1, int(t.num)
	case t.word == last && s.is(i+1, yearUnit) && !s.toks[i+1].plural:
		return i + 2, s.day.Year() - 1
	case t.word == this && s.is(i+1, yearUnit) && !s.toks[i+1].plural:
		return i + 2, s.day.Year()
	}
	return i, 0
}

func plausibleYear(y int) bool { return 1900 <= y && y <= 2100 }

// date makes the day d of month m in year y, or without a year the most
// recent one on or before the reference day.
func (s *scanner) date(end, y int, m time.Month, d int) (int, Range, bool) {
	if y == 0 {
		y = s.day.Year()
		if time.Date(y, m, d, 0, 0, 0, 0, time.UTC).After(s.day) {
			y--
		}
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.Month() != m {
		return 0, Range{}, false
	}
	return end, single(t), true
}

// iso handles "2024-07-02".
func (s *scanner) iso(i int) (int, Range, bool) {
	for j := i + 1; j <= i+2; j++ {
		if s.text[s.toks[j-1].end:s.toks[j].start] != "-" || s.toks[j].digits != 2 {
			return 0, Range{}, false
		}
	}
	return s.date(i+3, int(s.toks[i].num), time.Month(s.toks[i+1].num), int(s.toks[i+2].num))
}

// ago handles "three days ago", "a week ago": a day for days, otherwise the
// calendar week, month or year.
func (s *scanner) ago(i int) (int, Range, bool) {
	n := int(s.toks[i].num)
	if n > maxCount || !s.linked(i+1) || !s.toks[i+1].word.isUnit() || !s.is(i+2, ago) {
		return 0, Range{}, false
	}
	unit := s.toks[i+1].word
	d := shift(s.day, unit, -n)
	if unit == dayUnit {
		return i + 3, single(d), true
	}
	return i + 3, span(d, unit), true
}

func single(d time.Time) Range { return Range{d, d} }
