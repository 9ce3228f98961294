package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/parley-news/parley/analysis"
	"github.com/parley-news/parley/pack"
	"github.com/parley-news/parley/report"
	"github.com/parley-news/parley/store"
)

// analysisFlags are the flags report, diff and export share: the store,
// the packs, the sides and the filter.
type analysisFlags struct {
	db       string
	packRefs []string
	sides    []string
	f        analysis.Filter
}

func (af *analysisFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&af.db, "db", defaultDB, "the database: an SQLite file, or postgres://...")
	fs.StringArrayVar(&af.packRefs, "pack", nil, "the packs that name parties, mediators and loaded terms: a built-in name or a YAML file (repeatable; default: every built-in pack)")
	fs.StringSliceVar(&af.sides, "sides", nil, "the two sides of the gap, as party ids (default: the two non-mediating parties with most positions)")
	fs.StringVar(&af.f.Since, "since", "", "published on or after (YYYY-MM-DD)")
	fs.StringVar(&af.f.Until, "until", "", "published on or before (YYYY-MM-DD)")
	fs.StringVar(&af.f.Party, "party", "", "party id")
	fs.StringVar(&af.f.Issue, "issue", "", "issue id")
	fs.StringVar(&af.f.Outlet, "outlet", "", "outlet name")
}

// open checks the flags and opens the store behind an Analyst; the caller
// closes the store.
func (af *analysisFlags) open(ctx context.Context) (*analysis.Analyst, store.Store, error) {
	for _, d := range []string{af.f.Since, af.f.Until} {
		if _, err := time.Parse(time.DateOnly, d); d != "" && err != nil {
			return nil, nil, fmt.Errorf("date %q: want YYYY-MM-DD", d)
		}
	}
	if len(af.sides) != 0 && len(af.sides) != 2 {
		return nil, nil, fmt.Errorf("--sides %s: want two party ids", strings.Join(af.sides, ","))
	}
	set := pack.Auto()
	if len(af.packRefs) > 0 {
		var err error
		if set, err = pack.Load(af.packRefs); err != nil {
			return nil, nil, fmt.Errorf("load packs: %w", err)
		}
	}
	s, err := openStore(ctx, af.db)
	if err != nil {
		return nil, nil, err
	}
	src, ok := s.(analysis.Source)
	if !ok {
		s.Close()
		return nil, nil, fmt.Errorf("store %s cannot be analysed", af.db)
	}
	return &analysis.Analyst{Src: src, Packs: set, Sides: af.sides, Loaded: loadedTerms(set)}, s, nil
}

// loadedTerms lists the loaded terms of the packs in set, for framing.
func loadedTerms(set *pack.Set) []analysis.Loaded { return analysis.LoadedTerms(set) }

func reportCmd() *cobra.Command {
	var af analysisFlags
	var format string
	cmd := &cobra.Command{
		Use:   "report",
		Short: "Write a brief of the negotiation: matrix, gap, proposals, talks, figures, framing",
		Long: `Write a brief a person reads in two minutes: the state in three sentences,
the latest stance of each party on each issue, the gap between the sides
per issue and week by week, what moved since --since, key quotes, the
proposals and the responses to them, the rounds of talks, the figures
sources claim (disagreements flagged) and each outlet's loaded terms.

Dates are publication dates; facts from undated articles are shown with an
unknown date and never placed on the timeline. See docs/REPORT.md.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "md" && format != "html" && format != "json" {
				return fmt.Errorf("format %q: want md, html or json", format)
			}
			a, s, err := af.open(cmd.Context())
			if err != nil {
				return err
			}
			defer s.Close()
			b, err := a.Brief(cmd.Context(), af.f)
			if err != nil {
				return err
			}
			return report.Write(os.Stdout, b, format)
		},
	}
	af.register(cmd.Flags())
	cmd.Flags().StringVar(&format, "format", "md", "output: md, html (one self-contained page) or json")
	return cmd
}
