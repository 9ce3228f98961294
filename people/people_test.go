package people

import (
	"strings"
	"testing"
)

// step is one name given to a Merger and what it must answer.
type step struct {
	name      string
	canonical string
	reason    string // a substring of the reason; "" means no reason
}

func TestMerger(t *testing.T) {
	tests := []struct {
		name  string
		steps []step
	}{
		{"doubled letter in given name", []step{
			{"Basem Naim", "Basem Naim", ""},
			{"Bassem Naim", "Basem Naim", "spelling variant of Basem Naim (edit distance 1 on given name)"},
			{"Bassem Naim", "Basem Naim", "spelling variant"},
		}},
		{"two given names, each a variant", []step{
			{"Mohammed Bassem Naim", "Mohammed Bassem Naim", ""},
			{"Mohamed Basem Naim", "Mohammed Bassem Naim", "edit distance 1 on each of its given names"},
		}},
		{"vowel for vowel", []step{
			{"Ahmad Khalil", "Ahmad Khalil", ""},
			{"Ahmed Khalil", "Ahmad Khalil", "spelling variant of Ahmad Khalil"},
		}},
		{"surname typo with a shared token", []step{
			{"Sami Abu Zuhri", "Sami Abu Zuhri", ""},
			{"Abu Zuhriv", "Sami Abu Zuhri", "edit distance 1 on surname"},
		}},
		{"shorter and fuller forms", []step{
			{"Abu Zuhri", "Abu Zuhri", ""},
			{"Sami Abu Zuhri", "Abu Zuhri", "fuller form of Abu Zuhri"},
		}},
		{"surname only, one known person", []step{
			{"Basem Naim", "Basem Naim", ""},
			{"Naim", "Basem Naim", "surname-only mention of Basem Naim"},
			{"naim,", "Basem Naim", "surname-only mention"},
		}},
		{"case and punctuation", []step{
			{"  Antony   Blinken ", "Antony Blinken", ""},
			{"ANTONY BLINKEN,", "Antony Blinken", "same name as Antony Blinken"},
			{"(Antony Blinken)", "Antony Blinken", ""},
		}},
		{"two people share a surname", []step{
			{"Ali Smith", "Ali Smith", ""},
			{"John Smith", "John Smith", ""},
			{"Smith", "Smith", ""},
		}},
		{"similar surnames, different people", []step{
			{"Ali Hamdan", "Ali Hamdan", ""},
			{"Hamad", "Hamad", ""},
			{"Osama Hamad", "Osama Hamad", ""},
			{"Ali Hamad", "Ali Hamad", ""},
		}},
		{"given names one consonant apart", []step{
			{"Mark Evans", "Mark Evans", ""},
			{"Mary Evans", "Mary Evans", ""},
			{"Dan Cole", "Dan Cole", ""},
			{"Don Cole", "Don Cole", ""},
		}},
		{"different initial", []step{
			{"Ali Nasser", "Ali Nasser", ""},
			{"Eli Nasser", "Eli Nasser", ""},
		}},
		{"short surnames one letter apart", []step{
			{"Omar Hamid", "Omar Hamid", ""},
			{"Omar Hamad", "Omar Hamad", ""},
		}},
		{"long surname one letter apart", []step{
			{"Yahya Sinwar", "Yahya Sinwar", ""},
			{"Yahya Sinwer", "Yahya Sinwar", "edit distance 1 on surname"},
		}},
		{"given name variant of four letters", []step{
			{"Sami Khoury", "Sami Khoury", ""},
			{"Samy Khoury", "Sami Khoury", "edit distance 1 on given name"},
		}},
		{"surname typo without a shared token", []step{
			{"Khalil al-Hayya", "Khalil al-Hayya", ""},
			{"Ismail Haniyeh", "Ismail Haniyeh", ""},
			{"Haniyah", "Haniyah", ""},
		}},
		{"ambiguous variant stays apart", []step{
			{"Basem Naim", "Basem Naim", ""},
			{"Hazem Naim", "Hazem Naim", ""},
			{"Naim", "Naim", ""},
		}},
		{"no letters", []step{
			{" -- ", "", ""},
			{"", "", ""},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m Merger
			for _, s := range tt.steps {
				canonical, reason := m.Add(s.name)
				if canonical != s.canonical {
					t.Errorf("Add(%q) = %q, want %q (reason %q)", s.name, canonical, s.canonical, reason)
				}
				if s.reason == "" && reason != "" || !strings.Contains(reason, s.reason) {
					t.Errorf("Add(%q) reason = %q, want %q", s.name, reason, s.reason)
				}
			}
		})
	}
}

func FuzzMerger(f *testing.F) {
	f.Add("Basem Naim", "Bassem Naim")
	f.Add("Sami Abu Zuhri", "Abu Zuhriv")
	f.Add("\xff\xfe abc", "\xfe\xff abc")
	f.Add("Al Al", "Al")
	f.Fuzz(func(t *testing.T, a, b string) {
		var m Merger
		ca, _ := m.Add(a)
		cb, reason := m.Add(b)
		if reason != "" && cb != ca {
			t.Fatalf("%q merged into %q, which was never added (reason %q)", b, cb, reason)
		}
		if again, _ := m.Add(b); again != cb {
			t.Fatalf("Add(%q) answered %q, then %q", b, cb, again)
		}
	})
}

func BenchmarkMerger(b *testing.B) {
	names := []string{"Basem Naim", "Bassem Naim", "Sami Abu Zuhri", "Abu Zuhriv", "Naim",
		"Antony Blinken", "Blinken", "Ali Smith", "John Smith", "Smith"}
	b.ReportAllocs()
	for b.Loop() {
		var m Merger
		for _, n := range names {
			m.Add(n)
		}
	}
}
