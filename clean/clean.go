// Package clean strips page junk from an article's text and reads the
// headline, dateline, outlet and publication date the page prints.
// (Minimal version; the reading-core issue fills in the rules.)
package clean

import (
	"strings"

	"github.com/parley-news/parley"
)

// Article returns a with its text cleaned and metadata filled in where the
// text states it. Nothing is guessed: what the text does not say stays "".
func Article(a parley.Article) parley.Article {
	a.Text = strings.TrimSpace(strings.ReplaceAll(a.Text, "\r\n", "\n"))
	return a
}
