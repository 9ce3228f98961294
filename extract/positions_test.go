package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/pack"
	"github.com/parley-news/parley/text"
)

// docFor splits an invented article for the finders; a first line ending
// in a blank line is its headline.
func docFor(t testing.TB, set *pack.Set, body string) *Doc {
	t.Helper()
	a := &parley.Article{Text: body}
	if i := strings.Index(body, "\n\n"); i >= 0 {
		a.BodyStart = i + 2
	}
	return &Doc{Article: a, Text: body, Paras: text.Paragraphs(body), Sents: text.Sentences(body), Pack: set}
}

func load(t testing.TB, refs ...string) *pack.Set {
	t.Helper()
	set, err := pack.Load(refs)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func triples(ps []parley.Position) []string {
	out := []string{}
	for _, p := range ps {
		out = append(out, fmt.Sprintf("%s %s %s", p.Actor, p.Stance, p.Issue))
	}
	slices.Sort(out)
	return out
}

type positionCase struct {
	name, text string
	want       []string // sorted "actor stance issue"
}

func checkPositions(t *testing.T, set *pack.Set, tests []positionCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docFor(t, set, tt.text)
			ps := findPositions(d)
			if got := triples(ps); !slices.Equal(got, tt.want) {
				t.Errorf("%q\n got %q\nwant %q", tt.text, got, tt.want)
			}
			for _, p := range ps {
				if d.Text[p.Start:p.End] != p.Text || p.Text == "" {
					t.Errorf("record text %q does not match its span", p.Text)
				}
			}
		})
	}
}

func TestFindPositions(t *testing.T) {
	checkPositions(t, load(t, "gaza-2024"), []positionCase{
		{"subject and verb cue", "Hamas insisted on a full withdrawal of Israeli troops from the enclave.",
			[]string{"hamas demand withdrawal"}},
		{"coordinated issues", "Hamas is demanding an end to the war and the return of displaced residents to their homes.",
			[]string{"hamas demand ceasefire", "hamas demand return"}},
		{"passive agent", "The talks centred on a ceasefire plan proposed by mediators from Egypt and Qatar.",
			[]string{"egypt propose ceasefire", "qatar propose ceasefire"}},
		{"possessive noun cue", "Israel's offer of a six-week truce was still on the table on Sunday.",
			[]string{"israel propose truce"}},
		{"noun cue after a verb is not the subject's", "Hamas received a draft proposal for a pause in the fighting.",
			[]string{}},
		{"negated acceptance", "Israel will not accept a permanent ceasefire, the minister said.",
			[]string{"israel reject ceasefire"}},
		{"rules out", "Hamas rules out a temporary truce.",
			[]string{"hamas reject truce"}},
		{"no need for", "Hamas sees no need for new negotiations.",
			[]string{"hamas reject talks"}},
		{"days make a truce", "Israel has proposed a 30-day ceasefire.",
			[]string{"israel propose truce"}},
		{"permanent makes a ceasefire", "Hamas wants a permanent truce.",
			[]string{"hamas demand ceasefire"}},
		{"halting an offensive is against it", "The United Nations called for a halt to the offensive in Rafah.",
			[]string{"un reject offensive"}},
		{"war goes on until", "Israel says the war will continue until Hamas is destroyed.",
			[]string{"israel demand governance", "israel reject ceasefire"}},
		{"power is only claimed", "Israel remains committed to the eradication of Hamas. Hamas refuses to give up its rule in Gaza.",
			[]string{"hamas demand governance", "israel demand governance"}},
		{"a rejected plan for power stays a rejection", "Egypt proposed that Hamas leaders leave Gaza for exile. Hamas rejected the proposal.",
			[]string{"egypt propose governance", "hamas reject governance"}},
		{"an order to halt an operation", "The army pressed on despite a World Court order to halt the offensive in Rafah.",
			[]string{"icj reject offensive"}},
		{"a draft nobody is said to have made", "Over a proposed six-week truce, there would be a surge in aid entering Gaza.",
			[]string{"mediators propose humanitarian", "mediators propose truce"}},
		{"the basis of talks is a demand", "Israel says it will negotiate only on the basis of the release of all hostages.",
			[]string{"israel demand prisoners"}},
		{"terms of a plan", "Egypt proposed a three-stage plan. Under the plan, Hamas would free 30 hostages.",
			[]string{"egypt propose prisoners"}},
		{"pronoun takes the paragraph's party", "Qatar has stepped up its mediation. It urged both sides to agree a truce.",
			[]string{"qatar demand truce"}},
		{"motives are not positions", "Israel is not interested in ending the war, a Hamas official claimed.",
			[]string{}},
		{"one record per triple", "Hamas demanded a full withdrawal. Later Hamas again demanded the withdrawal of all troops.",
			[]string{"hamas demand withdrawal"}},
		{"headline", "Hamas rejects interim truce\n\nThe group spoke on Monday.",
			[]string{"hamas reject truce"}},
		{"issue talks qualified", "Israel agreed to resume ceasefire talks in Cairo.",
			[]string{"israel accept talks"}},
		{"rather than", "Hamas wants a lasting ceasefire rather than a temporary truce.",
			[]string{"hamas demand ceasefire", "hamas reject truce"}},
		{"made to do is no stance", "Qatar said Israel would be forced to accept a ceasefire.",
			[]string{}},
		{"pressure on a party is no stance of it", "Egypt is piling pressure on Hamas to accept the truce.",
			[]string{}},
		{"the proposal named before", "Egypt proposed a 60-day truce. Israel rejected the proposal on Monday.",
			[]string{"egypt propose truce", "israel reject truce"}},
		{"an owned proposal named before", "Qatar drafted a ceasefire plan. Officials said it was in fact an American proposal.",
			[]string{"qatar propose ceasefire", "us propose ceasefire"}},
		{"pronoun owns the noun", "Hamas restated its demands for a complete withdrawal.",
			[]string{"hamas demand withdrawal"}},
		{"modal: the demand is the narrator's subject's", "Hamas holds that any truce must include the release of prisoners.",
			[]string{"hamas demand prisoners", "hamas demand truce"}},
		{"approving an operation is pressing for it", "Israel's cabinet approved plans for an offensive in Rafah.",
			[]string{"israel demand offensive"}},
		{"venue is no agent", "Hamas studied a draft from the Cairo talks on a truce.",
			[]string{}},
		{"apposition is not coordination", "As Iran and Israel trade threats, the Qatari premier called for a truce.",
			[]string{"qatar demand truce"}},
	})
}

func TestPositionConditional(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Hamas will accept a truce only if the siege is lifted.", true},
		{"Hamas rules out a truce without a full withdrawal.", true},
		{"Hamas demanded a full withdrawal.", false},
	}
	set := load(t, "gaza-2024")
	for _, tt := range tests {
		ps := findPositions(docFor(t, set, tt.text))
		if len(ps) == 0 {
			t.Errorf("%q: no position", tt.text)
			continue
		}
		if ps[0].Conditional != tt.want {
			t.Errorf("%q: conditional = %v", tt.text, ps[0].Conditional)
		}
	}
}

func TestPositionsUseTheSpeakersParty(t *testing.T) {
	body := `Naim said it would not accept a temporary truce.`
	d := docFor(t, load(t, "gaza-2024"), body)
	content := strings.Index(body, "it would")
	d.Attributions = []parley.Attribution{{Speaker: "Basem Naim", Party: "hamas", Cue: "said",
		Text: body[content:], Span: parley.Span{Start: content, End: len(body)}}}
	ps := findPositions(d)
	if got := triples(ps); !slices.Equal(got, []string{"hamas reject truce"}) {
		t.Fatalf("got %q", got)
	}
	if ps[0].Speaker != "Basem Naim" {
		t.Errorf("speaker = %q", ps[0].Speaker)
	}
}

func TestPositionsReportedAboutTheOtherSide(t *testing.T) {
	body := `Israeli officials said Hamas is insisting on a complete withdrawal.`
	d := docFor(t, load(t, "gaza-2024"), body)
	content := strings.Index(body, "Hamas")
	d.Attributions = []parley.Attribution{{Speaker: "Israeli officials", Party: "israel", Cue: "said",
		Text: body[content:], Span: parley.Span{Start: content, End: len(body)}}}
	if got := triples(findPositions(d)); !slices.Equal(got, []string{"hamas demand withdrawal"}) {
		t.Errorf("got %q", got)
	}
}

// TestPositionsSkipImputedMotives: one side's claim that the other does
// not want something is a claim about motives, not the other's position.
func TestPositionsSkipImputedMotives(t *testing.T) {
	body := `An Israeli official said Hamas does not want a hostage deal.`
	d := docFor(t, load(t, "gaza-2024"), body)
	content := strings.Index(body, "Hamas")
	d.Attributions = []parley.Attribution{{Speaker: "An Israeli official", Party: "israel", Cue: "said",
		Text: body[content:], Span: parley.Span{Start: content, End: len(body)}}}
	if got := triples(findPositions(d)); len(got) != 0 {
		t.Errorf("got %q", got)
	}
}

// TestThirdPackPositions shows a negotiation written only in YAML read as
// well as the first one.
func TestThirdPackPositions(t *testing.T) {
	checkPositions(t, load(t, "russia-ukraine-2022"), []positionCase{
		{"demand", "Russia demanded that Ukraine adopt a neutral status.",
			[]string{"russia demand governance"}},
		{"negated acceptance", "Kyiv will not accept any ceasefire that leaves Russian troops on its land.",
			[]string{"ukraine reject ceasefire"}},
		{"proposal", "Ukraine proposed security guarantees from a group of states.",
			[]string{"ukraine propose guarantees"}},
		{"accepted withdrawal", "Moscow agreed to scale back military activity around the capital.",
			[]string{"russia accept withdrawal"}},
		{"mediator", "Turkey offered to host new peace talks in Istanbul.",
			[]string{"turkey propose talks"}},
		{"person speaks for party", "Zelensky called for humanitarian corridors out of the besieged port.",
			[]string{"ukraine demand humanitarian"}},
		{"prisoners", "The Kremlin rejected an exchange of prisoners of war.",
			[]string{"russia reject prisoners"}},
	})
}

func TestFindPositionsWithoutPacks(t *testing.T) {
	if ps := findPositions(docFor(t, nil, "Hamas demanded a full withdrawal.")); ps != nil {
		t.Errorf("found %v with no packs", ps)
	}
}

func FuzzFindPositions(f *testing.F) {
	f.Add("Hamas insisted on a full withdrawal of Israeli troops.")
	f.Add("Israel's offer of a 42-day truce, proposed by mediators from Egypt and Qatar, was rejected.")
	f.Add("Under the plan, Hamas would free 30 hostages only if the war ends.\n\nIt said so.")
	f.Add("“No,” — by by by from ’s 's")
	set := load(f, "gaza-2024")
	f.Fuzz(func(t *testing.T, body string) {
		d := docFor(t, set, body)
		for _, p := range findPositions(d) {
			if p.Start < 0 || p.End > len(body) || p.Start > p.End || body[p.Start:p.End] != p.Text {
				t.Fatalf("bad span %+v", p)
			}
		}
		for _, a := range findAssessments(d) {
			if a.Start < 0 || a.End > len(body) || a.Start > a.End || body[a.Start:a.End] != a.Text {
				t.Fatalf("bad span %+v", a)
			}
		}
	})
}

// BenchmarkFindPositions reads positions and assessments out of the dev
// articles (../shared/corpus), each given its packs beforehand.
func BenchmarkFindPositions(b *testing.B) {
	texts := devTexts(b)
	if len(texts) == 0 {
		b.Skip("no dev corpus beside the repo")
	}
	var docs []*Doc
	for _, s := range texts {
		docs = append(docs, docFor(b, pack.Auto().For(s), s))
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		d := docs[i%len(docs)]
		findPositions(d)
		findAssessments(d)
		d.release() // split again next time, as reading does
	}
}
