package extract

import (
	"testing"

	"github.com/parley-news/parley/text"
)

// BenchmarkSplitParas measures the per-token preparation of the dev
// articles alone: tokens, lower-case forms, lexicon classes, quotes.
func BenchmarkSplitParas(b *testing.B) {
	var docs []*Doc
	for _, a := range benchArticles(b) {
		docs = append(docs, &Doc{Article: &a, Text: a.Text, Paras: text.Paragraphs(a.Text), Sents: text.Sentences(a.Text)})
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		d := docs[n%len(docs)]
		d.split()
		d.release()
		n++
	}
}
