// Package storetest is the test suite every store engine passes, and
// helpers for tests that compare databases.
package storetest

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/store"
)

// Opener opens a fresh, empty store for one test, and a plain connection
// to the same database for looking at its tables.
type Opener func(t *testing.T) (store.Store, *sql.DB)

// tables lists, per table, the columns Dump shows and the order of rows.
var tables = []struct{ name, cols, order string }{
	{"articles", "id, key, hash, read_with, source_id, url, outlet, published, title, dateline, body_start, text, cluster, words", "id"},
	{"article_versions", "article_id, hash", "article_id, hash"},
	{"article_bands", "band, article_id", "band, article_id"},
	{"article_sigs", "article_id, sig", "article_id"},
	{"packs", "id, name", "id"},
	{"article_packs", "article_id, pack_id", "article_id, pack_id"},
	{"people", "id, name, canonical_id, reason", "id"},
	{"attributions", "article_id, seq, speaker_id, speaker, speaker_alt, speaker_mention, anonymous, role, org, party, cue, medium, kind, text, span_start, span_end, parts, said_from, said_to, published", "article_id, seq"},
	{"positions", "article_id, seq, actor, speaker_id, speaker, stance, issue, conditional, text, span_start, span_end, said_from, said_to, published, cluster", "article_id, seq"},
	{"figures", "article_id, seq, value, qualifier, unit, measure, source, text, span_start, span_end", "article_id, seq"},
	{"assessments", "article_id, seq, source, polarity, text, span_start, span_end", "article_id, seq"},
	{"draft_names", "article_id, seq, name, name_key, duration, actor, issue, published", "article_id, seq"},
	{"talk_venues", "article_id, seq, venue, mediators, actor, issue, published", "article_id, seq"},
	{"article_terms", "article_id, term, neutral, outlet, published, loaded_n, neutral_n", "article_id, term, neutral"},
}

// Dump writes every row of every table as text, in a fixed order: two
// databases with the same contents give the same dump.
func Dump(ctx context.Context, db *sql.DB) (string, error) {
	var b strings.Builder
	for _, t := range tables {
		fmt.Fprintf(&b, "== %s\n", t.name)
		rows, err := db.QueryContext(ctx, "SELECT "+t.cols+" FROM "+t.name+" ORDER BY "+t.order)
		if err != nil {
			return "", fmt.Errorf("dump %s: %w", t.name, err)
		}
		n := strings.Count(t.cols, ",") + 1
		vals := make([]any, n)
		ptrs := make([]any, n)
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return "", fmt.Errorf("dump %s: %w", t.name, err)
			}
			for i, v := range vals {
				if i > 0 {
					b.WriteByte('\t')
				}
				if bs, ok := v.([]byte); ok {
					v = fmt.Sprintf("%x", bs)
				}
				fmt.Fprintf(&b, "%v", v)
			}
			b.WriteByte('\n')
		}
		if err := rows.Close(); err != nil {
			return "", fmt.Errorf("dump %s: %w", t.name, err)
		}
		if err := rows.Err(); err != nil {
			return "", fmt.Errorf("dump %s: %w", t.name, err)
		}
	}
	return b.String(), nil
}

// Count returns the number of rows of each table.
func Count(ctx context.Context, db *sql.DB) (map[string]int, error) {
	counts := map[string]int{}
	for _, t := range tables {
		var n int
		if err := db.QueryRowContext(ctx, "SELECT count(*) FROM "+t.name).Scan(&n); err != nil {
			return nil, fmt.Errorf("count %s: %w", t.name, err)
		}
		counts[t.name] = n
	}
	return counts, nil
}

// Run runs the suite.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		run  func(t *testing.T, s store.Store, db *sql.DB)
	}{
		{"RoundTrip", testRoundTrip},
		{"SameArticleTwice", testSameArticleTwice},
		{"SameTextWithoutURL", testSameTextWithoutURL},
		{"ChangedTextReplacesFacts", testChangedText},
		{"LaterTextInBatchWins", testLaterTextWins},
		{"NearDuplicatesCluster", testNearDuplicates},
		{"CopiesAndNotes", testCopiesAndNotes},
		{"Search", testSearch},
		{"MergePeople", testMergePeople},
		{"StatementDates", testStatementDates},
		{"BadSpan", testBadSpan},
		{"ConcurrentWriters", testConcurrentWriters},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, db := open(t)
			tt.run(t, s, db)
		})
	}
}

const (
	ceasefireText = "Doha, 14 May. Hamas official Basem Naim said the group would accept a ceasefire only if " +
		"troops left Gaza. \"We will not sign a deal that keeps the occupation,\" he told Al Jazeera.\n\n" +
		"Israel rejected the proposal on Tuesday, an official said. At least 35,000 people have been killed, " +
		"the health ministry said. Mediators said the gap between the two sides remained wide."
	hostageText = "Cairo, 2 June. Israeli negotiator David Barnea proposed a six-week truce in exchange for the " +
		"release of 40 hostages, his office said. Egyptian officials said the talks had made real progress " +
		"and that a deal could come within days."
)

// reading builds a reading of text with one fact of each kind, the spans
// found in text itself.
func reading(id, url, outlet, published, text string) parley.Reading {
	span := func(s string) parley.Span {
		i := strings.Index(text, s)
		if i < 0 {
			i, s = 0, text[:10]
		}
		return parley.Span{Start: i, End: i + len(s)}
	}
	quote := "We will not sign a deal that keeps the occupation,"
	if !strings.Contains(text, quote) {
		quote = text[:40]
	}
	r := parley.Reading{
		Article: parley.Article{ID: id, URL: url, Outlet: outlet, Published: published, Title: "Talks " + id, Text: text},
		Packs:   []string{"generic", "gaza-2024"},
	}
	r.Attributions = []parley.Attribution{
		{Speaker: "Basem Naim", SpeakerAlt: []string{"he"}, SpeakerMention: "he", Role: "official", Org: "Hamas",
			Party: "hamas", Cue: "told", Medium: "Al Jazeera", Kind: parley.Direct, Text: quote, Span: span(quote)},
		{Anonymous: true, Cue: "said", Kind: parley.Indirect, Text: text[:30], Span: span(text[:30]),
			Parts: []parley.Span{{Start: 0, End: 10}, {Start: 12, End: 30}}},
	}
	r.Positions = []parley.Position{
		{Actor: "hamas", Speaker: "Basem Naim", Stance: parley.Accept, Issue: "ceasefire", Conditional: true,
			Text: text[:60], Span: span(text[:60])},
		{Actor: "israel", Stance: parley.Reject, Issue: "withdrawal", Text: text[20:70], Span: parley.Span{Start: 20, End: 70}},
	}
	r.Figures = []parley.Figure{{Value: 35000, Qualifier: parley.AtLeast, Unit: "people", Measure: "killed",
		Source: "the health ministry", Text: "At least 35,000 people", Span: span("At least 35,000 people")}}
	r.Assessments = []parley.Assessment{{Source: "Mediators", Polarity: parley.Negative,
		Text: "the gap between the two sides remained wide", Span: span("the gap between the two sides remained wide")}}
	return r
}

func put(t *testing.T, s store.Store, rs ...parley.Reading) store.Tally {
	t.Helper()
	tally, err := s.Put(context.Background(), rs)
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	return tally
}

func count(t *testing.T, db *sql.DB) map[string]int {
	t.Helper()
	c, err := Count(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func dump(t *testing.T, db *sql.DB) string {
	t.Helper()
	d, err := Dump(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func testRoundTrip(t *testing.T, s store.Store, db *sql.DB) {
	r := reading("a1", "https://News.example.com:443/story?id=7&utm_source=x#top", "Example News", "2024-05-14", ceasefireText)
	if got := put(t, s, r); got != (store.Tally{Added: 1}) {
		t.Errorf("tally = %+v, want 1 added", got)
	}
	want := map[string]int{"articles": 1, "article_versions": 1, "article_bands": 16, "article_sigs": 1, "packs": 2, "article_packs": 2,
		"people": 1, "attributions": 2, "positions": 2, "figures": 1, "assessments": 1}
	got := count(t, db)
	for table, n := range want {
		if got[table] != n {
			t.Errorf("%s: %d rows, want %d", table, got[table], n)
		}
	}
	var url, text string
	var start, end int
	if err := db.QueryRow("SELECT url, text FROM articles").Scan(&url, &text); err != nil {
		t.Fatal(err)
	}
	if url != "https://news.example.com/story?id=7" {
		t.Errorf("canonical url = %q", url)
	}
	if err := db.QueryRow("SELECT text, span_start, span_end FROM figures").Scan(&text, &start, &end); err != nil {
		t.Fatal(err)
	}
	if ceasefireText[start:end] != text {
		t.Errorf("figure span %d:%d = %q, want its text %q", start, end, ceasefireText[start:end], text)
	}
	var role, parts sql.NullString
	if err := db.QueryRow("SELECT role, parts FROM attributions WHERE seq = 1").Scan(&role, &parts); err != nil {
		t.Fatal(err)
	}
	if role.Valid || parts.String != `[{"start":0,"end":10},{"start":12,"end":30}]` {
		t.Errorf("anonymous attribution: role %v (want NULL), parts %q", role, parts.String)
	}
}

func testSameArticleTwice(t *testing.T, s store.Store, db *sql.DB) {
	r := reading("a1", "https://example.com/1", "Example", "2024-05-14", ceasefireText)
	put(t, s, r)
	before := dump(t, db)
	if got := put(t, s, r, r); got != (store.Tally{Unchanged: 2}) {
		t.Errorf("tally = %+v, want 2 unchanged", got)
	}
	if after := dump(t, db); after != before {
		t.Errorf("storing the same article again changed the database")
	}
}

func testSameTextWithoutURL(t *testing.T, s store.Store, db *sql.DB) {
	put(t, s, reading("a1", "", "", "", ceasefireText), reading("copy-of-a1", "", "", "", ceasefireText))
	if n := count(t, db)["articles"]; n != 1 {
		t.Errorf("articles = %d, want 1: without a URL the text identifies an article", n)
	}
}

func testChangedText(t *testing.T, s store.Store, db *sql.DB) {
	put(t, s, reading("a1", "https://example.com/1", "Example", "2024-05-14", ceasefireText))
	updated := reading("a1", "https://example.com/1", "Example", "2024-05-15", hostageText)
	updated.Positions = updated.Positions[:1]
	if got := put(t, s, updated); got != (store.Tally{Replaced: 1}) {
		t.Errorf("tally = %+v, want 1 replaced", got)
	}
	c := count(t, db)
	if c["articles"] != 1 || c["positions"] != 1 || c["article_sigs"] != 1 || c["article_bands"] != 16 {
		t.Errorf("counts after replacing = %v, want 1 article with 1 position", c)
	}
	var text string
	if err := db.QueryRow("SELECT text FROM articles").Scan(&text); err != nil {
		t.Fatal(err)
	}
	if text != hostageText {
		t.Errorf("article text was not replaced")
	}
	fresh := dump(t, db)
	put(t, s, updated)
	put(t, s, reading("a1", "https://example.com/1", "Example", "2024-05-14", ceasefireText), updated)
	if dump(t, db) != fresh {
		t.Errorf("storing both versions again changed the database")
	}
	hits, err := s.Search(context.Background(), store.Query{Text: "occupation"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 0 {
		t.Errorf("search finds %d statements of the replaced text", len(hits))
	}
}

func testLaterTextWins(t *testing.T, s store.Store, db *sql.DB) {
	put(t, s, reading("a1", "https://example.com/1", "", "", ceasefireText),
		reading("a1", "https://example.com/1", "", "", hostageText))
	var text string
	if err := db.QueryRow("SELECT text FROM articles").Scan(&text); err != nil {
		t.Fatal(err)
	}
	if text != hostageText {
		t.Errorf("the later of two texts with one URL should win")
	}
}

func testNearDuplicates(t *testing.T, s store.Store, db *sql.DB) {
	wire := reading("w1", "https://one.example/a", "One", "2024-05-14", ceasefireText)
	copied := reading("w2", "https://two.example/b", "Two", "2024-05-14", "Updated. "+ceasefireText)
	other := reading("o1", "https://one.example/c", "One", "2024-06-02", hostageText)
	put(t, s, wire)
	put(t, s, copied, other)
	clusters := map[string]int64{}
	rows, err := db.Query("SELECT source_id, cluster FROM articles")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var c int64
		if err := rows.Scan(&id, &c); err != nil {
			t.Fatal(err)
		}
		clusters[id] = c
	}
	if clusters["w1"] != clusters["w2"] {
		t.Errorf("a wire copy is not in its original's cluster: %v", clusters)
	}
	if clusters["o1"] == clusters["w1"] {
		t.Errorf("an unrelated article joined the wire story's cluster: %v", clusters)
	}
}

// testCopiesAndNotes checks what the store writes for the analysis: the
// copies of each article's date (and cluster) on its positions and
// attributions, and its notes (analysis.Annotate), replaced with its text.
func testCopiesAndNotes(t *testing.T, s store.Store, db *sql.DB) {
	put(t, s, reading("w1", "https://one.example/a", "One", "2024-05-14", ceasefireText),
		reading("w2", "https://two.example/b", "Two", "2024-05-15", "Updated. "+ceasefireText))
	for _, q := range []string{
		`SELECT count(*) FROM positions p JOIN articles a ON a.id = p.article_id
			WHERE p.published IS DISTINCT FROM a.published OR p.cluster IS DISTINCT FROM a.cluster`,
		`SELECT count(*) FROM attributions t JOIN articles a ON a.id = t.article_id
			WHERE t.published IS DISTINCT FROM a.published`,
	} {
		var n int
		if err := db.QueryRow(q).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("%d rows whose copies differ from their article's: %s", n, q)
		}
	}
	var clusters int
	if err := db.QueryRow("SELECT count(DISTINCT cluster) FROM positions").Scan(&clusters); err != nil {
		t.Fatal(err)
	}
	if clusters != 1 {
		t.Errorf("positions of two copies of one story are in %d clusters, want 1", clusters)
	}

	occupation := func() (articles, loaded int) {
		t.Helper()
		q := "SELECT count(*), coalesce(sum(loaded_n), 0) FROM article_terms WHERE term = 'the occupation' AND outlet = 'Two' AND published = '2024-05-15'"
		if err := db.QueryRow(q).Scan(&articles, &loaded); err != nil {
			t.Fatal(err)
		}
		return articles, loaded
	}
	if n, loaded := occupation(); n != 1 || loaded != 1 {
		t.Errorf("uses of a loaded term: %d rows, %d uses; want 1 and 1", n, loaded)
	}
	put(t, s, reading("w2", "https://two.example/b", "Two", "2024-05-15", hostageText))
	if n, _ := occupation(); n != 0 {
		t.Errorf("the notes of a replaced text remain: %d rows", n)
	}
	var words int
	if err := db.QueryRow("SELECT words FROM articles WHERE outlet = 'Two'").Scan(&words); err != nil {
		t.Fatal(err)
	}
	if want := len(strings.Fields(hostageText)) + 1; words != want { // "six-week" is two words
		t.Errorf("words = %d, want %d", words, want)
	}
}

func testSearch(t *testing.T, s store.Store, db *sql.DB) {
	put(t, s,
		reading("a1", "https://one.example/a", "One", "2024-05-14", ceasefireText),
		reading("a2", "https://two.example/b", "Two", "2024-06-02", hostageText))
	quote := fmt.Sprint("attribution:a1:", strings.Index(ceasefireText, "We will not"))
	tests := []struct {
		name string
		q    store.Query
		want []string // kind:article:start for each hit, in order
	}{
		{"word", store.Query{Text: "occupation"}, []string{quote}},
		{"stemmed", store.Query{Text: "OCCUPATIONS signing"}, []string{quote}},
		{"all words", store.Query{Text: "occupation Cairo"}, nil},
		{"query syntax is text", store.Query{Text: `"occupation*" -(:`}, []string{quote}},
		{"party", store.Query{Party: "israel", Since: "2024-06-01"}, []string{"position:a2:20"}},
		{"issue", store.Query{Issue: "ceasefire", Until: "2024-05-31"}, []string{"position:a1:0"}},
		{"speaker", store.Query{Speaker: "naim", Outlet: "TWO"}, []string{"attribution:a2:0", "position:a2:0"}},
		{"speaker is not a pattern", store.Query{Speaker: "n_im"}, nil},
		{"limit, newest first", store.Query{Limit: 2}, []string{"attribution:a2:0", "attribution:a2:0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := s.Search(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range hits {
				got = append(got, fmt.Sprintf("%s:%s:%d", h.Kind, h.Article, h.Start))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("hits = %v, want %v", got, tt.want)
			}
		})
	}
}

// testConcurrentWriters has four writers store overlapping batches at
// once: the result must hold each article and fact once.
func testConcurrentWriters(t *testing.T, s store.Store, db *sql.DB) {
	var rs []parley.Reading
	for i := range 40 {
		text := ceasefireText
		if i%2 == 1 {
			text = hostageText
		}
		rs = append(rs, reading(fmt.Sprint("c", i), fmt.Sprintf("https://example.com/%d", i), "Example", "2024-05-14", text))
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w * 5; i < len(rs); i += 10 {
				if _, err := s.Put(context.Background(), rs[i:min(i+10, len(rs))]); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent Put: %v", err)
	}
	c := count(t, db)
	if c["articles"] != 40 || c["attributions"] != 80 || c["people"] != 1 || c["packs"] != 2 {
		t.Errorf("counts = %v, want 40 articles, 80 attributions, 1 person, 2 packs", c)
	}
}

func testMergePeople(t *testing.T, s store.Store, db *sql.DB) {
	later := reading("a2", "https://two.example/b", "Two", "2024-06-02", hostageText)
	later.Attributions[0].Speaker = "Bassem Naim"
	later.Positions[0].Speaker = "Bassem Naim"
	put(t, s, later, reading("a1", "https://one.example/a", "One", "2024-05-14", ceasefireText))
	merged, err := s.MergePeople(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if merged != 1 {
		t.Errorf("merged %d names, want 1", merged)
	}
	var name, reason string
	err = db.QueryRow(`SELECT c.name, p.reason FROM people p JOIN people c ON c.id = p.canonical_id
		WHERE p.name = 'Bassem Naim'`).Scan(&name, &reason)
	if err != nil {
		t.Fatalf("the variant was not merged: %v", err)
	}
	if name != "Basem Naim" || reason == "" {
		t.Errorf("Bassem Naim merged into %q for %q; want the earlier-quoted Basem Naim, with a reason", name, reason)
	}
	before := dump(t, db)
	if _, err := s.MergePeople(context.Background()); err != nil {
		t.Fatal(err)
	}
	if dump(t, db) != before {
		t.Errorf("merging again changed the database")
	}
	hits, err := s.Search(context.Background(), store.Query{Speaker: "bassem", Issue: "ceasefire"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 {
		t.Errorf("searching one spelling finds %d positions, want both spellings' 2: %+v", len(hits), hits)
	}
}

func testStatementDates(t *testing.T, s store.Store, db *sql.DB) {
	const text = "Hamas rejected the plan on Monday, its spokesman said. The talks will go on, a mediator said."
	r := parley.Reading{Article: parley.Article{ID: "d1", Published: "2024-05-15", Text: text}}
	for _, sentence := range strings.SplitAfter(text, ". ") {
		i := strings.Index(text, sentence)
		r.Positions = append(r.Positions, parley.Position{Actor: "hamas", Stance: parley.Reject, Issue: "talks",
			Text: sentence, Span: parley.Span{Start: i, End: i + len(sentence)}})
	}
	undated := r
	undated.Article.ID, undated.Article.Published, undated.Article.Text = "d2", "", text+" "
	put(t, s, r, undated)
	rows, err := db.Query(`SELECT a.source_id, p.seq, coalesce(p.said_from, '-'), coalesce(p.said_to, '-')
		FROM positions p JOIN articles a ON a.id = p.article_id ORDER BY a.source_id, p.seq`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var id, from, to string
		var seq int
		if err := rows.Scan(&id, &seq, &from, &to); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%s/%d %s %s", id, seq, from, to))
	}
	want := []string{"d1/0 2024-05-13 2024-05-13", "d1/1 - -", "d2/0 - -", "d2/1 - -"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("statement dates = %q, want %q", got, want)
	}
}

func testBadSpan(t *testing.T, s store.Store, db *sql.DB) {
	good := reading("g1", "https://example.com/g", "", "", ceasefireText)
	bad := reading("b1", "https://example.com/b", "", "", hostageText)
	bad.Figures[0].Span = parley.Span{Start: 10, End: len(hostageText) + 1}
	_, err := s.Put(context.Background(), []parley.Reading{good, bad})
	if err == nil || !strings.Contains(err.Error(), "b1") {
		t.Errorf("Put with a span outside the text: error %v, want one naming article b1", err)
	}
	if n := count(t, db)["articles"]; n != 0 {
		t.Errorf("a failed batch left %d articles", n)
	}
}
