package server

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"
)

// pagesShowingHostile are the pages on which the hostile article's fields
// appear; {id} is its store id.
var pagesShowingHostile = []string{
	"/", "/articles", "/articles/{id}", "/quotes", "/quotes?outlet=" + url.QueryEscape(hostile.Outlet),
	"/quotes?party=hamas", "/figures", "/search?q=pause", "/people", "/proposals", "/talks", "/framing",
	"/diff?from=2024-05-01&to=2024-05-09", "/parties/hamas",
	"/parties/" + url.PathEscape(imgPayload), "/people/" + url.PathEscape(scriptPayload),
	"/quotes?person=" + url.QueryEscape(scriptPayload), "/quotes?party=" + url.QueryEscape(imgPayload),
}

func TestPagesEscapeArticleText(t *testing.T) {
	f := newFixture(t)
	for _, p := range pagesShowingHostile {
		p = strings.ReplaceAll(p, "{id}", f.hostile)
		t.Run(p, func(t *testing.T) {
			status, body := f.get(t, p)
			if status != http.StatusOK {
				t.Fatalf("status %d", status)
			}
			for _, bad := range []string{"<script>alert", "<img src=x", "onerror=alert(1)>"} {
				if strings.Contains(body, bad) {
					t.Errorf("page holds %q unescaped", bad)
				}
			}
		})
	}
	_, body := f.get(t, "/articles/"+f.hostile)
	for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;"} {
		if !strings.Contains(body, want) {
			t.Errorf("article page lacks %q as text", want)
		}
	}
}

func TestRoutes(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		path   string
		status int
		want   string // in the body
	}{
		{"/healthz", 200, "ok"},
		{"/", 200, "Where each party stands"},
		{"/articles/" + f.hostile, 200, "What parley found"},
		{"/articles/123", 404, "No article"},
		{"/articles/not-a-number", 404, "No article"},
		{"/source/" + hostile.ID, 200, "What parley found"}, // followed redirect
		{"/source/nope", 404, "No article"},
		{"/parties/nobody", 404, "No statement"},
		{"/people/Nobody%20At%20All", 404, "No statement"},
		{"/quotes?since=yesterday", 400, "since"},
		{"/assets/style.css", 200, "stance"},
		{"/assets/../server.go", 404, ""},
		{"/assets/%2e%2e/server.go", 404, ""},
		{"/api/articles?limit=0", 400, "limit"},
		{"/api/articles?limit=501", 400, "limit"},
		{"/api/articles?offset=-1", 400, "offset"},
		{"/api/positions?until=2024-13-45", 400, "until"},
		{"/api/positions?party=" + url.QueryEscape("x' OR '1'='1"), 200, `"items":[]`},
		{"/api/attributions?person=" + url.QueryEscape(`%"; DROP TABLE articles; --`), 200, `"items":[]`},
		{"/api/search?q=" + url.QueryEscape(`"truce" OR NEAR(a b) *`), 200, `"items"`},
		{"/api/search?q=" + strings.Repeat("x", 201), 400, "q:"},
		{"/api/diff?from=2024-01-01", 400, "to"},
		{"/api/articles/42", 404, "no such article"},
		{"/api/nothing", 404, "no such route"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			status, body := f.get(t, tt.path)
			if status != tt.status || !strings.Contains(body, tt.want) {
				t.Errorf("got %d %.200q; want %d with %q", status, body, tt.status, tt.want)
			}
		})
	}
}

func TestSecurityHeaders(t *testing.T) {
	f := newFixture(t)
	for _, p := range []string{"/", "/api/matrix", "/nothing", "/assets/app.js"} {
		resp, err := http.Get(f.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		csp := resp.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe") {
			t.Errorf("%s: Content-Security-Policy %q", p, csp)
		}
		if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no nosniff", p)
		}
	}
}

func TestIngestNeedsToken(t *testing.T) {
	f := newFixture(t)
	article := `{"id": "posted-1", "url": "https://example.org/posted", "outlet": "Test Desk", "published": "2024-06-01", "title": "Posted", "text": "Israel said it rejected the ceasefire plan on Saturday.\nSHARE THIS ARTICLE\nMediators said talks would resume."}` + "\n"
	tests := []struct {
		name   string
		auth   string
		body   string
		status int
	}{
		{"no token", "", article, 401},
		{"wrong token", "Bearer s3cret-tokeN", article, 401},
		{"not bearer", "Basic " + testToken, article, 401},
		{"right token", "Bearer " + testToken, article, 200},
		{"too big", "Bearer " + testToken, strings.Repeat("a", maxBody+1), 413},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest("POST", f.URL+"/api/articles", strings.NewReader(tt.body))
			if tt.auth != "" {
				req.Header.Set("Authorization", tt.auth)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			if resp.StatusCode != tt.status {
				b, _ := io.ReadAll(resp.Body)
				t.Fatalf("status %d (%s), want %d", resp.StatusCode, b, tt.status)
			}
		})
	}
	if _, body := f.get(t, "/api/articles?limit=500"); !strings.Contains(body, "posted-1") {
		t.Error("the posted article is not listed")
	}
	// A posted article is cleaned as parley ingest cleans a file.
	if _, body := f.get(t, "/source/posted-1"); !strings.Contains(body, "talks would resume") || strings.Contains(body, "SHARE THIS") {
		t.Errorf("the posted article was not cleaned: %s", body)
	}
	if _, body := f.get(t, "/metrics"); !strings.Contains(body, `parley_ingested_articles_total{result="added"} 1`) {
		t.Errorf("metrics do not count the ingest:\n%s", body)
	}
}

func TestReadOnlyWithoutToken(t *testing.T) {
	f := newFixture(t)
	f.srv.token = ""
	req, _ := http.NewRequest("POST", f.URL+"/api/articles", strings.NewReader("text"))
	req.Header.Set("Authorization", "Bearer ")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 401 {
		t.Errorf("status %d, want 401", resp.StatusCode)
	}
	for _, m := range []string{"PUT", "DELETE", "PATCH"} {
		req, _ := http.NewRequest(m, f.URL+"/api/articles", nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("%s: status %d, want 405", m, resp.StatusCode)
		}
	}
}

func TestMetrics(t *testing.T) {
	f := newFixture(t)
	f.get(t, "/api/matrix")
	f.get(t, "/articles/"+f.hostile)
	_, body := f.get(t, "/metrics")
	for _, want := range []string{
		"# TYPE parley_http_requests_total counter",
		`parley_http_requests_total{route="GET /api/matrix",status="200"} 1`,
		`parley_http_requests_total{route="GET /articles/{id}",status="200"} 1`,
		`parley_http_request_duration_seconds_bucket{route="GET /api/matrix",le="+Inf"} 1`,
		`parley_http_request_duration_seconds_count{route="GET /api/matrix"} 1`,
		"# TYPE parley_ingested_articles_total counter",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(body), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if _, err := strconv.ParseFloat(line[i+1:], 64); err != nil || !strings.HasSuffix(line[:i], "}") {
			t.Errorf("malformed sample %q", line)
		}
	}
}

func TestSlowClientIsCut(t *testing.T) {
	f := newFixture(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f.srv.Serve(ctx, addr) }()
	var conn net.Conn
	for range 50 {
		if conn, err = net.Dial("tcp", addr); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	// Headers never finished: the server hangs up after ReadHeaderTimeout.
	conn.Write([]byte("GET / HTTP/1.1\r\nHost: x\r\n"))
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	start := time.Now()
	io.ReadAll(conn)
	if took := time.Since(start); took > 8*time.Second {
		t.Errorf("slow client kept for %v", took)
	}
	conn.Close()
	cancel() // graceful shutdown
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("shutdown: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Error("no shutdown")
	}
}

func TestMatrixCellsLinkToTheirSentence(t *testing.T) {
	f := newFixture(t)
	_, body := f.get(t, "/api/matrix")
	var m struct {
		Items struct {
			Matrix struct {
				Cells []struct {
					Article, Text string
					Start, End    int
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(body), &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Items.Matrix.Cells) == 0 {
		t.Fatal("empty matrix")
	}
	for _, c := range m.Items.Matrix.Cells {
		id, err := f.srv.q.ArticleID(context.Background(), c.Article)
		if err != nil {
			t.Fatal(err)
		}
		d, err := f.srv.q.Article(context.Background(), id)
		if err != nil || d == nil {
			t.Fatalf("article %s: %v", c.Article, err)
		}
		if d.Text[c.Start:c.End] != c.Text {
			t.Errorf("cell text %q is not the article's %q", c.Text, d.Text[c.Start:c.End])
		}
		a := anchor("position", c.Start, c.End)
		_, page := f.get(t, "/articles/"+id)
		if !strings.Contains(page, `id="`+a+`"`) {
			t.Errorf("article %s has no anchor %s", c.Article, a)
		}
	}
}
