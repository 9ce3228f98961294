package server

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/parley-news/parley/analysis"
)

// Summary is the negotiation picture the overview and the analysis pages
// show. Computing it reads every position, so it is kept (see cache)
// rather than computed per request.
type Summary struct {
	*analysis.Brief
	Outlets []string          `json:"outlets"`
	People  []Person          `json:"people"`
	Latest  string            `json:"latest"`  // the latest publication date stored, "" when none
	Week    []analysis.Change `json:"changes"` // cells that moved in the week to Latest
	Built   string            `json:"built"`   // when this summary was computed (RFC 3339)
}

// Cell returns the matrix cell of party and issue, if any.
func (s *Summary) Cell(party, issue string) *analysis.Cell {
	for i := range s.Matrix.Cells {
		if c := &s.Matrix.Cells[i]; c.Party == party && c.Issue == issue {
			return c
		}
	}
	return nil
}

// summarize computes the summary over the whole store.
func summarize(ctx context.Context, a *analysis.Analyst, q queries) (*Summary, error) {
	s := &Summary{Built: time.Now().UTC().Format(time.RFC3339)}
	var err error
	if s.Brief, err = a.Brief(ctx, analysis.Filter{}); err != nil {
		return nil, fmt.Errorf("summary: %w", err)
	}
	if s.Outlets, err = q.strings1(ctx, `SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet`); err != nil {
		return nil, fmt.Errorf("summary: outlets: %w", err)
	}
	if s.People, err = q.People(ctx); err != nil {
		return nil, fmt.Errorf("summary: %w", err)
	}
	if err := q.db.QueryRowContext(ctx, `SELECT coalesce(max(published), '') FROM articles`).Scan(&s.Latest); err != nil {
		return nil, fmt.Errorf("summary: latest: %w", err)
	}
	if t, err := time.Parse(time.DateOnly, s.Latest); err == nil {
		if s.Week, err = a.Diff(ctx, analysis.Filter{}, t.AddDate(0, 0, -7).Format(time.DateOnly), s.Latest); err != nil {
			return nil, fmt.Errorf("summary: %w", err)
		}
	}
	return s, nil
}

// cache keeps the summary and recomputes it in the background once it is
// older than ttl, serving the old one meanwhile: no request waits for a
// scan of every position except the very first.
type cache struct {
	compute func(context.Context) (*Summary, error)
	ttl     time.Duration

	mu      sync.Mutex
	sum     *Summary
	at      time.Time
	running bool
}

// get returns the summary, computing it if there is none yet.
func (c *cache) get(ctx context.Context) (*Summary, error) {
	c.mu.Lock()
	sum, stale := c.sum, time.Since(c.at) > c.ttl
	if sum != nil && stale && !c.running {
		c.running = true
		go c.refresh(context.WithoutCancel(ctx))
	}
	c.mu.Unlock()
	if sum != nil {
		return sum, nil
	}
	return c.refresh(ctx)
}

// invalidate makes the next get recompute the summary (after an ingest).
func (c *cache) invalidate() {
	c.mu.Lock()
	c.at = time.Time{}
	c.mu.Unlock()
}

func (c *cache) refresh(ctx context.Context) (*Summary, error) {
	started := time.Now()
	sum, err := c.compute(ctx)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.running = false
	if err != nil {
		return nil, err
	}
	if started.After(c.at) {
		c.sum, c.at = sum, started
	}
	return sum, nil
}
