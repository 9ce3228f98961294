package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/parley-news/parley/store"
)

func searchCmd() *cobra.Command {
	var db, format string
	var q store.Query
	cmd := &cobra.Command{
		Use:   "search [QUERY]",
		Short: "Find stored statements (attributions and positions)",
		Long: `Find the attributions and positions stored by ingest whose text holds every
word of QUERY (matched on word stems: "demands" finds "demand"), newest
article first. Without QUERY, the filters alone select.

--party matches the speaker's party or the position's actor (pack ids such
as hamas, israel); --speaker any part of the speaker's name; --issue a
position's issue (only positions have one); --since and --until the
article's publication date (YYYY-MM-DD, inclusive).`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				q.Text = args[0]
			}
			for _, d := range []string{q.Since, q.Until} {
				if _, err := time.Parse(time.DateOnly, d); d != "" && err != nil {
					return fmt.Errorf("date %q: want YYYY-MM-DD", d)
				}
			}
			write, ok := writers[format]
			if !ok {
				return fmt.Errorf("format %q: want table, json or csv", format)
			}
			if !isPostgres(db) {
				if _, err := os.Stat(db); err != nil {
					return fmt.Errorf("no database at %s (parley ingest makes one): %w", db, err)
				}
			}
			s, err := openStore(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer s.Close()
			hits, err := s.Search(cmd.Context(), q)
			if err != nil {
				return err
			}
			return write(os.Stdout, hits)
		},
	}
	f := cmd.Flags()
	f.StringVar(&db, "db", defaultDB, "the database: an SQLite file, or postgres://...")
	f.StringVar(&format, "format", "table", "output: table, json (one object a line) or csv")
	f.StringVar(&q.Party, "party", "", "party id of the speaker or actor")
	f.StringVar(&q.Speaker, "speaker", "", "part of the speaker's name")
	f.StringVar(&q.Issue, "issue", "", "issue id (positions only)")
	f.StringVar(&q.Outlet, "outlet", "", "outlet name")
	f.StringVar(&q.Since, "since", "", "published on or after (YYYY-MM-DD)")
	f.StringVar(&q.Until, "until", "", "published on or before (YYYY-MM-DD)")
	f.IntVar(&q.Limit, "limit", store.DefaultLimit, "at most this many statements")
	return cmd
}

var writers = map[string]func(io.Writer, []store.Hit) error{
	"table": writeTable,
	"json":  writeJSON,
	"csv":   writeCSV,
}

var columns = []string{"kind", "published", "outlet", "speaker", "party", "stance", "issue", "text", "article", "start", "end", "url"}

func row(h store.Hit) []string {
	return []string{h.Kind, h.Published, h.Outlet, h.Speaker, h.Party, h.Stance, h.Issue, h.Text, h.Article,
		strconv.Itoa(h.Start), strconv.Itoa(h.End), h.URL}
}

// maxCell bounds a table cell; json and csv give whole texts.
const maxCell = 80

func writeTable(w io.Writer, hits []store.Hit) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.ToUpper(strings.Join(columns[:9], "\t")))
	for _, h := range hits {
		cells := row(h)[:9]
		for i, c := range cells {
			c = strings.Join(strings.Fields(c), " ") // tabs and newlines would break the table
			if r := []rune(c); len(r) > maxCell {
				c = string(r[:maxCell-1]) + "…"
			}
			if c == "" {
				c = "-"
			}
			cells[i] = c
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

func writeJSON(w io.Writer, hits []store.Hit) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, h := range hits {
		if err := enc.Encode(h); err != nil {
			return err
		}
	}
	return nil
}

func writeCSV(w io.Writer, hits []store.Hit) error {
	cw := csv.NewWriter(w)
	cw.Write(columns)
	for _, h := range hits {
		cw.Write(row(h))
	}
	cw.Flush()
	return cw.Error()
}
