// Package pack loads negotiation packs: YAML files naming a negotiation's
// parties and their aliases, known people, mediators, media, the wording of
// each issue and the cues of each stance. (Stub: the pack issue fills it in.)
package pack

// Set is the merged view of the packs used to read an article.
type Set struct {
	names []string
}

// Names lists the packs in the set.
func (s *Set) Names() []string {
	if s == nil {
		return nil
	}
	return s.names
}
