package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/parley-news/parley/extract"
	"github.com/parley-news/parley/pack"
)

const packFlagHelp = "read with this pack: a built-in name or a YAML file (repeatable; default: the built-in packs each article mentions)"

// readerFor returns a Reader for the packs named on the command line, or
// one that picks built-in packs per article when none is named.
func readerFor(refs []string) (*extract.Reader, error) {
	if len(refs) == 0 {
		return extract.New(nil), nil
	}
	set, err := pack.Load(refs)
	if err != nil {
		return nil, fmt.Errorf("load packs: %w", err)
	}
	return extract.New(set), nil
}

func packCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "pack",
		Short: "Check and list negotiation packs",
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "check FILE...",
		Short: "Check pack files; print each problem with its file, line and fix",
		Long: `Check pack files (YAML, format in docs/PACKS.md) together with the generic
pack they build on. Prints "ok" and the pack names when they load; otherwise
the first problem, with file, line and how to fix it, and exits 1.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			set, err := pack.Load(args)
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), "ok:", strings.Join(set.Names(), ", "))
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "list",
		Short: "List the built-in packs",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			for _, name := range pack.Builtin() {
				fmt.Fprintln(cmd.OutOrStdout(), name)
			}
			return nil
		},
	})
	return cmd
}
