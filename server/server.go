// Package server serves a parley database over HTTP: a JSON API under
// /api/ (described by /api/openapi.json) and a dashboard of server-rendered
// pages. It is read-only unless given a token, which enables ingest by
// POST /api/articles.
package server

import (
	"context"
	"crypto/subtle"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/parley-news/parley/analysis"
	"github.com/parley-news/parley/extract"
	"github.com/parley-news/parley/store"
)

//go:embed assets
var assets embed.FS

// Limits on what a client may ask of the server.
const (
	maxBody        = 8 << 20 // bytes of an ingest request
	maxHeader      = 64 << 10
	requestTimeout = 20 * time.Second // to answer a request, ingest included
	summaryTTL     = 30 * time.Second // age at which the overview is recomputed
)

// Config is what a Server serves.
type Config struct {
	DB      *sql.DB           // a read connection to the store's database (OpenReader)
	Store   store.Store       // the same database, for full-text search and ingest
	Analyst *analysis.Analyst // the analysis over the same database
	Token   string            // when set, POST /api/articles with this bearer token ingests
	Log     *slog.Logger
}

// Server is the HTTP handler of `parley serve`.
type Server struct {
	q       queries
	store   store.Store
	analyst *analysis.Analyst
	token   string
	log     *slog.Logger
	reader  *extract.Reader
	sum     *cache
	metrics *metrics
	pages   map[string]*pageTemplate
	handler http.Handler
}

// New returns a Server for cfg.
func New(cfg Config) (*Server, error) {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	s := &Server{
		q:       newQueries(cfg.DB),
		store:   cfg.Store,
		analyst: cfg.Analyst,
		token:   cfg.Token,
		log:     cfg.Log,
		reader:  extract.New(nil),
		metrics: newMetrics(),
	}
	s.sum = &cache{ttl: summaryTTL, compute: func(ctx context.Context) (*Summary, error) {
		return summarize(ctx, s.analyst, s.q)
	}}
	var err error
	if s.pages, err = parsePages(); err != nil {
		return nil, err
	}
	static, err := fs.Sub(assets, "assets")
	if err != nil {
		return nil, fmt.Errorf("assets: %w", err)
	}
	mux := http.NewServeMux()
	s.routes(mux, static)
	// observe sits inside the timeout, which hands its handler a copy of
	// the request: the copy is the one the mux records its pattern in.
	s.handler = secure(http.TimeoutHandler(s.observe(mux), requestTimeout, `{"error":"timeout"}`))
	return s, nil
}

// ServeHTTP serves a request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

func (s *Server) routes(mux *http.ServeMux, static fs.FS) {
	mux.Handle("GET /assets/", http.StripPrefix("/assets/", http.FileServerFS(static)))
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /metrics", s.metrics.serve)

	mux.HandleFunc("GET /api/openapi.json", serveOpenAPI)
	mux.HandleFunc("GET /api/articles", s.apiArticles)
	mux.HandleFunc("POST /api/articles", s.apiIngest)
	mux.HandleFunc("GET /api/articles/{id}", s.apiArticle)
	mux.HandleFunc("GET /api/attributions", s.apiFacts("attribution"))
	mux.HandleFunc("GET /api/positions", s.apiFacts("position"))
	mux.HandleFunc("GET /api/figures", s.apiFacts("figure"))
	mux.HandleFunc("GET /api/figures/series", s.apiSummary(func(b *Summary) any { return b.Figures }))
	mux.HandleFunc("GET /api/assessments", s.apiFacts("assessment"))
	mux.HandleFunc("GET /api/matrix", s.apiSummary(func(b *Summary) any { return map[string]any{"matrix": b.Matrix, "gap": b.Gap} }))
	mux.HandleFunc("GET /api/timeline", s.apiSummary(func(b *Summary) any { return b.Trend }))
	mux.HandleFunc("GET /api/proposals", s.apiSummary(func(b *Summary) any { return b.Proposals }))
	mux.HandleFunc("GET /api/talks", s.apiSummary(func(b *Summary) any { return b.Talks }))
	mux.HandleFunc("GET /api/framing", s.apiSummary(func(b *Summary) any { return b.Framing }))
	mux.HandleFunc("GET /api/diff", s.apiDiff)
	mux.HandleFunc("GET /api/people", s.apiSummary(func(b *Summary) any { return b.People }))
	mux.HandleFunc("GET /api/search", s.apiSearch)
	mux.HandleFunc("GET /api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such route")
	})

	mux.HandleFunc("GET /{$}", s.overview)
	mux.HandleFunc("GET /quotes", s.quotes)
	mux.HandleFunc("GET /articles", s.articles)
	mux.HandleFunc("GET /articles/{id}", s.article)
	mux.HandleFunc("GET /source/{source}", s.bySource)
	mux.HandleFunc("GET /parties/{id}", s.party)
	mux.HandleFunc("GET /people", s.summaryPage("people", "People"))
	mux.HandleFunc("GET /people/{name}", s.person)
	mux.HandleFunc("GET /figures", s.figures)
	mux.HandleFunc("GET /proposals", s.summaryPage("proposals", "Proposals"))
	mux.HandleFunc("GET /talks", s.summaryPage("talks", "Rounds of talks"))
	mux.HandleFunc("GET /framing", s.summaryPage("framing", "Framing"))
	mux.HandleFunc("GET /diff", s.diff)
	mux.HandleFunc("GET /search", s.search)
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	if err := s.q.db.PingContext(r.Context()); err != nil {
		s.log.Error("health check", "err", err)
		http.Error(w, "database unavailable", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintln(w, "ok")
}

// authorized reports whether r carries the ingest token. Without a
// configured token nothing is.
func (s *Server) authorized(r *http.Request) bool {
	const prefix = "Bearer "
	h := r.Header.Get("Authorization")
	if s.token == "" || len(h) < len(prefix) || h[:len(prefix)] != prefix {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(h[len(prefix):]), []byte(s.token)) == 1
}

// csp allows only the server's own scripts, styles and images: article
// text that escaped escaping still could not run.
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
	"form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

// secure sets the security headers of every response.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		next.ServeHTTP(w, r)
	})
}

// statusWriter records the status a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// observe logs each request, counts it in the metrics by route, and turns
// a panic into a 500.
func (s *Server) observe(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				if sw.status == 0 {
					writeError(sw, http.StatusInternalServerError, "internal error")
				}
			}
			took := time.Since(start)
			route := routeOf(r)
			s.metrics.request(route, sw.status, took)
			s.log.Info("request", "method", r.Method, "path", r.URL.Path, "route", route,
				"status", sw.status, "ms", float64(took.Microseconds())/1000)
		}()
		next.ServeHTTP(sw, r)
	})
}

// routeOf names a request's route for the metrics: the mux pattern it
// matched, so that ids do not multiply the series.
func routeOf(r *http.Request) string {
	if r.Pattern != "" {
		return r.Pattern
	}
	return "unmatched"
}

// Serve serves on addr until ctx is done, then shuts down gracefully,
// letting requests in flight finish.
func (s *Server) Serve(ctx context.Context, addr string) error {
	srv := &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       requestTimeout,
		WriteTimeout:      requestTimeout + 5*time.Second,
		IdleTimeout:       time.Minute,
		MaxHeaderBytes:    maxHeader,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	// Warm the overview so that the first visitor does not wait for it.
	go func() {
		if _, err := s.sum.get(ctx); err != nil && ctx.Err() == nil {
			s.log.Error("summary", "err", err)
		}
	}()
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	s.log.Info("serving", "addr", "http://"+addr, "ingest", s.token != "")
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	s.log.Info("shutting down")
	shut, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
