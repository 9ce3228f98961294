package pack

import (
	"go/scanner"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// domainTerms lists what packs know and Go code must not: the names of
// parties, people, organisations, media and places (phrases with a capital
// letter, matched with their case, so "WHO" is not "who"), and the ids of
// parties and issues (matched as a whole literal: `== "hamas"`). Lowercase
// wording such as "the group" or "hostages" is common English that other
// finders may use, and so are two-letter ids and acronyms ("us", "US$").
// Titles ("Republican", "MK") are matched in any case: the reader's word
// lists hold them in lower case.
func domainTerms(t *testing.T) (names, ids map[string]string) {
	t.Helper()
	names, ids = map[string]string{}, map[string]string{}
	add := func(what string, ps ...Phrase) {
		for _, p := range ps {
			if strings.ToLower(p.Text) != p.Text && len(p.Text) > 2 {
				names[p.Text] = what
			}
		}
	}
	for _, name := range Builtin() {
		f, err := read(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range f.Parties {
			ids[p.ID.Text] = "party id"
			add("party "+p.ID.Text, p.Names...)
			add("party "+p.ID.Text, p.Aliases...)
			add("party "+p.ID.Text, p.Orgs...)
		}
		for _, p := range f.People {
			add("person", p.Name)
			add("person", p.Variants...)
		}
		for _, id := range f.Taxonomy {
			ids[id.Text] = "issue id"
		}
		add("medium", f.Media...)
		for _, p := range f.Titles {
			ids[strings.ToLower(p.Text)] = "title"
		}
		for _, is := range f.Issues {
			add("issue "+is.ID.Text, is.Phrases...)
		}
	}
	return names, ids
}

// TestNoDomainWordsInGo keeps domain knowledge in the packs: no string
// literal in Go code outside tests and test helpers names a party, person,
// medium or place, and none in the packages that read articles is a party
// or issue id.
func TestNoDomainWordsInGo(t *testing.T) {
	names, ids := domainTerms(t)
	root := ".."
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Skip("module root not found")
	}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || strings.HasSuffix(d.Name(), "test")) {
			return filepath.SkipDir // test fixtures and helpers may name anything
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		fset := token.NewFileSet()
		file := fset.AddFile(path, -1, len(src))
		var sc scanner.Scanner
		sc.Init(file, src, nil, 0)
		for {
			pos, tok, lit := sc.Scan()
			if tok == token.EOF {
				break
			}
			if tok != token.STRING {
				continue
			}
			s, err := strconv.Unquote(lit)
			if err != nil {
				continue
			}
			if what, ok := ids[s]; ok && len(s) > 2 && reads(path) {
				t.Errorf("%s: %q is a %s: take it from the pack set", fset.Position(pos), s, what)
			}
			for _, w := range strings.Fields(strings.ToLower(s)) {
				if what := ids[w]; what == "title" && reads(path) {
					t.Errorf("%s: %q holds the title %q: the generic pack lists titles", fset.Position(pos), s, w)
				}
			}
			for _, w := range wordsOf(s) {
				if what, ok := names[w]; ok {
					t.Errorf("%s: %q names %s (%q): move it into a pack", fset.Position(pos), s, what, w)
					break
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// reads reports whether the file is in a package that reads articles,
// where an id in code would be a rule about one negotiation; elsewhere
// ids such as "talks" also name pages and tables.
func reads(path string) bool {
	for _, dir := range []string{"extract", "pack", "text", "clean"} {
		if strings.Contains(filepath.ToSlash(path), "/"+dir+"/") {
			return true
		}
	}
	return false
}

// wordsOf returns the string whole and each run of one to four of its
// words, so that multiword terms are found inside longer literals.
func wordsOf(s string) []string {
	ws := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'')
	})
	out := []string{s}
	for i := range ws {
		for n := 1; n <= 4 && i+n <= len(ws); n++ {
			out = append(out, strings.Join(ws[i:i+n], " "))
		}
	}
	return out
}
