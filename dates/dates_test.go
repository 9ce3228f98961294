package dates

import (
	"strings"
	"testing"
	"time"
)

// published is the publication date, a Wednesday, of the invented articles below.
var published = time.Date(2024, 7, 10, 18, 30, 0, 0, time.FixedZone("EEST", 3*3600))

func TestResolve(t *testing.T) {
	tests := []struct {
		phrase string
		ref    time.Time
		want   string // Range.String(); "" for unknown
	}{
		{"on Wednesday", published, "2024-07-10"},
		{"on Tuesday evening", published, "2024-07-09"},
		{"Thursday", published, "2024-07-04"},
		{"last Wednesday", published, "2024-07-03"},
		{"next Monday", published, "2024-07-15"},
		{"yesterday", published, "2024-07-09"},
		{"Today", published, "2024-07-10"},
		{"tomorrow", published, "2024-07-11"},
		{"last night", published, "2024-07-09"},
		{"the day before yesterday", published, "2024-07-08"},
		{"last week", published, "2024-07-01..2024-07-07"},
		{"this week", published, "2024-07-08..2024-07-14"},
		{"earlier this month", published, "2024-07-01..2024-07-10"},
		{"later this week", published, "2024-07-10..2024-07-14"},
		{"last month", published, "2024-06-01..2024-06-30"},
		{"last year", published, "2023-01-01..2023-12-31"},
		{"in June", published, "2024-06-01..2024-06-30"},
		{"in August", published, "2023-08-01..2023-08-31"},
		{"June", published, "2024-06-01..2024-06-30"},
		{"early June", published, "2024-06-01..2024-06-30"},
		{"on July 2", published, "2024-07-02"},
		{"October 7", published, "2023-10-07"},
		{"Oct. 7th", published, "2023-10-07"},
		{"the 7th of October", published, "2023-10-07"},
		{"7th of October", published, "2023-10-07"},
		{"2 July 2023", published, "2023-07-02"},
		{"July 2, 2024", published, "2024-07-02"},
		{"Sunday, 7 October 2023", published, "2023-10-07"},
		{"July 2024", published, "2024-07-01..2024-07-31"},
		{"in 2023", published, "2023-01-01..2023-12-31"},
		{"on 7 October last year", published, "2023-10-07"},
		{"in November last year", published, "2023-11-01..2023-11-30"},
		{"on 1 December this year", published, "2024-12-01"},
		{"in the past week", published, "2024-07-03..2024-07-10"},
		{"the past weeks", published, ""},
		{"the 5th", published, ""},
		{"a fortnight ago", published, ""},
		{"2024-06-30", published, "2024-06-30"},
		{"since last week", published, "2024-07-01..2024-07-10"},
		{"since October 7", published, "2023-10-07..2024-07-10"},
		{"since June", published, "2024-06-01..2024-07-10"},
		{"three days ago", published, "2024-07-07"},
		{"two weeks ago", published, "2024-06-24..2024-06-30"},
		{"a month ago", published, "2024-06-01..2024-06-30"},
		{"the past week", published, "2024-07-03..2024-07-10"},
		{"talks resumed last week", published, ""},
		{"the past three days", published, "2024-07-07..2024-07-10"},
		{"2nd of July 2024 at 5pm", published, "2024-07-02"}, // go-dateparser
		{"last month", time.Date(2024, 3, 31, 0, 0, 0, 0, time.UTC), "2024-02-01..2024-02-29"},
		{"a month ago", time.Date(2024, 3, 31, 0, 0, 0, 0, time.UTC), "2024-02-01..2024-02-29"},
		{"earlier this month", time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC), "2024-07-01"},
		{"February 29", time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), ""},
		{"June 31", published, ""},
		{"2024-13-01", published, ""},
		{"02/07/2024", published, ""},
		{"5", published, ""},
		{"soon", published, ""},
		{"may", published, ""},
		{"the talks", published, ""},
		{"", published, ""},
		{"on Wednesday", time.Time{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			r, ok := Resolve(tt.phrase, tt.ref)
			got := ""
			if ok {
				got = r.String()
			}
			if got != tt.want {
				t.Errorf("Resolve(%q) = %q, want %q", tt.phrase, got, tt.want)
			}
		})
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want []string // "matched text = range"
	}{
		{"Hamas said on Tuesday evening that it had received the proposal last week.",
			[]string{"on Tuesday evening = 2024-07-09", "last week = 2024-07-01..2024-07-07"}},
		{"The talks, which began in June, may resume in May if both sides agree.",
			[]string{"in June = 2024-06-01..2024-06-30", "in May = 2024-05-01..2024-05-31"}},
		{"March organisers gathered outside the ministry; nobody may leave.", nil},
		{"Since October 7, the army has called up reservists twice.",
			[]string{"Since October 7 = 2023-10-07..2024-07-10"}},
		{"Envoys met Wednesday, July 3, in Cairo and again earlier this week.",
			[]string{"Wednesday, July 3 = 2024-07-03", "earlier this week = 2024-07-08..2024-07-10"}},
		{"He spoke on Monday. 2024 has been the hardest year, he added.",
			[]string{"on Monday = 2024-07-08"}},
		{"Three days ago, the envoy said the gaps were narrowing.",
			[]string{"Three days ago = 2024-07-07"}},
		{"The deadline passed at the end of June\u00a0and talks stalled until mid-March.",
			[]string{"June = 2024-06-01..2024-06-30", "mid-March = 2024-03-01..2024-03-31"}},
		{"Qatar\u2019s premier said on Sunday\u00a0night that 1,200 people had been freed.",
			[]string{"on Sunday\u00a0night = 2024-07-07"}},
		{"No date here, only 12 hostages and 3,000 aid trucks.", nil},
		{"She told USA Today on Monday that Fox News Sunday had the interview.",
			[]string{"on Monday = 2024-07-08"}},
		{"A pause that would last weeks could begin this month.",
			[]string{"this month = 2024-07-01..2024-07-31"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, m := range Find(tt.text, published) {
				if tt.text[m.Start:m.End] != m.Text {
					t.Errorf("offsets %d:%d do not hold %q", m.Start, m.End, m.Text)
				}
				got = append(got, m.Text+" = "+m.Range.String())
			}
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("Find =\n  %q\nwant\n  %q", got, tt.want)
			}
		})
	}
}

func FuzzFind(f *testing.F) {
	f.Add("Hamas said on Tuesday evening that it had received the proposal last week.")
	f.Add("Since October 7, 2023-06-30 and 2 July 2023; the past 3 days, two weeks ago")
	f.Add("\xff\xfe Oct.\u00a07th \u2014 mid-June, 9999-99-99")
	f.Fuzz(func(t *testing.T, text string) {
		end := 0
		for _, m := range Find(text, published) {
			if m.Start < end || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("bad offsets %d:%d after %d in %d bytes", m.Start, m.End, end, len(text))
			}
			if m.Range.Last.Before(m.Range.First) {
				t.Fatalf("%q: range %v ends before it starts", m.Text, m.Range)
			}
			end = m.End
		}
	})
}

func FuzzResolve(f *testing.F) {
	f.Add("on Tuesday evening")
	f.Add("2nd of July 2024 at 5pm")
	f.Add("since 1900")
	f.Add("the past 100 years")
	f.Fuzz(func(t *testing.T, phrase string) {
		if r, ok := Resolve(phrase, published); ok && r.Last.Before(r.First) {
			t.Fatalf("%q: range %v ends before it starts", phrase, r)
		}
	})
}

func BenchmarkFind(b *testing.B) {
	paragraph := "Mediators said on Tuesday evening that the gaps had narrowed since last week, " +
		"and that a delegation would travel to Cairo later this week. The proposal, first " +
		"tabled in May, builds on the framework agreed on July 2, officials said, adding that " +
		"a response was expected within days and that 1,200 aid trucks had entered since June.\n"
	text := strings.Repeat(paragraph, 3000/len(paragraph)+1)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, published)
	}
}
