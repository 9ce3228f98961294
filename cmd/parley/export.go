package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/parley-news/parley/analysis"
)

func exportCmd() *cobra.Command {
	var af analysisFlags
	var format, out string
	cmd := &cobra.Command{
		Use:   "export --format csv|jsonl [--out DIR]",
		Short: "Write every table of the analysis as CSV or JSON Lines files",
		Long: `Write one file per table into --out: matrix, gap, trend, positions,
assessments, proposals, talks, figures and framing (NAME.csv or NAME.jsonl).
Positions and assessments are streamed from the store, so exporting a large
store takes little memory. Unknown dates are empty.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "csv" && format != "jsonl" {
				return fmt.Errorf("format %q: want csv or jsonl", format)
			}
			a, s, err := af.open(cmd.Context())
			if err != nil {
				return err
			}
			defer s.Close()
			if err := os.MkdirAll(out, 0o755); err != nil {
				return fmt.Errorf("export: %w", err)
			}
			for _, t := range tables(a, af.f) {
				if err := t.write(cmd.Context(), filepath.Join(out, t.name+"."+format), format); err != nil {
					return fmt.Errorf("export %s: %w", t.name, err)
				}
			}
			return nil
		},
	}
	af.register(cmd.Flags())
	cmd.Flags().StringVar(&format, "format", "csv", "csv or jsonl")
	cmd.Flags().StringVar(&out, "out", "export", "the directory to write the files in")
	return cmd
}

// table is one exported table: its columns, and its rows as both CSV
// fields and a JSON value.
type table struct {
	name    string
	columns []string
	rows    func(ctx context.Context, emit func(fields []string, v any) error) error
}

func (t table) write(ctx context.Context, path, format string) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	bw := bufio.NewWriter(f)
	if format == "jsonl" {
		enc := json.NewEncoder(bw)
		if err := t.rows(ctx, func(_ []string, v any) error { return enc.Encode(v) }); err != nil {
			return err
		}
		return bw.Flush()
	}
	w := csv.NewWriter(bw)
	if err := w.Write(t.columns); err != nil {
		return err
	}
	if err := t.rows(ctx, func(fields []string, _ any) error { return w.Write(fields) }); err != nil {
		return err
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

var statementColumns = []string{"date", "outlet", "party", "speaker", "stance", "issue", "conditional", "text", "article", "start", "end", "url"}

func statementFields(s analysis.Statement) []string {
	return []string{s.Date, s.Outlet, s.Party, s.Speaker, s.Stance, s.Issue, strconv.FormatBool(s.Conditional),
		s.Text, s.Article, strconv.Itoa(s.Start), strconv.Itoa(s.End), s.URL}
}

// tables lists the tables export writes.
func tables(a *analysis.Analyst, f analysis.Filter) []table {
	return []table{
		{"matrix", append([]string{"stories", "reports"}, statementColumns...), func(ctx context.Context, emit func([]string, any) error) error {
			m, _, err := a.Matrix(ctx, f)
			if err != nil {
				return err
			}
			for _, c := range m.Cells {
				if err := emit(append([]string{strconv.Itoa(c.Stories), strconv.Itoa(c.Reports)}, statementFields(c.Statement)...), c); err != nil {
					return err
				}
			}
			return nil
		}},
		{"gap", []string{"issue", "status", "sides", "stances"}, func(ctx context.Context, emit func([]string, any) error) error {
			_, gaps, err := a.Matrix(ctx, f)
			if err != nil {
				return err
			}
			for _, g := range gaps {
				if err := emit([]string{g.Issue, g.Status, strings.Join(g.Sides, ";"), strings.Join(g.Stance, ";")}, g); err != nil {
					return err
				}
			}
			return nil
		}},
		{"trend", []string{"week", "open", "agreed", "positive", "negative", "index", "known"}, func(ctx context.Context, emit func([]string, any) error) error {
			weeks, err := a.Trend(ctx, f)
			if err != nil {
				return err
			}
			for _, w := range weeks {
				idx := ""
				if w.Known {
					idx = strconv.FormatFloat(w.Index, 'f', 3, 64)
				}
				if err := emit([]string{w.Start, strconv.Itoa(w.Open), strconv.Itoa(w.Agreed), strconv.Itoa(w.Positive),
					strconv.Itoa(w.Negative), idx, strconv.FormatBool(w.Known)}, w); err != nil {
					return err
				}
			}
			return nil
		}},
		{"positions", statementColumns, func(ctx context.Context, emit func([]string, any) error) error {
			return a.Src.Positions(ctx, f, f.Party, f.Issue, func(s analysis.Statement) error { return emit(statementFields(s), s) })
		}},
		{"assessments", append([]string{"polarity"}, statementColumns...), func(ctx context.Context, emit func([]string, any) error) error {
			return a.Src.Assessments(ctx, f, func(x analysis.Assessment) error {
				return emit(append([]string{x.Polarity}, statementFields(x.Statement)...), x)
			})
		}},
		{"proposals", []string{"name", "proposer", "first", "last", "terms", "responses", "reports"}, func(ctx context.Context, emit func([]string, any) error) error {
			ps, err := a.Proposals(ctx, f)
			if err != nil {
				return err
			}
			for _, p := range ps {
				var terms, responses []string
				for _, t := range p.Terms {
					terms = append(terms, strings.TrimSpace(t.Issue+" "+t.Figure))
				}
				for _, r := range p.Responses {
					responses = append(responses, r.Party+" "+r.Stance+" "+r.Issue+" "+or(r.Date, "unknown"))
				}
				if err := emit([]string{p.Name, p.Proposer, p.First, p.Last, strings.Join(terms, ";"),
					strings.Join(responses, ";"), strconv.Itoa(len(p.Evidence))}, p); err != nil {
					return err
				}
			}
			return nil
		}},
		{"talks", []string{"venue", "first", "last", "mediators", "outcome", "reports"}, func(ctx context.Context, emit func([]string, any) error) error {
			rounds, err := a.Talks(ctx, f)
			if err != nil {
				return err
			}
			for _, r := range rounds {
				if err := emit([]string{r.Venue, r.First, r.Last, strings.Join(r.Mediators, ";"), r.Outcome, strconv.Itoa(len(r.Evidence))}, r); err != nil {
					return err
				}
			}
			return nil
		}},
		{"figures", append([]string{"measure", "unit", "value", "qualifier", "disputed"}, statementColumns...), func(ctx context.Context, emit func([]string, any) error) error {
			series, err := a.Figures(ctx, f)
			if err != nil {
				return err
			}
			type at struct {
				article string
				start   int
			}
			for _, s := range series {
				inDispute := map[at]bool{}
				for _, c := range s.Disputes {
					inDispute[at{c.A.Article, c.A.Start}], inDispute[at{c.B.Article, c.B.Start}] = true, true
				}
				for _, x := range s.Points {
					disputed := inDispute[at{x.Article, x.Start}]
					if err := emit(append([]string{x.Measure, x.Unit, strconv.FormatFloat(x.Value, 'f', -1, 64), x.Qualifier,
						strconv.FormatBool(disputed)}, statementFields(x.Statement)...), x); err != nil {
						return err
					}
				}
			}
			return nil
		}},
		{"framing", []string{"outlet", "words", "loaded_per_1000", "term", "neutral", "loaded_n", "neutral_n"}, func(ctx context.Context, emit func([]string, any) error) error {
			frs, err := a.Framing(ctx, f)
			if err != nil {
				return err
			}
			for _, fr := range frs {
				for _, t := range fr.Terms {
					if err := emit([]string{fr.Outlet, strconv.Itoa(fr.Words), strconv.FormatFloat(fr.Rate, 'f', 3, 64), t.Term, t.Neutral,
						strconv.Itoa(t.LoadedN), strconv.Itoa(t.NeutralN)}, map[string]any{"outlet": fr.Outlet, "words": fr.Words,
						"loaded_per_1000": fr.Rate, "term": t.Term, "neutral": t.Neutral, "loaded_n": t.LoadedN, "neutral_n": t.NeutralN}); err != nil {
						return err
					}
				}
			}
			return nil
		}},
	}
}
