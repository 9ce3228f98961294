package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/analysis"
	"github.com/parley-news/parley/dedup"
	"github.com/parley-news/parley/pack"
)

// article is a reading with the keys the store derives from it.
type article struct {
	r     *parley.Reading
	id    int64
	key   string
	url   string
	hash  string
	sig   dedup.Sig
	notes analysis.Notes
	// The days each attribution and position is dated to (from and to,
	// NULL when unknown), in the order of the reading.
	attributionDays, positionDays [][2]any
}

func newArticle(r *parley.Reading, packs *pack.Set) article {
	sum := sha256.Sum256([]byte(r.Article.Text))
	a := article{r: r, hash: hex.EncodeToString(sum[:]), url: canonicalURL(r.Article.URL)}
	a.key = a.url
	if a.key == "" {
		a.key = "sha256:" + a.hash
	}
	a.id = rowID("article", a.key)
	a.sig = dedup.Signature(r.Article.Text)
	a.notes = analysis.Annotate(r, packs)
	when := newDater(&r.Article)
	for _, at := range r.Attributions {
		a.attributionDays = append(a.attributionDays, [2]any{when.from(at.Span), when.to(at.Span)})
	}
	for _, p := range r.Positions {
		a.positionDays = append(a.positionDays, [2]any{when.from(p.Span), when.to(p.Span)})
	}
	return a
}

// rowID derives a row's id from its natural key: the first 63 bits of a
// SHA-256, so that every engine and every run agree on it.
func rowID(kind, key string) int64 {
	sum := sha256.Sum256([]byte(kind + "\x00" + key))
	return int64(binary.BigEndian.Uint64(sum[:8]) >> 1)
}

// canonicalURL identifies a page by its URL: scheme and host in lower
// case, without the default port, the fragment or tracking parameters.
// A string that is not an absolute http(s) URL is kept as it is.
func canonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") { // Parse lowers the scheme
		return raw
	}
	u.Host = strings.ToLower(u.Host)
	if p := u.Port(); (p == "80" && u.Scheme == "http") || (p == "443" && u.Scheme == "https") {
		u.Host = u.Hostname()
	}
	u.Fragment, u.RawFragment = "", ""
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			if strings.HasPrefix(strings.ToLower(k), "utm_") {
				q.Del(k)
			}
		}
		u.RawQuery = q.Encode()
	}
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String()
}

// The statements of a write, with $n placeholders (both engines take them).
const (
	upsertArticle = `INSERT INTO articles
	(id, key, hash, read_with, source_id, url, outlet, published, title, dateline, body_start, text, cluster, words)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
	ON CONFLICT (key) DO UPDATE SET hash = excluded.hash, read_with = excluded.read_with,
		source_id = excluded.source_id, url = excluded.url, outlet = excluded.outlet,
		published = excluded.published, title = excluded.title, dateline = excluded.dateline,
		body_start = excluded.body_start, text = excluded.text, cluster = excluded.cluster, words = excluded.words
	WHERE (articles.hash <> excluded.hash AND NOT EXISTS
			(SELECT 1 FROM article_versions v WHERE v.article_id = articles.id AND v.hash = excluded.hash))
		OR (articles.hash = excluded.hash AND articles.read_with <> excluded.read_with)
	RETURNING id`
	insertPack = `INSERT INTO packs (id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING`
	insertSig  = `INSERT INTO article_sigs (article_id, sig) VALUES ($1, $2)`
)

// The tables whose rows a batch writes at its end, many rows a statement,
// in an order that inserts no row before one it refers to.
var (
	persons      = &table{name: "people", cols: "id, name", tail: " ON CONFLICT DO NOTHING"}
	versions     = &table{name: "article_versions", cols: "article_id, hash", tail: " ON CONFLICT DO NOTHING"}
	articlePacks = &table{name: "article_packs", cols: "article_id, pack_id", tail: " ON CONFLICT DO NOTHING"}
	attributions = &table{name: "attributions", cols: "article_id, seq, speaker_id, speaker, speaker_alt, speaker_mention, anonymous, role, org, party, cue, medium, kind, text, span_start, span_end, parts, said_from, said_to, published"}
	positions    = &table{name: "positions", cols: "article_id, seq, actor, speaker_id, speaker, stance, issue, conditional, text, span_start, span_end, said_from, said_to, published, cluster"}
	figures      = &table{name: "figures", cols: "article_id, seq, value, qualifier, unit, measure, source, text, span_start, span_end"}
	assessments  = &table{name: "assessments", cols: "article_id, seq, source, polarity, text, span_start, span_end"}
	draftNames   = &table{name: "draft_names", cols: "article_id, seq, name, name_key, duration, actor, issue, published"}
	talkVenues   = &table{name: "talk_venues", cols: "article_id, seq, venue, mediators, actor, issue, published"}
	articleTerms = &table{name: "article_terms", cols: "article_id, term, neutral, outlet, published, loaded_n, neutral_n"}
	tables       = []*table{persons, versions, articlePacks, attributions, positions, figures, assessments, draftNames, talkVenues, articleTerms}
)

// factTables hold what an article says; they are emptied before its facts
// are written again.
var factTables = []string{"attributions", "positions", "figures", "assessments", "article_packs", "article_bands",
	"draft_names", "talk_venues", "article_terms"}

// rowsPerInsert is how many rows one INSERT writes: a call into the
// database costs about as much as the rows it writes, so a batch's facts
// go in few calls (well under both engines' limit on placeholders).
const rowsPerInsert = 64

// table is a multi-row INSERT into one table.
type table struct {
	name, cols, tail string
}

// insert returns the statement inserting rows rows of t, with the
// placeholders ph writes.
func (t *table) insert(rows int, ph func(int) string) string {
	n := t.width()
	var b strings.Builder
	b.WriteString("INSERT INTO " + t.name + " (" + t.cols + ") VALUES ")
	for r := range rows {
		if r > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		for c := range n {
			if c > 0 {
				b.WriteString(", ")
			}
			b.WriteString(ph(r*n + c + 1))
		}
		b.WriteByte(')')
	}
	b.WriteString(t.tail)
	return b.String()
}

// dollar writes the placeholders both engines take: $1, $2...
func dollar(n int) string { return "$" + strconv.Itoa(n) }

// width is the number of columns of t.
func (t *table) width() int { return strings.Count(t.cols, ",") + 1 }

// deleteSig removes an article's signature. Every stored article has one,
// so whether it removed a row tells whether the article was stored before.
var deleteSig = deleteFacts("article_sigs")

// insertBands stores an article's band hashes ($2..) in one statement.
var insertBands = func() string {
	values := make([]string, dedup.NumBands)
	for i := range values {
		values[i] = fmt.Sprintf("($%d, $1)", i+2)
	}
	return "INSERT INTO article_bands (band, article_id) VALUES " + strings.Join(values, ", ") + " ON CONFLICT DO NOTHING"
}()

// maxClusterCandidates bounds the articles clusterCandidates returns,
// which keeps the lookup cheap when one wire story has been stored many
// times: any of its copies names the cluster.
const maxClusterCandidates = 16

// clusterCandidates finds stored articles sharing an LSH band with $1..$16,
// other than $17.
var clusterCandidates = func() string {
	ph := make([]string, dedup.NumBands)
	for i := range ph {
		ph[i] = fmt.Sprintf("$%d", i+1)
	}
	return fmt.Sprintf(`SELECT a.id, a.cluster, s.sig FROM
	(SELECT article_id FROM article_bands WHERE band IN (%s) AND article_id <> $%d LIMIT %d) b
	JOIN articles a ON a.id = b.article_id JOIN article_sigs s ON s.article_id = b.article_id`,
		strings.Join(ph, ", "), dedup.NumBands+1, maxClusterCandidates)
}()

// writer writes articles within one transaction with prepared
// statements. Articles, their signatures and bands are written as they
// come (finding near-duplicates reads them); the other rows wait in rows
// and are written by flush, many to a statement.
type writer struct {
	tx      *sql.Tx
	stmts   map[string]*sql.Stmt
	people  map[int64]bool // already inserted in this transaction
	packs   map[int64]bool
	rows    map[*table][]any // the values of rows not yet written, row after row
	pending map[int64]bool   // articles with rows not yet written
	ph      func(int) string // the placeholders of multi-row inserts
}

// newWriter returns a writer in tx whose multi-row inserts use the
// placeholders ph writes (nil: $n).
func newWriter(ctx context.Context, tx *sql.Tx, ph func(int) string) (*writer, error) {
	if ph == nil {
		ph = dollar
	}
	w := &writer{tx: tx, stmts: map[string]*sql.Stmt{}, people: map[int64]bool{}, packs: map[int64]bool{},
		rows: map[*table][]any{}, pending: map[int64]bool{}, ph: ph}
	queries := []string{upsertArticle, insertPack, insertBands, insertSig, deleteSig, clusterCandidates}
	for _, t := range factTables {
		queries = append(queries, deleteFacts(t))
	}
	for _, q := range queries {
		if _, err := w.prepare(ctx, q); err != nil {
			w.close()
			return nil, err
		}
	}
	return w, nil
}

// prepare returns the prepared statement of q, preparing it once.
func (w *writer) prepare(ctx context.Context, q string) (*sql.Stmt, error) {
	if st := w.stmts[q]; st != nil {
		return st, nil
	}
	st, err := w.tx.PrepareContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("prepare: %w", err)
	}
	w.stmts[q] = st
	return st, nil
}

func deleteFacts(table string) string {
	return "DELETE FROM " + table + " WHERE article_id = $1"
}

func (w *writer) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}

func (w *writer) exec(ctx context.Context, query string, args ...any) error {
	_, err := w.stmts[query].ExecContext(ctx, args...)
	return err
}

// add queues a row of t for article.
func (w *writer) add(t *table, article int64, values ...any) {
	w.rows[t] = append(w.rows[t], values...)
	w.pending[article] = true
}

// flush writes the queued rows: rowsPerInsert at a time with one
// prepared statement per table, then the rest in one statement.
func (w *writer) flush(ctx context.Context) error {
	for _, t := range tables {
		vals, n := w.rows[t], t.width()
		for len(vals) > 0 {
			rows := min(len(vals)/n, rowsPerInsert)
			q := t.insert(rows, w.ph)
			var err error
			if rows == rowsPerInsert {
				var st *sql.Stmt
				if st, err = w.prepare(ctx, q); err == nil {
					_, err = st.ExecContext(ctx, vals[:rows*n]...)
				}
			} else {
				_, err = w.tx.ExecContext(ctx, q, vals[:rows*n]...)
			}
			if err != nil {
				return fmt.Errorf("store %s: %w", t.name, err)
			}
			vals = vals[rows*n:]
		}
		w.rows[t] = w.rows[t][:0]
	}
	clear(w.pending)
	return nil
}

// What write did to an article.
type change int

const (
	unchanged change = iota
	added
	replaced
)

// write stores one article and its facts. unindex, if not nil, runs
// before the facts of an article stored before are removed.
func (w *writer) write(ctx context.Context, a *article, unindex func(context.Context, *sql.Tx, int64) error) (change, error) {
	cluster, err := w.cluster(ctx, a)
	if err != nil {
		return unchanged, fmt.Errorf("find near-duplicates: %w", err)
	}
	art := &a.r.Article
	var id int64
	err = w.stmts[upsertArticle].QueryRowContext(ctx, a.id, a.key, a.hash, strings.Join(a.r.Packs, ","),
		art.ID, null(a.url), null(art.Outlet), null(art.Published), null(art.Title), null(art.Dateline),
		art.BodyStart, art.Text, cluster, a.notes.Words).Scan(&id)
	if err == sql.ErrNoRows {
		return unchanged, nil
	}
	if err != nil {
		return unchanged, fmt.Errorf("store article: %w", err)
	}
	c, err := w.clear(ctx, id, unindex)
	if err != nil {
		return unchanged, err
	}
	w.add(versions, id, id, a.hash)
	if err := w.writeFacts(ctx, id, cluster, a); err != nil {
		return unchanged, err
	}
	return c, nil
}

// clear removes the facts of article id, if it was stored before, and
// reports whether it was.
func (w *writer) clear(ctx context.Context, id int64, unindex func(context.Context, *sql.Tx, int64) error) (change, error) {
	res, err := w.stmts[deleteSig].ExecContext(ctx, id)
	if err != nil {
		return unchanged, fmt.Errorf("clear signature: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return unchanged, fmt.Errorf("clear signature: %w", err)
	} else if n == 0 {
		return added, nil
	}
	if w.pending[id] { // stored earlier in this batch: its rows go before they are cleared
		if err := w.flush(ctx); err != nil {
			return unchanged, err
		}
	}
	if unindex != nil {
		if err := unindex(ctx, w.tx, id); err != nil {
			return unchanged, fmt.Errorf("unindex: %w", err)
		}
	}
	for _, t := range factTables {
		if err := w.exec(ctx, deleteFacts(t), id); err != nil {
			return unchanged, fmt.Errorf("clear %s: %w", t, err)
		}
	}
	return replaced, nil
}

// cluster returns the cluster of the stored article most similar to a
// (ties to the lowest id), or a's own id when none is a near-duplicate.
func (w *writer) cluster(ctx context.Context, a *article) (int64, error) {
	args := make([]any, 0, dedup.NumBands+1)
	for _, b := range a.sig.Bands() {
		args = append(args, int64(b))
	}
	args = append(args, a.id)
	rows, err := w.stmts[clusterCandidates].QueryContext(ctx, args...)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	best, bestID, bestSim := a.id, int64(-1), 0.0
	for rows.Next() {
		var id, cluster int64
		var blob []byte
		var sig dedup.Sig
		if err := rows.Scan(&id, &cluster, &blob); err != nil {
			return 0, err
		}
		if err := sig.UnmarshalBinary(blob); err != nil {
			return 0, fmt.Errorf("signature of article %d: %w", id, err)
		}
		sim := dedup.Similarity(a.sig, sig)
		if sim >= dedup.Threshold && (sim > bestSim || (sim == bestSim && id < bestID)) {
			best, bestID, bestSim = cluster, id, sim
		}
	}
	return best, rows.Err()
}

func (w *writer) writeFacts(ctx context.Context, id, cluster int64, a *article) error {
	r := a.r
	if err := checkSpans(r); err != nil {
		return err
	}
	published := null(r.Article.Published)
	for _, name := range r.Packs {
		pid := rowID("pack", name)
		if !w.packs[pid] {
			if err := w.exec(ctx, insertPack, pid, name); err != nil {
				return fmt.Errorf("store pack %s: %w", name, err)
			}
			w.packs[pid] = true
		}
		w.add(articlePacks, id, id, pid)
	}
	sig, err := a.sig.MarshalBinary()
	if err != nil {
		return fmt.Errorf("signature: %w", err)
	}
	if err := w.exec(ctx, insertSig, id, sig); err != nil {
		return fmt.Errorf("store signature: %w", err)
	}
	bands := make([]any, 1, dedup.NumBands+1)
	bands[0] = id
	for _, b := range a.sig.Bands() {
		bands = append(bands, int64(b))
	}
	if err := w.exec(ctx, insertBands, bands...); err != nil {
		return fmt.Errorf("store bands: %w", err)
	}
	for i, at := range r.Attributions {
		speaker := w.person(at.Speaker)
		alt, err := json.Marshal(orEmpty(at.SpeakerAlt))
		if err != nil {
			return fmt.Errorf("attribution %d: %w", i, err)
		}
		var parts any
		if len(at.Parts) > 0 {
			b, err := json.Marshal(at.Parts)
			if err != nil {
				return fmt.Errorf("attribution %d: %w", i, err)
			}
			parts = string(b)
		}
		w.add(attributions, id, id, i, speaker, null(at.Speaker), string(alt), null(at.SpeakerMention),
			at.Anonymous, null(at.Role), null(at.Org), null(at.Party), at.Cue, null(at.Medium), at.Kind, at.Text,
			at.Start, at.End, parts, a.attributionDays[i][0], a.attributionDays[i][1], published)
	}
	for i, p := range r.Positions {
		speaker := w.person(p.Speaker)
		w.add(positions, id, id, i, p.Actor, speaker, null(p.Speaker), p.Stance, p.Issue,
			p.Conditional, p.Text, p.Start, p.End, a.positionDays[i][0], a.positionDays[i][1], published, cluster)
	}
	for i, f := range r.Figures {
		w.add(figures, id, id, i, f.Value, f.Qualifier, f.Unit, null(f.Measure), null(f.Source), f.Text, f.Start, f.End)
	}
	for i, as := range r.Assessments {
		w.add(assessments, id, id, i, null(as.Source), as.Polarity, as.Text, as.Start, as.End)
	}
	for _, d := range a.notes.Drafts {
		p := r.Positions[d.Position]
		w.add(draftNames, id, id, d.Position, d.Name, d.Key, null(d.Duration), p.Actor, p.Issue, published)
	}
	for _, v := range a.notes.Venues {
		p := r.Positions[v.Position]
		w.add(talkVenues, id, id, v.Position, v.Venue, strings.Join(v.Mediators, ","), p.Actor, p.Issue, published)
	}
	for _, t := range a.notes.Terms {
		w.add(articleTerms, id, id, t.Term, t.Neutral, null(r.Article.Outlet), published, t.LoadedN, t.NeutralN)
	}
	return nil
}

// person queues a speaker's name and returns its id; nil for no name.
func (w *writer) person(name string) any {
	if name == "" {
		return nil
	}
	id := rowID("person", name)
	if !w.people[id] {
		w.rows[persons] = append(w.rows[persons], id, name)
		w.people[id] = true
	}
	return id
}

// null stores the empty string, parley's "unknown", as NULL.
func null(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// checkSpans makes sure every fact's span lies in the article's text: no
// fact is stored without its evidence.
func checkSpans(r *parley.Reading) error {
	n := len(r.Article.Text)
	check := func(kind string, i int, sp parley.Span) error {
		if sp.Start < 0 || sp.Start > sp.End || sp.End > n {
			return fmt.Errorf("%s %d: span %d:%d outside the text (%d bytes)", kind, i, sp.Start, sp.End, n)
		}
		return nil
	}
	for i, x := range r.Attributions {
		if err := check("attribution", i, x.Span); err != nil {
			return err
		}
		for _, p := range x.Parts {
			if err := check("attribution", i, p); err != nil {
				return err
			}
		}
	}
	for i, x := range r.Positions {
		if err := check("position", i, x.Span); err != nil {
			return err
		}
	}
	for i, x := range r.Figures {
		if err := check("figure", i, x.Span); err != nil {
			return err
		}
	}
	for i, x := range r.Assessments {
		if err := check("assessment", i, x.Span); err != nil {
			return err
		}
	}
	return nil
}
