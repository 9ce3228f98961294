// Package pack loads negotiation packs: YAML files naming a negotiation's
// parties and their aliases, known people, mediators, media, the wording of
// each issue and the cues of each stance. Packs keep domain knowledge out of
// Go, so following a new negotiation means writing YAML, not code.
// The format is documented in docs/PACKS.md.
package pack

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/parley-news/parley"
)

//go:embed packs/*.yaml
var builtin embed.FS

// Generic is the pack every set starts with: it holds the issue taxonomy
// and the stance cues that other packs build on.
const Generic = "generic"

// File is one pack as written in YAML.
type File struct {
	Name        Phrase      `yaml:"name"`
	Description string      `yaml:"description"`
	Taxonomy    []Phrase    `yaml:"taxonomy"`  // issue ids this pack defines (the generic pack)
	Parties     []PartyDef  `yaml:"parties"`   // sides, states and bodies
	Mediators   []Phrase    `yaml:"mediators"` // party ids that mediate
	Sides       []Phrase    `yaml:"sides"`     // the party ids whose gap the negotiation is about
	People      []PersonDef `yaml:"people"`
	Media       []Phrase    `yaml:"media"` // outlets, agencies, channels
	Issues      []IssueDef  `yaml:"issues"`
	Stances     []StanceDef `yaml:"stances"`
	Assessments []StanceDef `yaml:"assessments"` // cues of a verdict on the talks, by polarity
	Temporary   []Phrase    `yaml:"temporary"`   // words that make a lasting stop a pause
	Permanent   []Phrase    `yaml:"permanent"`   // words that make a pause a lasting stop
	Loaded      []LoadedDef `yaml:"loaded"`
	Roles       Roles       `yaml:"roles"`
	Titles      []Phrase    `yaml:"titles"`      // generic pack only: see Titles
	GivenNames  GivenNames  `yaml:"given_names"` // generic pack only: see Genders

	path string // where it was read from, for messages
}

// GivenNames lists first names that tell a person's gender, so that "she"
// can skip a "Tom Roe" for an "Ann Lee". Names used for both are left out.
type GivenNames struct {
	She []Phrase `yaml:"she"`
	He  []Phrase `yaml:"he"`
}

// both returns the first name under he that is also under she.
func (g GivenNames) both() (Phrase, bool) {
	she := make(map[string]bool, len(g.She))
	for _, n := range g.She {
		she[strings.ToLower(n.Text)] = true
	}
	for _, n := range g.He {
		if she[strings.ToLower(n.Text)] {
			return n, true
		}
	}
	return Phrase{}, false
}

// Roles names the ids that the finders treat specially, so that the
// taxonomy stays in data: which issue is a lasting end of fighting and
// which a pause (told apart by the temporary and permanent words), which
// is the negotiation itself (an issue word just before it only qualifies
// it: "ceasefire talks"), which are military operations (a call to halt one
// is a stance against it), which a party can only claim (power: accepting
// or rejecting who rules outright is a demand to keep it or that the other
// go), and which party stands for mediators the article does not name.
type Roles struct {
	Lasting    Phrase   `yaml:"lasting"`
	Pause      Phrase   `yaml:"pause"`
	Process    Phrase   `yaml:"process"`
	Operations []Phrase `yaml:"operations"`
	Claims     []Phrase `yaml:"claims"`
	Mediators  Phrase   `yaml:"mediators"`
}

// PartyDef is a side of the negotiation or an actor in it. Names also
// select the pack for an article that mentions them; aliases and orgs only
// resolve mentions once the pack is in use.
type PartyDef struct {
	ID      Phrase   `yaml:"id"`
	Names   []Phrase `yaml:"names"`
	Aliases []Phrase `yaml:"aliases"`
	Orgs    []Phrase `yaml:"orgs"` // bodies that speak for the party: a ministry, an armed wing
}

// PersonDef is a known person and the party they speak for.
type PersonDef struct {
	Name     Phrase   `yaml:"name"`
	Variants []Phrase `yaml:"variants"` // other spellings
	Role     string   `yaml:"role"`
	Party    Phrase   `yaml:"party"`
}

// IssueDef maps the pack's wording onto an issue of the taxonomy. With a
// stance, each phrase carries its own cue ("the war will go on" rejects a
// ceasefire) and needs none beside it.
type IssueDef struct {
	ID      Phrase   `yaml:"id"`
	Stance  Phrase   `yaml:"stance"`
	Phrases []Phrase `yaml:"phrases"`
}

// StanceDef lists the cues of one stance (ids: parley.Demand, ...). Cues
// are verbs and phrases that precede their issue ("rejected a truce");
// nouns may also follow it ("a ceasefire proposal") and take their actor
// only from a modifier or an agent ("Israel's offer", "a plan by Egypt");
// trailing cues follow an issue that is their subject ("hostages must be
// freed"); terms cues describe the terms of a plan ("the deal would see"),
// whose author is the last one the article named.
type StanceDef struct {
	ID       Phrase   `yaml:"id"`
	Cues     []Phrase `yaml:"cues"`
	Nouns    []Phrase `yaml:"nouns"`
	Trailing []Phrase `yaml:"trailing"`
	Terms    []Phrase `yaml:"terms"`
}

// LoadedDef is a loaded term and the neutral term it stands for.
type LoadedDef struct {
	Term    Phrase `yaml:"term"`
	Neutral string `yaml:"neutral"`
}

// Phrase is a string from a pack with the line it was written on, so that
// checks can point at it.
type Phrase struct {
	Text string
	Line int
}

// UnmarshalYAML keeps the line of the scalar.
func (p *Phrase) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: want a plain string here", n.Line)
	}
	p.Text, p.Line = strings.TrimSpace(n.Value), n.Line
	return nil
}

// Error is a pack that cannot be used: where, what and how to fix it.
type Error struct {
	File string
	Line int
	Msg  string
	Fix  string
}

func (e *Error) Error() string {
	s := e.File
	if e.Line > 0 {
		s += fmt.Sprintf(":%d", e.Line)
	}
	s += ": " + e.Msg
	if e.Fix != "" {
		s += " (fix: " + e.Fix + ")"
	}
	return s
}

// Builtin lists the names of the built-in packs.
func Builtin() []string {
	entries, _ := builtin.ReadDir("packs")
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".yaml"))
	}
	return names
}

// Titles lists, lower case, the words the generic pack names as titles
// before a name beyond the common English ones the reader knows: party
// labels ("Republican Kari Lake"), a parliament's title for its members
// ("MK Ayman Odeh"). The reader builds its word lists from them once, so
// only the built-in generic pack may set them.
var Titles = sync.OnceValue(func() []string {
	f := genericFile()
	out := make([]string, 0, len(f.Titles))
	for _, t := range f.Titles {
		out = append(out, strings.ToLower(t.Text))
	}
	return out
})

// Genders maps the generic pack's given names, lower case, to the pronoun
// they take ("she" or "he"). Like Titles, only the built-in generic pack
// may set them.
var Genders = sync.OnceValue(func() map[string]string {
	g := genericFile().GivenNames
	out := make(map[string]string, len(g.She)+len(g.He))
	for _, n := range g.She {
		out[strings.ToLower(n.Text)] = "she"
	}
	for _, n := range g.He {
		out[strings.ToLower(n.Text)] = "he"
	}
	return out
})

// genericFile is the built-in generic pack as read, for the lists only it
// may set (Titles, Genders). It is built in, so an error is a bug.
var genericFile = sync.OnceValue(func() *File {
	f, err := read(Generic)
	if err != nil {
		panic(fmt.Sprintf("built-in generic pack: %v", err))
	}
	return f
})

// Load reads the packs named by refs (built-in names or YAML paths), always
// starting with the generic pack, checks them and merges them into a Set.
// It is all or nothing: any error means no Set.
func Load(refs []string) (*Set, error) {
	files := make([]*File, 0, len(refs)+1)
	seen := map[string]bool{}
	for _, ref := range append([]string{Generic}, refs...) {
		f, err := read(ref)
		if err != nil {
			return nil, err
		}
		if seen[f.Name.Text] {
			continue
		}
		seen[f.Name.Text] = true
		files = append(files, f)
	}
	return build(files)
}

// read reads one pack by built-in name or path.
func read(ref string) (*File, error) {
	if slices.Contains(Builtin(), ref) {
		data, err := builtin.ReadFile("packs/" + ref + ".yaml")
		if err != nil {
			return nil, fmt.Errorf("built-in pack %s: %w", ref, err)
		}
		return Parse(ref+".yaml", data)
	}
	if !strings.ContainsAny(ref, `/\.`) {
		return nil, &Error{File: ref, Msg: "no built-in pack of that name",
			Fix: "use one of " + strings.Join(Builtin(), ", ") + ", or a path to a .yaml file"}
	}
	data, err := os.ReadFile(ref)
	if err != nil {
		return nil, fmt.Errorf("read pack: %w", err)
	}
	return Parse(filepath.Clean(ref), data)
}

// Parse decodes one pack file and checks what can be checked on its own;
// checks across packs happen when a Set is built.
func Parse(path string, data []byte) (*File, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var f File
	if err := dec.Decode(&f); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &Error{File: path, Msg: "empty pack", Fix: "start with `name: my-pack`"}
		}
		return nil, &Error{File: path, Line: yamlLine(err), Msg: "bad YAML: " + err.Error(), Fix: "see docs/PACKS.md for the format"}
	}
	f.path = path
	if f.Name.Text == "" {
		return nil, &Error{File: path, Line: 1, Msg: "the pack has no name", Fix: "add `name: my-pack` at the top"}
	}
	return &f, nil
}

// build checks the files together and merges them.
func build(files []*File) (*Set, error) {
	s := &Set{
		files:    files,
		root:     &trie{},
		parties:  map[string]bool{},
		people:   map[string]*Person{},
		mediator: map[string]bool{},
		issues:   map[string]bool{},
	}
	for _, f := range files {
		s.names = append(s.names, f.Name.Text)
		for _, t := range f.Taxonomy {
			s.issues[t.Text] = true
		}
	}
	owner := map[string]string{} // lowercased party phrase -> party id
	for i, f := range files {
		if err := s.add(i, f, owner); err != nil {
			return nil, err
		}
	}
	for sur, p := range s.surname {
		if p != nil {
			s.root.add(sur, entry{kind: KindPerson, id: p.Name, pack: p.pack})
		}
	}
	s.index(newVocab(s))
	return s, nil
}

var stanceIDs = []string{parley.Demand, parley.Accept, parley.Reject, parley.Propose, parley.Threaten}

// add checks one file against what came before and adds it to s.
func (s *Set) add(idx int, f *File, owner map[string]string) error {
	fail := func(line int, msg, fix string) error {
		return &Error{File: f.path, Line: line, Msg: msg, Fix: fix}
	}
	ids := map[string]bool{}
	for _, p := range f.Parties {
		if p.ID.Text == "" {
			return fail(firstLine(p.Names), "a party has no id", "add `id: short-lowercase-name`")
		}
		if ids[p.ID.Text] {
			return fail(p.ID.Line, "duplicate party id "+p.ID.Text, "merge the two entries or rename one")
		}
		ids[p.ID.Text] = true
		s.parties[p.ID.Text] = true
		for _, group := range [][]Phrase{p.Names, p.Aliases, p.Orgs} {
			for _, ph := range group {
				key := string(lower(ph.Text, nil))
				if prev, ok := owner[key]; ok && prev != p.ID.Text {
					return fail(ph.Line, fmt.Sprintf("%q names both %s and %s", ph.Text, prev, p.ID.Text),
						"keep the alias on one party only")
				}
				owner[key] = p.ID.Text
			}
		}
	}
	for _, p := range f.Parties {
		for _, ph := range p.Names {
			s.root.add(ph.Text, entry{kind: KindParty, id: p.ID.Text, pack: idx})
		}
		for _, ph := range p.Aliases {
			s.root.add(ph.Text, entry{kind: KindParty, id: p.ID.Text, pack: -1, alias: true})
		}
		for _, ph := range p.Orgs {
			s.root.add(ph.Text, entry{kind: KindParty, id: p.ID.Text, pack: -1})
		}
	}
	for _, m := range f.Mediators {
		if !s.parties[m.Text] {
			return fail(m.Line, "mediator "+m.Text+" is not a party", "add it under parties first")
		}
		s.mediator[m.Text] = true
	}
	for _, side := range f.Sides {
		if !s.parties[side.Text] {
			return fail(side.Line, "side "+side.Text+" is not a party", "add it under parties first")
		}
	}
	if len(f.Sides) == 1 {
		return fail(f.Sides[0].Line, "a negotiation needs at least two sides", "list both: `sides: [a, b]`")
	}
	for _, p := range f.People {
		if p.Name.Text == "" {
			return fail(p.Party.Line, "a person has no name", "add `name: Full Name`")
		}
		if p.Party.Text != "" && !s.parties[p.Party.Text] {
			return fail(p.Party.Line, "unknown party "+p.Party.Text+" for "+p.Name.Text, "use a party id defined under parties")
		}
		per := &Person{Name: p.Name.Text, Role: p.Role, Party: p.Party.Text, pack: idx}
		for _, ph := range append([]Phrase{p.Name}, p.Variants...) {
			s.addPerson(ph.Text, per)
		}
	}
	for _, m := range f.Media {
		s.root.add(m.Text, entry{kind: KindMedium, id: m.Text, pack: -1})
	}
	for _, is := range f.Issues {
		if !s.issues[is.ID.Text] {
			return fail(is.ID.Line, "unknown issue id "+strconvQuote(is.ID.Text),
				"use an id of the taxonomy: "+strings.Join(s.Issues(), ", "))
		}
		if is.Stance.Text != "" && !slices.Contains(stanceIDs, is.Stance.Text) {
			return fail(is.Stance.Line, "unknown stance id "+strconvQuote(is.Stance.Text), "use one of "+strings.Join(stanceIDs, ", "))
		}
		for _, ph := range is.Phrases {
			s.root.add(ph.Text, entry{kind: KindIssue, id: is.ID.Text, stance: is.Stance.Text, pack: -1})
		}
	}
	for _, st := range f.Stances {
		if !slices.Contains(stanceIDs, st.ID.Text) {
			return fail(st.ID.Line, "unknown stance id "+strconvQuote(st.ID.Text), "use one of "+strings.Join(stanceIDs, ", "))
		}
		for form, cues := range [][]Phrase{Verb: st.Cues, Noun: st.Nouns, Trailing: st.Trailing, Terms: st.Terms} {
			for _, ph := range cues {
				s.root.add(ph.Text, entry{kind: KindStance, id: st.ID.Text, form: Form(form), pack: -1})
			}
		}
	}
	for _, a := range f.Assessments {
		if a.ID.Text != parley.Positive && a.ID.Text != parley.Negative {
			return fail(a.ID.Line, "unknown polarity "+strconvQuote(a.ID.Text), "use positive or negative")
		}
		for _, ph := range a.Cues {
			s.root.add(ph.Text, entry{kind: KindAssessment, id: a.ID.Text, pack: -1})
		}
	}
	for _, ph := range f.Temporary {
		s.root.add(ph.Text, entry{kind: KindTemporary, id: "", pack: -1})
	}
	for _, ph := range f.Permanent {
		s.root.add(ph.Text, entry{kind: KindPermanent, id: "", pack: -1})
	}
	if len(f.Titles) > 0 && idx > 0 { // the generic pack is always first
		return fail(f.Titles[0].Line, "titles are read from the generic pack only", "add the words to pack/packs/generic.yaml and rebuild parley")
	}
	if len(f.GivenNames.She)+len(f.GivenNames.He) > 0 && idx > 0 {
		return fail(slices.Concat(f.GivenNames.She, f.GivenNames.He)[0].Line, "given names are read from the generic pack only", "add the names to pack/packs/generic.yaml and rebuild parley")
	}
	if n, ok := f.GivenNames.both(); ok {
		return fail(n.Line, strconvQuote(n.Text)+" is listed under both she and he", "a name given to both tells nothing: remove it from both lists")
	}
	if err := s.addRoles(f.Roles, fail); err != nil {
		return err
	}
	for _, l := range f.Loaded {
		if l.Neutral == "" {
			return fail(l.Term.Line, "loaded term "+strconvQuote(l.Term.Text)+" has no neutral term", "add `neutral: ...`")
		}
	}
	return nil
}

// addRoles checks and takes the roles a pack sets; a later pack may
// override an earlier one's.
func (s *Set) addRoles(r Roles, fail func(int, string, string) error) error {
	for _, id := range slices.Concat([]Phrase{r.Lasting, r.Pause, r.Process}, r.Operations, r.Claims) {
		if id.Text != "" && !s.issues[id.Text] {
			return fail(id.Line, "unknown issue id "+strconvQuote(id.Text)+" in roles",
				"use an id of the taxonomy: "+strings.Join(s.Issues(), ", "))
		}
	}
	if r.Mediators.Text != "" && !s.parties[r.Mediators.Text] {
		return fail(r.Mediators.Line, "roles.mediators "+strconvQuote(r.Mediators.Text)+" is not a party", "add it under parties first")
	}
	for _, set := range []struct {
		dst *string
		src Phrase
	}{{&s.roles.lasting, r.Lasting}, {&s.roles.pause, r.Pause}, {&s.roles.process, r.Process}, {&s.roles.mediators, r.Mediators}} {
		if set.src.Text != "" {
			*set.dst = set.src.Text
		}
	}
	for _, id := range r.Operations {
		s.roles.operations = appendNew(s.roles.operations, id.Text)
	}
	for _, id := range r.Claims {
		s.roles.claims = appendNew(s.roles.claims, id.Text)
	}
	return nil
}

func appendNew(ids []string, id string) []string {
	if slices.Contains(ids, id) {
		return ids
	}
	return append(ids, id)
}

// addPerson indexes a person under a full name and its surname; a surname
// two people share is dropped, since it no longer says who.
func (s *Set) addPerson(name string, p *Person) {
	s.people[string(lower(name, nil))] = p
	s.root.add(name, entry{kind: KindPerson, id: p.Name, pack: p.pack})
	words := strings.Fields(name)
	if len(words) < 2 {
		return
	}
	sur := string(lower(words[len(words)-1], nil))
	if prev, ok := s.surname[sur]; ok && prev != p {
		s.surname[sur] = nil
		return
	}
	if s.surname == nil {
		s.surname = map[string]*Person{}
	}
	s.surname[sur] = p
}

var yamlLineRe = regexp.MustCompile(`line (\d+)`)

// yamlLine digs the line number out of a YAML error message, 0 if none.
func yamlLine(err error) int {
	m := yamlLineRe.FindStringSubmatch(err.Error())
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

func firstLine(ps []Phrase) int {
	if len(ps) == 0 {
		return 0
	}
	return ps[0].Line
}

func strconvQuote(s string) string { return fmt.Sprintf("%q", s) }
