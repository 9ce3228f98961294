package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/parley-news/parley/people"
)

// MergePeople decides again, over every stored speaker name, which names
// are one person (package people), and records each merge with its
// reason. Names are considered in a fixed order (by the date of the first
// article quoting them, full names before shorter ones, then by name), so
// the result depends only on what is stored: not on the order articles
// arrived in, nor on how many writers stored them.
func (s *DB) MergePeople(ctx context.Context) (merged int, err error) {
	err = s.retry(ctx, func() error {
		merged, err = s.mergePeople(ctx)
		return err
	})
	return merged, err
}

// personRow is a stored name with its current merge.
type personRow struct {
	id        int64
	name      string
	first     string // date of the first article quoting it; "~" when unknown, to sort last
	canonical sql.NullInt64
	reason    sql.NullString
}

const speakers = `SELECT p.id, p.name, min(coalesce(a.published, '~')), p.canonical_id, p.reason
	FROM people p
	LEFT JOIN (SELECT speaker_id, article_id FROM attributions UNION ALL SELECT speaker_id, article_id FROM positions) s
		ON s.speaker_id = p.id
	LEFT JOIN articles a ON a.id = s.article_id
	GROUP BY p.id, p.name, p.canonical_id, p.reason`

func (s *DB) mergePeople(ctx context.Context) (merged int, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("merge people: %w", err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	rows, err := tx.QueryContext(ctx, speakers)
	if err != nil {
		return 0, fmt.Errorf("merge people: %w", err)
	}
	var ps []personRow
	for rows.Next() {
		var p personRow
		if err := rows.Scan(&p.id, &p.name, &p.first, &p.canonical, &p.reason); err != nil {
			rows.Close()
			return 0, fmt.Errorf("merge people: %w", err)
		}
		ps = append(ps, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("merge people: %w", err)
	}
	slices.SortFunc(ps, func(a, b personRow) int {
		return cmp.Or(strings.Compare(a.first, b.first),
			cmp.Compare(len(strings.Fields(b.name)), len(strings.Fields(a.name))),
			strings.Compare(a.name, b.name))
	})
	var m people.Merger
	ids := map[string]int64{} // canonical name -> its person
	update, err := tx.PrepareContext(ctx, `UPDATE people SET canonical_id = $2, reason = $3 WHERE id = $1`)
	if err != nil {
		return 0, fmt.Errorf("merge people: %w", err)
	}
	defer update.Close()
	for _, p := range ps {
		canonical, reason := m.Add(p.name)
		var to sql.NullInt64
		if id, ok := ids[canonical]; ok && reason != "" && id != p.id {
			to = sql.NullInt64{Int64: id, Valid: true}
			merged++
		} else {
			ids[canonical], reason = p.id, ""
		}
		why := sql.NullString{String: reason, Valid: reason != ""}
		if to == p.canonical && why == p.reason {
			continue
		}
		if _, err := update.ExecContext(ctx, p.id, to, why); err != nil {
			return 0, fmt.Errorf("merge %q: %w", p.name, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("merge people: %w", err)
	}
	return merged, nil
}
