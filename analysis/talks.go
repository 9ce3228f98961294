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
// unknown date.
func (a *Analyst) Talks(ctx context.Context, f Filter) ([]Round, error) {
	t := a.newTalks()
	if t.process == "" {
		return nil, nil
	}
	if err := a.Src.Contexts(ctx, f, "", t.process, t.add); err != nil {
		return nil, fmt.Errorf("talks: %w", err)
	}
	return t.rounds(ctx, f)
}

// talks gathers the reports of talks, per venue and day, in any order.
type talks struct {
	a       *Analyst
	process string
	days    map[[2]string]*Round // venue and day -> the reports of that day
}

func (a *Analyst) newTalks() *talks {
	return &talks{a: a, process: a.Packs.Process(), days: map[[2]string]*Round{}}
}

// tone counts a round's signs of progress and of trouble.
type tone map[*Round][2]int

func (t *talks) add(c Context) error {
	if c.Issue != t.process {
		return nil
	}
	sentence, _ := sentenceOf(c.Window, c.Text)
	if !strings.Contains(sentence, " in ") && !strings.Contains(sentence, " to ") {
		return nil
	}
	venue := t.a.venue(sentence, t.process)
	if venue == "" {
		return nil
	}
	k := [2]string{venue, c.Date}
	r := t.days[k]
	if r == nil {
		r = &Round{Venue: venue, First: c.Date, Last: c.Date}
		t.days[k] = r
	}
	t.a.Packs.Scan(sentence, func(m pack.Match) {
		if m.Kind == pack.KindParty && t.a.Packs.IsMediator(m.ID) && !slices.Contains(r.Mediators, m.ID) {
			r.Mediators = append(r.Mediators, m.ID)
		}
	})
	if len(r.Evidence) < maxRoundEvidence {
		r.Evidence = append(r.Evidence, c.Statement)
	}
	return nil
}

// rounds merges the days of each venue into rounds and weighs their
// outcome: the stances of their statements, and the assessments of
// their articles.
func (t *talks) rounds(ctx context.Context, f Filter) ([]Round, error) {
	days := make([]*Round, 0, len(t.days))
	for _, r := range t.days {
		days = append(days, r)
	}
	slices.SortFunc(days, func(x, y *Round) int {
		return cmp.Or(cmp.Compare(x.Venue, y.Venue), cmp.Compare(orLast(x.First), orLast(y.First)))
	})
	var rounds []*Round
	for _, d := range days {
		if n := len(rounds); n > 0 {
			r := rounds[n-1]
			if r.Venue == d.Venue && (r.Last == "") == (d.First == "") && apart(r.Last, d.First) <= roundGap {
				r.Last = d.Last
				for _, m := range d.Mediators {
					if !slices.Contains(r.Mediators, m) {
						r.Mediators = append(r.Mediators, m)
					}
				}
				for _, e := range d.Evidence {
					if len(r.Evidence) < maxRoundEvidence {
						r.Evidence = append(r.Evidence, e)
					}
				}
				continue
			}
		}
		rounds = append(rounds, d)
	}
	tn := tone{}
	for _, r := range rounds {
		for _, e := range r.Evidence {
			c := tn[r]
			switch e.Stance {
			case parley.Accept, parley.Propose:
				c[0]++
			case parley.Reject, parley.Threaten:
				c[1]++
			}
			tn[r] = c
		}
	}
	if err := t.a.verdicts(ctx, f, rounds, tn); err != nil {
		return nil, err
	}
	out := make([]Round, 0, len(rounds))
	for _, r := range rounds {
		slices.Sort(r.Mediators)
		r.Outcome = outcome(tn[r])
		out = append(out, *r)
	}
	slices.SortStableFunc(out, func(x, y Round) int { return cmp.Compare(orLast(x.First), orLast(y.First)) })
	return out, nil
}

// verdicts adds to each round's tone the assessments published in its
// articles.
func (a *Analyst) verdicts(ctx context.Context, f Filter, rounds []*Round, tn tone) error {
	in := map[string][]*Round{}
	for _, r := range rounds {
		for _, e := range r.Evidence {
			if !slices.Contains(in[e.Article], r) {
				in[e.Article] = append(in[e.Article], r)
			}
		}
	}
	if len(in) == 0 {
		return nil
	}
	err := a.Src.Assessments(ctx, f, func(x Assessment) error {
		for _, r := range in[x.Article] {
			c := tn[r]
			if x.Polarity == parley.Positive {
				c[0]++
			} else {
				c[1]++
			}
			tn[r] = c
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("talks: %w", err)
	}
	return nil
}

// venue returns the place the text puts the talks in, "" if none: a
// capitalized name after "in" or "to" at most three words after a phrase
// of the process issue ("talks in Cairo", "negotiations underway in
// Paris", "sent a delegation to Doha"), that the packs do not know as a
// person, a medium or a party other than a mediator.
func (a *Analyst) venue(window, process string) string {
	found := ""
	a.Packs.Scan(window, func(m pack.Match) {
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
		a.Packs.Scan(name, func(pm pack.Match) {
			known = known || pm.Kind == pack.KindPerson || pm.Kind == pack.KindMedium ||
				pm.Kind == pack.KindParty && !a.Packs.IsMediator(pm.ID)
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
