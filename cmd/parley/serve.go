package main

import (
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/parley-news/parley/analysis"
	"github.com/parley-news/parley/extract"
	"github.com/parley-news/parley/pack"
	"github.com/parley-news/parley/server"
)

func serveCmd() *cobra.Command {
	var db, addr, token, samples string
	var demo bool
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the database as a web dashboard and a JSON API",
		Long: `Serve the database (--db) on --addr: a dashboard at / and a JSON API under
/api/ (described at /api/openapi.json), /healthz and /metrics.

--demo ingests the sample articles (--samples) into a temporary SQLite
database, as parley ingest does, and serves that: the quickest look.

The server is read-only unless --token is set (or PARLEY_TOKEN): then
POST /api/articles with "Authorization: Bearer TOKEN" ingests the body.
Logs are JSON lines on stderr. SIGINT or SIGTERM stops it gracefully.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			log := slog.New(slog.NewJSONHandler(os.Stderr, nil))
			if token == "" {
				token = os.Getenv("PARLEY_TOKEN")
			}
			if demo {
				dir, err := os.MkdirTemp("", "parley-demo-")
				if err != nil {
					return fmt.Errorf("demo: %w", err)
				}
				defer os.RemoveAll(dir)
				db = filepath.Join(dir, "parley.db")
			}
			s, err := openStore(ctx, db)
			if err != nil {
				return err
			}
			defer s.Close()
			if demo {
				if _, err := os.Stat(samples); err != nil {
					return fmt.Errorf("demo: the sample articles: %w (run from the repository, or give --samples)", err)
				}
				in := &ingester{store: s, reader: extract.New(nil), batch: 256, log: newProgress(os.Stderr)}
				if err := in.run(ctx, []string{samples}, nil); err != nil {
					return fmt.Errorf("demo: %w", err)
				}
			}
			rd, err := server.OpenReader(ctx, db)
			if err != nil {
				return err
			}
			defer rd.Close()
			src, ok := s.(analysis.Source)
			if !ok {
				return fmt.Errorf("store %s cannot be analysed", db)
			}
			set := pack.Auto()
			a := &analysis.Analyst{Src: src, Packs: set, Loaded: loadedTerms(set)}
			srv, err := server.New(server.Config{DB: rd, Store: s, Analyst: a, Token: token, Log: log})
			if err != nil {
				return err
			}
			return srv.Serve(ctx, addr)
		},
	}
	f := cmd.Flags()
	f.StringVar(&db, "db", defaultDB, "the database: an SQLite file, or postgres://...")
	f.StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on")
	f.StringVar(&token, "token", "", "enable ingest by POST /api/articles with this bearer token")
	f.BoolVar(&demo, "demo", false, "serve the sample articles from a temporary database")
	f.StringVar(&samples, "samples", "samples", "the sample articles --demo ingests")
	return cmd
}
