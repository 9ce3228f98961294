package text

import (
	"strings"
	"testing"
)

func TestLower(t *testing.T) {
	tests := []struct {
		in, want string
		same     bool
	}{
		{"", "", true},
		{"Hamas SAID, on Monday", "hamas said, on monday", true},
		{"ÉLYSÉE Palace — “Quote”", "élysée palace — “quote”", true},
		{"İstanbul talks", strings.ToLower("İstanbul talks"), false}, // İ folds to two runes: offsets shift
	}
	for _, tt := range tests {
		got, same := Lower(tt.in)
		if got != tt.want || same != tt.same {
			t.Errorf("Lower(%q) = %q, %v; want %q, %v", tt.in, got, same, tt.want, tt.same)
		}
	}
}

// Lower folds ASCII eight bytes at a time: every byte, at every offset of
// the eight and beside runes of other lengths, must fold as ToLower does.
func TestLowerEveryASCIIByte(t *testing.T) {
	var all strings.Builder
	for c := range 128 {
		all.WriteByte(byte(c))
	}
	for pad := range 9 {
		for _, r := range []string{"", "é", "—", "Ω"} {
			in := strings.Repeat("A", pad) + r + all.String() + r + "Z"
			if got, same := Lower(in); got != strings.ToLower(in) || !same {
				t.Errorf("Lower(%q) = %q, %v; want %q, true", in, got, same, strings.ToLower(in))
			}
		}
	}
}
