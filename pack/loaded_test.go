package pack

import "testing"

func TestLoadedListsEveryPacksTerms(t *testing.T) {
	set, err := Load([]string{"generic", "gaza-2024"})
	if err != nil {
		t.Fatal(err)
	}
	terms := set.Loaded()
	if len(terms) == 0 {
		t.Fatal("no loaded terms in the built-in packs")
	}
	for _, l := range terms {
		if l.Term.Text == "" || l.Neutral == "" {
			t.Errorf("loaded term %+v lacks a term or its neutral form", l)
		}
	}
	if (*Set)(nil).Loaded() != nil {
		t.Error("a nil set has loaded terms")
	}
}
