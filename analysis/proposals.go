package analysis

import (
	"cmp"
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/pack"
)

// maxProposals bounds the proposals whose responses are looked up.
const maxProposals = 12

// responsesPerSide bounds the responses kept per party and issue.
const responsesPerSide = 2

// responseDays is how long after a draft is first reported stances on its
// issues count as responses to it.
const responseDays = 30

// Proposals returns the drafts named around the positions that propose
// something ("the Paris draft", "Biden's proposal", "a 42-day truce"),
// grouped across articles by name, with their proposer (the party most
// often proposing under that name), the issues they cover and each other
// party's latest stances on those issues since the draft was first
// reported. The most reported come first. The names were read when the
// articles were stored (Annotate).
func (a *Analyst) Proposals(ctx context.Context, f Filter) ([]Proposal, error) {
	d, err := a.load(ctx, f)
	if err != nil {
		return nil, err
	}
	return a.proposals(ctx, f, d)
}

// proposals returns the most reported drafts, with the responses to them
// found in the stances of d.
func (a *Analyst) proposals(ctx context.Context, f Filter, d *stanceData) ([]Proposal, error) {
	groups := map[string]*draft{}
	var order []*draft
	err := a.Src.Drafts(ctx, f, func(c DraftCount) error {
		g := groups[c.Key]
		if g == nil {
			g = &draft{Proposal: Proposal{Name: c.Name}, key: c.Key, proposers: map[string]int{}}
			groups[c.Key] = g
			order = append(order, g)
		}
		g.add(c)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("proposals: %w", err)
	}
	slices.SortFunc(order, func(x, y *draft) int {
		return cmp.Or(cmp.Compare(y.reports, x.reports), cmp.Compare(orLast(x.First), orLast(y.First)), cmp.Compare(x.Name, y.Name))
	})
	var out []Proposal
	for _, g := range order[:min(len(order), maxProposals)] {
		p := g.done()
		err := a.Src.DraftEvidence(ctx, f, g.key, maxDraftEvidence, func(s Statement) error {
			p.Evidence = append(p.Evidence, s)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("proposals: %w", err)
		}
		if err := a.responses(ctx, f, d, &p); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// maxDraftEvidence bounds the statements kept per proposal.
const maxDraftEvidence = 5

// draft gathers the reports of one proposal.
type draft struct {
	Proposal
	key       string
	proposers map[string]int
	reports   int
}

func (g *draft) add(c DraftCount) {
	g.reports += c.N
	g.proposers[c.Actor] += c.N
	g.Name = min(g.Name, c.Name)
	if c.First != "" {
		if g.First == "" || c.First < g.First {
			g.First = c.First
		}
		g.Last = max(g.Last, c.Last)
	}
	i := slices.IndexFunc(g.Terms, func(t Term) bool { return t.Issue == c.Issue })
	if i < 0 {
		g.Terms = append(g.Terms, Term{Issue: c.Issue})
		i = len(g.Terms) - 1
	}
	if g.Terms[i].Figure == "" {
		g.Terms[i].Figure = c.Duration
	}
}

func (g *draft) done() Proposal {
	p := g.Proposal
	best := 0
	for id, n := range g.proposers {
		if n > best || n == best && id < p.Proposer {
			p.Proposer, best = id, n
		}
	}
	return p
}

// responses adds the stances of the parties other than the proposer and
// the mediators on the proposal's issues reported within responseDays of
// its first report (for an undated proposal: any), at most
// responsesPerSide per party and issue, the newest, oldest first.
func (a *Analyst) responses(ctx context.Context, f Filter, d *stanceData, p *Proposal) error {
	f.Since, f.Until = "", ""
	if p.First != "" {
		d = d.within(p.First, addDays(p.First, responseDays))
	}
	kept := map[cellKey]int{}
	for i := len(d.events) - 1; i >= 0; i-- {
		e := d.events[i]
		if e.party == p.Proposer || e.stance == parley.Propose || kept[e.cellKey] >= responsesPerSide ||
			a.Packs.IsMediator(e.party) || e.party == a.Packs.UnnamedMediators() ||
			!slices.ContainsFunc(p.Terms, func(t Term) bool { return t.Issue == e.issue }) {
			continue
		}
		s, ok, err := a.Src.Latest(ctx, f, e.party, e.issue, e.stance, e.day)
		if err != nil {
			return fmt.Errorf("responses to %s: %w", p.Name, err)
		}
		if ok {
			kept[e.cellKey]++
			p.Responses = append(p.Responses, s)
		}
	}
	slices.Reverse(p.Responses)
	return nil
}

// duration finds a length of time a draft sets ("42-day", "six weeks").
var duration = regexp.MustCompile(`\b\d+[- ](?:day|week|month)s?\b`)

// proposalName finds the name that window, the text around a position
// with text on issue, gives the draft: the words that modify the proposal
// noun of the packs nearest to the position ("the Paris draft", "Biden's
// proposal", "the July 2 plan"), or a length of time before the
// position's issue ("a 42-day ceasefire"). A bare noun ("the proposal")
// names nothing.
func proposalName(set *pack.Set, window, text, issue string) string {
	window, pos := sentenceOf(window, text)
	best, bestDist := "", -1
	consider := func(name string, at int) {
		dist := at - pos
		if dist < 0 {
			dist = -dist
		}
		if name != "" && (bestDist < 0 || dist < bestDist) {
			best, bestDist = name, dist
		}
	}
	set.Scan(window, func(m pack.Match) {
		switch {
		case m.Kind == pack.KindStance && m.ID == parley.Propose && m.Form == pack.Noun:
			consider(modifiers(window[:m.Start], window[m.Start:m.End]), m.Start)
		case m.Kind == pack.KindIssue && m.ID == issue:
			if d := duration.FindStringIndex(window[max(0, m.Start-12):m.Start]); d != nil {
				consider(window[max(0, m.Start-12)+d[0]:m.End], m.Start)
			}
		}
	})
	return best
}

// sentenceOf cuts window to the sentence (or sentences) holding text, and
// says where text starts in what it returns.
func sentenceOf(window, text string) (string, int) {
	pos := strings.Index(window, text)
	if pos < 0 {
		return window, 0
	}
	start := max(strings.LastIndex(window[:pos], ". "), strings.LastIndex(window[:pos], "\n")) + 1
	end := len(window)
	rest := window[pos+len(text):]
	if i := strings.IndexAny(rest, ".\n"); i >= 0 {
		end = pos + len(text) + i + 1
	}
	return window[start:end], pos - start
}

// maxModifierBytes is how far before a proposal noun its modifiers are
// looked for: four words.
const maxModifierBytes = 48

// modifiers returns noun preceded by the words that modify it at the end
// of before: capitalized words, possessives and numbers, at most four; ""
// when there are none.
func modifiers(before, noun string) string {
	words := strings.Fields(before[max(0, len(before)-maxModifierBytes):])
	n := 0
	for i := len(words) - 1; i >= 0 && n < 4; i-- {
		w := strings.Trim(words[i], `"'“”‘’(`)
		if w == "" || strings.ContainsAny(words[i], ".,;:!?") {
			break
		}
		r := []rune(w)[0]
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			break
		}
		if isDeterminer(w) {
			break
		}
		n++
	}
	if n == 0 {
		return ""
	}
	return strings.Join(append(words[len(words)-n:], noun), " ")
}

// isDeterminer tells a capitalized article at a sentence start from a name.
func isDeterminer(w string) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "this", "that", "its", "their", "his", "her", "new", "latest":
		return true
	}
	return false
}

// unquote drops possessives and quotes from a name.
var unquote = strings.NewReplacer("’s", "", "'s", "", "’", "", "'", "", `"`, "", "“", "", "”", "")

// nameKey groups names that differ only in case, quotes and possessives.
func nameKey(name string) string {
	return strings.Join(strings.Fields(unquote.Replace(strings.ToLower(name))), " ")
}
