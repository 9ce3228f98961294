package text

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-news/parley"
)

func sentenceTexts(s string) []string {
	var out []string
	for _, sp := range Sentences(s) {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "Talks resumed. Both sides attended.", []string{"Talks resumed.", "Both sides attended."}},
		{"line breaks always end one", "No period here\nNext line.", []string{"No period here", "Next line."}},
		{"titles are not ends", "Mr. Lopez met Gen. Ruiz in St. Paul.", []string{"Mr. Lopez met Gen. Ruiz in St. Paul."}},
		{"military ranks and plural titles are not ends", "Brig. Gen. Ruiz met Cpl. Lee and Sens. Diaz and Poe.", []string{"Brig. Gen. Ruiz met Cpl. Lee and Sens. Diaz and Poe."}},
		{"dotted acronyms", "The U.S. envoy and the U.N. team left.", []string{"The U.S. envoy and the U.N. team left."}},
		{"initials", "J. R. Smith said so. Then he left.", []string{"J. R. Smith said so.", "Then he left."}},
		{"no before a number", "He lives at No. 4 Quay Street. The vote was no. Then he left.", []string{"He lives at No. 4 Quay Street.", "The vote was no.", "Then he left."}},
		{"a time of day before its day", "The ferry left at 6 a.m. Friday and docked at 9 p.m. ET. Then it rained at 4 p.m. Nobody left.",
			[]string{"The ferry left at 6 a.m. Friday and docked at 9 p.m. ET.", "Then it rained at 4 p.m.", "Nobody left."}},
		{"quote closes the sentence", `"We are ready." The envoy smiled.`, []string{`"We are ready."`, "The envoy smiled."}},
		{"question inside a quote", `"Why now?" she asked.`, []string{`"Why now?" she asked.`}},
		{"ellipsis before lower case", "They explored contacts... that fall short of talks.", []string{"They explored contacts... that fall short of talks."}},
		{"spaced ellipsis", "Ideas. . . that test the water. New round.", []string{"Ideas. . . that test the water.", "New round."}},
		{"decimal numbers", "Some 1.4 million people fled. Aid fell.", []string{"Some 1.4 million people fled.", "Aid fell."}},
		{"stray closing mark after a period", `They met in Doha. " The reports say more.`, []string{"They met in Doha.", `" The reports say more.`}},
		{"digits start a sentence", "It ended. 40 hostages were freed.", []string{"It ended.", "40 hostages were freed."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.in)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Hamas's offer, 1,200 people", []string{"Hamas's", "offer", ",", "1,200", "people"}},
		{"Abu-Zuhri told Mr. Lee", []string{"Abu-Zuhri", "told", "Mr.", "Lee"}},
		{"the U.S. said 1.4 million", []string{"the", "U.S.", "said", "1.4", "million"}},
		{"''Stop,'' he said.", []string{"''", "Stop", ",", "''", "he", "said", "."}},
		{"“Done.”", []string{"“", "Done", ".", "”"}},
		{"the pilots' union and the nurses’ pay", []string{"the", "pilots'", "union", "and", "the", "nurses’", "pay"}},
		{"the word 'yes'.", []string{"the", "word", "'", "yes", "'", "."}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokens(tt.in, parley.Span{Start: 0, End: len(tt.in)}) {
			got = append(got, tok.Text)
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzSegment checks the segmenter's invariants on any input: sentences and
// tokens are ordered, non-overlapping, inside the text, on rune boundaries,
// and a token's text is the text at its offsets.
func FuzzSegment(f *testing.F) {
	for _, s := range []string{"Mr. A said. B left.", "“Q?” he asked.\n\nNext.", "U.S. . . x", "''", "\xff\xfe", "a\u00a0b. C"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range Sentences(s) {
			if sp.Start < prev || sp.End < sp.Start || sp.End > len(s) {
				t.Fatalf("bad sentence span %v after %d in %d bytes", sp, prev, len(s))
			}
			if utf8.ValidString(s) && (!utf8.ValidString(s[sp.Start:sp.End])) {
				t.Fatalf("sentence %v splits a rune", sp)
			}
			prev = sp.End
			tprev := sp.Start
			for _, tok := range Tokens(s, sp) {
				if tok.Start < tprev || tok.End <= tok.Start || tok.End > sp.End || s[tok.Start:tok.End] != tok.Text {
					t.Fatalf("bad token %+v in sentence %v", tok, sp)
				}
				tprev = tok.End
			}
		}
	})
}

// TestSentencesSplitBetweenTokens checks what the finders rely on to
// tokenize an article once: a sentence ends where no token goes on, so the
// tokens of its sentences are the tokens of its paragraphs.
func TestSentencesSplitBetweenTokens(t *testing.T) {
	for _, s := range []string{
		"Talks resumed. Both sides attended.\nNo period here\n\nNext line.",
		"The envoy met the U.S. The aides waited.",
		`"Why now?" she asked. "Because." Then silence…  More later?! Yes.`,
		"Ideas. . . that test the water. New round. 40 left.",
		"It cost $1.4bn. ''Quoted,'' said Mr. Ruiz. (Aside.) [Note.] Done",
		"Überall Ärger. Ça va. Ωmega — dash – dash. Ok",
		"x.Y no split. A.\tB.\u00a0C. D.\u2003E.",
	} {
		var bySentence, byParagraph []Token
		for _, sp := range Sentences(s) {
			bySentence = AppendTokens(bySentence, s, sp)
		}
		for _, sp := range Paragraphs(s) {
			byParagraph = AppendTokens(byParagraph, s, sp)
		}
		if !slices.Equal(bySentence, byParagraph) {
			t.Errorf("%q:\nby sentence  %v\nby paragraph %v", s, bySentence, byParagraph)
		}
	}
}

func TestParagraphsBreakBetweenQuotedParagraphs(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{`She said: "The wells are dry. ""We walk for water every day."`,
			[]string{`She said: "The wells are dry. "`, `"We walk for water every day."`}},
		{`"It is over!""No, it is not," he said.`,
			[]string{`"It is over!"`, `"No, it is not," he said.`}},
		// An empty quotation or a mark doubled inside a sentence is no break.
		{`He called it "" on air. The word was "".`, []string{`He called it "" on air. The word was "".`}},
		{"One line.\nTwo \"\" lines.", []string{"One line.", "Two \"\" lines."}},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range Paragraphs(tt.in) {
			got = append(got, tt.in[sp.Start:sp.End])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Paragraphs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
