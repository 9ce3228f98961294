package extract

import "testing"

// The lexicon table must answer exactly as the word lists do, for every
// listed word and for words that are not listed.
func TestLexiconTable(t *testing.T) {
	words := lexiconWords()
	for w, want := range words {
		if got := cueLexicon.classes(w); got != want {
			t.Errorf("classes(%q) = %b, want %b", w, got, want)
		}
		for _, other := range []string{w + "x", "x" + w, w[:len(w)-1]} {
			if _, listed := words[other]; !listed && cueLexicon.classes(other) != 0 {
				t.Errorf("classes(%q) = %b for a word not in the lexicon", other, cueLexicon.classes(other))
			}
		}
	}
	for _, w := range []string{"", "Said", "ceasefire", "qx"} {
		if got := cueLexicon.classes(w); got != 0 {
			t.Errorf("classes(%q) = %b, want 0", w, got)
		}
	}
}
