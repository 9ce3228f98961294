package extract

import "github.com/parley-news/parley"

func findAttributions(d *Doc) []parley.Attribution { return nil }
