package extract

import "github.com/parley-news/parley"

// findFigures is a stub; the figures finder replaces it.
func findFigures(d *Doc) []parley.Figure { return nil }
