package extract

import (
	"strings"
	"testing"

	"github.com/parley-news/parley"
)

func TestFindAssessments(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "polarity|text"
	}{
		{"negative verdict", "The two sides remain deadlocked over the hostages, a diplomat said.",
			[]string{"negative|The two sides remain deadlocked over the hostages"}},
		{"clause after that", "Officials said that the negotiations on a truce had stalled again.",
			[]string{"negative|the negotiations on a truce had stalled again"}},
		{"positive", "Egypt said it was hopeful that a ceasefire could be reached within days.",
			[]string{"positive|it was hopeful that a ceasefire could be reached within days"}},
		{"negated hope", "There has been no progress on the ceasefire since Sunday.",
			[]string{"negative|There has been no progress on the ceasefire since Sunday"}},
		{"negation turns hope", "A mediator said he was not optimistic about the truce talks.",
			[]string{"negative|he was not optimistic about the truce talks"}},
		{"one per clause, negative wins", "Hopes of a ceasefire faltered.",
			[]string{"negative|Hopes of a ceasefire faltered"}},
		{"quoted word keeps its clause", `A spokesman said a deal on the hostages was still "achievable".`,
			[]string{`positive|a deal on the hostages was still "achievable"`}},
		{"headline whole", "Truce talks stall as gaps remain\n\nThe delegations left Cairo.",
			[]string{"negative|Truce talks stall as gaps remain"}},
		{"denied hope", "Officials denied that the truce talks were progressing.",
			[]string{"negative|the truce talks were progressing"}},
		{"hope called false", `Both delegations said talk of a breakthrough in the ceasefire talks was "premature".`,
			[]string{"negative|talk of a breakthrough in the ceasefire talks was"}},
		{"no verdict", "Hamas demanded a full withdrawal.", nil},
	}
	set := load(t, "gaza-2024")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range findAssessments(docFor(t, set, tt.text)) {
				got = append(got, a.Polarity+"|"+a.Text)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%q\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestAssessmentSource(t *testing.T) {
	body := `Naim said the gap was still wide.`
	d := docFor(t, load(t, "gaza-2024"), body)
	content := strings.Index(body, "the gap")
	d.Attributions = []parley.Attribution{{Speaker: "Basem Naim", Party: "hamas", Cue: "said",
		Text: body[content : len(body)-1], Span: parley.Span{Start: content, End: len(body) - 1}}}
	as := findAssessments(d)
	if len(as) != 1 || as[0].Source != "Basem Naim" || as[0].Polarity != parley.Negative || as[0].Text != "the gap was still wide" {
		t.Errorf("got %+v", as)
	}
}

// TestAssessmentsNeedTalks: outside an article a negotiation pack was
// chosen for, a verdict word counts only beside an issue.
func TestAssessmentsNeedTalks(t *testing.T) {
	set := load(t)
	tests := []struct {
		text string
		want int
	}{
		{"The gap between the candidates narrowed in the latest poll.", 0},
		{"The gap between the two sides in the peace talks is still wide.", 1},
	}
	for _, tt := range tests {
		if got := len(findAssessments(docFor(t, set, tt.text))); got != tt.want {
			t.Errorf("%q: %d assessments, want %d", tt.text, got, tt.want)
		}
	}
}
