package clean

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-news/parley"
)

// corpusDir holds the shared dev articles; tests that read it skip when it
// is absent.
const corpusDir = "../../shared/corpus"

// goldMeta is the article object of a gold file: null means unknown.
type goldMeta struct {
	Outlet    *string `json:"outlet"`
	Title     *string `json:"title"`
	Published *string `json:"published"`
}

// TestDevMetadata checks outlet, title and date read off the dev pages
// against the gold article objects.
func TestDevMetadata(t *testing.T) {
	golds, _ := filepath.Glob(filepath.Join(corpusDir, "dev", "*.gold.json"))
	if len(golds) == 0 {
		t.Skip("no dev corpus at", corpusDir)
	}
	right, total := 0, 0
	for _, g := range golds {
		var gold struct {
			Article goldMeta `json:"article"`
		}
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &gold); err != nil {
			t.Fatalf("%s: %v", g, err)
		}
		raw, err := os.ReadFile(strings.TrimSuffix(g, ".gold.json") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		a := Article(parley.Article{Text: string(raw)})
		for _, f := range []struct {
			field     string
			got, want string
		}{
			{"outlet", a.Outlet, deref(gold.Article.Outlet)},
			{"title", a.Title, deref(gold.Article.Title)},
			{"published", a.Published, deref(gold.Article.Published)},
		} {
			total++
			if f.got == f.want {
				right++
				continue
			}
			t.Errorf("%s: %s = %q, want %q", filepath.Base(g), f.field, f.got, f.want)
		}
	}
	t.Logf("metadata: %d/%d fields right", right, total)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func BenchmarkClean(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "dev", "*.txt"))
	if len(files) == 0 {
		b.Skip("no dev corpus at", corpusDir)
	}
	var arts []parley.Article
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, parley.Article{Text: string(raw)})
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		Article(arts[i%len(arts)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
