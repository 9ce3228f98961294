package server

import (
	"reflect"
	"testing"
)

func TestSegments(t *testing.T) {
	fact := func(kind string, start, end int) Fact {
		return Fact{Kind: kind, Start: start, End: end, Anchor: anchor(kind, start, end)}
	}
	type seg struct{ Text, Anchors string }
	tests := []struct {
		name  string
		text  string
		facts []Fact
		want  []seg
	}{
		{"none", "abc", nil, []seg{{"abc", ""}}},
		{"nested", "he said no truce.", []Fact{fact("attribution", 0, 16), fact("position", 8, 16)},
			[]seg{{"he said ", "q-0-16"}, {"no truce", "q-0-16 p-8-16"}, {".", ""}}},
		{"out of range", "abc", []Fact{fact("figure", 2, 99), fact("figure", -5, 1)},
			[]seg{{"a", "f--5-1"}, {"b", ""}, {"c", "f-2-99"}}},
		{"inside a rune", "é!", []Fact{fact("figure", 1, 3)}, []seg{{"é!", "f-1-3"}}}, // the start moves back to the rune's
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []seg
			joined := ""
			for _, s := range segments(tt.text, tt.facts) {
				got = append(got, seg{s.Text, s.Anchors})
				joined += s.Text
			}
			if joined != tt.text {
				t.Errorf("segments join to %q", joined)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
