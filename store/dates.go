package store

import (
	"time"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/dates"
	"github.com/parley-news/parley/text"
)

// dater dates an article's statements: a statement is dated by the one
// date expression ("on Tuesday", "last week", "14 May") of the sentences
// it spans, resolved against the article's publication date. No
// expression, several that disagree, or no publication date: unknown.
type dater struct {
	a     *parley.Article
	ref   time.Time
	sents []parley.Span // split on first use
	last  parley.Span   // the span asked about last, and its answer
	found *dates.Range
}

func newDater(a *parley.Article) *dater {
	ref, err := time.Parse(time.DateOnly, a.Published)
	if err != nil {
		return &dater{a: a}
	}
	return &dater{a: a, ref: ref}
}

// from and to return the first and last day of the statement at sp, as
// YYYY-MM-DD, or nil when unknown.
func (d *dater) from(sp parley.Span) any {
	if r := d.date(sp); r != nil {
		return r.First.Format(time.DateOnly)
	}
	return nil
}

func (d *dater) to(sp parley.Span) any {
	if r := d.date(sp); r != nil {
		return r.Last.Format(time.DateOnly)
	}
	return nil
}

func (d *dater) date(sp parley.Span) *dates.Range {
	if d.ref.IsZero() {
		return nil
	}
	if sp == d.last && d.sents != nil {
		return d.found
	}
	if d.sents == nil {
		d.sents = text.Sentences(d.a.Text)
	}
	d.last, d.found = sp, nil
	start, end := -1, -1
	for _, s := range d.sents {
		if s.End > sp.Start && s.Start < sp.End {
			if start < 0 {
				start = s.Start
			}
			end = s.End
		}
	}
	if start < 0 {
		return nil
	}
	for _, m := range dates.Find(d.a.Text[start:end], d.ref) {
		if d.found != nil && d.found.String() != m.Range.String() {
			d.found = nil
			return nil
		}
		d.found = &m.Range
	}
	return d.found
}
