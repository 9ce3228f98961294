// Package analysis turns the stored facts into the negotiation picture an
// analyst reads: where each party stands on each issue (the matrix), whether
// the sides meet (the gap) and how that moves week by week, what changed
// between two dates, the proposals on the table, the figures each source
// claims, the rounds of talks and each outlet's framing.
//
// It reads through Source, which the store implements (store/read.go), so
// the CLI and the web server share one analysis. Aggregation happens in the
// database; what reaches Go is small (one row per party, issue, stance and
// day) or streamed.
//
// Dates are the articles' publication dates, YYYY-MM-DD. A fact whose
// article has no date has Date "": it is shown as unknown, is never placed
// on a timeline, and never counts as later than a dated fact.
package analysis

import (
	"context"

	"github.com/parley-news/parley/pack"
)

// Filter narrows what is analysed. Empty fields do not filter. Since and
// Until compare with the publication date, inclusive; when either is set,
// undated articles are left out, since they cannot be placed in the range.
type Filter struct {
	Since  string `json:"since,omitempty"`
	Until  string `json:"until,omitempty"`
	Party  string `json:"party,omitempty"`  // pack party id: a position's actor, a quote's party
	Issue  string `json:"issue,omitempty"`  // issue id
	Outlet string `json:"outlet,omitempty"` // outlet name, any case
}

// Source is the read side of the store that the analysis needs.
type Source interface {
	// StanceDays streams, for each actor, issue, stance and publication
	// day ("" for unknown), how many positions the store holds, ordered by
	// actor, issue, then day with unknown first.
	StanceDays(ctx context.Context, f Filter, fn func(StanceDay) error) error
	// Latest returns a position of actor on issue with stance published
	// on day ("" for unknown); ok is false if there is none.
	Latest(ctx context.Context, f Filter, actor, issue, stance, day string) (s Statement, ok bool, err error)
	// Stories counts the independent stories (near-duplicate copies count
	// once) that report actor taking stance on issue, on any day.
	Stories(ctx context.Context, f Filter, actor, issue, stance string) (int, error)
	// Positions streams the positions of actor on issue (either may be ""
	// for all), newest first, undated last.
	Positions(ctx context.Context, f Filter, actor, issue string, fn func(Statement) error) error
	// Quotes streams up to n direct quotes of party, newest first,
	// undated last.
	Quotes(ctx context.Context, f Filter, party string, n int, fn func(Statement) error) error
	// AssessmentDays streams how many positive and negative assessments
	// each publication day ("" for unknown) holds, ordered by day.
	AssessmentDays(ctx context.Context, f Filter, fn func(AssessmentDay) error) error
	// Assessments streams the assessments, newest first.
	Assessments(ctx context.Context, f Filter, fn func(Assessment) error) error
	// Figures streams the figures that have a measure, ordered by measure,
	// unit and day.
	Figures(ctx context.Context, f Filter, fn func(Figure) error) error
	// Drafts streams, per draft named (DraftNote.Key), proposing actor
	// and issue, how many positions name it, ordered by draft and first
	// report.
	Drafts(ctx context.Context, f Filter, fn func(DraftCount) error) error
	// DraftEvidence streams up to n positions naming the draft key,
	// oldest first, undated last.
	DraftEvidence(ctx context.Context, f Filter, key string, n int, fn func(Statement) error) error
	// VenueDays streams the talks reported at each venue on each day, in
	// any order, with at most n reports each.
	VenueDays(ctx context.Context, f Filter, n int, fn func(VenueDay) error) error
	// Words streams each outlet's number of words.
	Words(ctx context.Context, f Filter, fn func(outlet string, words int) error) error
	// TermUses streams, per outlet and loaded term, how often its
	// articles use the term and its neutral term.
	TermUses(ctx context.Context, f Filter, fn func(outlet string, t TermNote) error) error
}

// Statement is one stored position or quote with its provenance.
type Statement struct {
	Article     string `json:"article"` // the id the input gave the article
	URL         string `json:"url,omitempty"`
	Outlet      string `json:"outlet,omitempty"`
	Date        string `json:"date"` // "" when unknown
	Party       string `json:"party,omitempty"`
	Speaker     string `json:"speaker,omitempty"`
	Stance      string `json:"stance,omitempty"`
	Issue       string `json:"issue,omitempty"`
	Conditional bool   `json:"conditional,omitempty"`
	Text        string `json:"text"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
}

// StanceDay counts the positions of one actor, stance and issue on a day.
type StanceDay struct {
	Actor, Issue, Stance string
	Day                  string // "" when unknown
	N                    int
}

// AssessmentDay counts the verdicts on the talks of one day.
type AssessmentDay struct {
	Day                string
	Positive, Negative int
}

// Assessment is a stored verdict on the talks with its provenance; its
// Speaker is the source, "" for the narrator.
type Assessment struct {
	Statement
	Polarity string `json:"polarity"`
}

// Figure is a stored figure with its provenance; its Speaker is who
// reports it, "" when the narrator does.
type Figure struct {
	Statement
	Value     float64 `json:"value"`
	Qualifier string  `json:"qualifier"`
	Unit      string  `json:"unit"`
	Measure   string  `json:"measure"`
}

// DraftCount counts the positions of one actor on one issue that name a
// draft.
type DraftCount struct {
	Key, Name    string // Name: the first of its names in sort order
	Actor, Issue string
	N            int
	First, Last  string // the dates of its first and last report, "" when none is dated
	Duration     string // a length of time one of them sets, "" if none
}

// VenueDay is the talks reported at one venue on one day.
type VenueDay struct {
	Venue     string
	Day       string // "" when unknown
	Mediators []string
	Reports   []TalkReport // the first few
}

// TalkReport is a position that places talks, with the assessments of
// its article.
type TalkReport struct {
	Statement
	Positive, Negative int
}

// Cell is the latest stance of a party on an issue.
type Cell struct {
	Statement
	Stories int `json:"stories"` // independent stories (near-duplicate copies count once) carrying this stance
	Reports int `json:"reports"` // positions stored for this party and issue, all stances
}

// Matrix is party x issue -> the latest stance.
type Matrix struct {
	Parties []string `json:"parties"` // the sides first, then by number of positions
	Issues  []string `json:"issues"`
	Cells   []Cell   `json:"cells"` // ordered by party (as Parties), then issue
}

// Gap statuses of an issue.
const (
	Agreed  = "agreed"  // the sides accept the same thing, or one proposes and the other accepts
	Open    = "open"    // a demand or proposal met by a rejection or a counter-demand
	Unknown = "unknown" // a side's stance is not known
)

// IssueGap is where the sides stand on one issue.
type IssueGap struct {
	Issue  string   `json:"issue"`
	Status string   `json:"status"`
	Sides  []string `json:"sides"`  // the two sides' ids
	Stance []string `json:"stance"` // their latest stances, "" when unknown
}

// Week is one point of the gap trend. Weeks start on Monday.
type Week struct {
	Start    string  `json:"start"`
	Open     int     `json:"open"`   // issues open as of the week's end
	Agreed   int     `json:"agreed"` // issues agreed as of the week's end
	Positive int     `json:"positive"`
	Negative int     `json:"negative"` // assessments published that week
	Index    float64 `json:"index"`    // 0 (the sides meet) to 1 (far apart); see GapIndex and Trend
	Known    bool    `json:"known"`    // false when the week has nothing to measure the gap by
}

// Change is one cell that moved between two dates.
type Change struct {
	Party string    `json:"party"`
	Issue string    `json:"issue"`
	From  string    `json:"from"` // the stance as of the first date, "" when none
	To    string    `json:"to"`
	Now   Statement `json:"evidence"` // the position that set To
}

// Proposal is a draft named in the news, grouped across articles.
type Proposal struct {
	Name      string      `json:"name"`     // as the news names it: "the Paris draft", "a 42-day truce"
	Proposer  string      `json:"proposer"` // party id, "" when unknown
	First     string      `json:"first"`    // first and last date it was reported, "" when unknown
	Last      string      `json:"last"`
	Terms     []Term      `json:"terms"`
	Responses []Statement `json:"responses"` // other parties' stances on its issues, oldest first
	Evidence  []Statement `json:"evidence"`
}

// Term is one issue a proposal covers, with the figure that comes with it
// in the text ("42 days"), if any.
type Term struct {
	Issue  string `json:"issue"`
	Figure string `json:"figure,omitempty"`
}

// Series is one measure over time as sources report it.
type Series struct {
	Measure  string     `json:"measure"`
	Unit     string     `json:"unit"`
	Points   []Figure   `json:"points"`   // by day, undated last; the newest when there are many
	Reports  int        `json:"reports"`  // distinct values by day reported, all of them
	Disputes []Conflict `json:"disputes"` // same day, values that disagree
}

// Conflict is two figures for the same measure and day that disagree.
type Conflict struct {
	Day  string `json:"day"`
	A, B Figure
}

// Round is one round of talks as reported.
type Round struct {
	Venue     string      `json:"venue"`
	First     string      `json:"first"` // first and last date it was reported, "" when unknown
	Last      string      `json:"last"`
	Mediators []string    `json:"mediators"`
	Outcome   string      `json:"outcome"` // positive, negative, mixed or "" (not reported)
	Evidence  []Statement `json:"evidence"`
}

// Loaded is a loaded term of a pack and the neutral term it stands for.
type Loaded struct {
	Term    string `json:"term"`
	Neutral string `json:"neutral"`
}

// Framing is how one outlet names things.
type Framing struct {
	Outlet string      `json:"outlet"` // "" when unknown
	Words  int         `json:"words"`
	Terms  []TermCount `json:"terms"`
	Rate   float64     `json:"loaded_per_1000"` // loaded terms per 1,000 words
}

// TermCount is how often an outlet uses a loaded term and its neutral one.
type TermCount struct {
	Loaded
	LoadedN  int `json:"loaded_n"`
	NeutralN int `json:"neutral_n"`
}

// Brief is everything `parley report` shows.
type Brief struct {
	Filter    Filter                 `json:"filter"`
	Summary   []string               `json:"summary"` // the state in three sentences
	Matrix    Matrix                 `json:"matrix"`
	Gap       []IssueGap             `json:"gap"`
	Trend     []Week                 `json:"trend"`
	New       []Change               `json:"new"` // since Filter.Since; empty without it
	Quotes    map[string][]Statement `json:"quotes"`
	Proposals []Proposal             `json:"proposals"`
	Talks     []Round                `json:"talks"`
	Figures   []Series               `json:"figures"`
	Framing   []Framing              `json:"framing"`
	History   []Statement            `json:"history,omitempty"` // every report of the cell, when Filter names a party and an issue
	Undated   int                    `json:"undated"`           // matrix cells whose latest report is undated
}

// Analyst answers the questions of the analysis over one Source.
type Analyst struct {
	Src    Source
	Packs  *pack.Set // the parties' roles (mediators) and the phrases proposals and talks are read by
	Sides  []string  // the two sides of the gap; empty: the two non-mediating parties with most positions
	Loaded []Loaded  // the loaded terms framing counts
}

// The Analyst's methods, one per part of the picture (in matrix.go,
// proposals.go, figures.go, talks.go, framing.go and brief.go):
//
//	Matrix(ctx, f) (Matrix, []IssueGap, error)
//	History(ctx, f, party, issue) ([]Statement, error)
//	Trend(ctx, f) ([]Week, error)
//	Diff(ctx, f, from, to) ([]Change, error)
//	Proposals(ctx, f) ([]Proposal, error)
//	Figures(ctx, f) ([]Series, error)
//	Talks(ctx, f) ([]Round, error)
//	Framing(ctx, f) ([]Framing, error)
//	Brief(ctx, f) (*Brief, error)
