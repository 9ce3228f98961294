package analysis

import (
	"context"
	"slices"
	"testing"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/pack"
)

func TestStatus(t *testing.T) {
	for _, tc := range []struct {
		a, b, want string
	}{
		{parley.Accept, parley.Accept, Agreed},
		{parley.Propose, parley.Accept, Agreed},
		{parley.Accept, parley.Propose, Agreed},
		{parley.Demand, parley.Reject, Open},
		{parley.Propose, parley.Reject, Open},
		{parley.Demand, parley.Demand, Open},
		{parley.Propose, parley.Propose, Open},
		{parley.Threaten, parley.Accept, Open},
		{"", parley.Accept, Unknown},
		{parley.Reject, "", Unknown},
	} {
		if got := Status([]string{tc.a, tc.b}); got != tc.want {
			t.Errorf("Status(%s, %s) = %s, want %s", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestGapIndex(t *testing.T) {
	for _, tc := range []struct {
		open, agreed, pos, neg int
		want                   float64
		ok                     bool
	}{
		{0, 0, 0, 0, 0, false},
		{2, 2, 0, 0, 0.5, true},
		{0, 0, 1, 3, 0.75, true},
		{4, 0, 4, 0, 0.5, true},
		{1, 3, 0, 2, 0.625, true},
	} {
		got, ok := GapIndex(tc.open, tc.agreed, tc.pos, tc.neg)
		if got != tc.want || ok != tc.ok {
			t.Errorf("GapIndex(%d, %d, %d, %d) = %v, %v; want %v, %v", tc.open, tc.agreed, tc.pos, tc.neg, got, ok, tc.want, tc.ok)
		}
	}
}

func TestCountWholeWords(t *testing.T) {
	for _, tc := range []struct {
		text, phrase string
		want         int
	}{
		{"Northland and the Northlanders", "northland", 1},
		{"The regime said; the regime's army", "the regime", 2},
		{"theregime", "the regime", 0},
		{"", "x", 0},
	} {
		if got := count(lowerASCII(nil, tc.text), lowerASCII(nil, tc.phrase)); got != tc.want {
			t.Errorf("count(%q, %q) = %d, want %d", tc.text, tc.phrase, got, tc.want)
		}
	}
}

func TestWeekOf(t *testing.T) {
	for day, want := range map[string]string{
		"2024-03-04": "2024-03-04", // a Monday
		"2024-03-10": "2024-03-04", // the Sunday after
		"2024-03-11": "2024-03-11",
		"":           "",
		"unknown":    "",
	} {
		if got := weekOf(day); got != want {
			t.Errorf("weekOf(%q) = %q, want %q", day, got, want)
		}
	}
}

func TestModifiers(t *testing.T) {
	for _, tc := range []struct {
		before, want string
	}{
		{"Hamas studied the Harbour ", "Harbour draft"},
		{"officials discussed Smith's ", "Smith's draft"},
		{"a revised July 2 ", "July 2 draft"},
		{"They rejected the ", ""},
		{"In a statement. The ", ""},
	} {
		if got := modifiers(tc.before, "draft"); got != tc.want {
			t.Errorf("modifiers(%q) = %q, want %q", tc.before, got, tc.want)
		}
	}
	if nameKey("Smith’s  Draft") != nameKey("smith's draft") {
		t.Error("names differing in case, space and apostrophe do not group")
	}
}

func TestDisagree(t *testing.T) {
	fig := func(article string, v float64, q string) Figure {
		return Figure{Statement: Statement{Article: article}, Value: v, Qualifier: q}
	}
	for _, tc := range []struct {
		name string
		x, y Figure
		want bool
	}{
		{"two sources, close values", fig("a", 100, parley.Exact), fig("b", 120, parley.Exact), true},
		{"one article", fig("a", 100, parley.Exact), fig("a", 120, parley.Exact), false},
		{"different referents", fig("a", 1200, parley.Approx), fig("b", 25000, parley.AtLeast), false},
		{"a lower bound below", fig("a", 100, parley.AtLeast), fig("b", 120, parley.Exact), false},
		{"an upper bound above", fig("a", 100, parley.Exact), fig("b", 120, parley.AtMost), false},
	} {
		if got := disagree(tc.x, tc.y); got != tc.want {
			t.Errorf("%s: disagree = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// fake is a Source over a few stance days, for the timeline logic.
type fake struct {
	Source
	days []StanceDay
}

func (f fake) StanceDays(_ context.Context, _ Filter, fn func(StanceDay) error) error {
	for _, d := range f.days {
		if err := fn(d); err != nil {
			return err
		}
	}
	return nil
}

func (f fake) AssessmentDays(context.Context, Filter, func(AssessmentDay) error) error { return nil }

func (f fake) Latest(_ context.Context, _ Filter, actor, issue, stance, day string) (Statement, bool, error) {
	return Statement{Party: actor, Issue: issue, Stance: stance, Date: day}, true, nil
}

func TestTrendAndDiff(t *testing.T) {
	a := &Analyst{Src: fake{days: []StanceDay{
		{"north", "truce", "demand", "", 5}, // undated: on no timeline
		{"north", "truce", "demand", "2024-03-05", 1},
		{"north", "truce", "accept", "2024-03-20", 2},
		{"north", "truce", "reject", "2024-03-20", 1},
		{"south", "truce", "propose", "2024-03-06", 1},
	}}, Packs: &pack.Set{}, Sides: []string{"north", "south"}}
	ctx := context.Background()
	weeks, err := a.Trend(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range weeks {
		got = append(got, w.Start+":"+map[bool]string{true: "agreed", false: "open"}[w.Agreed == 1])
	}
	want := []string{"2024-03-04:open", "2024-03-11:open", "2024-03-18:agreed"}
	if !slices.Equal(got, want) {
		t.Errorf("trend = %v, want %v", got, want)
	}
	changes, err := a.Diff(ctx, Filter{}, "2024-03-10", "2024-03-31")
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) != 1 || changes[0].From != parley.Demand || changes[0].To != parley.Accept || changes[0].Now.Date != "2024-03-20" {
		t.Errorf("diff = %+v, want north truce demand -> accept on 2024-03-20", changes)
	}
	if _, err := a.Diff(ctx, Filter{}, "last week", "2024-03-31"); err == nil {
		t.Error("Diff took a date that is not YYYY-MM-DD")
	}
}
