package analysis

import (
	"context"
	"fmt"
	"math"

	"github.com/parley-news/parley"
)

// maxPoints and maxDisputes bound what a series keeps: the newest.
const (
	maxPoints   = 40
	maxDisputes = 20
)

// tolerance is how far apart, relatively, two figures for the same measure
// and day may be before they are flagged as disagreeing; beyond referents
// times apart (1,200 killed in one attack, 25,000 in the war) they count
// different things and are not compared.
const (
	tolerance = 0.02
	referents = 1.5
)

// Figures returns each measure (killed, aid, ...) as a series of the
// values sources report, one point per day and distinct value, with the
// first report of it as evidence; values of one day that disagree are
// flagged with both sources. Undated figures come last and are never
// compared: they belong to no period. A series keeps its newest
// maxPoints points and maxDisputes disputes; Reports counts them all.
func (a *Analyst) Figures(ctx context.Context, f Filter) ([]Series, error) {
	var out []Series
	var cur *Series
	var day []Figure // the distinct values of the current day
	err := a.Src.Figures(ctx, f, func(x Figure) error {
		if cur == nil || cur.Measure != x.Measure || cur.Unit != x.Unit {
			out = append(out, Series{Measure: x.Measure, Unit: x.Unit})
			cur, day = &out[len(out)-1], nil
		}
		if len(day) > 0 && day[0].Date != x.Date {
			day = nil
		}
		for _, y := range day {
			if near(x.Value, y.Value) {
				return nil
			}
		}
		if x.Date != "" {
			for _, y := range day {
				if disagree(x, y) {
					cur.Disputes = keep(append(cur.Disputes, Conflict{Day: x.Date, A: y, B: x}), maxDisputes)
					break
				}
			}
		}
		day = append(day, x)
		cur.Points = keep(append(cur.Points, x), maxPoints)
		cur.Reports++
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("figures: %w", err)
	}
	for i := range out {
		out[i].Points, out[i].Disputes = trim(out[i].Points, maxPoints), trim(out[i].Disputes, maxDisputes)
	}
	return out, nil
}

func near(x, y float64) bool {
	return math.Abs(x-y) <= tolerance*math.Max(math.Abs(x), math.Abs(y))
}

// disagree reports whether two values for the same measure and day, from
// different articles, contradict each other. Within one article, values
// count different things; a lower bound below the other value, or an
// upper bound above it, is no contradiction.
func disagree(x, y Figure) bool {
	lo, hi := x, y
	if lo.Value > hi.Value {
		lo, hi = hi, lo
	}
	return x.Article != y.Article && hi.Value <= referents*lo.Value &&
		lo.Qualifier != parley.AtLeast && hi.Qualifier != parley.AtMost
}

// keep drops the oldest elements of s beyond n, in batches so that
// keeping the newest n of a long stream costs little; trim finishes it.
func keep[T any](s []T, n int) []T {
	if len(s) < 2*n {
		return s
	}
	return trim(s, n)
}

func trim[T any](s []T, n int) []T {
	if len(s) <= n {
		return s
	}
	return append(s[:0], s[len(s)-n:]...)
}
