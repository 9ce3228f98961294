package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/extract"
	"github.com/parley-news/parley/read"
	"github.com/parley-news/parley/store/sqlite"
)

// devReadings reads the dev corpora (PARLEY_SHARED, by default the shared
// directory next to the repository).
func devReadings(b *testing.B) []parley.Reading {
	shared := os.Getenv("PARLEY_SHARED")
	if shared == "" {
		shared = "../../../shared"
	}
	var dirs []string
	for _, set := range []string{"dev", "bbc-dev", "polnear-dev"} {
		if dir := filepath.Join(shared, "corpus", set); dirExists(dir) {
			dirs = append(dirs, dir)
		}
	}
	if len(dirs) == 0 {
		b.Skipf("no dev corpus under %s", shared)
	}
	r := extract.New(nil)
	var rs []parley.Reading
	read.Each(dirs, nil, func(a parley.Article) {
		rd, err := r.CleanAndRead(a)
		if err != nil {
			b.Fatalf("%s: %v", a.Origin, err)
		}
		rs = append(rs, rd)
	}, func(error) {})
	if len(rs) == 0 {
		b.Fatal("the dev corpus holds no article")
	}
	return rs
}

func dirExists(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// BenchmarkIngestSQLite stores the dev articles, read once and repeated
// under distinct URLs, in batches as parley ingest does.
func BenchmarkIngestSQLite(b *testing.B) {
	readings := devReadings(b)
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	const batch = 256
	rs := make([]parley.Reading, 0, batch)
	b.ResetTimer()
	for n := 0; n < b.N; n += batch {
		rs = rs[:0]
		for i := n; i < min(n+batch, b.N); i++ {
			r := readings[i%len(readings)]
			r.Article.ID = fmt.Sprint("bench-", i)
			r.Article.URL = fmt.Sprintf("https://bench.example/%d", i)
			rs = append(rs, r)
		}
		if _, err := s.Put(ctx, rs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
