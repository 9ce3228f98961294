// Command parley reads news about a negotiation and tells where it stands.
package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

// errItems signals that some input items failed; main exits 1 without
// printing it again (each failure was already reported on stderr).
var errItems = fmt.Errorf("some items failed")

func main() {
	root := &cobra.Command{
		Use:           "parley",
		Short:         "Read the news about a negotiation and tell where it stands, with sources",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(extractCmd(), packCmd())
	root.AddCommand(ingestCmd(), searchCmd())
	root.AddCommand(reportCmd(), diffCmd(), exportCmd())
	root.AddCommand(serveCmd())
	if err := root.Execute(); err != nil {
		if err != errItems {
			fmt.Fprintln(os.Stderr, "parley:", err)
		}
		os.Exit(1)
	}
}
