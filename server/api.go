package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"reflect"
	"strconv"
	"time"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/analysis"
	"github.com/parley-news/parley/read"
	"github.com/parley-news/parley/store"
)

// Bounds of the query parameters.
const (
	defaultLimit = 50
	maxLimit     = 500
	maxOffset    = 100_000
	maxParam     = 200 // bytes of a text parameter
)

// badRequest is an invalid query parameter; its message says which.
type badRequest struct{ msg string }

func (e *badRequest) Error() string { return e.msg }

// filter reads the filters and the page of a request: party, person,
// issue, outlet, since, until (YYYY-MM-DD), limit, offset.
func filter(v url.Values) (Filter, error) {
	f := Filter{
		Party: v.Get("party"), Person: v.Get("person"), Issue: v.Get("issue"),
		Outlet: v.Get("outlet"), Since: v.Get("since"), Until: v.Get("until"),
		Limit: defaultLimit,
	}
	for name, p := range map[string]string{"party": f.Party, "person": f.Person, "issue": f.Issue, "outlet": f.Outlet} {
		if len(p) > maxParam {
			return f, &badRequest{fmt.Sprintf("%s: longer than %d bytes", name, maxParam)}
		}
	}
	for name, d := range map[string]string{"since": f.Since, "until": f.Until} {
		if _, err := time.Parse(time.DateOnly, d); d != "" && err != nil {
			return f, &badRequest{fmt.Sprintf("%s: want YYYY-MM-DD", name)}
		}
	}
	var err error
	if f.Limit, err = intParam(v, "limit", defaultLimit, 1, maxLimit); err != nil {
		return f, err
	}
	if f.Offset, err = intParam(v, "offset", 0, 0, maxOffset); err != nil {
		return f, err
	}
	return f, nil
}

func intParam(v url.Values, name string, def, lo, hi int) (int, error) {
	s := v.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, &badRequest{fmt.Sprintf("%s: want a whole number from %d to %d", name, lo, hi)}
	}
	return n, nil
}

// Page is a page of a list: items, and the URL of the next page when
// this one is full.
type Page[T any] struct {
	Items  []T     `json:"items"`
	Limit  int     `json:"limit"`
	Offset int     `json:"offset"`
	Next   *string `json:"next"`
}

func page[T any](r *http.Request, f Filter, items []T) Page[T] {
	p := Page[T]{Items: items, Limit: f.Limit, Offset: f.Offset}
	if len(items) == f.Limit && f.Offset+f.Limit <= maxOffset {
		v := r.URL.Query()
		v.Set("offset", strconv.Itoa(f.Offset+f.Limit))
		next := r.URL.Path + "?" + v.Encode()
		p.Next = &next
	}
	return p
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// fail answers a request that could not be served: a bad parameter is the
// client's error, anything else is logged and hidden.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var bad *badRequest
	if errors.As(err, &bad) {
		writeError(w, http.StatusBadRequest, bad.msg)
		return
	}
	s.log.Error("request failed", "path", r.URL.Path, "err", err)
	writeError(w, http.StatusInternalServerError, "internal error")
}

func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	f, err := filter(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	items, err := s.q.Articles(r.Context(), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, page(r, f, items))
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	d, err := s.q.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if d == nil {
		writeError(w, http.StatusNotFound, "no such article")
		return
	}
	writeJSON(w, http.StatusOK, d)
}

// apiFacts lists the facts of one kind.
func (s *Server) apiFacts(kind string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		f, err := filter(r.URL.Query())
		if err != nil {
			s.fail(w, r, err)
			return
		}
		f.Kind = kind
		items, err := s.q.Facts(r.Context(), f)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, page(r, f, items))
	}
}

// apiSummary serves a part of the summary, with the time it was built.
func (s *Server) apiSummary(part func(*Summary) any) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sum, err := s.sum.get(r.Context())
		if err != nil {
			s.fail(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"items": orEmpty(part(sum)), "built": sum.Built})
	}
}

// orEmpty turns a nil slice into an empty one, so that JSON says [].
func orEmpty(v any) any {
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Slice && rv.IsNil() {
		return []any{}
	}
	return v
}

// diffDates reads from and to (YYYY-MM-DD, both required).
func diffDates(v url.Values) (from, to string, err error) {
	from, to = v.Get("from"), v.Get("to")
	for name, d := range map[string]string{"from": from, "to": to} {
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			return "", "", &badRequest{fmt.Sprintf("%s: want YYYY-MM-DD", name)}
		}
	}
	return from, to, nil
}

func (s *Server) apiDiff(w http.ResponseWriter, r *http.Request) {
	from, to, err := diffDates(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	changes, err := s.analyst.Diff(r.Context(), analysis.Filter{}, from, to)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"items": orEmpty(changes), "from": from, "to": to})
}

// searchQuery reads the parameters of a full-text search: q and the
// filters of store.Query.
func searchQuery(v url.Values) (store.Query, error) {
	f, err := filter(v)
	if err != nil {
		return store.Query{}, err
	}
	q := store.Query{Text: v.Get("q"), Party: f.Party, Speaker: f.Person, Issue: f.Issue,
		Outlet: f.Outlet, Since: f.Since, Until: f.Until, Limit: f.Limit}
	if len(q.Text) > maxParam {
		return q, &badRequest{fmt.Sprintf("q: longer than %d bytes", maxParam)}
	}
	return q, nil
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q, err := searchQuery(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	hits, err := s.store.Search(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if hits == nil {
		hits = []store.Hit{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"items": hits})
}

// apiIngest reads the request body as `parley ingest` reads a file (plain
// text, JSON Lines, HTML), extracts and stores each article.
func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="parley"`)
		writeError(w, http.StatusUnauthorized, "ingest needs the server's token (parley serve --token)")
		return
	}
	body := http.MaxBytesReader(w, r.Body, maxBody)
	var readings []parley.Reading
	errs := []string{}
	tooBig := false
	var rd read.Reader
	rd.Each([]string{"-"}, body, func(a parley.Article) {
		reading, err := s.reader.CleanAndRead(a)
		if err != nil { // stored all the same; the error goes back in the answer
			errs = append(errs, (&read.ItemError{Origin: a.Origin, Err: err}).Error())
		}
		readings = append(readings, reading)
	}, func(err error) {
		var mb *http.MaxBytesError
		tooBig = tooBig || errors.As(err, &mb)
		errs = append(errs, err.Error())
	})
	if tooBig {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("body larger than %d bytes", maxBody))
		return
	}
	var t store.Tally
	if len(readings) > 0 {
		var err error
		if t, err = s.store.Put(r.Context(), readings); err != nil {
			s.fail(w, r, err)
			return
		}
		if _, err := s.store.MergePeople(r.Context()); err != nil {
			s.fail(w, r, err)
			return
		}
		s.sum.invalidate()
	}
	s.metrics.ingest("added", t.Added)
	s.metrics.ingest("replaced", t.Replaced)
	s.metrics.ingest("unchanged", t.Unchanged)
	s.metrics.ingest("failed", len(errs))
	s.log.Info("ingest", "added", t.Added, "replaced", t.Replaced, "unchanged", t.Unchanged, "failed", len(errs))
	writeJSON(w, http.StatusOK, map[string]any{
		"added": t.Added, "replaced": t.Replaced, "unchanged": t.Unchanged, "errors": errs,
	})
}
