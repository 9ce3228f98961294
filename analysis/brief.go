package analysis

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
)

// quotesPerParty is how many key quotes the brief gives each party.
const quotesPerParty = 3

// Brief gathers the whole picture for f. What is new is the change since
// the day before f.Since up to f.Until (or the last report), and is left
// empty without f.Since. The parts that read different tables run at once,
// as many as there are processors, each on its own connection.
func (a *Analyst) Brief(ctx context.Context, f Filter) (*Brief, error) {
	b := &Brief{Filter: f, Quotes: map[string][]Statement{}}
	all, err := a.load(ctx, f)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	parts := []func() error{ // the longest first
		func() (err error) {
			if b.Proposals, err = a.proposals(ctx, f, all); err != nil {
				return err
			}
			b.Talks, err = a.Talks(ctx, f)
			return err
		},
		func() error { return a.standing(ctx, f, all, b) },
		func() (err error) {
			b.Figures, err = a.Figures(ctx, f)
			return err
		},
		func() (err error) {
			b.Framing, err = a.Framing(ctx, f)
			return err
		},
	}
	errs := make([]error, len(parts))
	slots := make(chan struct{}, runtime.GOMAXPROCS(0)) // more would only hold more connections and caches
	var wg sync.WaitGroup
	for i, part := range parts {
		wg.Go(func() {
			slots <- struct{}{}
			defer func() { <-slots }()
			if errs[i] = part(); errs[i] != nil {
				cancel()
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	b.Summary = summary(b)
	return b, nil
}

// standing fills the matrix, the gap, the trend, what is new, the
// history of the cell f names, if any, and the quotes of b.
func (a *Analyst) standing(ctx context.Context, f Filter, all *stanceData, b *Brief) error {
	d := all.within(f.Since, f.Until)
	var err error
	if b.Matrix, b.Gap, err = a.matrix(ctx, f, d); err != nil {
		return err
	}
	for _, c := range b.Matrix.Cells {
		if c.Date == "" {
			b.Undated++
		}
	}
	if b.Trend, err = a.trend(ctx, f, d); err != nil {
		return err
	}
	if f.Since != "" {
		to := f.Until
		if to == "" {
			to = "9999-12-31"
		}
		if b.New, err = a.diff(ctx, f, all, addDays(f.Since, -1), to); err != nil {
			return err
		}
	}
	if f.Party != "" && f.Issue != "" {
		if b.History, err = a.History(ctx, f, f.Party, f.Issue); err != nil {
			return err
		}
	}
	for _, p := range b.Matrix.Parties {
		err = a.Src.Quotes(ctx, f, p, quotesPerParty, func(s Statement) error {
			b.Quotes[p] = append(b.Quotes[p], s)
			return nil
		})
		if err != nil {
			return fmt.Errorf("quotes: %w", err)
		}
	}
	return nil
}

// summary states the picture in three sentences: where the sides meet and
// where they do not, which way the gap moves, and the latest proposal.
func summary(b *Brief) []string {
	var agreed, open, unknown []string
	var sides []string
	for _, g := range b.Gap {
		sides = g.Sides
		switch g.Status {
		case Agreed:
			agreed = append(agreed, g.Issue)
		case Open:
			open = append(open, g.Issue)
		default:
			unknown = append(unknown, g.Issue)
		}
	}
	var out []string
	if len(sides) == 2 {
		s := fmt.Sprintf("%s and %s meet on %s and are apart on %s", sides[0], sides[1], list(agreed), list(open))
		if len(unknown) > 0 {
			s += fmt.Sprintf("; where one of them stands on %s is not reported", list(unknown))
		}
		out = append(out, s+".")
	} else {
		out = append(out, "The reports do not name two sides, so there is no gap to measure.")
	}
	out = append(out, trendSentence(b.Trend))
	if len(b.Proposals) > 0 {
		p := b.Proposals[0]
		by := p.Proposer
		if by == "" {
			by = "an unknown proposer"
		}
		out = append(out, fmt.Sprintf("The most reported proposal is %s, by %s (%s to %s), with %d responses from other parties.",
			p.Name, by, orUnknown(p.First), orUnknown(p.Last), len(p.Responses)))
	} else {
		out = append(out, "No named proposal is reported.")
	}
	return out
}

func trendSentence(weeks []Week) string {
	var known []Week
	for _, w := range weeks {
		if w.Known {
			known = append(known, w)
		}
	}
	if len(known) == 0 {
		return "No dated report measures the gap over time."
	}
	last := known[len(known)-1]
	if len(known) == 1 {
		return fmt.Sprintf("The gap index stands at %.2f in the week of %s, the only week measured.", last.Index, last.Start)
	}
	prev := known[max(0, len(known)-5)]
	way := "unchanged from"
	switch {
	case last.Index > prev.Index+0.05:
		way = "wider than"
	case last.Index < prev.Index-0.05:
		way = "narrower than"
	}
	return fmt.Sprintf("The gap index stands at %.2f in the week of %s, %s the %.2f of the week of %s.",
		last.Index, last.Start, way, prev.Index, prev.Start)
}

func list(ids []string) string {
	switch len(ids) {
	case 0:
		return "no issue"
	case 1:
		return ids[0]
	}
	return strings.Join(ids[:len(ids)-1], ", ") + " and " + ids[len(ids)-1]
}

func orUnknown(day string) string {
	if day == "" {
		return "date unknown"
	}
	return day
}
