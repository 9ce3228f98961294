package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/parley-news/parley/analysis"
)

// The read side of the analysis (analysis.Source). Counting and picking
// the latest happen in SQL; rows reach Go one at a time.
var _ analysis.Source = (*DB)(nil)

// filter builds the WHERE conditions of an analysis.Filter. day names the
// column holding the publication date (a.published, or p.published on
// positions, which carry a copy); party and issue, when not "", the
// columns f.Party and f.Issue apply to. The outlet is always a.outlet.
// Placeholders are numbered in the order arguments are added.
type filter struct {
	conds []string
	args  []any
}

func (q *filter) arg(v any) string {
	q.args = append(q.args, v)
	return fmt.Sprintf("$%d", len(q.args))
}

func (q *filter) add(cond string) { q.conds = append(q.conds, cond) }

func newFilter(f analysis.Filter, day, party, issue string) *filter {
	q := &filter{}
	if f.Since != "" {
		q.add(day + " >= " + q.arg(f.Since))
	}
	if f.Until != "" {
		q.add(day + " <= " + q.arg(f.Until))
	}
	if f.Outlet != "" {
		q.add("lower(a.outlet) = lower(" + q.arg(f.Outlet) + ")")
	}
	if f.Party != "" && party != "" {
		q.add(party + " = " + q.arg(f.Party))
	}
	if f.Issue != "" && issue != "" {
		q.add(issue + " = " + q.arg(f.Issue))
	}
	return q
}

// positionsFrom is the FROM clause of a query over positions that needs
// the article only to filter by outlet.
func positionsFrom(f analysis.Filter) string {
	if f.Outlet != "" {
		return " FROM positions p JOIN articles a ON a.id = p.article_id"
	}
	return " FROM positions p"
}

func (q *filter) where() string { return where(q.conds) }

// statement is the SELECT list of a position as an analysis.Statement.
const statement = `a.source_id, coalesce(a.url, ''), coalesce(a.outlet, ''), coalesce(a.published, ''),
	p.actor, coalesce(p.speaker, ''), p.stance, p.issue, p.conditional, p.text, p.span_start, p.span_end`

func scanStatement(sc interface{ Scan(...any) error }, s *analysis.Statement, more ...any) error {
	return sc.Scan(statementDest(s, more...)...)
}

// statementDest lists where the columns of statement go, then more.
func statementDest(s *analysis.Statement, more ...any) []any {
	return append([]any{&s.Article, &s.URL, &s.Outlet, &s.Date, &s.Party, &s.Speaker, &s.Stance,
		&s.Issue, &s.Conditional, &s.Text, &s.Start, &s.End}, more...)
}

// each runs query and calls fn for each row.
func (s *DB) each(ctx context.Context, what, query string, args []any, fn func(*sql.Rows) error) error {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// StanceDays counts positions per actor, issue, stance and day, from the
// positions' own copy of the date: an index-only scan.
func (s *DB) StanceDays(ctx context.Context, f analysis.Filter, fn func(analysis.StanceDay) error) error {
	q := newFilter(f, "p.published", "p.actor", "p.issue")
	query := `SELECT p.actor, p.issue, p.stance, coalesce(p.published, '') AS day, count(*)` + positionsFrom(f) + q.where() + `
		GROUP BY p.actor, p.issue, p.stance, p.published
		ORDER BY p.actor, p.issue, day, p.stance`
	return s.each(ctx, "stance days", query, q.args, func(r *sql.Rows) error {
		var d analysis.StanceDay
		if err := r.Scan(&d.Actor, &d.Issue, &d.Stance, &d.Day, &d.N); err != nil {
			return fmt.Errorf("stance days: %w", err)
		}
		return fn(d)
	})
}

// Latest returns the last position (by article id, then order in the
// article) of a cell with stance on day.
func (s *DB) Latest(ctx context.Context, f analysis.Filter, actor, issue, stance, day string) (analysis.Statement, bool, error) {
	var st analysis.Statement
	q := newFilter(f, "p.published", "", "")
	q.add("p.actor = " + q.arg(actor))
	q.add("p.issue = " + q.arg(issue))
	q.add("p.stance = " + q.arg(stance))
	if day == "" {
		q.add("p.published IS NULL")
	} else {
		q.add("p.published = " + q.arg(day))
	}
	query := `SELECT ` + statement + ` FROM positions p JOIN articles a ON a.id = p.article_id` + q.where() + `
		ORDER BY a.source_id DESC, p.seq DESC LIMIT 1`
	err := scanStatement(s.db.QueryRowContext(ctx, query, q.args...), &st)
	if err == sql.ErrNoRows {
		return st, false, nil
	}
	if err != nil {
		return st, false, fmt.Errorf("latest: %w", err)
	}
	return st, true, nil
}

// Stories counts the near-duplicate clusters (independent stories) that
// carry a stance for a cell, from the positions' own copy of the cluster.
func (s *DB) Stories(ctx context.Context, f analysis.Filter, actor, issue, stance string) (int, error) {
	q := newFilter(f, "p.published", "", "")
	q.add("p.actor = " + q.arg(actor))
	q.add("p.issue = " + q.arg(issue))
	q.add("p.stance = " + q.arg(stance))
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(DISTINCT p.cluster)`+positionsFrom(f)+q.where(), q.args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("stories: %w", err)
	}
	return n, nil
}

// Positions streams the positions of a cell, newest first, undated last.
func (s *DB) Positions(ctx context.Context, f analysis.Filter, actor, issue string, fn func(analysis.Statement) error) error {
	q := newFilter(f, "p.published", "p.actor", "p.issue")
	if actor != "" {
		q.add("p.actor = " + q.arg(actor))
	}
	if issue != "" {
		q.add("p.issue = " + q.arg(issue))
	}
	query := `SELECT ` + statement + ` FROM positions p JOIN articles a ON a.id = p.article_id` + q.where() + `
		ORDER BY p.published DESC NULLS LAST, a.source_id, p.seq`
	return s.each(ctx, "positions", query, q.args, func(r *sql.Rows) error {
		var st analysis.Statement
		if err := scanStatement(r, &st); err != nil {
			return fmt.Errorf("positions: %w", err)
		}
		return fn(st)
	})
}

// Quotes streams up to n direct quotes of party, newest first, undated
// ones only when there are too few dated: two index range scans.
func (s *DB) Quotes(ctx context.Context, f analysis.Filter, party string, n int, fn func(analysis.Statement) error) error {
	return datedFirst(n, func(dated bool, left int) (got int, err error) {
		q := newFilter(f, "t.published", "", "")
		q.add("t.party = " + q.arg(party))
		q.add("t.kind = 'direct'")
		order := " ORDER BY t.published DESC, t.article_id, t.seq"
		if dated {
			q.add("t.published IS NOT NULL")
		} else {
			q.add("t.published IS NULL")
			order = " ORDER BY t.article_id, t.seq"
		}
		query := `SELECT a.source_id, coalesce(a.url, ''), coalesce(a.outlet, ''), coalesce(t.published, ''), t.party,
				coalesce(t.speaker, ''), t.text, t.span_start, t.span_end
			FROM attributions t JOIN articles a ON a.id = t.article_id` + q.where() + order + ` LIMIT ` + q.arg(left)
		err = s.each(ctx, "quotes", query, q.args, func(r *sql.Rows) error {
			var st analysis.Statement
			if err := r.Scan(&st.Article, &st.URL, &st.Outlet, &st.Date, &st.Party, &st.Speaker, &st.Text, &st.Start, &st.End); err != nil {
				return fmt.Errorf("quotes: %w", err)
			}
			got++
			return fn(st)
		})
		return got, err
	})
}

// datedFirst runs a query for dated rows, then, while it brought fewer than
// n, once more for undated ones; run streams at most left rows and says
// how many it did.
func datedFirst(n int, run func(dated bool, left int) (int, error)) error {
	seen := 0
	for _, dated := range []bool{true, false} {
		if seen >= n {
			break
		}
		got, err := run(dated, n-seen)
		if err != nil {
			return err
		}
		seen += got
	}
	return nil
}

// AssessmentDays counts positive and negative assessments per day.
func (s *DB) AssessmentDays(ctx context.Context, f analysis.Filter, fn func(analysis.AssessmentDay) error) error {
	q := newFilter(f, "a.published", "", "")
	query := `SELECT coalesce(a.published, '') AS day,
			sum(CASE WHEN t.polarity = 'positive' THEN 1 ELSE 0 END),
			sum(CASE WHEN t.polarity = 'negative' THEN 1 ELSE 0 END)
		FROM assessments t JOIN articles a ON a.id = t.article_id` + q.where() + `
		GROUP BY a.published ORDER BY day`
	return s.each(ctx, "assessment days", query, q.args, func(r *sql.Rows) error {
		var d analysis.AssessmentDay
		if err := r.Scan(&d.Day, &d.Positive, &d.Negative); err != nil {
			return fmt.Errorf("assessment days: %w", err)
		}
		return fn(d)
	})
}

// Assessments streams the assessments, newest first, undated last.
func (s *DB) Assessments(ctx context.Context, f analysis.Filter, fn func(analysis.Assessment) error) error {
	q := newFilter(f, "a.published", "", "")
	query := `SELECT a.source_id, coalesce(a.url, ''), coalesce(a.outlet, ''), coalesce(a.published, ''),
			coalesce(t.source, ''), t.polarity, t.text, t.span_start, t.span_end
		FROM assessments t JOIN articles a ON a.id = t.article_id` + q.where() + `
		ORDER BY a.published DESC NULLS LAST, a.source_id, t.seq`
	return s.each(ctx, "assessments", query, q.args, func(r *sql.Rows) error {
		var x analysis.Assessment
		if err := r.Scan(&x.Article, &x.URL, &x.Outlet, &x.Date, &x.Speaker, &x.Polarity, &x.Text, &x.Start, &x.End); err != nil {
			return fmt.Errorf("assessments: %w", err)
		}
		return fn(x)
	})
}

// Figures streams the figures that have a measure, by measure, unit and
// day, undated last.
func (s *DB) Figures(ctx context.Context, f analysis.Filter, fn func(analysis.Figure) error) error {
	q := newFilter(f, "a.published", "", "")
	q.add("t.measure IS NOT NULL")
	query := `SELECT a.source_id, coalesce(a.url, ''), coalesce(a.outlet, ''), coalesce(a.published, ''),
			t.value, t.qualifier, t.unit, t.measure, coalesce(t.source, ''), t.text, t.span_start, t.span_end
		FROM figures t JOIN articles a ON a.id = t.article_id` + q.where() + `
		ORDER BY t.measure, t.unit, a.published NULLS LAST, a.source_id, t.seq`
	return s.each(ctx, "figures", query, q.args, func(r *sql.Rows) error {
		var x analysis.Figure
		if err := r.Scan(&x.Article, &x.URL, &x.Outlet, &x.Date, &x.Value, &x.Qualifier, &x.Unit, &x.Measure,
			&x.Speaker, &x.Text, &x.Start, &x.End); err != nil {
			return fmt.Errorf("figures: %w", err)
		}
		return fn(x)
	})
}

// notesFrom is the FROM clause of a query over the notes table t (with
// copies of its positions' actor, issue and date) that needs the article
// only to filter by outlet.
func notesFrom(table string, f analysis.Filter) string {
	if f.Outlet != "" {
		return " FROM " + table + " n JOIN articles a ON a.id = n.article_id"
	}
	return " FROM " + table + " n"
}

// Drafts counts the positions naming each draft per actor and issue, from
// an index of draft_names alone.
func (s *DB) Drafts(ctx context.Context, f analysis.Filter, fn func(analysis.DraftCount) error) error {
	q := newFilter(f, "n.published", "n.actor", "n.issue")
	query := `SELECT n.name_key, min(n.name), n.actor, n.issue, count(*), coalesce(min(n.published), ''),
			coalesce(max(n.published), ''), coalesce(min(n.duration), '')` + notesFrom("draft_names", f) + q.where() + `
		GROUP BY n.name_key, n.actor, n.issue
		ORDER BY n.name_key, min(n.published) IS NULL, min(n.published), n.issue, n.actor`
	return s.each(ctx, "drafts", query, q.args, func(r *sql.Rows) error {
		var c analysis.DraftCount
		if err := r.Scan(&c.Key, &c.Name, &c.Actor, &c.Issue, &c.N, &c.First, &c.Last, &c.Duration); err != nil {
			return fmt.Errorf("drafts: %w", err)
		}
		return fn(c)
	})
}

// DraftEvidence streams the first n positions naming the draft key, dated
// ones by date (an index range scan), then undated ones, each in the
// order of the articles' ids.
func (s *DB) DraftEvidence(ctx context.Context, f analysis.Filter, key string, n int, fn func(analysis.Statement) error) error {
	return datedFirst(n, func(dated bool, left int) (got int, err error) {
		q := newFilter(f, "n.published", "n.actor", "n.issue")
		q.add("n.name_key = " + q.arg(key))
		if dated {
			q.add("n.published IS NOT NULL")
		} else {
			q.add("n.published IS NULL")
		}
		query := `SELECT ` + statement + ` FROM draft_names n
			JOIN positions p ON p.article_id = n.article_id AND p.seq = n.seq
			JOIN articles a ON a.id = n.article_id` + q.where() + `
			ORDER BY n.published, n.article_id, n.seq LIMIT ` + q.arg(left)
		err = s.each(ctx, "draft evidence", query, q.args, func(r *sql.Rows) error {
			var st analysis.Statement
			if err := scanStatement(r, &st); err != nil {
				return fmt.Errorf("draft evidence: %w", err)
			}
			got++
			return fn(st)
		})
		return got, err
	})
}

// VenueDays reads the talks per venue and day in two queries: the
// mediators named, from talk_venues alone, then the first n reports of
// each day (by article id and order in the article) with the
// assessments of their articles.
func (s *DB) VenueDays(ctx context.Context, f analysis.Filter, n int, fn func(analysis.VenueDay) error) error {
	q := newFilter(f, "n.published", "n.actor", "n.issue")
	query := `SELECT n.venue, coalesce(n.published, ''), n.mediators` + notesFrom("talk_venues", f) + q.where() + `
		GROUP BY n.venue, n.published, n.mediators`
	type day struct{ venue, day string }
	var days []*analysis.VenueDay
	byDay := map[day]*analysis.VenueDay{}
	err := s.each(ctx, "venues", query, q.args, func(r *sql.Rows) error {
		var k day
		var mediators string
		if err := r.Scan(&k.venue, &k.day, &mediators); err != nil {
			return fmt.Errorf("venues: %w", err)
		}
		d := byDay[k]
		if d == nil {
			d = &analysis.VenueDay{Venue: k.venue, Day: k.day}
			byDay[k] = d
			days = append(days, d)
		}
		for _, m := range strings.Split(mediators, ",") {
			if m != "" && !slices.Contains(d.Mediators, m) {
				d.Mediators = append(d.Mediators, m)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	query = `SELECT n.venue, ` + statement + `,
			(SELECT count(*) FROM assessments x WHERE x.article_id = p.article_id AND x.polarity = 'positive'),
			(SELECT count(*) FROM assessments x WHERE x.article_id = p.article_id AND x.polarity <> 'positive')
		FROM (SELECT n.article_id, n.seq, n.venue, row_number() OVER (PARTITION BY n.venue, n.published ORDER BY n.article_id, n.seq) AS nth` +
		notesFrom("talk_venues", f) + q.where() + `) n
		JOIN positions p ON p.article_id = n.article_id AND p.seq = n.seq
		JOIN articles a ON a.id = n.article_id
		WHERE n.nth <= ` + q.arg(n) + `
		ORDER BY n.nth`
	err = s.each(ctx, "venue reports", query, q.args, func(r *sql.Rows) error {
		var t analysis.TalkReport
		var venue string
		if err := r.Scan(append([]any{&venue}, statementDest(&t.Statement, &t.Positive, &t.Negative)...)...); err != nil {
			return fmt.Errorf("venue reports: %w", err)
		}
		if d := byDay[day{venue, t.Date}]; d != nil {
			d.Reports = append(d.Reports, t)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, d := range days {
		if err := fn(*d); err != nil {
			return err
		}
	}
	return nil
}

// Words sums the words of each outlet's articles, from an index alone.
func (s *DB) Words(ctx context.Context, f analysis.Filter, fn func(outlet string, words int) error) error {
	q := newFilter(f, "a.published", "", "")
	query := `SELECT coalesce(a.outlet, ''), coalesce(sum(a.words), 0) FROM articles a` + q.where() + ` GROUP BY a.outlet`
	return s.each(ctx, "words", query, q.args, func(r *sql.Rows) error {
		var outlet string
		var words int
		if err := r.Scan(&outlet, &words); err != nil {
			return fmt.Errorf("words: %w", err)
		}
		return fn(outlet, words)
	})
}

// TermUses sums the uses of each loaded term per outlet. article_terms
// carries copies of its article's outlet and date, so it is named a here
// and the filter applies to it without a join.
func (s *DB) TermUses(ctx context.Context, f analysis.Filter, fn func(outlet string, t analysis.TermNote) error) error {
	q := newFilter(f, "a.published", "", "")
	query := `SELECT coalesce(a.outlet, ''), a.term, a.neutral, sum(a.loaded_n), sum(a.neutral_n)
		FROM article_terms a` + q.where() + ` GROUP BY a.outlet, a.term, a.neutral`
	return s.each(ctx, "term uses", query, q.args, func(r *sql.Rows) error {
		var outlet string
		var t analysis.TermNote
		if err := r.Scan(&outlet, &t.Term, &t.Neutral, &t.LoadedN, &t.NeutralN); err != nil {
			return fmt.Errorf("term uses: %w", err)
		}
		return fn(outlet, t)
	})
}
