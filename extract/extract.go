// Package extract finds the facts in a cleaned article: who said what
// (attributions), reported quantities (figures), each party's stance on each
// issue (positions) and verdicts on the talks (assessments). One finder per
// layer; each reads a shared Doc so the text is split only once.
package extract

import (
	"errors"
	"fmt"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/clean"
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

// Read finds every layer in a (cleaned) article. A failure on the
// article (a bug that panics on its text) costs only what it touches: a
// finder that fails loses its own layer, and the reading keeps the others.
// The reading always holds the article; Failed names the layers it lacks,
// and the error says what went wrong. Later finders read on without what a
// failed one would have given them.
func (r *Reader) Read(a parley.Article) (parley.Reading, error) {
	out := parley.Reading{Article: a}
	var d *Doc
	if err := safely("splitting the text", func() {
		w := pack.Split(a.Text) // split once for choosing the packs and scanning with them
		d = &Doc{
			Article: &a,
			Text:    a.Text,
			Paras:   text.Paragraphs(a.Text),
			Sents:   text.Sentences(a.Text),
			Pack:    r.packs.ForWords(w),
			words:   w,
		}
		out.Packs = d.Pack.Names()
	}); err != nil {
		out.Failed = layers() // before any finder ran
		return out, err
	}
	var errs []error
	for _, f := range finders {
		if err := f.run(d, &out); err != nil {
			errs = append(errs, err)
			out.Failed = append(out.Failed, f.layer)
		}
	}
	d.release()
	return out, errors.Join(errs...)
}

// CleanAndRead cleans an article as copied from a page (clean.Article) and
// reads it, as parley extract and parley ingest do. When the cleaner fails
// on the article, the reading holds the article as given, with every layer
// failed.
func (r *Reader) CleanAndRead(a parley.Article) (parley.Reading, error) {
	c, err := cleanSafely(a)
	if err != nil {
		return parley.Reading{Article: a, Failed: layers()}, err
	}
	return r.Read(c)
}

// cleanSafely turns a panic in the cleaner into an error.
func cleanSafely(a parley.Article) (c parley.Article, err error) {
	err = safely("cleaning", func() { c = clean.Article(a) })
	return c, err
}

// safely calls fn and turns a panic in it into an error that says what was
// being done: a bug on one article's text costs that article's step, not
// the run.
func safely(what string, fn func()) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s: internal error: %v", what, p)
		}
	}()
	fn()
	return nil
}

// layers names every layer, in the finders' order.
func layers() []string {
	names := make([]string, len(finders))
	for i, f := range finders {
		names[i] = f.layer
	}
	return names
}

// A finder fills one layer of a reading. They run in this order: positions
// and assessments read the attributions to know who is speaking.
type finder struct {
	layer string
	find  func(d *Doc, out *parley.Reading)
}

var finders = []finder{
	{"attributions", func(d *Doc, out *parley.Reading) {
		d.Attributions = findAttributions(d)
		out.Attributions = d.Attributions
	}},
	{"figures", func(d *Doc, out *parley.Reading) { out.Figures = findFigures(d) }},
	{"positions", func(d *Doc, out *parley.Reading) { out.Positions = findPositions(d) }},
	{"assessments", func(d *Doc, out *parley.Reading) { out.Assessments = findAssessments(d) }},
}

// run calls the finder, turning a panic into an error for its layer.
func (f finder) run(d *Doc, out *parley.Reading) error {
	err := safely(f.layer, func() { f.find(d, out) })
	if err != nil {
		d.discard()
	}
	return err
}
