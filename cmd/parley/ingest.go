package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/extract"
	"github.com/parley-news/parley/pack"
	"github.com/parley-news/parley/read"
	"github.com/parley-news/parley/store"
	"github.com/parley-news/parley/store/postgres"
	"github.com/parley-news/parley/store/sqlite"
)

const defaultDB = "./parley.db"

// openStore opens the store named by --db: a postgres:// URL, or the path
// of an SQLite file.
func openStore(ctx context.Context, db string) (store.Store, error) {
	if isPostgres(db) {
		return postgres.Open(ctx, db)
	}
	return sqlite.Open(ctx, db)
}

func isPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

func ingestCmd() *cobra.Command {
	var db string
	var batch int
	var packRefs []string
	cmd := &cobra.Command{
		Use:   "ingest PATH|URL...",
		Short: "Read articles and store what they say in a database",
		Long: `Read articles as extract does and store each article with its attributions,
positions, figures and assessments in a database (--db: an SQLite file, or a
postgres:// URL).

Ingest can be run again at will: an article already stored as it is adds
nothing; an article whose URL is stored with another text has its facts
replaced; an ingest interrupted at any point and run again ends with the
database an uninterrupted run gives. Articles commit in batches of --batch.

Exit status: 0 when every item was stored; 1 when any item failed (each
failure is logged as it happens and listed in the summary; the other
articles are stored).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if batch < 1 {
				return fmt.Errorf("--batch %d: want 1 or more", batch)
			}
			set := pack.Auto()
			if len(packRefs) > 0 {
				var err error
				if set, err = pack.Load(packRefs); err != nil {
					return fmt.Errorf("load packs: %w", err)
				}
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			s, err := openStore(ctx, db)
			if err != nil {
				return err
			}
			defer s.Close()
			// The store reads the notes the report needs (names of drafts,
			// venues, loaded terms) with the packs the articles are read with.
			if a, ok := s.(interface{ SetPacks(*pack.Set) }); ok {
				a.SetPacks(set)
			}
			r := extract.New(set)
			in := &ingester{store: s, reader: r, batch: batch, log: newProgress(os.Stderr)}
			return in.run(ctx, args, os.Stdin)
		},
	}
	cmd.Flags().StringVar(&db, "db", defaultDB, "the database: an SQLite file, or postgres://...")
	cmd.Flags().IntVar(&batch, "batch", 256, "articles per transaction")
	cmd.Flags().StringArrayVar(&packRefs, "pack", nil, packFlagHelp)
	return cmd
}

// ingester reads, extracts and stores articles: one goroutine reads, a
// worker per CPU extracts, and the calling goroutine stores the readings
// in input order, in batches. Memory is bounded by the batch and a few
// articles in flight per worker.
type ingester struct {
	store  store.Store
	reader *extract.Reader
	batch  int
	log    *progress
}

// job is one article to extract, and where its result goes.
type job struct {
	article parley.Article
	out     chan result
}

type result struct {
	reading parley.Reading
	err     error
}

// flushEvery bounds how long a read article waits for its batch to fill,
// so that a slow source (a feed, a crawl) still commits as it goes.
const flushEvery = 2 * time.Second

func (in *ingester) run(ctx context.Context, paths []string, stdin io.Reader) error {
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan job, workers)
	// order holds each article's result channel in input order, so that
	// articles are stored in input order whatever the workers' pace: when
	// two have one URL, the later text wins, as in any re-run.
	order := make(chan chan result, 4*workers)
	go func() {
		defer close(order)
		defer close(jobs)
		read.Each(paths, stdin, func(a parley.Article) {
			j := job{a, make(chan result, 1)}
			select {
			case order <- j.out:
				jobs <- j
			case <-ctx.Done():
			}
		}, in.log.fail)
	}()
	for range workers {
		go func() {
			for j := range jobs {
				rd, err := in.reader.CleanAndRead(j.article)
				if err != nil {
					err = &read.ItemError{Origin: j.article.Origin, Err: err}
				}
				j.out <- result{rd, err}
			}
		}()
	}

	var batch []parley.Reading
	flush := func() {
		in.put(ctx, batch)
		batch = batch[:0]
	}
	timer := time.NewTimer(flushEvery)
	defer timer.Stop()
	for {
		var out chan result
		var more bool
		select {
		case out, more = <-order:
		case <-timer.C:
			flush()
			timer.Reset(flushEvery)
			continue
		case <-ctx.Done():
			in.log.done()
			return ctx.Err()
		}
		if !more {
			break
		}
		res := <-out
		if res.err != nil {
			in.log.fail(res.err) // and store what was read: a re-run replaces it
		}
		batch = append(batch, res.reading)
		if len(batch) >= in.batch {
			flush()
			timer.Reset(flushEvery)
		}
	}
	flush()
	// Merging runs even when nothing was added: a run killed after its
	// last commit has stored articles but not merged their speakers.
	if _, err := in.store.MergePeople(ctx); err != nil {
		in.log.fail(err)
	}
	in.log.done()
	if in.log.failed > 0 {
		return errItems
	}
	return nil
}

// put stores a batch. When the batch fails as a whole, each article is
// stored on its own, so that one bad article costs only itself.
func (in *ingester) put(ctx context.Context, batch []parley.Reading) {
	if len(batch) == 0 {
		return
	}
	t, err := in.store.Put(ctx, batch)
	if err == nil {
		in.log.stored(t)
		return
	}
	if len(batch) == 1 || ctx.Err() != nil {
		in.log.fail(&read.ItemError{Origin: batch[0].Article.Origin, Err: err})
		return
	}
	for _, r := range batch {
		in.put(ctx, []parley.Reading{r})
	}
}

// maxListed bounds the failures the summary lists (all are logged).
const maxListed = 50

// progress reports on ingest: a progress bar on a terminal, a log line
// every few seconds otherwise; each failure as it happens; a summary at
// the end.
type progress struct {
	mu       sync.Mutex
	w        io.Writer
	bar      *progressbar.ProgressBar // nil when w is not a terminal
	start    time.Time
	lastLine time.Time
	tally    store.Tally
	failed   int
	listed   []string
}

// logEvery is how often progress writes a line when not on a terminal.
const logEvery = 10 * time.Second

func newProgress(w io.Writer) *progress {
	p := &progress{w: w, start: time.Now()}
	p.lastLine = p.start
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions64(-1,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("ingest"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionSpinnerType(14),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionSetElapsedTime(true),
		)
	}
	return p
}

func (p *progress) stored(t store.Tally) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.tally = p.tally.Add(t)
	if p.bar != nil {
		p.bar.Add(t.Articles())
		return
	}
	if now := time.Now(); now.Sub(p.lastLine) >= logEvery {
		p.lastLine = now
		fmt.Fprintf(p.w, "parley: %s\n", p.status())
	}
}

func (p *progress) fail(err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.failed++
	if len(p.listed) < maxListed {
		p.listed = append(p.listed, err.Error())
	}
	if p.bar != nil {
		p.bar.Clear()
		p.bar.Describe(fmt.Sprintf("ingest (%d failed)", p.failed))
	}
	fmt.Fprintln(p.w, "parley:", err)
}

func (p *progress) status() string {
	t := p.tally
	secs := time.Since(p.start).Seconds()
	return fmt.Sprintf("%d articles (%d added, %d replaced, %d unchanged), %d failed, in %.1fs (%.0f articles/s)",
		t.Articles(), t.Added, t.Replaced, t.Unchanged, p.failed, secs, float64(t.Articles())/max(secs, 1e-9))
}

// done writes the summary.
func (p *progress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Finish()
		fmt.Fprintln(p.w)
	}
	fmt.Fprintf(p.w, "parley: ingested %s\n", p.status())
	if p.failed == 0 {
		return
	}
	fmt.Fprintf(p.w, "parley: %d items failed:\n", p.failed)
	for _, l := range p.listed {
		fmt.Fprintln(p.w, "  ", l)
	}
	if p.failed > len(p.listed) {
		fmt.Fprintf(p.w, "   ... and %d more (see the log above)\n", p.failed-len(p.listed))
	}
}
