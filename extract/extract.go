// Package extract finds the facts in a cleaned article: who said what
// (attributions), reported quantities (figures), each party's stance on each
// issue (positions) and verdicts on the talks (assessments). One finder per
// layer; each reads a shared Doc so the text is split only once.
package extract

import (
	"github.com/parley-news/parley"
	"github.com/parley-news/parley/pack"
	"github.com/parley-news/parley/text"
)

// Doc is one article split for the finders. Finders run in order and may
// read what earlier ones found: positions and assessments use attributions
// to know who is speaking.
type Doc struct {
	Article *parley.Article
	Text    string
	Paras   []parley.Span
	Sents   []parley.Span
	Pack    *pack.Set

	Attributions []parley.Attribution

	tokens  *scratch    // shared by the finders (see split)
	words   *pack.Words // the words packs match on (see packWords)
	scanned []*sentence // pack phrases per sentence, shared by positions and assessments
}

// Reader reads articles with a fixed set of packs. It is safe for
// concurrent use: it holds no per-article state.
type Reader struct {
	packs *pack.Set
}

// New returns a Reader using the given packs; nil means pack.Auto, which
// picks the built-in packs per article.
func New(packs *pack.Set) *Reader {
	if packs == nil {
		packs = pack.Auto()
	}
	return &Reader{packs: packs}
}

// Read finds every layer in a (cleaned) article.
func (r *Reader) Read(a parley.Article) parley.Reading {
	w := pack.Split(a.Text) // split once for choosing the packs and scanning with them
	d := &Doc{
		Article: &a,
		Text:    a.Text,
		Paras:   text.Paragraphs(a.Text),
		Sents:   text.Sentences(a.Text),
		Pack:    r.packs.ForWords(w),
		words:   w,
	}
	d.Attributions = findAttributions(d)
	out := parley.Reading{
		Article:      a,
		Packs:        d.Pack.Names(),
		Attributions: d.Attributions,
		Figures:      findFigures(d),
		Positions:    findPositions(d),
		Assessments:  findAssessments(d),
	}
	d.release()
	return out
}
