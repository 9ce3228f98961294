package server

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
	_ "modernc.org/sqlite"             // the "sqlite" driver
)

// The server reads the tables of store/migrations through its own
// connection: read-only for SQLite, so that no page can write, and free
// of the Store interface, which has no listing queries. Writes (ingest)
// go through store.Store like `parley ingest`.

// OpenReader opens a read connection to the database named as in
// `parley --db`: a postgres:// URL or an SQLite path. The schema must
// already exist (open the store first).
func OpenReader(ctx context.Context, db string) (*sql.DB, error) {
	var conn *sql.DB
	var err error
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		conn, err = sql.Open("pgx", db)
	} else {
		conn, err = sql.Open("sqlite", "file:"+db+"?mode=ro&_pragma=busy_timeout(5000)&_pragma=query_only(1)&_pragma=cache_size(-65536)")
	}
	if err != nil {
		return nil, fmt.Errorf("open reader: %w", err)
	}
	if err := conn.PingContext(ctx); err != nil {
		conn.Close()
		return nil, fmt.Errorf("open reader: %w", err)
	}
	return conn, nil
}

// Filter selects statements, figures and articles. Empty fields do not
// filter; Person is a stored speaker name, matched with every name merged
// with it.
type Filter struct {
	Party, Person, Issue, Outlet, Since, Until, Kind string
	Limit, Offset                                    int
}

// ArticleRow is an article without its text.
type ArticleRow struct {
	ID        string `json:"id"`
	Source    string `json:"source_id"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Title     string `json:"title"`
}

// Fact is one extracted record with its article and span: an attribution,
// a position, a figure or an assessment. Fields a kind does not have stay
// empty. Anchor is the id of its evidence on the article page.
type Fact struct {
	Kind      string  `json:"kind"`
	Anchor    string  `json:"anchor"`
	Article   string  `json:"article"`
	Title     string  `json:"title"`
	Outlet    string  `json:"outlet"`
	Published string  `json:"published"`
	Date      string  `json:"date"` // the day the sentence dates it to, else the article's date
	Speaker   string  `json:"speaker"`
	Party     string  `json:"party"`
	Stance    string  `json:"stance"`
	Issue     string  `json:"issue"`
	Polarity  string  `json:"polarity"`
	Value     float64 `json:"value"`
	Qualifier string  `json:"qualifier"`
	Unit      string  `json:"unit"`
	Measure   string  `json:"measure"`
	Text      string  `json:"text"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
}

// Doc is one article with its text and every fact found in it.
type Doc struct {
	ArticleRow
	Text  string `json:"text"`
	Facts []Fact `json:"facts"`
}

// Person is a speaker (merged names counted as one) and how often quoted.
type Person struct {
	Name       string `json:"name"`
	Party      string `json:"party"`
	Statements int    `json:"statements"`
}

// queries holds the SQL the pages and the API run. newest orders articles
// newest first in the order of the engine's date index, so that a page
// of a list can stop early: in SQLite the index breaks ties by rowid.
type queries struct {
	db     *sql.DB
	newest string
}

func newQueries(db *sql.DB) queries {
	if strings.Contains(fmt.Sprintf("%T", db.Driver()), "sqlite") {
		return queries{db, "a.published DESC, a.rowid DESC"}
	}
	return queries{db, "a.published DESC, a.id"}
}

const articleCols = `CAST(a.id AS TEXT), a.source_id, coalesce(a.url, ''), coalesce(a.outlet, ''), coalesce(a.published, ''), coalesce(a.title, '')`

func scanArticle(sc interface{ Scan(...any) error }, a *ArticleRow, more ...any) error {
	return sc.Scan(append([]any{&a.ID, &a.Source, &a.URL, &a.Outlet, &a.Published, &a.Title}, more...)...)
}

// builder collects the conditions and numbered arguments of a query.
type builder struct {
	conds []string
	args  []any
}

func (b *builder) arg(v any) string {
	b.args = append(b.args, v)
	return "$" + strconv.Itoa(len(b.args))
}

func (b *builder) where(cond string, v any) { b.conds = append(b.conds, fmt.Sprintf(cond, b.arg(v))) }

func (b *builder) sql() string {
	if len(b.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(b.conds, " AND ")
}

func (b *builder) articleFilter(f Filter) {
	if f.Outlet != "" {
		b.where("lower(a.outlet) = lower(%s)", f.Outlet)
	}
	if f.Since != "" {
		b.where("a.published >= %s", f.Since)
	}
	if f.Until != "" {
		b.where("a.published <= %s", f.Until)
	}
}

func (b *builder) page(f Filter) string {
	return " LIMIT " + b.arg(f.Limit) + " OFFSET " + b.arg(f.Offset)
}

// Articles lists articles, newest first.
func (q queries) Articles(ctx context.Context, f Filter) ([]ArticleRow, error) {
	var b builder
	b.articleFilter(f)
	rows, err := q.db.QueryContext(ctx, "SELECT "+articleCols+" FROM articles a"+b.sql()+
		" ORDER BY "+q.newest+b.page(f), b.args...)
	if err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	defer rows.Close()
	out := []ArticleRow{}
	for rows.Next() {
		var a ArticleRow
		if err := scanArticle(rows, &a); err != nil {
			return nil, fmt.Errorf("articles: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// factCols reads each kind of fact (from its table, alias t) in one
// shape: the columns of Fact after the article's.
var factCols = map[string]string{
	"attribution": `'attribution', coalesce(t.said_from, a.published, ''), coalesce(t.speaker, ''), coalesce(t.party, ''),
		'', '', '', 0.0, '', '', '', t.text, t.span_start, t.span_end`,
	"position": `'position', coalesce(t.said_from, a.published, ''), coalesce(t.speaker, ''), t.actor,
		t.stance, t.issue, '', 0.0, '', '', '', t.text, t.span_start, t.span_end`,
	"figure": `'figure', coalesce(a.published, ''), coalesce(t.source, ''), '',
		'', '', '', t.value, t.qualifier, t.unit, coalesce(t.measure, ''), t.text, t.span_start, t.span_end`,
	"assessment": `'assessment', coalesce(a.published, ''), coalesce(t.source, ''), '',
		'', '', t.polarity, 0.0, '', '', '', t.text, t.span_start, t.span_end`,
}

// factTables names the table of each kind, in the order an article page
// shows them.
var factTables = [][2]string{{"attribution", "attributions"}, {"position", "positions"}, {"figure", "figures"}, {"assessment", "assessments"}}

func factTable(kind string) string {
	for _, k := range factTables {
		if k[0] == kind {
			return k[1]
		}
	}
	return ""
}

func scanFacts(rows *sql.Rows) ([]Fact, error) {
	defer rows.Close()
	out := []Fact{}
	for rows.Next() {
		var f Fact
		var a ArticleRow
		if err := scanArticle(rows, &a, &f.Kind, &f.Date, &f.Speaker, &f.Party, &f.Stance, &f.Issue,
			&f.Polarity, &f.Value, &f.Qualifier, &f.Unit, &f.Measure, &f.Text, &f.Start, &f.End); err != nil {
			return nil, err
		}
		f.Article, f.Title, f.Outlet, f.Published = a.ID, a.Title, a.Outlet, a.Published
		f.Anchor = anchor(f.Kind, f.Start, f.End)
		out = append(out, f)
	}
	return out, rows.Err()
}

// Facts lists facts of one kind (f.Kind: attribution, position, figure or
// assessment), newest article first. The CROSS JOIN makes SQLite walk the
// articles in date order and look their facts up by key, stopping at the
// page's end; the filters on facts are written as expressions so that it
// uses no index of theirs instead. A page then costs the same however many
// facts the database holds. PostgreSQL plans it freely.
func (q queries) Facts(ctx context.Context, f Filter) ([]Fact, error) {
	table := factTable(f.Kind)
	if table == "" {
		return nil, fmt.Errorf("facts: no kind %q", f.Kind)
	}
	b := builder{conds: []string{"t.article_id = a.id"}}
	b.articleFilter(f)
	if f.Party != "" {
		col := map[string]string{"attribution": "coalesce(t.party, '')", "position": "t.actor || ''"}[f.Kind]
		if col == "" {
			return []Fact{}, nil
		}
		b.where(col+" = %s", f.Party)
	}
	if f.Issue != "" {
		if f.Kind != "position" {
			return []Fact{}, nil
		}
		b.where("t.issue || '' = %s", f.Issue)
	}
	if f.Person != "" {
		if f.Kind != "attribution" && f.Kind != "position" {
			return []Fact{}, nil
		}
		b.where(`coalesce(t.speaker_id, 0) IN (SELECT p.id FROM people p WHERE coalesce(p.canonical_id, p.id) IN
			(SELECT coalesce(q.canonical_id, q.id) FROM people q WHERE q.name = %s))`, f.Person)
	}
	rows, err := q.db.QueryContext(ctx, "SELECT "+articleCols+", "+factCols[f.Kind]+" FROM articles a CROSS JOIN "+table+" t"+
		b.sql()+" ORDER BY "+q.newest+", t.seq"+b.page(f), b.args...)
	if err != nil {
		return nil, fmt.Errorf("%ss: %w", f.Kind, err)
	}
	facts, err := scanFacts(rows)
	if err != nil {
		return nil, fmt.Errorf("%ss: %w", f.Kind, err)
	}
	return facts, nil
}

// Article returns an article with its text and facts, or nil when there
// is no article with that id.
func (q queries) Article(ctx context.Context, id string) (*Doc, error) {
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil {
		return nil, nil
	}
	var d Doc
	row := q.db.QueryRowContext(ctx, "SELECT "+articleCols+", a.text FROM articles a WHERE a.id = $1", n)
	switch err := scanArticle(row, &d.ArticleRow, &d.Text); {
	case err == sql.ErrNoRows:
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	d.Facts = []Fact{}
	for _, k := range factTables {
		rows, err := q.db.QueryContext(ctx, "SELECT "+articleCols+", "+factCols[k[0]]+" FROM "+k[1]+
			" t JOIN articles a ON a.id = t.article_id WHERE t.article_id = $1 ORDER BY t.seq", n)
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", id, err)
		}
		facts, err := scanFacts(rows)
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", id, err)
		}
		d.Facts = append(d.Facts, facts...)
	}
	return &d, nil
}

// ArticleID returns the id of the first article stored with the given
// source id, or "" when there is none.
func (q queries) ArticleID(ctx context.Context, source string) (string, error) {
	var id sql.NullString
	err := q.db.QueryRowContext(ctx, `SELECT CAST(min(id) AS TEXT) FROM articles WHERE source_id = $1`, source).Scan(&id)
	if err != nil {
		return "", fmt.Errorf("article %q: %w", source, err)
	}
	return id.String, nil
}

// People lists speakers, merged names as one, most quoted first, with the
// party their statements name most often.
func (q queries) People(ctx context.Context) ([]Person, error) {
	rows, err := q.db.QueryContext(ctx, `SELECT c.name, coalesce(s.party, ''), count(*) AS n
		FROM (SELECT speaker_id, party FROM attributions UNION ALL SELECT speaker_id, actor FROM positions) s
		JOIN people p ON p.id = s.speaker_id JOIN people c ON c.id = coalesce(p.canonical_id, p.id)
		GROUP BY c.name, s.party ORDER BY n DESC, c.name`)
	if err != nil {
		return nil, fmt.Errorf("people: %w", err)
	}
	defer rows.Close()
	out := []Person{}
	seen := map[string]int{}
	for rows.Next() {
		var p Person
		if err := rows.Scan(&p.Name, &p.Party, &p.Statements); err != nil {
			return nil, fmt.Errorf("people: %w", err)
		}
		if i, ok := seen[p.Name]; ok {
			out[i].Statements += p.Statements
			continue
		}
		seen[p.Name] = len(out)
		out = append(out, p)
	}
	return out, rows.Err()
}

// strings1 runs a query of one text column.
func (q queries) strings1(ctx context.Context, query string) ([]string, error) {
	rows, err := q.db.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// anchor names a fact's evidence on its article page by its kind and span
// ("p-120-245"), so that anything holding a span can link to it.
func anchor(kind string, start, end int) string {
	return fmt.Sprintf("%s-%d-%d", anchorPrefix[kind], start, end)
}

var anchorPrefix = map[string]string{"attribution": "q", "position": "p", "figure": "f", "assessment": "s"}
