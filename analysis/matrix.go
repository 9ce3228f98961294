package analysis

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/parley-news/parley"
)

// hardness orders stances from furthest from agreement to closest: when
// the reports of one day disagree in equal numbers, the cell shows the
// harder stance, so that the gap is never understated.
var hardness = map[string]int{parley.Reject: 0, parley.Threaten: 1, parley.Demand: 2, parley.Propose: 3, parley.Accept: 4}

// cellKey names a cell of the matrix.
type cellKey struct{ party, issue string }

// event is the stance a cell took on a day: the majority of that day's
// reports (n of total).
type event struct {
	cellKey
	day, stance string
	n, total    int
}

// stanceData is the matrix's raw material: the day-by-day stance of every
// cell, ordered by day, undated first.
type stanceData struct {
	events []event
}

// load reads the stances of f with every party and every date, so that
// the sides, the diff and the responses to proposals see the whole
// record; within narrows it to f's dates.
func (a *Analyst) load(ctx context.Context, f Filter) (*stanceData, error) {
	f.Party, f.Since, f.Until = "", "", ""
	d := &stanceData{}
	var cur *event
	err := a.Src.StanceDays(ctx, f, func(s StanceDay) error {
		k := cellKey{s.Actor, s.Issue}
		if cur != nil && cur.cellKey == k && cur.day == s.Day {
			cur.total += s.N
			if s.N > cur.n || s.N == cur.n && hardness[s.Stance] < hardness[cur.stance] {
				cur.stance, cur.n = s.Stance, s.N
			}
			return nil
		}
		d.events = append(d.events, event{k, s.Day, s.Stance, s.N, s.N})
		cur = &d.events[len(d.events)-1]
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("stances: %w", err)
	}
	slices.SortStableFunc(d.events, func(x, y event) int { return cmp.Compare(x.day, y.day) })
	return d, nil
}

// within keeps the events from since to until (either may be ""); with
// either set, undated events go, since they cannot be placed in the range.
func (d *stanceData) within(since, until string) *stanceData {
	if since == "" && until == "" {
		return d
	}
	out := &stanceData{}
	for _, e := range d.events {
		if e.day != "" && (since == "" || e.day >= since) && (until == "" || e.day <= until) {
			out.events = append(out.events, e)
		}
	}
	return out
}

// counts returns how many positions each cell, party and issue has.
func (d *stanceData) counts() (cells map[cellKey]int, parties, issues map[string]int) {
	cells, parties, issues = map[cellKey]int{}, map[string]int{}, map[string]int{}
	for _, e := range d.events {
		cells[e.cellKey] += e.total
		parties[e.party] += e.total
		issues[e.issue] += e.total
	}
	return cells, parties, issues
}

// asOf returns each cell's stance as of the end of day: the latest dated
// event on or before it. With day "", undated events count too, but set a
// cell only when it has no dated event.
func (d *stanceData) asOf(day string) map[cellKey]event {
	out := map[cellKey]event{}
	for _, e := range d.events {
		if day != "" && (e.day == "" || e.day > day) {
			continue
		}
		if prev, ok := out[e.cellKey]; ok && prev.day != "" && e.day == "" {
			continue
		}
		out[e.cellKey] = e
	}
	return out
}

// sides returns the two sides of the gap.
func (a *Analyst) sides(parties map[string]int) []string {
	if len(a.Sides) > 0 {
		return a.Sides
	}
	if sides := a.Packs.Sides(); len(sides) >= 2 {
		return sides // the pack says whose gap the negotiation is about
	}
	var ids []string
	for id := range parties {
		if !a.Packs.IsMediator(id) && id != a.Packs.UnnamedMediators() {
			ids = append(ids, id)
		}
	}
	slices.SortFunc(ids, func(x, y string) int {
		return cmp.Or(cmp.Compare(parties[y], parties[x]), cmp.Compare(x, y))
	})
	return ids[:min(2, len(ids))]
}

// Matrix returns the latest stance of every party on every issue, and the
// gap it leaves per issue. Undated reports set a cell only when it has no
// dated one.
func (a *Analyst) Matrix(ctx context.Context, f Filter) (Matrix, []IssueGap, error) {
	d, err := a.load(ctx, f)
	if err != nil {
		return Matrix{}, nil, err
	}
	return a.matrix(ctx, f, d.within(f.Since, f.Until))
}

func (a *Analyst) matrix(ctx context.Context, f Filter, d *stanceData) (Matrix, []IssueGap, error) {
	reports, parties, issues := d.counts()
	sides := a.sides(parties)
	now := d.asOf("")
	m := Matrix{Parties: ranked(parties, sides), Issues: ranked(issues, nil)}
	if f.Party != "" {
		m.Parties = slices.DeleteFunc(m.Parties, func(p string) bool { return p != f.Party })
	}
	for _, p := range m.Parties {
		for _, is := range m.Issues {
			e, ok := now[cellKey{p, is}]
			if !ok {
				continue
			}
			s, ok, err := a.Src.Latest(ctx, f, p, is, e.stance, e.day)
			if err != nil {
				return Matrix{}, nil, fmt.Errorf("matrix %s/%s: %w", p, is, err)
			}
			if !ok {
				continue
			}
			n, err := a.Src.Stories(ctx, f, p, is, e.stance)
			if err != nil {
				return Matrix{}, nil, fmt.Errorf("matrix %s/%s: %w", p, is, err)
			}
			m.Cells = append(m.Cells, Cell{Statement: s, Stories: n, Reports: reports[cellKey{p, is}]})
		}
	}
	return m, gaps(now, sides, m.Issues), nil
}

// ranked lists the ids of counts, first, then the rest by count.
func ranked(counts map[string]int, first []string) []string {
	var rest []string
	for id := range counts {
		if !slices.Contains(first, id) {
			rest = append(rest, id)
		}
	}
	slices.SortFunc(rest, func(x, y string) int { return cmp.Or(cmp.Compare(counts[y], counts[x]), cmp.Compare(x, y)) })
	return append(slices.Clone(first), rest...)
}

// gaps says, per issue, whether the sides' stances meet.
func gaps(cells map[cellKey]event, sides, issues []string) []IssueGap {
	var out []IssueGap
	for _, is := range issues {
		g := IssueGap{Issue: is, Sides: sides}
		for _, s := range sides {
			g.Stance = append(g.Stance, cells[cellKey{s, is}].stance)
		}
		g.Status = Status(g.Stance)
		out = append(out, g)
	}
	return out
}

// Status is the gap on an issue given the two sides' stances ("" for
// unknown): agreed when both accept or one proposes what the other
// accepts, unknown when a side's stance is unknown, open otherwise (a
// demand or proposal met by a rejection, a counter-demand or a
// counter-proposal).
func Status(stances []string) string {
	if len(stances) != 2 || stances[0] == "" || stances[1] == "" {
		return Unknown
	}
	x, y := stances[0], stances[1]
	if x == parley.Accept && (y == parley.Accept || y == parley.Propose) || y == parley.Accept && x == parley.Propose {
		return Agreed
	}
	return Open
}

// History returns every stored position of a party on an issue, newest
// first, undated last.
func (a *Analyst) History(ctx context.Context, f Filter, party, issue string) ([]Statement, error) {
	var out []Statement
	err := a.Src.Positions(ctx, f, party, issue, func(s Statement) error {
		out = append(out, s)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("history %s/%s: %w", party, issue, err)
	}
	return out, nil
}

// GapIndex measures how far apart the sides are, from 0 to 1: the mean of
// the share of decided issues that are open and the share of assessments
// that are negative, over whichever of the two is known. ok is false when
// neither is.
func GapIndex(open, agreed, positive, negative int) (index float64, ok bool) {
	var sum float64
	var n int
	if open+agreed > 0 {
		sum += float64(open) / float64(open+agreed)
		n++
	}
	if positive+negative > 0 {
		sum += float64(negative) / float64(positive+negative)
		n++
	}
	if n == 0 {
		return 0, false
	}
	return sum / float64(n), true
}

// moodWeeks is how many weeks of assessments, ending with the week
// measured, the gap index weighs: verdicts are few, and a week without one
// does not mean the mood changed.
const moodWeeks = 4

// Trend returns the gap week by week, from the first dated fact to the
// last: the issues open and agreed as of each week's end, the week's
// assessments and the gap index (with the assessments of the last
// moodWeeks weeks). Undated facts are left out: they belong to no week.
func (a *Analyst) Trend(ctx context.Context, f Filter) ([]Week, error) {
	d, err := a.load(ctx, f)
	if err != nil {
		return nil, err
	}
	return a.trend(ctx, f, d.within(f.Since, f.Until))
}

func (a *Analyst) trend(ctx context.Context, f Filter, d *stanceData) ([]Week, error) {
	_, parties, issueCounts := d.counts()
	sides := a.sides(parties)
	issues := ranked(issueCounts, nil)
	votes := map[string]*AssessmentDay{}
	first, last := "", ""
	stretch := func(day string) {
		if day == "" {
			return
		}
		if first == "" || day < first {
			first = day
		}
		last = max(last, day)
	}
	err := a.Src.AssessmentDays(ctx, f, func(v AssessmentDay) error {
		w := weekOf(v.Day)
		if w == "" {
			return nil
		}
		stretch(v.Day)
		if votes[w] == nil {
			votes[w] = &AssessmentDay{Day: w}
		}
		votes[w].Positive += v.Positive
		votes[w].Negative += v.Negative
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("assessments: %w", err)
	}
	for _, e := range d.events {
		stretch(e.day)
	}
	if first == "" {
		return nil, nil
	}
	// Sweep the events once, week by week, keeping each cell's latest.
	cells := map[cellKey]event{}
	next := 0
	var out []Week
	for w := weekOf(first); w <= last; w = addDays(w, 7) {
		end := addDays(w, 6)
		for ; next < len(d.events) && d.events[next].day <= end; next++ {
			if e := d.events[next]; e.day != "" {
				cells[e.cellKey] = e
			}
		}
		wk := Week{Start: w}
		for _, g := range gaps(cells, sides, issues) {
			switch g.Status {
			case Open:
				wk.Open++
			case Agreed:
				wk.Agreed++
			}
		}
		if v := votes[w]; v != nil {
			wk.Positive, wk.Negative = v.Positive, v.Negative
		}
		pos, neg := 0, 0
		for i := range moodWeeks {
			if v := votes[addDays(w, -7*i)]; v != nil {
				pos, neg = pos+v.Positive, neg+v.Negative
			}
		}
		wk.Index, wk.Known = GapIndex(wk.Open, wk.Agreed, pos, neg)
		out = append(out, wk)
	}
	return out, nil
}

// Diff returns the cells whose stance changed between the end of day from
// and the end of day to, judged by dated reports only (f's own dates are
// not used).
func (a *Analyst) Diff(ctx context.Context, f Filter, from, to string) ([]Change, error) {
	for _, day := range []string{from, to} {
		if _, err := time.Parse(time.DateOnly, day); err != nil {
			return nil, fmt.Errorf("diff: date %q: want YYYY-MM-DD", day)
		}
	}
	d, err := a.load(ctx, f)
	if err != nil {
		return nil, err
	}
	return a.diff(ctx, f, d, from, to)
}

func (a *Analyst) diff(ctx context.Context, f Filter, d *stanceData, from, to string) ([]Change, error) {
	f.Since, f.Until = "", ""
	before, after := d.asOf(from), d.asOf(to)
	var out []Change
	for k, e := range after {
		if f.Party != "" && k.party != f.Party {
			continue
		}
		was := before[k].stance
		if was == e.stance {
			continue // confirmed, not moved
		}
		s, ok, err := a.Src.Latest(ctx, f, k.party, k.issue, e.stance, e.day)
		if err != nil {
			return nil, fmt.Errorf("diff %s/%s: %w", k.party, k.issue, err)
		}
		if ok {
			out = append(out, Change{Party: k.party, Issue: k.issue, From: was, To: e.stance, Now: s})
		}
	}
	slices.SortFunc(out, func(x, y Change) int {
		return cmp.Or(cmp.Compare(y.Now.Date, x.Now.Date), cmp.Compare(x.Party, y.Party), cmp.Compare(x.Issue, y.Issue))
	})
	return out, nil
}

// weekOf returns the Monday of day's week, "" for an unknown day.
func weekOf(day string) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)).Format(time.DateOnly)
}

// addDays moves a YYYY-MM-DD date by n days.
func addDays(day string, n int) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, n).Format(time.DateOnly)
}
