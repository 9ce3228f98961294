package dedup

import (
	"cmp"
	"slices"
)

// Index finds near-duplicates among signatures held in memory, the way a
// store does with persisted band hashes: a band lookup for candidates, then
// Similarity to confirm them. It is for tests and single-process use; it is
// not safe for concurrent use.
type Index struct {
	sigs  map[string]Sig
	bands map[uint64][]string
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{sigs: make(map[string]Sig), bands: make(map[uint64][]string)}
}

// Add records sig under id, replacing what id held before (an article whose
// text changed).
func (x *Index) Add(id string, sig Sig) {
	if old, ok := x.sigs[id]; ok {
		for _, b := range old.Bands() {
			x.bands[b] = slices.DeleteFunc(x.bands[b], func(other string) bool { return other == id })
		}
	}
	x.sigs[id] = sig
	for _, b := range sig.Bands() {
		x.bands[b] = append(x.bands[b], id)
	}
}

// Candidates returns the ids whose signatures share a band with sig and
// are at least Threshold similar to it, most similar first (ties by id).
func (x *Index) Candidates(sig Sig) []string {
	var ids []string
	for _, b := range sig.Bands() {
		ids = append(ids, x.bands[b]...)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	type scored struct {
		id  string
		sim float64
	}
	found := make([]scored, 0, len(ids))
	for _, id := range ids {
		if sim := Similarity(sig, x.sigs[id]); sim >= Threshold {
			found = append(found, scored{id, sim})
		}
	}
	slices.SortFunc(found, func(a, b scored) int {
		return cmp.Or(cmp.Compare(b.sim, a.sim), cmp.Compare(a.id, b.id))
	})
	ids = ids[:0]
	for _, s := range found {
		ids = append(ids, s.id)
	}
	return ids
}
