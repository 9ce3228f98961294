package analysis

import (
	"cmp"
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/pack"
)

// roundGap is how long a venue may go unreported before its talks count
// as a new round.
const roundGap = 14 * 24 * time.Hour

// maxRoundEvidence bounds the statements kept per round.
const maxRoundEvidence = 5

// venueAfterIn finds a capitalized name after "in" or "to": up to three
// capitalized words.
var venueAfterIn = regexp.MustCompile(`\b(?:in|to) ((?:[A-Z][\p{L}'-]+)(?: [A-Z][\p{L}'-]+){0,2})`)

// notPlaces are capitalized words that follow "in" without being places.
var notPlaces = regexp.MustCompile(`^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|It|Its|Their|His|Her)\b`)

// Talks returns the rounds of negotiation as reported: the statements on
// the negotiation itself (the packs' process issue) that place it
// somewhere ("talks in Cairo"), grouped by venue and by time (a venue
// unreported for two weeks starts a new round), with the mediators named
// around them and the outcome the statements' stances and the articles'
// assessments report. Undated reports of a venue form one round of
// unknown date. The venues were read when the articles were stored
// (Annotate).
func (a *Analyst) Talks(ctx context.Context, f Filter) ([]Round, error) {
	var days []VenueDay
	err := a.Src.VenueDays(ctx, f, maxRoundEvidence, func(d VenueDay) error {
		days = append(days, d)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("talks: %w", err)
	}
	slices.SortFunc(days, func(x, y VenueDay) int {
		return cmp.Or(cmp.Compare(x.Venue, y.Venue), cmp.Compare(orLast(x.Day), orLast(y.Day)))
	})
	return rounds(days), nil
}

// rounds merges the days of each venue (ordered by venue, then day,
// unknown last) into rounds and weighs their outcome: the stances of
// their statements, and the assessments of their articles, each article
// once.
func rounds(days []VenueDay) []Round {
	var out []Round
	var verdicts []map[string][2]int // per round: article -> its assessments
	for _, d := range days {
		n := len(out)
		if n == 0 || out[n-1].Venue != d.Venue || (out[n-1].Last == "") != (d.Day == "") || apart(out[n-1].Last, d.Day) > roundGap {
			out = append(out, Round{Venue: d.Venue, First: d.Day})
			verdicts = append(verdicts, map[string][2]int{})
			n++
		}
		r := &out[n-1]
		r.Last = d.Day
		for _, m := range d.Mediators {
			if !slices.Contains(r.Mediators, m) {
				r.Mediators = append(r.Mediators, m)
			}
		}
		for _, e := range d.Reports {
			if len(r.Evidence) < maxRoundEvidence {
				r.Evidence = append(r.Evidence, e.Statement)
				verdicts[n-1][e.Article] = [2]int{e.Positive, e.Negative}
			}
		}
	}
	for i := range out {
		r := &out[i]
		var t [2]int
		for _, e := range r.Evidence {
			switch e.Stance {
			case parley.Accept, parley.Propose:
				t[0]++
			case parley.Reject, parley.Threaten:
				t[1]++
			}
		}
		for _, v := range verdicts[i] {
			t[0] += v[0]
			t[1] += v[1]
		}
		slices.Sort(r.Mediators)
		r.Outcome = outcome(t)
	}
	slices.SortStableFunc(out, func(x, y Round) int { return cmp.Compare(orLast(x.First), orLast(y.First)) })
	return out
}

// venue returns the place the text puts the talks in, "" if none: a
// capitalized name after "in" or "to" at most three words after a phrase
// of the process issue ("talks in Cairo", "negotiations underway in
// Paris", "sent a delegation to Doha"), that the packs do not know as a
// person, a medium or a party other than a mediator.
func venue(set *pack.Set, window, process string) string {
	found := ""
	set.Scan(window, func(m pack.Match) {
		if found != "" || m.Kind != pack.KindIssue || m.ID != process {
			return
		}
		after := window[m.End:min(len(window), m.End+60)]
		loc := venueAfterIn.FindStringSubmatchIndex(after)
		if loc == nil || len(strings.Fields(after[:loc[0]])) > 3 || strings.ContainsAny(after[:loc[0]], ".;") {
			return
		}
		name := strings.TrimSuffix(strings.TrimSuffix(after[loc[2]:loc[3]], "'s"), "’s")
		if notPlaces.MatchString(name) {
			return
		}
		known := false
		set.Scan(name, func(pm pack.Match) {
			known = known || pm.Kind == pack.KindPerson || pm.Kind == pack.KindMedium ||
				pm.Kind == pack.KindParty && !set.IsMediator(pm.ID)
		})
		if !known {
			found = name
		}
	})
	return found
}

// outcome sums up a round's tone: positive and negative counts.
func outcome(t [2]int) string {
	switch {
	case t[0] == 0 && t[1] == 0:
		return ""
	case t[1] == 0:
		return parley.Positive
	case t[0] == 0:
		return parley.Negative
	}
	return "mixed"
}

// apart is the time between two YYYY-MM-DD dates.
func apart(from, to string) time.Duration {
	x, err1 := time.Parse(time.DateOnly, from)
	y, err2 := time.Parse(time.DateOnly, to)
	if err1 != nil || err2 != nil {
		return 0
	}
	return y.Sub(x)
}

// orLast sorts unknown dates after known ones.
func orLast(day string) string {
	if day == "" {
		return "~"
	}
	return day
}
