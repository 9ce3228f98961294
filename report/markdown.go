package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/parley-news/parley/analysis"
)

// maxPoints bounds the figure points a text report lists per measure.
const maxPoints = 8

// Markdown writes b as a Markdown brief.
func Markdown(w io.Writer, b *analysis.Brief) error {
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p("# The negotiation: brief\n\n")
	if f := filterText(b.Filter); f != "" {
		p("_%s_\n\n", f)
	}
	p("%s\n\n", strings.Join(b.Summary, " "))

	p("## Where each party stands\n\n")
	if len(b.Matrix.Cells) == 0 {
		p("No positions reported.\n\n")
	} else {
		p("| party | %s |\n|---|%s\n", strings.Join(b.Matrix.Issues, " | "), strings.Repeat("---|", len(b.Matrix.Issues)))
		for _, party := range b.Matrix.Parties {
			row := []string{party}
			for _, is := range b.Matrix.Issues {
				c, ok := cell(b.Matrix, party, is)
				if !ok {
					row = append(row, "")
					continue
				}
				row = append(row, fmt.Sprintf("%s (%s, %d)", c.Stance, date(c.Date), c.Stories))
			}
			p("| %s |\n", strings.Join(row, " | "))
		}
		p("\nEach cell: the latest stance (its date, independent stories carrying it). %d cells rest on undated reports.\n\n", b.Undated)
	}

	if len(b.History) > 0 {
		p("## History of %s on %s\n\n", b.Filter.Party, b.Filter.Issue)
		for _, h := range b.History {
			p("- %s: %s: %q (%s)\n", date(h.Date), h.Stance, oneLine(h.Text), source(h))
		}
		p("\n")
	}

	p("## The gap\n\n")
	for _, g := range b.Gap {
		p("- **%s**: %s (%s)\n", g.Issue, g.Status, stancesText(g))
	}
	p("\n| week | open | agreed | positive | negative | gap index |\n|---|---|---|---|---|---|\n")
	for _, wk := range b.Trend {
		idx := "unknown"
		if wk.Known {
			idx = fmt.Sprintf("%.2f", wk.Index)
		}
		p("| %s | %d | %d | %d | %d | %s |\n", wk.Start, wk.Open, wk.Agreed, wk.Positive, wk.Negative, idx)
	}
	if len(b.Trend) == 0 {
		p("| (no dated reports) | | | | | |\n")
	}

	if b.Filter.Since != "" {
		p("\n## New since %s\n\n", b.Filter.Since)
		if len(b.New) == 0 {
			p("No stance moved.\n")
		}
		for _, c := range b.New {
			p("- %s on %s: %s → %s: %q (%s)\n", c.Party, c.Issue, or(c.From, "none"), c.To, c.Now.Text, source(c.Now))
		}
	}

	p("\n## Key quotes\n\n")
	for _, party := range parties(b.Quotes) {
		p("**%s**\n\n", party)
		for _, q := range b.Quotes[party] {
			p("> %s\n>\n> %s (%s)\n\n", oneLine(q.Text), or(q.Speaker, "unnamed"), source(q))
		}
	}

	p("## Proposals\n\n")
	if len(b.Proposals) == 0 {
		p("No named proposal reported.\n")
	}
	for _, pr := range b.Proposals {
		p("- **%s** by %s, %s; terms: %s\n", pr.Name, or(pr.Proposer, "unknown"), span(pr.First, pr.Last), terms(pr.Terms))
		for _, r := range pr.Responses {
			p("  - %s %ss %s: %q (%s)\n", r.Party, r.Stance, r.Issue, oneLine(r.Text), source(r))
		}
	}

	p("\n## Talks\n\n")
	if len(b.Talks) == 0 {
		p("No round of talks placed in a venue.\n")
	}
	for _, r := range b.Talks {
		p("- **%s**, %s; mediators: %s; outcome: %s; %d reports\n", r.Venue, span(r.First, r.Last),
			or(strings.Join(r.Mediators, ", "), "none named"), or(r.Outcome, "not reported"), len(r.Evidence))
	}

	p("\n## Figures\n\n")
	for _, s := range b.Figures {
		p("- **%s** (%s): ", s.Measure, s.Unit)
		var pts []string
		for i, x := range s.Points {
			if i == maxPoints {
				pts = append(pts, fmt.Sprintf("and %d more", len(s.Points)-maxPoints))
				break
			}
			pts = append(pts, fmt.Sprintf("%s on %s (%s)", value(x), date(x.Date), or(x.Speaker, or(x.Outlet, "unsourced"))))
		}
		p("%s\n", strings.Join(pts, "; "))
		for _, c := range s.Disputes {
			p("  - disagreement on %s: %s (%s) vs %s (%s)\n", c.Day, value(c.A), source(c.A.Statement), value(c.B), source(c.B.Statement))
		}
	}

	p("\n## Framing\n\n| outlet | words | loaded per 1,000 | terms (loaded / neutral) |\n|---|---|---|---|\n")
	for _, fr := range b.Framing {
		var ts []string
		for _, t := range fr.Terms {
			if t.LoadedN > 0 {
				ts = append(ts, fmt.Sprintf("%s %d / %s %d", t.Term, t.LoadedN, t.Neutral, t.NeutralN))
			}
		}
		p("| %s | %d | %.2f | %s |\n", or(fr.Outlet, "unknown"), fr.Words, fr.Rate, strings.Join(ts, "; "))
	}
	return bw.Flush()
}

func stancesText(g analysis.IssueGap) string {
	var out []string
	for i, s := range g.Sides {
		out = append(out, s+" "+or(g.Stance[i], "unknown"))
	}
	return strings.Join(out, ", ")
}

func filterText(f analysis.Filter) string {
	var out []string
	for _, kv := range [][2]string{{"since", f.Since}, {"until", f.Until}, {"party", f.Party}, {"issue", f.Issue}, {"outlet", f.Outlet}} {
		if kv[1] != "" {
			out = append(out, kv[0]+" "+kv[1])
		}
	}
	return strings.Join(out, ", ")
}

// oneLine keeps a quote on one Markdown line, and keeps its pipes from
// breaking a table.
func oneLine(s string) string {
	return strings.ReplaceAll(strings.Join(strings.Fields(s), " "), "|", `\|`)
}
