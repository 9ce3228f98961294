package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-news/parley/analysis"
	"github.com/parley-news/parley/report"
)

// hostile is article text that must come out as inert text.
const hostile = `<script>alert(1)</script> "><img src=x onerror=alert(1)>`

// brief is a small brief written by hand: two sides, an undated cell, a
// dated one, a trend with an unmeasured week, and hostile text.
func brief() *analysis.Brief {
	dated := analysis.Statement{Article: "a1", Outlet: "Herald", Date: "2024-03-04", Party: "north", Stance: "demand",
		Issue: "truce", Text: "North insists on a truce " + hostile, Start: 10, End: 40}
	undated := analysis.Statement{Article: "a2", Party: "south", Stance: "reject", Issue: "truce", Text: "South rejects it", Start: 0, End: 16}
	return &analysis.Brief{
		Filter:  analysis.Filter{Since: "2024-03-01"},
		Summary: []string{"One.", "Two.", "Three."},
		Matrix: analysis.Matrix{Parties: []string{"north", "south"}, Issues: []string{"truce"},
			Cells: []analysis.Cell{{Statement: dated, Stories: 2, Reports: 3}, {Statement: undated, Stories: 1, Reports: 1}}},
		Gap: []analysis.IssueGap{{Issue: "truce", Status: analysis.Open, Sides: []string{"north", "south"}, Stance: []string{"demand", "reject"}}},
		Trend: []analysis.Week{{Start: "2024-02-26", Open: 1, Index: 1, Known: true}, {Start: "2024-03-04"},
			{Start: "2024-03-11", Agreed: 1, Positive: 2, Index: 0, Known: true}},
		New:       []analysis.Change{{Party: "north", Issue: "truce", To: "demand", Now: dated}},
		Quotes:    map[string][]analysis.Statement{"north": {dated}},
		Proposals: []analysis.Proposal{{Name: "the Harbour draft", Proposer: "north", Terms: []analysis.Term{{Issue: "truce", Figure: "42-day"}}, Responses: []analysis.Statement{undated}}},
		Talks:     []analysis.Round{{Venue: "Harbourtown", Mediators: []string{"east"}, Outcome: "negative", Evidence: []analysis.Statement{dated}}},
		Figures: []analysis.Series{{Measure: "killed", Unit: "people", Points: []analysis.Figure{{Statement: dated, Value: 100, Qualifier: "exact"}},
			Disputes: []analysis.Conflict{{Day: "2024-03-04", A: analysis.Figure{Statement: dated, Value: 100}, B: analysis.Figure{Statement: dated, Value: 140}}}}},
		Framing: []analysis.Framing{{Outlet: "Herald", Words: 1000, Rate: 2, Terms: []analysis.TermCount{{Loaded: analysis.Loaded{Term: "the regime", Neutral: "North"}, LoadedN: 2, NeutralN: 5}}},
			{Words: 500}},
		Undated: 1,
	}
}

func TestFormats(t *testing.T) {
	for _, tc := range []struct {
		format string
		want   []string // substrings the output must hold
		not    []string // and must not
	}{
		{"md", []string{"| north | demand (2024-03-04, 2) |", "| south | reject (unknown, 1) |", "the Harbour draft", "Harbourtown", "disagreement on 2024-03-04"}, nil},
		{"html", []string{"<svg", "<polyline", "&lt;script&gt;alert(1)&lt;/script&gt;", "unknown · 1"}, []string{"<script>", "<img"}},
		{"json", []string{`"date": ""`, `"status": "open"`}, nil},
	} {
		t.Run(tc.format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := report.Write(&buf, brief(), tc.format); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q", w)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(out, n) {
					t.Errorf("output holds %q", n)
				}
			}
		})
	}
	if err := report.Write(&bytes.Buffer{}, brief(), "pdf"); err == nil {
		t.Error("format pdf accepted")
	}
}

func TestJSONRoundTrips(t *testing.T) {
	var buf bytes.Buffer
	if err := report.JSON(&buf, brief()); err != nil {
		t.Fatal(err)
	}
	var back analysis.Brief
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if back.Matrix.Cells[1].Date != "" || back.Matrix.Cells[0].Date != "2024-03-04" {
		t.Errorf("dates after a round trip: %q, %q", back.Matrix.Cells[0].Date, back.Matrix.Cells[1].Date)
	}
}

// TestHTMLInChromium opens the html report in headless Chromium and fails
// on any console message: an error, a blocked resource, a script that ran.
func TestHTMLInChromium(t *testing.T) {
	browser, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium is not installed (apt-get install -y chromium)")
		}
		t.Skip("chromium is not installed")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	var buf bytes.Buffer
	if err := report.HTML(&buf, brief()); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--enable-logging=stderr", "--v=0", "--dump-dom", "file://"+page)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	for _, line := range strings.Split(stderr.String(), "\n") {
		if strings.Contains(line, ":CONSOLE") || strings.Contains(line, "Uncaught") {
			t.Errorf("console: %s", line)
		}
	}
	dom := stdout.String()
	if !strings.Contains(dom, "<svg") || !strings.Contains(dom, "Harbourtown") {
		t.Errorf("the page did not render: %.300s", dom)
	}
	if strings.Contains(dom, "<img") || strings.Contains(dom, "<script>alert") {
		t.Error("article text became markup")
	}
}
