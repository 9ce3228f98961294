package main

import (
	"encoding/json"
	"fmt"
	"os"
	"text/tabwriter"

	"github.com/spf13/cobra"
)

func diffCmd() *cobra.Command {
	var af analysisFlags
	var from, to string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "diff --from DATE --to DATE",
		Short: "Show which stances moved between two dates, cell by cell",
		Long: `Compare the latest stance of each party on each issue as of the end of
--from with the same as of the end of --to (YYYY-MM-DD, publication dates),
and list the cells that changed with the report that changed them. Undated
reports belong to no date and are left out.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			a, s, err := af.open(cmd.Context())
			if err != nil {
				return err
			}
			defer s.Close()
			changes, err := a.Diff(cmd.Context(), af.f, from, to)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(os.Stdout)
				for _, c := range changes {
					if err := enc.Encode(c); err != nil {
						return err
					}
				}
				return nil
			}
			w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "party\tissue\tfrom\tto\tdate\toutlet\tevidence")
			for _, c := range changes {
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s [%s %d:%d]\n", c.Party, c.Issue, or(c.From, "-"), c.To,
					or(c.Now.Date, "unknown"), or(c.Now.Outlet, "unknown"), c.Now.Text, c.Now.Article, c.Now.Start, c.Now.End)
			}
			return w.Flush()
		},
	}
	af.register(cmd.Flags())
	cmd.Flags().StringVar(&from, "from", "", "the earlier date (YYYY-MM-DD)")
	cmd.Flags().StringVar(&to, "to", "", "the later date (YYYY-MM-DD)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "one JSON object a line")
	cmd.MarkFlagRequired("from")
	cmd.MarkFlagRequired("to")
	return cmd
}

// or returns s, or alt when s is empty.
func or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}
