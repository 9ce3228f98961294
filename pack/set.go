package pack

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Set is the merged view of the packs used to read an article. It is
// immutable once built and safe for concurrent use; every method works on
// a nil *Set and then finds nothing.
type Set struct {
	names    []string
	files    []*File
	root     *trie
	voc      *vocab  // numbers the root's words (see Words)
	first    []*trie // the root's child for each word of voc
	parties  map[string]bool
	people   map[string]*Person // lowercased full name or variant
	surname  map[string]*Person // lowercased surname; nil when shared
	mediator map[string]bool
	issues   map[string]bool
	roles    roles

	auto   bool     // pick packs per article (see For)
	chosen sync.Map // auto only: bitmask of packs -> *Set
}

type roles struct {
	lasting, pause, process, mediators string
	operations, claims                 []string
}

// Lasting and Pause are the issue ids of a lasting end of fighting and of a
// pause in it, "" when no pack says.
func (s *Set) Lasting() string {
	if s == nil {
		return ""
	}
	return s.roles.lasting
}

// Pause: see Lasting.
func (s *Set) Pause() string {
	if s == nil {
		return ""
	}
	return s.roles.pause
}

// Process is the issue id of the negotiation itself.
func (s *Set) Process() string {
	if s == nil {
		return ""
	}
	return s.roles.process
}

// IsOperation reports whether the issue is a military operation, which a
// call to halt opposes.
func (s *Set) IsOperation(issue string) bool {
	return s != nil && slices.Contains(s.roles.operations, issue)
}

// IsClaim reports whether the issue is one a party can only claim, such
// as who rules: accepting or rejecting it outright is a demand.
func (s *Set) IsClaim(issue string) bool {
	return s != nil && slices.Contains(s.roles.claims, issue)
}

// UnnamedMediators is the party id for mediators the article does not name.
func (s *Set) UnnamedMediators() string {
	if s == nil {
		return ""
	}
	return s.roles.mediators
}

// Person is a known person.
type Person struct {
	Name  string // canonical full name
	Role  string
	Party string // party id, "" if none

	pack int // index of the defining pack in its set
}

// Auto returns the set that picks, per article, the built-in packs the
// article mentions (see For). The built-in packs are checked by the tests,
// so failing to load them is a programming error.
var Auto = sync.OnceValue(func() *Set {
	var refs []string
	for _, n := range Builtin() {
		if n != Generic {
			refs = append(refs, n)
		}
	}
	s, err := Load(refs)
	if err != nil {
		panic(fmt.Sprintf("built-in packs: %v", err))
	}
	s.auto = true
	return s
})

// Names lists the packs in the set.
func (s *Set) Names() []string {
	if s == nil {
		return nil
	}
	return s.names
}

// Issues lists the issue ids of the taxonomy, sorted.
func (s *Set) Issues() []string {
	if s == nil {
		return nil
	}
	var out []string
	for id := range s.issues {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// For returns the packs to read text with. For the Auto set that is the
// generic pack plus each built-in pack whose parties (by name) or people
// the text mentions, found in one pass; any other set is returned as is.
func (s *Set) For(text string) *Set {
	if s == nil || !s.auto {
		return s
	}
	w := Split(text)
	defer w.Release()
	return s.ForWords(w)
}

// ForWords is For on a split text, to scan it afterwards without splitting
// it again.
func (s *Set) ForWords(w *Words) *Set {
	if s == nil || !s.auto {
		return s
	}
	var mask uint64 = 1 // the generic pack
	s.scan(w, func(m Match, e entry) {
		if e.pack > 0 && e.pack < 64 && (m.Kind == KindParty || m.Kind == KindPerson) {
			mask |= 1 << e.pack
		}
	})
	if v, ok := s.chosen.Load(mask); ok {
		return v.(*Set)
	}
	var files []*File
	for i, f := range s.files {
		if mask&(1<<i) != 0 {
			files = append(files, f)
		}
	}
	sub, err := build(files)
	if err != nil { // a subset of a valid set is valid
		panic(fmt.Sprintf("pack subset: %v", err))
	}
	sub.index(s.voc) // a text split for For then scans with sub without new look-ups
	v, _ := s.chosen.LoadOrStore(mask, sub)
	return v.(*Set)
}

// Scan calls fn for each pack phrase in text: for each kind, the longest
// phrase starting at each word, without overlaps within a kind.
func (s *Set) Scan(text string, fn func(Match)) {
	if s == nil {
		return
	}
	w := Split(text)
	defer w.Release()
	s.ScanWords(w, fn)
}

// ScanWords is Scan on a split text.
func (s *Set) ScanWords(w *Words, fn func(Match)) {
	if s == nil {
		return
	}
	s.scan(w, func(m Match, _ entry) { fn(m) })
}

// PartyIn returns the id of the party that s names, by a party's name,
// alias or organisation or by a known person: the longest match, then the
// earliest. It returns "" when s names none.
func (s *Set) PartyIn(text string) string {
	if s == nil {
		return ""
	}
	best, bestWords, bestStart := "", 0, 0
	w := Split(text)
	defer w.Release()
	s.scan(w, func(m Match, _ entry) {
		id := ""
		switch m.Kind {
		case KindParty:
			id = m.ID
		case KindPerson:
			if p := s.people[strings.ToLower(m.ID)]; p != nil {
				id = p.Party
			}
		}
		if id == "" {
			return
		}
		if best == "" || m.Words > bestWords || m.Words == bestWords && m.Start < bestStart {
			best, bestWords, bestStart = id, m.Words, m.Start
		}
	})
	return best
}

// Person finds a known person by full name, spelling variant or surname.
func (s *Set) Person(name string) (Person, bool) {
	if s == nil {
		return Person{}, false
	}
	key := string(lower(strings.Join(strings.Fields(name), " "), nil))
	if p := s.people[key]; p != nil {
		return *p, true
	}
	if p := s.surname[key]; p != nil {
		return *p, true
	}
	return Person{}, false
}

// IsMedium reports whether s names a media outlet or channel of the packs.
func (s *Set) IsMedium(text string) bool {
	found := false
	s.Scan(text, func(m Match) { found = found || m.Kind == KindMedium })
	return found
}

// IsMediator reports whether the party mediates.
func (s *Set) IsMediator(id string) bool { return s != nil && s.mediator[id] }

// Loaded lists the loaded terms of every pack in the set with the neutral
// term each stands for, for framing.
func (s *Set) Loaded() []LoadedDef {
	if s == nil {
		return nil
	}
	var out []LoadedDef
	for _, f := range s.files {
		out = append(out, f.Loaded...)
	}
	return out
}

// Sides returns the parties whose gap the negotiation is about, as the
// first pack in the set that names them says; nil when none does.
func (s *Set) Sides() []string {
	if s == nil {
		return nil
	}
	for _, f := range s.files {
		if len(f.Sides) > 0 {
			out := make([]string, len(f.Sides))
			for i, p := range f.Sides {
				out[i] = p.Text
			}
			return out
		}
	}
	return nil
}
