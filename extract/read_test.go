package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/clean"
	"github.com/parley-news/parley/read"
	"github.com/parley-news/parley/text"
)

// benchArticles returns the dev corpus articles, cleaned, or the bundled
// samples when ../shared is not beside the repo.
func benchArticles(b testing.TB) []parley.Article {
	paths := []string{"../../shared/corpus/dev"}
	if _, err := os.Stat(paths[0]); err != nil {
		paths = []string{"../samples"}
	}
	var out []parley.Article
	read.Each(paths, nil, func(a parley.Article) { out = append(out, clean.Article(a)) }, func(err error) { b.Fatal(err) })
	if len(out) == 0 {
		b.Fatal("no articles")
	}
	return out
}

// BenchmarkRead measures the whole reading (attributions, figures,
// positions, assessments) per article. Run with GOMAXPROCS=1 for the
// one-core figure in the README:
//
//	GOMAXPROCS=1 go test ./extract -run '^$' -bench BenchmarkRead -benchtime 3s
func BenchmarkRead(b *testing.B) {
	arts := benchArticles(b)
	r := New(nil)
	bytes := 0
	for _, a := range arts {
		bytes += len(a.Text)
	}
	b.SetBytes(int64(bytes / len(arts)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Read(arts[i%len(arts)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// FuzzAttributions feeds arbitrary text to the attribution finder: it must
// not panic, and every record must point at valid UTF-8 inside the text.
func FuzzAttributions(f *testing.F) {
	for _, s := range []string{
		`"We will sign," she said, "if the text holds."`,
		`According to the ministry, 40 people died.`,
		`MODERATOR: Any questions?`,
		`“Unclosed quote, said Lopez`,
		"\"\"\"\n\",\" said \"",
		`The mayor, who called it "a farce", said talks were over, adding that no date was set.`,
		`officials — who spoke to us — said, citing a source, that (it) was "done".`,
		`At least 40 staff have died, according to UNICEF's newest situation report.`,
		"Lee told Reuters:\n\n• \"One.\"\n\n- Two\n\nAnn Lee, aide: \"Three.\"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		a := parley.Article{Text: s}
		for _, at := range mustRead(t, New(nil), a).Attributions {
			if at.Start < 0 || at.End > len(s) || at.Start > at.End {
				t.Fatalf("span %v outside text of %d bytes", at.Span, len(s))
			}
			if !utf8.ValidString(at.Text) || !utf8.ValidString(s[at.Start:at.End]) {
				t.Fatalf("record text is not valid UTF-8: %q", at.Text)
			}
			if len(at.Parts) == 0 && s[at.Start:at.End] != at.Text {
				t.Fatalf("text[start:end] = %q, record %q", s[at.Start:at.End], at.Text)
			}
		}
	})
}

// TestReadBundledSamples reads the repo's own sample articles end to end.
func TestReadBundledSamples(t *testing.T) {
	files, _ := filepath.Glob("../samples/*")
	var arts []parley.Article
	read.Each(files, nil, func(a parley.Article) { arts = append(arts, clean.Article(a)) }, func(err error) {
		if !strings.HasSuffix(err.Error(), "README.md") {
			t.Error(err)
		}
	})
	if len(arts) < 4 {
		t.Fatalf("read %d sample articles, want at least 4", len(arts))
	}
	found := 0
	for _, a := range arts {
		found += len(mustRead(t, New(nil), a).Attributions)
	}
	if found < 10 {
		t.Errorf("found %d attributions in the samples, want at least 10", found)
	}
}

// BenchmarkFindAttributions measures the attribution finder alone.
func BenchmarkFindAttributions(b *testing.B) {
	var docs []*Doc
	for _, a := range benchArticles(b) {
		docs = append(docs, &Doc{Article: &a, Text: a.Text, Paras: text.Paragraphs(a.Text), Sents: text.Sentences(a.Text)})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := docs[i%len(docs)]
		findAttributions(d)
		d.release() // split again next time, as reading does
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// TestEveryRecordPointsAtItsText proves the offset convention of
// docs/OUTPUT.md on every layer, over the dev corpus and the samples.
func TestEveryRecordPointsAtItsText(t *testing.T) {
	arts := benchArticles(t)
	files, _ := filepath.Glob("../samples/*")
	read.Each(files, nil, func(a parley.Article) { arts = append(arts, clean.Article(a)) }, func(error) {})
	r := New(nil)
	records := 0
	for _, a := range arts {
		rd := mustRead(t, r, a)
		s := rd.Article.Text
		for _, x := range rd.Attributions {
			checkOffsets(t, s, x.Text, x.Span, x.Parts)
			records++
		}
		for _, x := range rd.Positions {
			checkOffsets(t, s, x.Text, x.Span, nil)
			records++
		}
		for _, x := range rd.Figures {
			checkOffsets(t, s, x.Text, x.Span, nil)
			records++
		}
		for _, x := range rd.Assessments {
			checkOffsets(t, s, x.Text, x.Span, nil)
			records++
		}
	}
	if records < 50 {
		t.Errorf("only %d records checked", records)
	}
}

// mustRead reads an article and fails the test when any layer failed.
func mustRead(t testing.TB, r *Reader, a parley.Article) parley.Reading {
	t.Helper()
	rd, err := r.Read(a)
	if err != nil {
		t.Fatalf("%s: %v", a.ID, err)
	}
	return rd
}

// TestFailingFinderCostsOnlyItsLayer: a finder that panics on an article
// loses its own layer; the others still come out, and the error names it.
func TestFailingFinderCostsOnlyItsLayer(t *testing.T) {
	body := "Mayor Ann Lee said on Monday that 40 families would be moved."
	for i, f := range finders {
		t.Run(f.layer, func(t *testing.T) {
			saved := finders[i]
			defer func() { finders[i] = saved }()
			finders[i].find = func(d *Doc, out *parley.Reading) {
				d.split() // leave the shared arrays half used, as a real failure would
				panic("boom")
			}
			rd, err := New(nil).Read(parley.Article{ID: "t", Text: body})
			if err == nil || err.Error() != f.layer+": internal error: boom" {
				t.Fatalf("error = %v, want the %s layer named", err, f.layer)
			}
			if len(rd.Failed) != 1 || rd.Failed[0] != f.layer {
				t.Fatalf("Failed = %v, want [%s]", rd.Failed, f.layer)
			}
			if rd.Article.Text != body {
				t.Errorf("the reading lost its article")
			}
			if f.layer != "attributions" && len(rd.Attributions) != 1 {
				t.Errorf("attributions = %+v, want the mayor's statement", rd.Attributions)
			}
			if f.layer != "figures" && len(rd.Figures) != 1 {
				t.Errorf("figures = %+v, want 40 families", rd.Figures)
			}
			js, _ := json.Marshal(rd)
			if !strings.Contains(string(js), `"failed_layers":["`+f.layer+`"]`) {
				t.Errorf("JSON lacks failed_layers: %s", js)
			}
		})
	}
	rd, err := New(nil).Read(parley.Article{ID: "t", Text: body})
	if js, _ := json.Marshal(rd); err != nil || strings.Contains(string(js), "failed_layers") {
		t.Errorf("a sound reading: err %v, JSON %s", err, js)
	}
}
