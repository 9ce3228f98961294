package pack

import "testing"

// FuzzLoad feeds arbitrary YAML to the loader: it must refuse or accept,
// never panic, and an accepted pack must answer queries.
func FuzzLoad(f *testing.F) {
	// Small seeds: whole packs make each mutation slow to run.
	f.Add("name: x\nmediators: [a]\nparties:\n  - id: a\n    names: [Alpha]\n    orgs: [Alpha Army]\npeople:\n  - {name: Ann Lee, variants: [Anne Lee], party: a}\n")
	f.Add("name: x\nstances:\n  - id: demand\n    cues: [insists on]\n    nouns: [call for]\nassessments:\n  - id: negative\n    cues: [deadlock]\n")
	f.Add("name: x\nparties:\n  - id: a\n    names: [Alpha, ALPHA]\n")
	f.Add("name: x\nissues:\n  - id: truce\n    stance: reject\n    phrases: ['', ' ', '-']\n")
	f.Add("name: [x]\n")
	f.Add("name: x\nroles: {pause: nope}\n")
	generic, err := read(Generic)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data string) {
		p, err := Parse("fuzz.yaml", []byte(data))
		if err != nil {
			return
		}
		s, err := build([]*File{generic, p})
		if err != nil {
			if s != nil {
				t.Fatal("a set came back with an error")
			}
			return
		}
		s.PartyIn(data)
		s.Person(data)
		s.IsMedium(data)
		s.Scan(data, func(m Match) {
			if m.Start < 0 || m.End > len(data) || m.Start >= m.End {
				t.Fatalf("match %+v out of range", m)
			}
		})
	})
}
