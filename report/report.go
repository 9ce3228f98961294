// Package report renders an analysis.Brief for people (Markdown, one
// self-contained HTML file with inline SVG charts) and for programs (JSON).
// The renderers only lay out what the analysis decided; an unknown date is
// written as "unknown", never filled in.
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/parley-news/parley/analysis"
)

// Formats lists the formats Write accepts.
var Formats = []string{"md", "html", "json"}

// Write renders b in format (md, html or json).
func Write(w io.Writer, b *analysis.Brief, format string) error {
	switch format {
	case "md":
		return Markdown(w, b)
	case "html":
		return HTML(w, b)
	case "json":
		return JSON(w, b)
	}
	return fmt.Errorf("format %q: want one of %s", format, strings.Join(Formats, ", "))
}

// JSON writes b as one indented JSON document.
func JSON(w io.Writer, b *analysis.Brief) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(b); err != nil {
		return fmt.Errorf("json report: %w", err)
	}
	return nil
}

// date writes a date, or "unknown".
func date(day string) string {
	if day == "" {
		return "unknown"
	}
	return day
}

// span writes when two dates bound something.
func span(first, last string) string {
	if first == last {
		return date(first)
	}
	return date(first) + " to " + date(last)
}

// or writes s, or alt when s is empty.
func or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// source names where a statement comes from: outlet, date, article and span.
func source(s analysis.Statement) string {
	return fmt.Sprintf("%s, %s, %s [%d:%d]", or(s.Outlet, "outlet unknown"), date(s.Date), s.Article, s.Start, s.End)
}

// cell returns the matrix cell of party on issue, if any.
func cell(m analysis.Matrix, party, issue string) (analysis.Cell, bool) {
	for _, c := range m.Cells {
		if c.Party == party && c.Issue == issue {
			return c, true
		}
	}
	return analysis.Cell{}, false
}

// parties lists the parties with quotes, sorted.
func parties(q map[string][]analysis.Statement) []string {
	var out []string
	for p := range q {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// terms writes a proposal's terms.
func terms(ts []analysis.Term) string {
	var out []string
	for _, t := range ts {
		if t.Figure != "" {
			out = append(out, t.Issue+" ("+t.Figure+")")
		} else {
			out = append(out, t.Issue)
		}
	}
	return strings.Join(out, ", ")
}

// value writes a figure's value with its qualifier.
func value(f analysis.Figure) string {
	q := map[string]string{"at_least": "≥ ", "at_most": "≤ ", "approx": "~ "}[f.Qualifier]
	return fmt.Sprintf("%s%.10g", q, f.Value)
}
