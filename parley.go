// Package parley holds the domain types shared by every stage of the pipeline:
// an Article as read and cleaned, and the facts found in it (attributions,
// positions, figures, assessments), each tied to the exact span of the
// article text it came from.
//
// Offsets: every Start/End is a byte offset into Article.Text (UTF-8), half
// open, so Article.Text[Start:End] is the record's evidence. A record whose
// evidence is discontiguous (a quote split by its cue) lists its pieces in
// Parts; its Text is then the pieces joined by one space, and Start/End
// cover the whole extent. See docs/OUTPUT.md.
package parley

import "encoding/json"

// Article is one news article after reading and cleaning.
type Article struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"` // YYYY-MM-DD; "" when the page does not say
	Title     string `json:"title"`
	Dateline  string `json:"dateline"`
	Text      string `json:"-"` // the cleaned text; every offset points into it
	BodyStart int    `json:"-"` // Text[:BodyStart] is the headline (when the text carries one), Text[BodyStart:] the body
	Origin    string `json:"-"` // where it came from: "file.jsonl:12", a path or a URL
}

// Span is a half-open byte range of Article.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Attribution kinds.
const (
	Direct   = "direct"   // the content stands in quotation marks
	Indirect = "indirect" // reported speech
	Mixed    = "mixed"    // reported speech with a quoted fragment
)

// Attribution is one stretch of text the article presents as coming from a
// source through a cue ("said", "according to", "told Reuters").
type Attribution struct {
	Speaker        string   // canonical: the fullest name the article gives
	SpeakerAlt     []string // other strings naming the same source
	SpeakerMention string   // the speaker as written at the cue
	Anonymous      bool
	Role           string
	Org            string
	Party          string // pack party id of the speaker, "" if unknown
	Cue            string
	Medium         string
	Kind           string
	Text           string
	Span                  // the extent of Text
	Parts          []Span // set only when Text is discontiguous
}

// Stances a party can take on an issue.
const (
	Demand   = "demand"
	Accept   = "accept"
	Reject   = "reject"
	Propose  = "propose"
	Threaten = "threaten"
)

// Position is a party's stance on an issue, as the article reports it.
type Position struct {
	Actor       string // party id
	Speaker     string // who voiced it, "" when the narrator reports it
	Stance      string
	Issue       string // issue id from the taxonomy
	Conditional bool
	Text        string
	Span
}

// Figure qualifiers.
const (
	Exact   = "exact"
	AtLeast = "at_least"
	AtMost  = "at_most"
	Approx  = "approx"
)

// Figure is a reported quantity.
type Figure struct {
	Value     float64
	Qualifier string
	Unit      string // people, trucks, usd, days, ...
	Measure   string // killed, displaced, aid, duration, ...
	Source    string // who reports it ("the health ministry"), "" if the narrator
	Text      string
	Span
}

// Assessment polarities.
const (
	Positive = "positive"
	Negative = "negative"
)

// Assessment is a statement about the state of the negotiation as a whole.
type Assessment struct {
	Source   string // speaker, "" for the narrator
	Polarity string
	Text     string
	Span
}

// Reading is everything parley reads out of one article.
type Reading struct {
	Article      Article
	Packs        []string // the packs used to read it
	Attributions []Attribution
	Positions    []Position
	Figures      []Figure
	Assessments  []Assessment

	// Failed names the layers whose finder failed on this article (a bug
	// that panicked on its text). Their arrays are empty for that reason,
	// not because the article has nothing of the kind.
	Failed []string
}

// null turns the empty string into JSON null: unknown stays unknown.
func null(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// MarshalJSON writes the record with the field names of spec/ANNOTATION.md.
func (a Attribution) MarshalJSON() ([]byte, error) {
	alt := a.SpeakerAlt
	if alt == nil {
		alt = []string{}
	}
	return json.Marshal(struct {
		Speaker        *string  `json:"speaker"`
		SpeakerAlt     []string `json:"speaker_alt"`
		SpeakerMention *string  `json:"speaker_mention"`
		Anonymous      bool     `json:"anonymous"`
		Role           *string  `json:"role"`
		Org            *string  `json:"org"`
		Party          *string  `json:"party"`
		Cue            string   `json:"cue"`
		Medium         *string  `json:"medium"`
		Kind           string   `json:"kind"`
		Text           string   `json:"text"`
		Start          int      `json:"start"`
		End            int      `json:"end"`
		Parts          []Span   `json:"parts,omitempty"`
	}{null(a.Speaker), alt, null(a.SpeakerMention), a.Anonymous, null(a.Role), null(a.Org),
		null(a.Party), a.Cue, null(a.Medium), a.Kind, a.Text, a.Start, a.End, a.Parts})
}

// MarshalJSON writes the record with the field names of spec/ANNOTATION.md.
func (p Position) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Actor       string  `json:"actor"`
		Speaker     *string `json:"speaker"`
		Stance      string  `json:"stance"`
		Issue       string  `json:"issue"`
		Conditional bool    `json:"conditional"`
		Text        string  `json:"text"`
		Start       int     `json:"start"`
		End         int     `json:"end"`
	}{p.Actor, null(p.Speaker), p.Stance, p.Issue, p.Conditional, p.Text, p.Start, p.End})
}

// MarshalJSON writes the record with the field names of spec/ANNOTATION.md.
func (f Figure) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Value     float64 `json:"value"`
		Qualifier string  `json:"qualifier"`
		Unit      string  `json:"unit"`
		Measure   *string `json:"measure"`
		Source    *string `json:"source"`
		Text      string  `json:"text"`
		Start     int     `json:"start"`
		End       int     `json:"end"`
	}{f.Value, f.Qualifier, f.Unit, null(f.Measure), null(f.Source), f.Text, f.Start, f.End})
}

// MarshalJSON writes the record with the field names of spec/ANNOTATION.md.
func (a Assessment) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Source   *string `json:"source"`
		Polarity string  `json:"polarity"`
		Text     string  `json:"text"`
		Start    int     `json:"start"`
		End      int     `json:"end"`
	}{null(a.Source), a.Polarity, a.Text, a.Start, a.End})
}

// MarshalJSON writes one line of `parley extract` output: the article's
// metadata, its cleaned text (the offsets' reference) and the four layers.
func (r Reading) MarshalJSON() ([]byte, error) {
	type meta struct {
		URL       *string `json:"url"`
		Outlet    *string `json:"outlet"`
		Published *string `json:"published"`
		Title     *string `json:"title"`
		Dateline  *string `json:"dateline"`
	}
	a := r.Article
	packs := r.Packs
	if packs == nil {
		packs = []string{}
	}
	return json.Marshal(struct {
		ID           string        `json:"id"`
		Article      meta          `json:"article"`
		Packs        []string      `json:"packs"`
		Text         string        `json:"text"`
		Attributions []Attribution `json:"attributions"`
		Positions    []Position    `json:"positions"`
		Figures      []Figure      `json:"figures"`
		Assessments  []Assessment  `json:"assessments"`
		Failed       []string      `json:"failed_layers,omitempty"`
	}{a.ID, meta{null(a.URL), null(a.Outlet), null(a.Published), null(a.Title), null(a.Dateline)},
		packs, a.Text, orEmpty(r.Attributions), orEmpty(r.Positions), orEmpty(r.Figures), orEmpty(r.Assessments), r.Failed})
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
