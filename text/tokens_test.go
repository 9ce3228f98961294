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
