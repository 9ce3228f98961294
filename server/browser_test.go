package server

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-news/parley/server/internal/cdp"
)

// chromium finds the browser, or skips the test (fails it under CI).
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is not installed (apt-get install -y chromium)")
	}
	t.Skip("chromium is not installed: skipping the browser tests (apt-get install -y chromium; CI=true makes this a failure)")
	return ""
}

// session is a browser on the fixture that records what the page
// reports: console errors, uncaught exceptions, CSP violations, dialogs.
type session struct {
	*cdp.Browser
	mu       sync.Mutex
	problems []string
}

func newSession(t *testing.T, ctx context.Context) *session {
	b, err := cdp.Launch(ctx, chromium(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	s := &session{Browser: b}
	go s.watch()
	for _, domain := range []string{"Page.enable", "Runtime.enable", "Log.enable"} {
		if err := b.Call(ctx, domain, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func (s *session) watch() {
	for ev := range s.Events() {
		var problem string
		switch ev.Method {
		case "Runtime.consoleAPICalled":
			var p struct {
				Type string
				Args []struct{ Value any }
			}
			json.Unmarshal(ev.Params, &p)
			if p.Type == "error" || p.Type == "warning" {
				problem = "console " + p.Type + ": " + string(ev.Params)
			}
		case "Runtime.exceptionThrown":
			problem = "exception: " + string(ev.Params)
		case "Log.entryAdded":
			var p struct {
				Entry struct{ Level, Text, URL string }
			}
			json.Unmarshal(ev.Params, &p)
			if p.Entry.Level == "error" && !strings.HasSuffix(p.Entry.URL, "/favicon.ico") {
				problem = "log: " + p.Entry.Text + " " + p.Entry.URL
			}
		case "Page.javascriptDialogOpening":
			problem = "dialog opened: " + string(ev.Params)
		}
		if problem != "" {
			s.mu.Lock()
			s.problems = append(s.problems, problem)
			s.mu.Unlock()
		}
	}
}

// check fails the test for every problem recorded since the last check.
func (s *session) check(t *testing.T, where string) {
	t.Helper()
	time.Sleep(200 * time.Millisecond) // let late events arrive
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range s.problems {
		t.Errorf("%s: %s", where, p)
	}
	s.problems = nil
}

func (s *session) text(t *testing.T, ctx context.Context, expr string) string {
	t.Helper()
	var out string
	if err := s.Eval(ctx, expr, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestBrowserMatrixToEvidence clicks a cell of the overview's matrix,
// lands on the article with the cell's sentence highlighted, then filters
// the quotes browser by a person.
func TestBrowserMatrixToEvidence(t *testing.T) {
	chromium(t)
	f := newFixture(t)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	s := newSession(t, ctx)

	// The watcher sees what a page reports, or the checks below prove nothing.
	if err := s.Navigate(ctx, f.URL+"/"); err != nil {
		t.Fatal(err)
	}
	s.Eval(ctx, `console.error("probe"); document.body.insertAdjacentHTML("beforeend", "<img src=/nowhere.png>")`, nil)
	time.Sleep(300 * time.Millisecond)
	s.mu.Lock()
	seen := len(s.problems)
	s.problems = nil
	s.mu.Unlock()
	if seen < 2 {
		t.Fatalf("the watcher saw %d of a console error and a failed load", seen)
	}

	if err := s.Navigate(ctx, f.URL+"/"); err != nil {
		t.Fatal(err)
	}
	s.check(t, "overview")
	cell := s.text(t, ctx, `document.querySelector("td.cell a").getAttribute("href")`)
	if err := s.Click(ctx, "td.cell a"); err != nil {
		t.Fatal(err)
	}
	if err := s.WaitFor(ctx, `location.pathname.startsWith("/articles/") && document.readyState === "complete" && document.querySelector("mark.current")`); err != nil {
		t.Fatalf("after clicking %s: %v", cell, err)
	}
	hash := s.text(t, ctx, `location.hash`)
	if hash == "" || !strings.HasSuffix(cell, hash) {
		t.Errorf("landed on %q, want the anchor of %s", hash, cell)
	}
	// The highlighted text is the cell's evidence, and it is on screen.
	var api struct {
		Items struct {
			Matrix struct{ Cells []struct{ Text string } }
		}
	}
	_, body := f.get(t, "/api/matrix")
	json.Unmarshal([]byte(body), &api)
	marked := s.text(t, ctx, `[...document.querySelectorAll("mark.current")].map(m => m.textContent).join("")`)
	if len(api.Items.Matrix.Cells) == 0 || !strings.Contains(marked, api.Items.Matrix.Cells[0].Text) {
		t.Errorf("highlighted %q, want the evidence of the first cell", marked)
	}
	var visible bool
	s.Eval(ctx, `(() => { const r = document.querySelector("mark.current").getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`, &visible)
	if !visible {
		t.Error("the highlighted sentence is not in view")
	}
	s.check(t, "article")

	// Filter the quotes browser by a person, through its form.
	_, people := f.get(t, "/api/people")
	var ps struct{ Items []Person }
	json.Unmarshal([]byte(people), &ps)
	if len(ps.Items) == 0 {
		t.Fatal("no person stored")
	}
	person := ps.Items[0].Name
	if err := s.Navigate(ctx, f.URL+"/quotes"); err != nil {
		t.Fatal(err)
	}
	if err := s.Eval(ctx, `document.querySelector("input[name=person]").value = `+jsString(person), nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Click(ctx, "form.filters button[type=submit]"); err != nil {
		t.Fatal(err)
	}
	if err := s.WaitFor(ctx, `location.search.includes("person=") && document.readyState === "complete"`); err != nil {
		t.Fatal(err)
	}
	var speakers []string
	if err := s.Eval(ctx, `[...document.querySelectorAll("#results .fact .meta a[href^='/people/']")].map(a => a.textContent)`, &speakers); err != nil {
		t.Fatal(err)
	}
	if len(speakers) == 0 {
		t.Fatalf("filtering by %q shows no statement", person)
	}
	for _, sp := range speakers {
		if sp != person {
			t.Errorf("filtered by %q, shows a statement by %q", person, sp)
		}
	}
	s.check(t, "quotes")
}

// TestBrowserHostileTextIsInert opens every page that shows the hostile
// article: no script runs, no image is made, and the payload reads as text.
func TestBrowserHostileTextIsInert(t *testing.T) {
	chromium(t)
	f := newFixture(t)
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	s := newSession(t, ctx)
	for _, p := range pagesShowingHostile {
		p = strings.ReplaceAll(p, "{id}", f.hostile)
		if err := s.Navigate(ctx, f.URL+p); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		var n struct{ Img, Inline int }
		if err := s.Eval(ctx, `({Img: document.images.length, Inline: [...document.scripts].filter(s => !s.src).length})`, &n); err != nil {
			t.Fatal(err)
		}
		if n.Img != 0 || n.Inline != 0 {
			t.Errorf("%s: %d images, %d inline scripts in the page", p, n.Img, n.Inline)
		}
		s.check(t, p)
	}
	if err := s.Navigate(ctx, f.URL+"/articles/"+f.hostile); err != nil {
		t.Fatal(err)
	}
	text := s.text(t, ctx, `document.body.innerText`)
	for _, want := range []string{scriptPayload, strings.TrimPrefix(imgPayload, `"`)} {
		if !strings.Contains(text, want) {
			t.Errorf("the article page does not show %q as text", want)
		}
	}
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
