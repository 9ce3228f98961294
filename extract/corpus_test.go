package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// devTexts returns the dev corpus articles when ../shared is beside the
// repo; tests use them only as extra input, never as expected output.
func devTexts(t testing.TB) []string {
	files, _ := filepath.Glob("../../shared/corpus/dev/*.txt")
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}
