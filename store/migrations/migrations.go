// Package migrations holds the versioned schema (goose SQL files) of the
// store. The files at the top level are shared by every engine; each
// engine's directory adds the few versions whose SQL differs (full-text
// search), numbered in the same sequence.
package migrations

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

//go:embed *.sql sqlite/*.sql postgres/*.sql
var files embed.FS

// For returns the migrations of one engine ("sqlite" or "postgres"): the
// shared files and the engine's own, as one flat directory.
func For(engine string) (fs.FS, error) {
	own, err := fs.Sub(files, engine)
	if err != nil {
		return nil, fmt.Errorf("migrations for %s: %w", engine, err)
	}
	if _, err := fs.Stat(own, "."); err != nil {
		return nil, fmt.Errorf("migrations for %s: no such engine", engine)
	}
	return layered{files, own}, nil
}

// layered shows the top-level files of shared and own as one directory; a
// name in own hides the same name in shared.
type layered struct{ shared, own fs.FS }

func (l layered) Open(name string) (fs.File, error) {
	if f, err := l.own.Open(name); err == nil {
		return f, nil
	}
	return l.shared.Open(name)
}

func (l layered) ReadDir(name string) ([]fs.DirEntry, error) {
	own, err := fs.ReadDir(l.own, name)
	if err != nil {
		return nil, err
	}
	shared, err := fs.ReadDir(l.shared, name)
	if err != nil {
		return nil, err
	}
	entries := own
	for _, e := range shared {
		if e.IsDir() || slices.ContainsFunc(own, func(o fs.DirEntry) bool { return o.Name() == e.Name() }) {
			continue
		}
		entries = append(entries, e)
	}
	slices.SortFunc(entries, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return entries, nil
}
