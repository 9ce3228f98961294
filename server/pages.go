package server

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/parley-news/parley/analysis"
	"github.com/parley-news/parley/store"
)

//go:embed templates
var templateFS embed.FS

// pageTemplate is one page: the layout with the page's own blocks.
type pageTemplate = template.Template

var funcs = template.FuncMap{
	"pct": func(f float64) string { return strconv.Itoa(int(f*100+0.5)) + "%" },
	"qs": func(v url.Values, kv ...string) string { // v with kv set, as a query string
		w := url.Values{}
		for k, vs := range v {
			w[k] = slices.Clone(vs)
		}
		for i := 0; i+1 < len(kv); i += 2 {
			if kv[i+1] == "" {
				w.Del(kv[i])
			} else {
				w.Set(kv[i], kv[i+1])
			}
		}
		return "?" + w.Encode()
	},
	"add":    func(a, b int) int { return a + b },
	"anchor": anchor,
	// evidence links a statement of the analysis to its sentence.
	"evidence": func(kind string, st analysis.Statement) string {
		return "/source/" + url.PathEscape(st.Article) + "#" + anchor(kind, st.Start, st.End)
	},
	"sub":  func(a, b int) int { return a - b },
	"max0": func(a int) int { return max(a, 0) },
}

func parsePages() (map[string]*pageTemplate, error) {
	names, err := templateFS.ReadDir("templates")
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	pages := map[string]*pageTemplate{}
	for _, n := range names {
		name := strings.TrimSuffix(n.Name(), ".html")
		if name == "layout" {
			continue
		}
		t, err := template.New(name).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+n.Name())
		if err != nil {
			return nil, fmt.Errorf("templates: %w", err)
		}
		pages[name] = t
	}
	return pages, nil
}

// render writes a page. It renders into a buffer first, so that a
// template error becomes a clean 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name, title string, data any) {
	var b bytes.Buffer
	err := s.pages[name].ExecuteTemplate(&b, "layout", map[string]any{
		"Title": title, "Page": name, "Data": data, "Query": r.URL.Query(),
	})
	if err != nil {
		s.log.Error("render", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	b.WriteTo(w)
}

// failPage answers a page request that could not be served.
func (s *Server) failPage(w http.ResponseWriter, r *http.Request, err error) {
	var bad *badRequest
	if errors.As(err, &bad) {
		s.render(w, r, http.StatusBadRequest, "error", "Bad request", bad.msg)
		return
	}
	s.log.Error("page failed", "path", r.URL.Path, "err", err)
	s.render(w, r, http.StatusInternalServerError, "error", "Error", "Something went wrong; the log says what.")
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request, what string) {
	s.render(w, r, http.StatusNotFound, "error", "Not found", what)
}

func (s *Server) overview(w http.ResponseWriter, r *http.Request) {
	sum, err := s.sum.get(r.Context())
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	latest, err := s.q.Facts(r.Context(), Filter{Kind: "assessment", Limit: 8})
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "overview", "Overview", map[string]any{
		"Sum": sum, "Rows": heatmap(sum), "Trend": trend(sum.Trend), "Assessments": latest,
	})
}

// heatRow is one party's row of the matrix, a cell per issue (nil: none).
type heatRow struct {
	Party string
	Cells []*analysis.Cell
}

func heatmap(sum *Summary) []heatRow {
	rows := make([]heatRow, len(sum.Matrix.Parties))
	for i, p := range sum.Matrix.Parties {
		rows[i].Party = p
		for _, issue := range sum.Matrix.Issues {
			rows[i].Cells = append(rows[i].Cells, sum.Cell(p, issue))
		}
	}
	return rows
}

// trendChart is the gap trend drawn as an SVG polyline: x per week, y the
// gap index (top: far apart). Weeks with nothing to measure are left out.
type trendChart struct {
	Width, Height int
	Points        string
	Dots          []trendDot
	First, Last   string
}

type trendDot struct {
	X, Y  int
	Label string
}

func trend(weeks []analysis.Week) *trendChart {
	var known []analysis.Week
	for _, w := range weeks {
		if w.Known {
			known = append(known, w)
		}
	}
	if len(known) == 0 {
		return nil
	}
	c := &trendChart{Width: 600, Height: 160, First: known[0].Start, Last: known[len(known)-1].Start}
	step := 0
	if len(known) > 1 {
		step = (c.Width - 20) / (len(known) - 1)
	}
	var pts []string
	for i, w := range known {
		x, y := 10+i*step, c.Height-10-int(w.Index*float64(c.Height-20))
		pts = append(pts, fmt.Sprintf("%d,%d", x, y))
		c.Dots = append(c.Dots, trendDot{x, y, fmt.Sprintf("week of %s: gap index %.2f, %d issues open, %d agreed, %d negative and %d positive assessments",
			w.Start, w.Index, w.Open, w.Agreed, w.Negative, w.Positive)})
	}
	c.Points = strings.Join(pts, " ")
	return c
}

// facts serves a page listing facts of one kind with the filters of the
// query string.
func (s *Server) factsPage(w http.ResponseWriter, r *http.Request, page, title string, f Filter) {
	facts, err := s.q.Facts(r.Context(), f)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	sum, err := s.sum.get(r.Context())
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, page, title, map[string]any{
		"Facts": facts, "Filter": f, "Sum": sum, "More": len(facts) == f.Limit,
	})
}

func (s *Server) quotes(w http.ResponseWriter, r *http.Request) {
	f, err := filter(r.URL.Query())
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	f.Kind = "attribution"
	if f.Issue != "" || r.URL.Query().Get("kind") == "position" {
		f.Kind = "position"
	}
	s.factsPage(w, r, "quotes", "Quotes", f)
}

func (s *Server) figures(w http.ResponseWriter, r *http.Request) {
	f, err := filter(r.URL.Query())
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	f.Kind = "figure"
	s.factsPage(w, r, "figures", "Figures", f)
}

func (s *Server) articles(w http.ResponseWriter, r *http.Request) {
	f, err := filter(r.URL.Query())
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	list, err := s.q.Articles(r.Context(), f)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "articles", "Articles", map[string]any{"Articles": list, "Filter": f, "More": len(list) == f.Limit})
}

// segment is a stretch of article text and the facts that cover it.
type segment struct {
	Text    string
	Anchors string   // the covering facts' anchors, space separated
	Kinds   string   // their kinds, space separated, as classes
	Starts  []string // anchors of the facts that start here
}

// segments cuts text at every fact's start and end, so that each piece is
// covered by the same facts throughout. Spans are clamped to the text and
// to rune boundaries, so that a bad offset costs only its highlight.
func segments(text string, facts []Fact) []segment {
	fix := func(i int) int {
		i = max(0, min(i, len(text)))
		for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
			i--
		}
		return i
	}
	cuts := []int{0, len(text)}
	for _, f := range facts {
		cuts = append(cuts, fix(f.Start), fix(f.End))
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var out []segment
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		var sg segment
		var anchors, kinds []string
		for _, f := range facts {
			if fix(f.Start) == a {
				sg.Starts = append(sg.Starts, f.Anchor)
			}
			if fix(f.Start) <= a && fix(f.End) >= b {
				anchors = append(anchors, f.Anchor)
				if !slices.Contains(kinds, "k-"+f.Kind) {
					kinds = append(kinds, "k-"+f.Kind)
				}
			}
		}
		sg.Text, sg.Anchors, sg.Kinds = text[a:b], strings.Join(anchors, " "), strings.Join(kinds, " ")
		out = append(out, sg)
	}
	return out
}

func (s *Server) article(w http.ResponseWriter, r *http.Request) {
	d, err := s.q.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	if d == nil {
		s.notFound(w, r, "No article has this id.")
		return
	}
	title := d.Title
	if title == "" {
		title = "Article " + d.Source
	}
	s.render(w, r, http.StatusOK, "article", title, map[string]any{"Doc": d, "Segments": segments(d.Text, d.Facts)})
}

// bySource sends a link that names an article by the id its input gave it
// (as search hits do) to the article's page; the fragment stays.
func (s *Server) bySource(w http.ResponseWriter, r *http.Request) {
	id, err := s.q.ArticleID(r.Context(), r.PathValue("source"))
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	if id == "" {
		s.notFound(w, r, "No article has this id.")
		return
	}
	http.Redirect(w, r, "/articles/"+id, http.StatusSeeOther)
}

func (s *Server) party(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	sum, err := s.sum.get(r.Context())
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	positions, quotes, err := s.statements(r.Context(), Filter{Party: id, Limit: 30})
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	if len(positions) == 0 && len(quotes) == 0 {
		s.notFound(w, r, "No statement is stored for this party.")
		return
	}
	var cells []analysis.Cell
	for _, c := range sum.Matrix.Cells {
		if c.Party == id {
			cells = append(cells, c)
		}
	}
	s.render(w, r, http.StatusOK, "party", id, map[string]any{"Party": id, "Cells": cells, "Positions": positions, "Quotes": quotes})
}

func (s *Server) person(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	if len(name) > maxParam {
		s.failPage(w, r, &badRequest{"name too long"})
		return
	}
	positions, quotes, err := s.statements(r.Context(), Filter{Person: name, Limit: 50})
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	if len(quotes) == 0 && len(positions) == 0 {
		s.notFound(w, r, "No statement is stored for this person.")
		return
	}
	s.render(w, r, http.StatusOK, "person", name, map[string]any{"Name": name, "Quotes": quotes, "Positions": positions})
}

// statements fetches the positions and the quotes that f selects (a
// party's, a person's): the two lists of their pages.
func (s *Server) statements(ctx context.Context, f Filter) (positions, quotes []Fact, err error) {
	f.Kind = "position"
	if positions, err = s.q.Facts(ctx, f); err != nil {
		return nil, nil, err
	}
	f.Kind = "attribution"
	quotes, err = s.q.Facts(ctx, f)
	return positions, quotes, err
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q, err := searchQuery(r.URL.Query())
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	var hits []store.Hit
	if q.Text != "" {
		if hits, err = s.store.Search(r.Context(), q); err != nil {
			s.failPage(w, r, err)
			return
		}
	}
	s.render(w, r, http.StatusOK, "search", "Search", map[string]any{"Query": q, "Hits": hits})
}

// summaryPage serves a page showing the summary.
func (s *Server) summaryPage(page, title string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sum, err := s.sum.get(r.Context())
		if err != nil {
			s.failPage(w, r, err)
			return
		}
		s.render(w, r, http.StatusOK, page, title, sum)
	}
}

func (s *Server) diff(w http.ResponseWriter, r *http.Request) {
	data := map[string]any{}
	if v := r.URL.Query(); v.Has("from") || v.Has("to") {
		from, to, err := diffDates(v)
		if err != nil {
			s.failPage(w, r, err)
			return
		}
		changes, err := s.analyst.Diff(r.Context(), analysis.Filter{}, from, to)
		if err != nil {
			s.failPage(w, r, err)
			return
		}
		data = map[string]any{"From": from, "To": to, "Changes": changes, "Asked": true}
	}
	s.render(w, r, http.StatusOK, "diff", "What changed", data)
}
