package pack

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestBuiltinPacksLoad(t *testing.T) {
	for _, name := range Builtin() {
		t.Run(name, func(t *testing.T) {
			s, err := Load([]string{name})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Contains(s.Names(), name) || s.Names()[0] != Generic {
				t.Errorf("Names() = %v, want %s after %s", s.Names(), name, Generic)
			}
		})
	}
}

func TestLoadRefusesBadPacks(t *testing.T) {
	tests := []struct {
		name, yaml string
		line       int
		want       string
	}{
		{"bad yaml", "name: x\nparties: [\n", 2, "bad YAML"},
		{"unknown field", "name: x\nparty:\n  - id: a\n", 2, "bad YAML"},
		{"no name", "parties: []\n", 1, "no name"},
		{"unknown issue", "name: x\nissues:\n  - id: peace\n    phrases: [calm]\n", 3, `unknown issue id "peace"`},
		{"duplicate party", "name: x\nparties:\n  - id: a\n    names: [Alpha]\n  - id: a\n    names: [Beta]\n", 5, "duplicate party id a"},
		{"shared alias", "name: x\nparties:\n  - id: a\n    names: [Alpha]\n  - id: b\n    aliases: [alpha]\n", 6, "names both a and b"},
		{"alias of a generic party", "name: x\nparties:\n  - id: a\n    names: [Qatar]\n", 4, "names both qatar and a"},
		{"unknown stance", "name: x\nstances:\n  - id: ponder\n    cues: [mulls]\n", 3, `unknown stance id "ponder"`},
		{"mediator not a party", "name: x\nmediators: [nowhere]\n", 2, "mediator nowhere is not a party"},
		{"person of no party", "name: x\npeople:\n  - name: Ann Lee\n    party: nobody\n", 4, "unknown party nobody"},
		{"loaded without neutral", "name: x\nloaded:\n  - term: the foe\n", 3, "no neutral term"},
		{"titles outside the generic pack", "name: x\ntitles: [Alderman]\n", 2, "generic pack only"},
		{"unknown polarity", "name: x\nassessments:\n  - id: meh\n    cues: [so-so]\n", 3, "unknown polarity"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".yaml")
			if err := os.WriteFile(path, []byte(tt.yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := Load([]string{path})
			if err == nil {
				t.Fatalf("Load accepted it: %v", s.Names())
			}
			if s != nil {
				t.Error("Load returned a set with its error")
			}
			msg := err.Error()
			prefix := path
			if tt.line > 0 {
				prefix += ":" + strconv.Itoa(tt.line) + ":"
			}
			if !strings.HasPrefix(msg, prefix) || !strings.Contains(msg, tt.want) || !strings.Contains(msg, "(fix: ") {
				t.Errorf("error %q, want prefix %q, %q and a fix", msg, prefix, tt.want)
			}
		})
	}
}

func TestLoadUnknownRef(t *testing.T) {
	if _, err := Load([]string{"no-such-pack"}); err == nil || !strings.Contains(err.Error(), "gaza-2024") {
		t.Errorf("err = %v, want the built-in names", err)
	}
	if _, err := Load([]string{"/no/such/file.yaml"}); err == nil {
		t.Error("a missing file loaded")
	}
}

func gaza(t testing.TB) *Set {
	t.Helper()
	s, err := Load([]string{"gaza-2024"})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestPartyIn(t *testing.T) {
	s := gaza(t)
	tests := []struct{ in, want string }{
		{"a senior Hamas official", "hamas"},
		{"Israeli officials", "israel"},
		{"Prime Minister Benjamin Netanyahu", "israel"},
		{"Netanyahu", "israel"},
		{"Bassem Naim", "hamas"},
		{"the Iran-backed group", "hamas"},
		{"the Israeli regime", "israel"},
		{"Qatar's foreign ministry spokesman", "qatar"},
		{"the US State Department", "us"},
		{"he told us", ""},
		{"who said so", ""},
		{"a diplomat", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := s.PartyIn(tt.in); got != tt.want {
			t.Errorf("PartyIn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPerson(t *testing.T) {
	s := gaza(t)
	tests := []struct {
		in, name, party string
		ok              bool
	}{
		{"Basem Naim", "Basem Naim", "hamas", true},
		{"Bassem  Naim", "Basem Naim", "hamas", true},
		{"naim", "Basem Naim", "hamas", true},
		{"Gallant", "Yoav Gallant", "israel", true},
		{"Antony Blinken", "Antony Blinken", "us", true},
		{"John Smith", "", "", false},
	}
	for _, tt := range tests {
		p, ok := s.Person(tt.in)
		if ok != tt.ok || p.Name != tt.name || p.Party != tt.party {
			t.Errorf("Person(%q) = %+v, %v; want %s of %s", tt.in, p, ok, tt.name, tt.party)
		}
	}
}

func TestIsMedium(t *testing.T) {
	s := gaza(t)
	tests := []struct {
		in   string
		want bool
	}{
		{"Reuters", true},
		{"the New Arab website", true},
		{"Israel's Channel 12", true},
		{"a reporter", false},
		{"the ministry", false},
	}
	for _, tt := range tests {
		if got := s.IsMedium(tt.in); got != tt.want {
			t.Errorf("IsMedium(%q) = %v", tt.in, got)
		}
	}
}

func TestAutoPicksPacksByMention(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Hamas said on Monday it was studying the offer.", []string{"generic", "gaza-2024"}},
		{"Zelensky and Putin could meet in Istanbul, Turkey said.", []string{"generic", "russia-ukraine-2022"}},
		{"The union and the employers met in Detroit.", []string{"generic"}},
	}
	for _, tt := range tests {
		if got := Auto().For(tt.text).Names(); !slices.Equal(got, tt.want) {
			t.Errorf("For(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	if a, b := Auto().For("Hamas"), Auto().For("Israel"); a != b {
		t.Error("the same choice of packs built two sets")
	}
}

func TestExplicitSetIgnoresText(t *testing.T) {
	s := gaza(t)
	if s.For("Zelensky") != s {
		t.Error("For changed an explicitly loaded set")
	}
}

func TestNilSet(t *testing.T) {
	var s *Set
	if s.Names() != nil || s.PartyIn("Hamas") != "" || s.IsMedium("Reuters") || s.For("x") != nil ||
		s.IsMediator("qatar") || s.Issues() != nil || s.Lasting() != "" {
		t.Error("a nil set found something")
	}
	if _, ok := s.Person("Basem Naim"); ok {
		t.Error("a nil set knows a person")
	}
	s.Scan("Hamas", func(Match) { t.Error("a nil set matched") })
}

func TestScanFindsLongestPhrases(t *testing.T) {
	s := gaza(t)
	var got []string
	s.Scan("The Israeli regime rejected a six-week truce.", func(m Match) {
		got = append(got, m.ID+"="+"The Israeli regime rejected a six-week truce."[m.Start:m.End])
	})
	for _, want := range []string{"israel=The Israeli regime", "reject=rejected", "truce=truce"} {
		if !slices.Contains(got, want) {
			t.Errorf("Scan found %v, want %s among them", got, want)
		}
	}
}

func TestScanSkipsAdverbInsidePhrase(t *testing.T) {
	s := gaza(t)
	text := "The envoy was warning firmly against an assault."
	found := false
	s.Scan(text, func(m Match) {
		if m.Kind == KindStance && text[m.Start:m.End] == "warning firmly against" {
			found = true
		}
	})
	if !found {
		t.Error(`"warning firmly against" was not read as the cue "warning against"`)
	}
}
