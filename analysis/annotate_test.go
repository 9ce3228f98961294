package analysis

import (
	"strings"
	"testing"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/pack"
)

func TestAnnotate(t *testing.T) {
	// position returns a position of actor with stance on issue spanning
	// the sentence of text that starts with start.
	position := func(text, start, actor, stance, issue string) parley.Position {
		i := strings.Index(text, start)
		end := i + strings.Index(text[i:], ".")
		return parley.Position{Actor: actor, Stance: stance, Issue: issue, Text: text[i:end], Span: parley.Span{Start: i, End: end}}
	}
	for _, tc := range []struct {
		name, text string
		position   [4]string // the sentence's start, actor, stance, issue
		draft      string    // the draft's name, "" for none
		venue      string
		mediators  string
	}{
		{"named draft", "Israel put forward the Paris draft on a truce. Others waited.",
			[4]string{"Israel put", "israel", parley.Propose, "truce"}, "Paris draft", "", ""},
		{"bare noun", "Israel put forward the proposal on a truce. Others waited.",
			[4]string{"Israel put", "israel", parley.Propose, "truce"}, "", "", ""},
		{"duration", "Hamas proposed a 42-day truce. Others waited.",
			[4]string{"Hamas proposed", "hamas", parley.Propose, "truce"}, "42-day truce", "", ""},
		{"venue and mediators", "Hamas sent a delegation to talks in Cairo with Egypt and Qatar. Others waited.",
			[4]string{"Hamas sent", "hamas", parley.Accept, "talks"}, "", "Cairo", "egypt,qatar"},
		{"no venue", "Hamas said talks would resume in March. Others waited.",
			[4]string{"Hamas said", "hamas", parley.Accept, "talks"}, "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := parley.Reading{Article: parley.Article{Text: tc.text},
				Positions: []parley.Position{position(tc.text, tc.position[0], tc.position[1], tc.position[2], tc.position[3])}}
			n := Annotate(&r, pack.Auto())
			draft := ""
			if len(n.Drafts) > 0 {
				draft = n.Drafts[0].Name
			}
			venue, mediators := "", ""
			if len(n.Venues) > 0 {
				venue, mediators = n.Venues[0].Venue, strings.Join(n.Venues[0].Mediators, ",")
			}
			if draft != tc.draft || venue != tc.venue || mediators != tc.mediators {
				t.Errorf("draft %q, venue %q with %q; want %q, %q with %q", draft, venue, mediators, tc.draft, tc.venue, tc.mediators)
			}
		})
	}
}

func TestAnnotateTerms(t *testing.T) {
	text := "The Israeli regime struck. Israel and Israeli officials spoke; the occupation went on."
	n := Annotate(&parley.Reading{Article: parley.Article{Text: text}}, pack.Auto())
	if want := 13; n.Words != want {
		t.Errorf("words = %d, want %d", n.Words, want)
	}
	got := map[string][2]int{}
	for _, u := range n.Terms {
		got[u.Term] = [2]int{u.LoadedN, u.NeutralN}
	}
	// "Israeli" is not "Israel": terms count as whole words.
	for term, want := range map[string][2]int{"the Israeli regime": {1, 1}, "the occupation": {1, 1}} {
		if got[term] != want {
			t.Errorf("%s: %v uses (loaded, neutral), want %v", term, got[term], want)
		}
	}
}
