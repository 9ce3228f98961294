package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sync"

	"github.com/spf13/cobra"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/extract"
	"github.com/parley-news/parley/read"
)

func extractCmd() *cobra.Command {
	var packRefs []string
	cmd := &cobra.Command{
		Use:   "extract [PATH...]",
		Short: "Read articles and print what they say, one JSON object per article",
		Long: `Read articles and print, per article, one JSON object (JSON Lines on stdout)
with the article's metadata, its cleaned text and the arrays attributions,
positions, figures and assessments (field names: docs/OUTPUT.md).

PATH is a .txt article, a .jsonl file (one article a line: id, url, outlet,
published, title, text), an .html page, an RSS/Atom feed (.xml, .rss, .atom),
a WARC file (.warc), any of these gzipped (.gz), an http(s) URL, a directory
(read recursively) or - for stdin.

Exit status: 0 when every item was read; 1 when any item failed (each failure
is one line on stderr naming the file and line; the other articles still
come out). An article on which a finder fails inside parley still comes
out, with the layers it lacks named in failed_layers.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			r, err := readerFor(packRefs)
			if err != nil {
				return err
			}
			out := bufio.NewWriterSize(os.Stdout, 64<<10)
			defer out.Flush()
			enc := json.NewEncoder(out)
			enc.SetEscapeHTML(false)
			failed := 0
			fail := func(err error) {
				failed++
				fmt.Fprintln(os.Stderr, "parley:", err)
			}
			// A reading that failed in part still comes out, its
			// failed layers named in failed_layers.
			write := func(a parley.Article, rd parley.Reading, err error) {
				if e := enc.Encode(rd); e != nil {
					err = errors.Join(err, e)
				}
				if err != nil {
					fail(&read.ItemError{Origin: a.Origin, Err: err})
				}
			}
			b := batch{reader: r, workers: runtime.GOMAXPROCS(0), write: write}
			read.Each(args, os.Stdin, b.add, fail)
			b.flush()
			if failed > 0 {
				return errItems
			}
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&packRefs, "pack", nil, packFlagHelp)
	return cmd
}

// batch reads articles on every core and writes them in input order. It
// holds at most batchSize articles, so memory stays flat whatever the input.
type batch struct {
	reader  *extract.Reader
	workers int
	write   func(parley.Article, parley.Reading, error)
	arts    []parley.Article
}

const batchSize = 256

func (b *batch) add(a parley.Article) {
	b.arts = append(b.arts, a)
	if len(b.arts) == batchSize {
		b.flush()
	}
}

func (b *batch) flush() {
	readings := make([]parley.Reading, len(b.arts))
	errs := make([]error, len(b.arts))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < b.workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				readings[i], errs[i] = b.reader.CleanAndRead(b.arts[i])
			}
		}()
	}
	for i := range b.arts {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, a := range b.arts {
		b.write(a, readings[i], errs[i])
	}
	b.arts = b.arts[:0]
}
