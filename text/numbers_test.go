package text

import (
	"testing"

	"github.com/parley-news/parley"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"12", 12, true},
		{"48,500", 48500, true},
		{"3,250,000", 3250000, true},
		{"2.75", 2.75, true},
		{"3.6 million", 3600000, true},
		{"$9bn", 9e9, true},
		{"US$2.5 billion", 2.5e9, true},
		{"£300m", 3e8, true},
		{"NIS 1.5 billion", 1.5e9, true},
		{"40k", 40000, true},
		{"nine", 9, true},
		{"Twelve", 12, true},
		{"forty-three", 43, true},
		{"twenty six thousands", 26000, true},
		{"three hundred and twenty", 320, true},
		{"Four hundred and sixty-two", 462, true},
		{"one million two hundred thousand", 1200000, true},
		{"a million", 1e6, true},
		{"an estimated", 0, false},
		{"a dozen", 12, true},
		{"half a million", 500000, true},
		{"$1.5-billion", 1.5e9, true},
		{"two dozen", 24, true},
		{"6 thousand", 6000, true},
		{"$65.4 billion", 65.4e9, true}, // 65.4*1e9 is not 65.4e9 in binary
		{"0.7 million", 700000, true},
		{"2.4 mln", 2400000, true}, // wire-agency abbreviations
		{"$3 bln", 3e9, true},
		{"12mln", 12e6, true},
		// not one plain number
		{"thousands", 0, false},
		{"dozens", 0, false},
		{"hundreds", 0, false},
		{"9th", 0, false},
		{"third", 0, false},
		{"12:30", 0, false},
		{"5km", 0, false},
		{"1,20", 0, false},
		{"1234,567", 0, false},
		{"1,234,56", 0, false},
		{"12,345.5", 12345.5, true},
		{",5", 0, false},
		{"1.2.3", 0, false},
		{"seven eight", 0, false},
		{"ten-day", 0, false},
		{"a", 0, false},
		{"$", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseNumber(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFindNumbers(t *testing.T) {
	tests := []struct {
		in       string
		text     string // the first number's span
		value    float64
		high     float64
		suffix   string
		currency string
	}{
		{"Aid groups counted 1,850 tents.", "1,850", 1850, 0, "", ""},
		{"They agreed a 21-day pause.", "21-day", 21, 0, "day", ""},
		{"They agreed a three-day pause.", "three-day", 3, 0, "day", ""},
		{"a twenty-one-day pause", "twenty-one-day", 21, 0, "day", ""},
		{"the tally since March 3 to 41,200 dead", "3", 3, 0, "", ""},
		{"between 1 and 200 people", "1 and 200", 1, 200, "", ""},
		{"a four-month-old girl", "four-month-old", 4, 0, "month-old", ""},
		{"between 2.1-2.4 million people", "2.1-2.4 million", 2.1e6, 2.4e6, "", ""},
		{"some 2.1 to 2.4 million people", "2.1 to 2.4 million", 2.1e6, 2.4e6, "", ""},
		{"some 300,000 - 400,000 people", "300,000 - 400,000", 300000, 400000, "", ""},
		{"for two or three weeks", "two or three", 2, 3, "", ""},
		{"from 80 to 120 trucks", "80", 80, 0, "", ""},
		{"anywhere from 80 to 120 trucks", "80 to 120", 80, 120, "", ""},
		{"between 700 and 1,000 prisoners", "700 and 1,000", 700, 1000, "", ""},
		{"Israel and 40 others", "40", 40, 0, "", ""},
		{"between 5 and 7 March", "5 and 7", 5, 7, "", ""},
		{"Congress approved $26bn in aid.", "$26bn", 26e9, 0, "", "usd"},
		{"a €50 million fund", "€50 million", 50e6, 0, "", "eur"},
		{"over a million people", "a million", 1e6, 0, "", ""},
		{"over fifty two thousands Syrians", "fifty two thousands", 52000, 0, "", ""},
		{"ten or 11 days", "ten", 10, 0, "", ""},
		{"five to 12 ferries", "five to 12", 5, 12, "", ""},
		{"12 or fifteen ferries", "12", 12, 0, "", ""},
		{"a 14-billion-dollar package", "14-billion-dollar", 14e9, 0, "dollar", ""},
		{"Ottawa sent C$2bn.", "C$2bn", 2e9, 0, "", "cad"},
		{"a A$40 million grant", "A$40 million", 40e6, 0, "", "aud"},
		{"A quarter of a million people fled.", "A quarter of a million", 250000, 0, "", ""},
		{"some two and a half million people", "two and a half million", 2.5e6, 0, "", ""},
		{"a third of a million tents", "a third of a million", 333333.333333, 0, "", ""}, // twelve significant digits
	}
	for _, tt := range tests {
		toks := Tokens(tt.in, parley.Span{Start: 0, End: len(tt.in)})
		nums := FindNumbers(toks, nil)
		if len(nums) == 0 {
			t.Errorf("%q: no number", tt.in)
			continue
		}
		n := nums[0]
		got := tt.in[n.Start:n.End]
		if got != tt.text || n.Value != tt.value || n.High != tt.high || n.Suffix != tt.suffix || n.Currency != tt.currency {
			t.Errorf("%q: got %q value %v high %v suffix %q currency %q; want %q %v %v %q %q",
				tt.in, got, n.Value, n.High, n.Suffix, n.Currency, tt.text, tt.value, tt.high, tt.suffix, tt.currency)
		}
	}
}

func TestFindNumbersSeparate(t *testing.T) {
	in := "On day 3 some 12 of 40 trucks crossed, and seven more followed."
	toks := Tokens(in, parley.Span{Start: 0, End: len(in)})
	var got []float64
	for _, n := range FindNumbers(toks, nil) {
		got = append(got, n.Value)
	}
	want := []float64{3, 12, 40, 7}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got %v, want %v", got, want)
		}
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"1,200", "3.6 million", "$9bn", "thirty-seven thousands", "a million",
		"two or three", "2.1-2.4 million", "42-day", "two hundred and five", "US$ 4", "9,99,9", "1e308", "99999999999999999999999 trillion"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := ParseNumber(s)
		if !ok && v != 0 {
			t.Errorf("ParseNumber(%q) = %v with ok false", s, v)
		}
		toks := Tokens(s, parley.Span{Start: 0, End: len(s)})
		nums := FindNumbers(toks, nil)
		if len(nums) > 0 && !MayHoldNumber(s) {
			t.Errorf("MayHoldNumber(%q) = false, but FindNumbers finds %+v", s, nums[0])
		}
		for _, n := range nums {
			if n.Start < 0 || n.End > len(s) || n.Start > n.End || n.First >= n.Last || n.Last > len(toks) {
				t.Fatalf("%q: bad number %+v", s, n)
			}
		}
	})
}

func TestMayHoldNumber(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"The talks resumed on Tuesday.", false},
		{"Someone said nothing.", false},
		{"They met for 9 hours.", true},
		{"They met for Nine hours.", true},
		{"a two-day visit", true},
		{"a million people", true},
		{"Thirty-seven thousands", true},
		{"", false},
	}
	for _, tt := range tests {
		if got := MayHoldNumber(tt.in); got != tt.want {
			t.Errorf("MayHoldNumber(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestMayHoldNumberAgrees checks the cheap test never misses a number.
func TestMayHoldNumberAgrees(t *testing.T) {
	for _, s := range []string{"$9bn", "a dozen eggs", "twenty-one-day", "2.1-2.4 million", "US$ 4", "over fifty two thousands"} {
		toks := Tokens(s, parley.Span{Start: 0, End: len(s)})
		if len(FindNumbers(toks, nil)) > 0 && !MayHoldNumber(s) {
			t.Errorf("MayHoldNumber(%q) = false, but it holds a number", s)
		}
	}
}
