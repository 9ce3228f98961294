package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"
)

// Search returns the statements that match q: attributions and positions
// whose text holds every word of q.Text, filtered by the other fields.
func (s *DB) Search(ctx context.Context, q Query) ([]Hit, error) {
	query, args := s.searchSQL(q)
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	var hits []Hit
	for rows.Next() {
		var h Hit
		var url, outlet, speaker, party, stance, issue sql.NullString
		if err := rows.Scan(&h.Kind, &h.Article, &url, &outlet, &h.Published, &speaker, &party,
			&stance, &issue, &h.Text, &h.Start, &h.End); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		h.URL, h.Outlet, h.Speaker, h.Party = url.String, outlet.String, speaker.String, party.String
		h.Stance, h.Issue = stance.String, issue.String
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return hits, nil
}

// searchSQL builds the query: one SELECT per kind of statement, joined by
// UNION ALL. Placeholders are numbered, so both SELECTs share them.
func (s *DB) searchSQL(q Query) (string, []any) {
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	var text, party, speaker, issue, outlet, since, until string
	if words := words(q.Text); len(words) > 0 {
		text = arg(s.d.Terms(words))
	}
	if q.Party != "" {
		party = arg(q.Party)
	}
	if q.Speaker != "" {
		speaker = arg("%" + escapeLike(strings.ToLower(q.Speaker)) + "%")
	}
	if q.Issue != "" {
		issue = arg(q.Issue)
	}
	if q.Outlet != "" {
		outlet = arg(q.Outlet)
	}
	if q.Since != "" {
		since = arg(q.Since)
	}
	if q.Until != "" {
		until = arg(q.Until)
	}
	// common are the conditions on the article and the statement's text.
	common := func(table string) []string {
		var c []string
		if text != "" {
			c = append(c, s.d.Match(table, "t", text))
		}
		if speaker != "" {
			c = append(c, `t.speaker_id IN (SELECT p.id FROM people p WHERE coalesce(p.canonical_id, p.id) IN
				(SELECT coalesce(q.canonical_id, q.id) FROM people q WHERE lower(q.name) LIKE `+speaker+` ESCAPE '\'))`)
		}
		if outlet != "" {
			c = append(c, "lower(a.outlet) = lower("+outlet+")")
		}
		if since != "" {
			c = append(c, "a.published >= "+since)
		}
		if until != "" {
			c = append(c, "a.published <= "+until)
		}
		return c
	}
	const article = `coalesce(a.published, '') AS published`
	var selects []string
	if issue == "" {
		c := common("attributions")
		if party != "" {
			c = append(c, "t.party = "+party)
		}
		selects = append(selects, `SELECT 'attribution' AS kind, a.source_id AS article, a.url, a.outlet, `+article+`,
			t.speaker, t.party, CAST(NULL AS TEXT) AS stance, CAST(NULL AS TEXT) AS issue, t.text, t.span_start, t.span_end
			FROM attributions t JOIN articles a ON a.id = t.article_id`+where(c))
	}
	c := common("positions")
	if party != "" {
		c = append(c, "t.actor = "+party)
	}
	if issue != "" {
		c = append(c, "t.issue = "+issue)
	}
	selects = append(selects, `SELECT 'position' AS kind, a.source_id AS article, a.url, a.outlet, `+article+`,
		t.speaker, t.actor, t.stance, t.issue, t.text, t.span_start, t.span_end
		FROM positions t JOIN articles a ON a.id = t.article_id`+where(c))
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	query := strings.Join(selects, "\nUNION ALL\n") +
		"\nORDER BY published DESC, article, span_start, kind, span_end LIMIT " + arg(limit)
	return query, args
}

func where(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return "\nWHERE " + strings.Join(conds, " AND ")
}

// escapeLike makes s match itself in a LIKE pattern escaped with '\'.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// words splits a search query into its words: runs of letters and digits.
// Everything else, including any query syntax, separates words.
func words(query string) []string {
	return strings.FieldsFunc(query, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
