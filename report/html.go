package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/parley-news/parley/analysis"
)

//go:embed report.html.tmpl
var page string

var tmpl = template.Must(template.New("report").Funcs(template.FuncMap{
	"date":    date,
	"span":    span,
	"or":      or,
	"source":  source,
	"terms":   terms,
	"value":   value,
	"join":    strings.Join,
	"stances": stancesText,
	"filter":  filterText,
	"cell": func(m analysis.Matrix, party, issue string) *analysis.Cell {
		if c, ok := cell(m, party, issue); ok {
			return &c
		}
		return nil
	},
	"trend":   trendChart,
	"framing": framingChart,
	"parties": parties,
	"pct":     func(x float64) string { return fmt.Sprintf("%.2f", x) },
}).Parse(page))

// HTML writes b as one HTML page that needs nothing else: styles inline,
// charts as inline SVG, no script. Every piece of article text goes
// through html/template's escaping.
func HTML(w io.Writer, b *analysis.Brief) error {
	if err := tmpl.Execute(w, b); err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	return nil
}

// Chart geometry, in SVG user units.
const (
	chartW, chartH = 640, 180
	pad            = 30
)

// chart is an SVG chart laid out for the template.
type chart struct {
	W, H  int
	Line  string // polyline points
	Bars  []bar
	Ticks []tick
	Empty bool
}

type bar struct {
	X, Y, W, H float64
	Class      string
	Title      string
}

type tick struct {
	X, Y  float64
	Label string
}

// trendChart draws the weekly gap index as a line over bars of open
// (above) and agreed issues; weeks with nothing measured break the line.
func trendChart(weeks []analysis.Week) chart {
	c := chart{W: chartW, H: chartH, Empty: len(weeks) == 0}
	if c.Empty {
		return c
	}
	most := 1
	for _, w := range weeks {
		most = max(most, w.Open+w.Agreed)
	}
	step := float64(chartW-3*pad) / float64(len(weeks)) // room on the right for the last label
	inner := float64(chartH - 2*pad)
	var pts []string
	for i, w := range weeks {
		x := pad + float64(i)*step
		ho := inner * float64(w.Open) / float64(most)
		ha := inner * float64(w.Agreed) / float64(most)
		c.Bars = append(c.Bars,
			bar{x, chartH - pad - ho - ha, step * 0.8, ho, "open", fmt.Sprintf("week of %s: %d open", w.Start, w.Open)},
			bar{x, chartH - pad - ha, step * 0.8, ha, "agreed", fmt.Sprintf("week of %s: %d agreed", w.Start, w.Agreed)})
		if w.Known {
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", x+step*0.4, chartH-pad-inner*w.Index))
		}
		if i == 0 || i == len(weeks)-1 || len(weeks) <= 12 || i%(len(weeks)/6) == 0 {
			c.Ticks = append(c.Ticks, tick{x, chartH - pad + 14, w.Start})
		}
	}
	c.Line = strings.Join(pts, " ")
	return c
}

// framingChart draws loaded terms per 1,000 words, one bar per outlet.
func framingChart(fs []analysis.Framing) chart {
	c := chart{W: chartW, H: 22*len(fs) + 10, Empty: len(fs) == 0}
	most := 0.0
	for _, f := range fs {
		most = max(most, f.Rate)
	}
	for i, f := range fs {
		wd := 0.0
		if most > 0 {
			wd = float64(chartW-200) * f.Rate / most
		}
		y := float64(i*22 + 5)
		c.Bars = append(c.Bars, bar{160, y, wd, 16, "loaded", fmt.Sprintf("%s: %.2f per 1,000 words", or(f.Outlet, "unknown"), f.Rate)})
		c.Ticks = append(c.Ticks, tick{155, y + 12, or(f.Outlet, "unknown")})
	}
	return c
}
