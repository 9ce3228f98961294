package read

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parley-news/parley"
)

// page is an invented news page: navigation around an article of three
// paragraphs and a list, with its metadata in the head.
func page(title string) string {
	return `<!DOCTYPE html><html><head><title>` + title + ` | Example Gazette</title>
<meta property="og:site_name" content="Example Gazette">
<meta property="og:title" content="` + title + `">
<link rel="canonical" href="https://gazette.example/2024/06/` + strings.ToLower(strings.ReplaceAll(title, " ", "-")) + `">
<meta property="article:published_time" content="2024-06-11T09:30:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>` + title + `</h1>
<p>Israeli negotiators flew to Doha on Tuesday for another round of indirect talks, an official in the prime minister's office said, after mediators delivered an amended draft.</p>
<p>"The ball is in their court," the official told reporters, adding that the team would stay <b>at least two days</b> in the Qatari capital.</p>
<ul><li>The first phase would last six weeks</li><li>Aid convoys would rise to 600 trucks a day</li></ul>
<p>Hamas has not commented on the amended draft.</p>
</article><footer>All rights reserved</footer></body></html>`
}

func TestHTML(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "doha-talks.html", []byte(page("Negotiators fly to Doha")))
	write(t, dir, "deep.html", []byte("<html><body>"+strings.Repeat("<div>", 100000)+"x"+strings.Repeat("</div>", 100000)+"</body></html>"))
	write(t, dir, "empty-page.htm", []byte("<html><head><title>Nothing</title></head><body></body></html>"))
	write(t, dir, "zipped.html.gz", gz(t, []byte(page("A zipped page"))))

	var got []parley.Article
	start := time.Now()
	_, errs := collect(t, func(emit func(parley.Article), fail func(error)) {
		Each([]string{dir}, nil, func(a parley.Article) { got = append(got, a); emit(a) }, fail)
	})
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("reading took %v", d)
	}
	if len(errs) != 2 || !strings.Contains(errs[0], "deep.html: html: elements nested deeper") || !strings.Contains(errs[1], "empty-page.htm") {
		t.Errorf("errors = %q, want the deep page and the empty page", errs)
	}
	if len(got) != 2 {
		t.Fatalf("got %d articles, want 2", len(got))
	}
	a := got[0]
	want := parley.Article{
		ID: "doha-talks", URL: "https://gazette.example/2024/06/negotiators-fly-to-doha", Outlet: "Example Gazette",
		Published: "2024-06-11", Title: "Negotiators fly to Doha", Origin: p,
	}
	if a.ID != want.ID || a.URL != want.URL || a.Outlet != want.Outlet || a.Published != want.Published || a.Title != want.Title || a.Origin != want.Origin {
		t.Errorf("metadata = %+v\nwant       %+v", withoutText(a), want)
	}
	for _, line := range []string{
		"Israeli negotiators flew to Doha on Tuesday for another round of indirect talks, an official in the prime minister's office said, after mediators delivered an amended draft.",
		"The first phase would last six weeks",
		"Aid convoys would rise to 600 trucks a day",
		`"The ball is in their court," the official told reporters, adding that the team would stay at least two days in the Qatari capital.`,
	} {
		if !slices.Contains(strings.Split(a.Text, "\n"), line) {
			t.Errorf("text lacks the paragraph %q:\n%s", line, a.Text)
		}
	}
	if strings.Contains(a.Text, "Home") || strings.Contains(a.Text, "rights reserved") {
		t.Errorf("text keeps page furniture:\n%s", a.Text)
	}
	if got[1].ID != "zipped" || got[1].Title != "A zipped page" {
		t.Errorf("gzipped page read as %+v", withoutText(got[1]))
	}
}

func withoutText(a parley.Article) parley.Article {
	a.Text = ""
	return a
}

func rss(items ...string) string {
	return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example Gazette: World</title><link>https://gazette.example/</link>` + strings.Join(items, "") + `</channel></rss>`
}

func item(title, link, description, content string) string {
	s := "<item><title>" + title + "</title><link>" + link + "</link><guid>" + link + "</guid><pubDate>Tue, 11 Jun 2024 09:30:00 GMT</pubDate>"
	if description != "" {
		s += "<description><![CDATA[" + description + "]]></description>"
	}
	if content != "" {
		s += "<content:encoded><![CDATA[" + content + "]]></content:encoded>"
	}
	return s + "</item>"
}

func TestFeed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/linked":
			fmt.Fprint(w, page("Mediators push for a deal"))
		case "/summary":
			fmt.Fprint(w, page("The story behind the teaser"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	body := "<p>" + strings.Repeat("The Egyptian intelligence chief met both delegations on Monday, a source said. ", 8) + "</p><p>Second paragraph.</p>"
	feed := rss(
		item("Full text item", "https://gazette.example/full", "A teaser.", body),
		item("Summary only", srv.URL+"/summary", "Just a short teaser of the story.", ""),
		item("Link only", srv.URL+"/linked", "", ""),
		item("Dead link", srv.URL+"/gone", "", ""),
	)
	dir := t.TempDir()
	p := write(t, dir, "world.rss", []byte(feed))
	write(t, dir, "broken.xml", []byte("this is not XML at all"))
	write(t, dir, "deep.atom", []byte(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">`+strings.Repeat("<x>", 100000)))

	tests := []struct {
		name     string
		fetch    bool
		wantIDs  []string
		wantErrs []string
	}{
		{"without fetching", false, []string{"https://gazette.example/full"},
			[]string{"world.rss#2: only a summary", "world.rss#3: no text", "world.rss#4: no text", "broken.xml: not a feed", "deep.atom: not a feed"}},
		{"with fetching", true, []string{"https://gazette.example/full", srv.URL + "/summary", srv.URL + "/linked"},
			[]string{"world.rss#4: " + srv.URL + "/gone: HTTP 404", "broken.xml: not a feed", "deep.atom: not a feed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Reader{FetchLinks: tt.fetch, Timeout: 5 * time.Second}
			var got []parley.Article
			ids, errs := collect(t, func(emit func(parley.Article), fail func(error)) {
				r.Each([]string{filepath.Join(dir, "broken.xml"), filepath.Join(dir, "deep.atom"), p}, nil,
					func(a parley.Article) { got = append(got, a); emit(a) }, fail)
			})
			if !slices.Equal(ids, tt.wantIDs) {
				t.Errorf("ids = %q, want %q", ids, tt.wantIDs)
			}
			if len(errs) != len(tt.wantErrs) {
				t.Errorf("errors = %q, want %d", errs, len(tt.wantErrs))
			}
			for _, w := range tt.wantErrs {
				if !slices.ContainsFunc(errs, func(e string) bool { return strings.Contains(e, w) }) {
					t.Errorf("no error containing %q in %q", w, errs)
				}
			}
			if len(got) == 0 {
				return
			}
			if a := got[0]; a.Title != "Full text item" || a.Published != "2024-06-11" || !strings.HasSuffix(a.Text, "\nSecond paragraph.") {
				t.Errorf("full-text item read as %+v", a)
			}
			if tt.fetch && (got[2].Title != "Mediators push for a deal" || !strings.Contains(got[2].Text, "600 trucks")) {
				t.Errorf("linked item read as %+v", got[2])
			}
		})
	}
}

func TestURL(t *testing.T) {
	hang := make(chan struct{})
	defer close(hang)
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, page("Cabinet meets on the offer")) })
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/page", http.StatusFound) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/hang", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-hang:
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Write(bytes.Repeat([]byte("<p>word</p>"), 200000))
	})
	mux.HandleFunc("/articles.jsonl", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, `{"id":"u1","text":"A spokesman said the offer was under study."}`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	r := Reader{Timeout: 500 * time.Millisecond, MaxFetch: 1 << 20}
	start := time.Now()
	ids, errs := collect(t, func(emit func(parley.Article), fail func(error)) {
		r.Each([]string{srv.URL + "/page", srv.URL + "/moved", srv.URL + "/loop", srv.URL + "/hang",
			srv.URL + "/huge", srv.URL + "/missing", srv.URL + "/articles.jsonl"}, nil, emit, fail)
	})
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v: a hanging server held the reader", d)
	}
	canonical := "https://gazette.example/2024/06/cabinet-meets-on-the-offer"
	if want := []string{canonical, canonical, "u1"}; !slices.Equal(ids, want) {
		t.Errorf("ids = %q, want %q", ids, want)
	}
	for _, w := range []string{"/loop: more than 5 redirects", "/hang: ", "/huge: response size over the limit", "/missing: HTTP 404"} {
		if !slices.ContainsFunc(errs, func(e string) bool { return strings.Contains(e, w) }) {
			t.Errorf("no error containing %q in %q", w, errs)
		}
	}
	if len(errs) != 4 {
		t.Errorf("errors = %q, want 4", errs)
	}
}
