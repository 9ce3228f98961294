package extract

import (
	"sort"
	"strings"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/pack"
	"github.com/parley-news/parley/text"
)

// findPositions reads each party's stance on each issue: a stance cue of
// the packs ("insists on", "rejected", "proposed") joined to the issue
// phrases of its clause and to an actor, the first of: the passive agent
// ("proposed by Qatar"), the party named just before the cue ("Hamas's
// call for", "Israel has proposed"), the clause's subject, the speaker's
// party, the party the previous sentences were about. One record per
// (actor, stance, issue), the first the article gives.
func findPositions(d *Doc) []parley.Position {
	if d.Pack == nil {
		return nil
	}
	f := positionFinder{d: d, seen: map[[3]string]bool{}}
	para := 0
	for i, sp := range d.Sents {
		for para < len(d.Paras) && d.Paras[para].End <= sp.Start {
			para++
			f.para = f.para[:0]
		}
		f.sentence(d.sentences()[i])
		f.para = append(f.para, d.sentences()[i])
		if sp.End <= d.Article.BodyStart && f.headline == nil {
			f.headline = d.sentences()[i].subjects()
		}
	}
	return f.out
}

type positionFinder struct {
	d         *Doc
	out       []parley.Position
	seen      map[[3]string]bool
	para      []*sentence  // the paragraph's sentences before this one
	headline  []string     // the headline's subject
	author    []string     // who made the latest proposal, for its terms
	proposed  []pack.Match // what the latest proposal was about, for "the proposal"
	mediators []string     // the mediators the article names, found on first need
	named     bool
}

func (f *positionFinder) sentence(s *sentence) {
	for _, c := range s.cues() {
		if s.relative(c) {
			continue
		}
		issues := s.issuesFor(c, f.d.Pack.Process())
		ofProposal := false
		if len(issues) == 0 && (s.namesAProposal(c) || c.Form == pack.Noun && c.ID == parley.Propose && len(s.modifierOf(c, []string{""})) > 0) {
			issues, ofProposal = f.proposed, true // "Israel rejected the proposal", "it was an Israeli proposal"
		}
		if len(issues) == 0 {
			if c.ID == parley.Propose && c.Form != pack.Terms {
				if actors, _ := f.actors(s, c); len(actors) > 0 {
					f.author = actors // "Egypt proposed a plan." Its terms follow.
				}
			}
			continue
		}
		stance := c.Stance
		if stance == "" {
			stance = c.ID
		}
		negated := c.Kind == pack.KindStance && (s.negated(c) || s.deniedBy(c))
		if negated {
			stance = denied(stance)
		}
		if stance == "" || s.compelled(c) {
			continue
		}
		actors, speaker := f.actors(s, c)
		if negated && c.ID == parley.Demand && f.imputed(c, actors) {
			continue
		}
		if stance == parley.Propose && c.Form != pack.Terms && len(actors) > 0 {
			f.author = actors
		}
		if stance == parley.Propose && c.Form != pack.Terms {
			f.proposed = issues
		}
		cond := s.conditional(c)
		if stance == parley.Propose && c.Form == pack.Verb {
			stance = s.nounStance(c, issues[0], stance)
		}
		for _, is := range issues {
			issue, st := s.refine(is, f.d.Pack), stance
			switch {
			case f.d.Pack.IsOperation(issue) && s.halted(is) || s.contrasted(is):
				st = parley.Reject
			case f.d.Pack.IsOperation(issue) && (st == parley.Accept || st == parley.Propose):
				st = parley.Demand // approving plans for an operation is pressing for it
			case f.d.Pack.IsClaim(issue) && !ofProposal && (st == parley.Accept || st == parley.Reject):
				st = parley.Demand // "committed to eradicating Hamas", "will not allow Hamas to rule"
			}
			for _, a := range actors {
				f.add(parley.Position{Actor: a, Speaker: speaker, Stance: st, Issue: issue,
					Conditional: cond, Span: s.evidence(c, is)})
			}
		}
	}
}

// last returns the subject parties of the latest sentence of the
// paragraph that has any: who a pronoun most likely stands for.
func (f *positionFinder) last() []string {
	for k := len(f.para) - 1; k >= 0; k-- {
		if subj := f.para[k].subjects(); len(subj) > 0 {
			return subj
		}
	}
	return nil
}

// add keeps the first record of each (actor, stance, issue).
func (f *positionFinder) add(p parley.Position) {
	k := [3]string{p.Actor, p.Stance, p.Issue}
	if f.seen[k] {
		return
	}
	f.seen[k] = true
	p.Text = f.d.Text[p.Start:p.End]
	f.out = append(f.out, p)
}

// evidence is the span from the cue to its issue, or the cue alone when
// the issue was named in an earlier sentence ("rejected the proposal").
func (s *sentence) evidence(c, is pack.Match) parley.Span {
	if is.Start < s.Start || is.End > s.End {
		return parley.Span{Start: c.Start, End: c.End}
	}
	return parley.Span{Start: min(c.Start, is.Start), End: max(c.End, is.End)}
}

// denied turns a stance around when it is negated: not accepting or not
// wanting something is rejecting it; a denied rejection or threat says
// nothing sure.
func denied(stance string) string {
	switch stance {
	case parley.Accept, parley.Demand, parley.Propose:
		return parley.Reject
	}
	return ""
}

// cues lists the stance cues of the sentence and the issue phrases that
// carry their own stance, in text order.
func (s *sentence) cues() []pack.Match {
	if s.cued != nil {
		return s.cued
	}
	var out []pack.Match
	i, j := 0, 0
	for i < len(s.stances) || j < len(s.issues) {
		if j < len(s.issues) && s.issues[j].Stance == "" {
			j++
			continue
		}
		if j == len(s.issues) || i < len(s.stances) && s.stances[i].Start <= s.issues[j].Start {
			out = append(out, s.stances[i])
			i++
			continue
		}
		out = append(out, s.issues[j])
		j++
	}
	s.cued = out
	return out
}

// maxReach is how many tokens after its cue an issue may stand.
const maxReach = 20

// issuesFor returns the issue phrases a cue governs: those after it in its
// clause (through chained cues: "rejected a proposal for a truce"), up to a
// phrase that carries its own stance; when there are none, an issue
// standing just before it ("a ceasefire proposal", "hostages must be").
func (s *sentence) issuesFor(c pack.Match, process string) []pack.Match {
	if c.Kind == pack.KindIssue {
		return []pack.Match{c}
	}
	var out []pack.Match
	first := s.tok(c.End)
	end := s.reach(c)
	for _, is := range s.issues {
		if is.Start < c.Start || is.Start < c.End && is.End <= c.End {
			continue // before the cue, or inside it; one that overlaps its end counts ("will invade Rafah")
		}
		t := s.tok(is.Start)
		if is.Start >= end || t-first > maxReach || s.stopBetween(first, t) || is.Stance != "" {
			break
		}
		if !s.qualifies(is, process) && !s.inParty(is) {
			out = append(out, is)
		}
	}
	passive := c.Form == pack.Verb && s.word(first) == "by" && s.participle(c)
	if len(out) > 0 && c.Form != pack.Trailing || c.Form == pack.Verb && !passive {
		return out
	}
	ct, reach := s.tok(c.Start), 3
	if passive { // "a truce plan, drafted by Egypt"
		reach = 12
	}
	for k := len(s.issues) - 1; k >= 0; k-- {
		is := s.issues[k]
		if is.End > c.Start || is.Stance != "" || s.inParty(is) {
			continue
		}
		if ct-s.tok(is.End) <= reach && !s.boundaryBetween(s.tok(is.End), ct) && !s.qualifies(is, process) {
			out = append([]pack.Match{is}, out...)
		}
		break
	}
	return out
}

// reach is where the cue's clause hands over to the next verb cue: "warned
// against X and called for Y" gives X to the first cue only, while "insists
// that there must be X" gives X to both.
func (s *sentence) reach(c pack.Match) int {
	for _, o := range s.stances {
		if o.Start >= c.End && o.Form != pack.Noun && o.Form != pack.Trailing && !s.relative(o) {
			return o.Start
		}
	}
	return s.End
}

// stopBetween reports whether a clause boundary, a relative clause, a new
// report or a condition lies between tokens from and to: a cue's issues
// stop there ("rules out a truce without a withdrawal" rejects no
// withdrawal).
func (s *sentence) stopBetween(from, to int) bool {
	for i := from; i < to; i++ {
		switch s.word(i) {
		case "which", "who", "because", "saying", "said", "says", "told", "telling", "adding", "after", "before", "without", "unless":
			return true
		}
		if s.boundary(i) {
			return true
		}
	}
	return false
}

func (s *sentence) boundaryBetween(from, to int) bool {
	for i := from; i < to; i++ {
		if s.boundary(i) {
			return true
		}
	}
	return false
}

// qualifies reports whether an issue phrase only qualifies the negotiation
// process named right after it ("ceasefire negotiations"): the issue is
// then the process.
func (s *sentence) qualifies(is pack.Match, process string) bool {
	if is.ID == process {
		return false
	}
	for _, o := range s.issues {
		if o.ID == process && o.Start > is.Start && s.tok(o.Start) == s.tok(is.End) {
			return true
		}
	}
	return false
}

// refine tells a pause from a lasting end of fighting by the words around
// it: a ceasefire for a number of weeks, or a temporary one, is a truce; a
// permanent truce is a ceasefire.
func (s *sentence) refine(is pack.Match, set *pack.Set) string {
	lasting, pause := set.Lasting(), set.Pause()
	if is.ID == "" || is.ID != lasting && is.ID != pause {
		return is.ID
	}
	start, end := s.tok(is.Start), s.tok(is.End)
	temporary, permanent := false, false
	for _, m := range s.marks {
		t := s.tok(m.Start)
		before := t < start && start-s.tok(m.End) <= 2
		after := t >= end && t-end <= 6 && s.word(end) == "for"
		inside := m.Start >= is.Start && m.End <= is.End
		if !(before || after || inside) {
			continue
		}
		if m.Kind == pack.KindTemporary {
			temporary = true
		} else {
			permanent = true
		}
	}
	switch {
	case is.ID == lasting && temporary && !permanent:
		return pause
	case is.ID == pause && permanent:
		return lasting
	}
	return is.ID
}

// namesAProposal reports whether a cue's object is a proposal named
// before ("accepted the offer", "rejected such a plan", "backing for the
// plan").
func (s *sentence) namesAProposal(c pack.Match) bool {
	if c.Form != pack.Verb && (c.Form != pack.Noun || c.ID == parley.Propose) {
		return false
	}
	for _, o := range s.stances {
		if o.Form == pack.Noun && o.ID == parley.Propose && o.Start >= c.End && s.tok(o.Start)-s.tok(c.End) <= 3 {
			for i := s.tok(c.End); i < s.tok(o.Start); i++ {
				switch s.word(i) {
				case "the", "this", "that", "such", "latest", "to", "for", "of":
				case "a":
					if s.word(i-1) != "such" {
						return false // "a proposal" is a new one
					}
				default:
					return false
				}
			}
			return true
		}
	}
	return false
}

// participle reports whether a verb cue is a past participle, which "by"
// makes passive ("drafted by", "put forward by"), unlike "a demand by".
func (s *sentence) participle(c pack.Match) bool {
	for i := s.tok(c.Start); i < s.tok(c.End); i++ {
		switch w := s.word(i); {
		case strings.HasSuffix(w, "ed"), w == "put", w == "set", w == "laid", w == "drawn", w == "written":
			return true
		}
	}
	return false
}

// attributive reports whether a verb cue stands as an adjective after an
// article ("a proposed truce").
func (s *sentence) attributive(c pack.Match) bool {
	switch s.word(s.tok(c.Start) - 1) {
	case "a", "an", "the":
		return true
	}
	return false
}

// complementOwner returns the subject of the clause whose "that" opens the
// trailing cue's clause: "Hamas holds that any deal must be permanent".
func (s *sentence) complementOwner(c pack.Match, from int) []string {
	for i := s.tok(c.Start) - 1; i > 0; i-- {
		if s.boundary(i) {
			return nil
		}
		if s.word(i) == "that" {
			return s.subjectOf(pack.Match{Start: s.toks[i].Start, End: s.toks[i].End}, from, false, false)
		}
	}
	return nil
}

// relative reports whether a terms cue opens a relative clause ("a
// ceasefire that would lead to a withdrawal"): it describes what came
// before, not the terms of a plan.
func (s *sentence) relative(c pack.Match) bool {
	if c.Kind != pack.KindStance || c.Form != pack.Terms {
		return false
	}
	switch s.word(s.tok(c.Start) - 1) {
	case "that", "which", "who":
		return true
	}
	return false
}

// compelled reports whether the cue says what a party would be made to do
// ("will be forced to accept", "pressure on Hamas to accept") or what it is
// still undecided about ("debating whether to reject"), which is no
// stance of its own.
func (s *sentence) compelled(c pack.Match) bool {
	i := s.tok(c.Start)
	if s.word(i-1) != "to" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-5; j-- {
		switch s.word(j) {
		case "forced", "compelled", "pressured", "pressure", "made", "obliged":
			return true
		case "whether":
			return j == i-2 // "debating whether to reject it": undecided
		}
	}
	return false
}

// imputed reports whether a denied wish is one side's claim about the
// other's motives ("Hamas does not want a deal", says an Israeli official):
// the rulebook does not count it as the other side's position.
func (f *positionFinder) imputed(c pack.Match, actors []string) bool {
	att := inAttribution(f.d, c.Start)
	if att == nil || len(actors) == 0 {
		return false
	}
	party := att.Party
	if party == "" {
		party = f.d.Pack.PartyIn(att.Speaker + "; " + att.Role + "; " + att.Org)
	}
	return party != "" && party != actors[0]
}

// nounStance returns the stance of a noun cue between a verb of
// presenting and its issue: to lay out demands for X is to demand X.
func (s *sentence) nounStance(c, is pack.Match, stance string) string {
	for _, o := range s.stances {
		if o.Form == pack.Noun && o.Start >= c.End && o.End <= is.Start {
			return o.ID
		}
	}
	return stance
}

// contrasted reports whether the issue is set against what is sought
// ("a full ceasefire rather than a truce"): it is rejected.
func (s *sentence) contrasted(is pack.Match) bool {
	t := s.tok(is.Start)
	for i := t - 1; i >= 0 && i >= t-3; i-- {
		switch s.word(i) {
		case "than":
			return s.word(i-1) == "rather"
		case "instead":
			return true
		case "of":
			if s.word(i-1) == "instead" {
				return true
			}
		}
	}
	return false
}

// halted reports whether the words before an issue call for stopping it
// ("halt the offensive", "against an operation"): for an offensive, a
// call to stop it is a stance against it.
func (s *sentence) halted(is pack.Match) bool {
	t := s.tok(is.Start)
	for i := t - 1; i >= 0 && i >= t-4; i-- {
		switch s.word(i) {
		case "halt", "halting", "stop", "stopping", "end", "ending", "against", "concern", "concerns", "oppose", "opposed", "prevent":
			return true
		}
	}
	return false
}

// deniedBy reports whether a rejecting cue governs this one ("refused to
// accept", "rejected the proposal").
func (s *sentence) deniedBy(c pack.Match) bool {
	ct := s.tok(c.Start)
	for _, o := range s.stances {
		if o.End <= c.Start && o.ID == parley.Reject && ct-s.tok(o.End) <= 2 {
			return c.ID == parley.Accept
		}
	}
	return false
}

// conditional reports whether the cue's clause ties the stance to a
// condition.
func (s *sentence) conditional(c pack.Match) bool {
	for i := s.tok(c.Start) - 3; i < len(s.toks); i++ {
		switch s.word(i) {
		case "if", "unless", "only", "provided", "without", "condition", "conditioned", "conditional":
			return true
		case ";":
			return false
		}
	}
	return false
}

// prepositions before a party name make it an object, not a subject.
var objectMarkers = map[string]bool{
	"of": true, "from": true, "in": true, "into": true, "to": true, "on": true, "with": true,
	"between": true, "against": true, "for": true, "by": true, "at": true, "over": true,
	"about": true, "toward": true, "towards": true, "than": true, "under": true,
}

// isSubject reports whether a party mention can be the subject of what
// follows: not the object of a preposition, not part of an issue phrase.
func (s *sentence) isSubject(p pack.Match) bool {
	i := s.tok(p.Start)
	w := s.word(i - 1)
	if w == "the" || w == "a" || w == "an" {
		w = s.word(i - 2)
	}
	if objectMarkers[w] && !(w == "by" && s.word(s.tok(p.End)) == "that") {
		return false // but "a demand by Israel that ..." names its owner
	}
	for _, is := range s.issues {
		if is.Start <= p.Start && p.End <= is.End {
			return false
		}
	}
	return true
}

// subjects lists the parties that are the subject of the sentence's first
// clause: the first subject party and any joined to it by "and".
func (s *sentence) subjects() []string {
	for k, p := range s.parties {
		if !s.isSubject(p) {
			continue
		}
		out := []string{p.ID}
		for _, q := range s.parties[k+1:] {
			if !s.coordinated(s.tok(p.End), s.tok(q.Start), true) {
				break
			}
			out = appendNew(out, q.ID)
			p = q
		}
		return out
	}
	return nil
}

// actors finds whose stance the cue shows, and who voiced it. Within a
// quotation or reported speech only the content counts: "officials said
// Hamas is insisting" is Hamas's stance, "he said it wants" the speaker's.
func (f *positionFinder) actors(s *sentence, c pack.Match) ([]string, string) {
	if c.Form == pack.Terms {
		if len(f.author) == 0 {
			return f.unauthored(), "" // terms of a draft nobody is said to have made
		}
		return f.author, ""
	}
	att := inAttribution(f.d, c.Start)
	from := s.Start
	if att != nil {
		from = att.Start
	}
	if c.Form == pack.Verb && c.ID == parley.Propose && s.attributive(c) {
		return f.unauthored(), "" // "a proposed truce" says not whose
	}
	var actors []string
	if c.Form != pack.Trailing { // "Israel must withdraw" is a demand on Israel, not by it
		actors = s.agents(c)
		if len(actors) == 0 {
			actors = s.subjectOf(c, from, att != nil, false)
		}
	}
	if c.Form == pack.Noun {
		if !s.ownedByPronoun(c) {
			return f.expand(s.modifierOf(c, actors)), ""
		}
		actors = s.subjectOf(c, from, att != nil, true) // "Israel keeps its demands"
	}
	speaker := ""
	if att != nil {
		party := att.Party
		if party == "" {
			party = f.d.Pack.PartyIn(att.Speaker + "; " + att.Role + "; " + att.Org)
		}
		if len(actors) == 0 && party != "" {
			actors = []string{party}
		}
		if len(actors) > 0 && (party == "" || party == actors[0]) {
			speaker = att.Speaker
		}
	}
	if c.Form == pack.Trailing {
		if len(actors) == 0 {
			actors = s.complementOwner(c, from)
		}
		return f.expand(actors), speaker
	}
	if len(actors) == 0 && c.ID == parley.Propose {
		actors = f.author
	}
	if len(actors) == 0 {
		if last := f.last(); len(last) == 1 {
			actors = last
		} else if len(last) == 0 && len(f.headline) == 1 {
			actors = f.headline // the article is about what its headline's subject does
		}
	}
	return f.expand(actors), speaker
}

// unauthored is the actor of a proposal the article gives no author: the
// rulebook's unnamed mediators, who draft what neither side is said to.
func (f *positionFinder) unauthored() []string {
	if m := f.d.Pack.UnnamedMediators(); m != "" {
		return []string{m}
	}
	return nil
}

// expand names the mediators when the article does.
func (f *positionFinder) expand(actors []string) []string {
	var out []string
	for _, a := range actors {
		if a == f.d.Pack.UnnamedMediators() && len(f.namedMediators()) > 0 {
			for _, m := range f.namedMediators() {
				out = appendNew(out, m)
			}
			continue
		}
		out = appendNew(out, a)
	}
	return out
}

// agents returns the parties of a passive agent or source just after the
// cue: "proposed by mediators from Qatar and Egypt", "the plan put forward
// by Egypt", "a plan from Egypt".
func (s *sentence) agents(c pack.Match) []string {
	if c.Kind != pack.KindStance {
		return nil
	}
	t := s.tok(c.End)
	for i := t; i < t+4 && i < len(s.toks); i++ {
		if c.Form == pack.Noun && s.cueAt(s.toks[i].Start, c.ID) {
			return nil
		}
		w := s.word(i)
		if w == "by" || w == "from" && c.Form == pack.Noun && s.partyWithin(i, 2) {
			t = i
			break
		}
		if s.boundary(i) || w == "," || i == t+3 {
			return nil
		}
	}
	var out []string
	prev := t + 1 // where the agent list continues
	for _, p := range s.parties {
		pt := s.tok(p.Start)
		if pt <= t {
			continue
		}
		if pt-t > 8 || s.boundaryBetween(t, pt) || len(out) > 0 && !s.joins(prev, pt) || s.venue(p) {
			break
		}
		out = appendNew(out, p.ID)
		prev = s.tok(p.End)
	}
	if len(out) > 1 {
		out = s.dropUnnamed(out)
	}
	return out
}

// coordinated reports whether tokens from..to join two names of one
// subject: "and" (the link next to the verb must have it: "Egypt, Qatar
// and the US"), or a comma further out; "Iran, the Qatari premier" is an
// apposition, not two subjects.
func (s *sentence) coordinated(from, to int, last bool) bool {
	if to-from < 1 || to-from > 2 {
		return false
	}
	and := false
	for i := from; i < to; i++ {
		switch s.word(i) {
		case "and":
			and = true
		case ",":
			if to-from > 1 {
				return false
			}
		case "the":
		default:
			return false
		}
	}
	return and || !last && to-from == 1
}

// venue reports whether a place names where talks are held, not who acts
// ("a draft from the Paris talks").
func (s *sentence) venue(p pack.Match) bool {
	process := s.set.Process()
	for _, is := range s.issues {
		if is.ID == process && s.tok(is.Start) == s.tok(p.End) {
			return true
		}
	}
	return false
}

// joins reports whether tokens from..to only join names ("Egypt, Qatar and
// the US", "mediators from Qatar").
func (s *sentence) joins(from, to int) bool {
	for i := from; i < to; i++ {
		switch s.word(i) {
		case "and", ",", "the", "both", "from", "of", "in", "s", "'s", "’s":
		default:
			return false
		}
	}
	return true
}

// subjectOf returns the party the cue is said of: the nearest subject
// party before it in its clause and after from, with parties joined to it
// by "and"; in reported speech a pronoun nearer the cue stands for the
// speaker. A noun cue takes only a party right before it ("a US proposal",
// "Hamas's demands"), never the clause's subject, unless a possessive
// pronoun owns it (owned: "Israel restated its demands").
func (s *sentence) subjectOf(c pack.Match, from int, quoted, owned bool) []string {
	ct := s.tok(c.Start)
	for k := len(s.parties) - 1; k >= 0; k-- {
		p := s.parties[k]
		if p.End > c.Start {
			continue
		}
		if p.Start < from {
			return nil
		}
		pt := s.tok(p.End)
		if s.boundaryBetween(pt, ct) || quoted && s.pronounBetween(pt, ct) {
			return nil
		}
		if !s.isSubject(p) && ct-pt > 1 {
			continue // "pressure on Hamas to accept" is not Hamas's stance
		}
		if ct-pt > 2 && c.Form == pack.Noun && !owned {
			return nil
		}
		out := []string{p.ID}
		for j := k - 1; j >= 0; j-- {
			q := s.parties[j]
			if !s.coordinated(s.tok(q.End), s.tok(p.Start), len(out) == 1) {
				break
			}
			out = appendNew(out, q.ID)
			p = q
		}
		if len(out) > 1 {
			out = s.dropUnnamed(out)
		}
		return out
	}
	return nil
}

func (s *sentence) pronounBetween(from, to int) bool {
	for i := from; i < to; i++ {
		switch s.word(i) {
		case "he", "she", "it", "they", "we", "i", "its", "their", "our", "his", "her":
			return true
		}
	}
	return false
}

// ownedByPronoun reports whether a possessive pronoun owns the noun cue
// ("its demands for", "their offer").
func (s *sentence) ownedByPronoun(c pack.Match) bool {
	for i := s.tok(c.Start) - 1; i >= 0; i-- {
		switch w := s.word(i); {
		case w == "its" || w == "their" || w == "his" || w == "her" || w == "our":
			return true
		case !nounModifiers[w] && !s.issueAt(s.toks[i].Start):
			return false
		}
	}
	return false
}

// nounModifiers may stand between a party and its noun cue: "Israel's
// new proposal", "the latest US offer".
var nounModifiers = map[string]bool{
	"a": true, "an": true, "the": true, "'s": true, "’s": true, "s": true, "'": true, "’": true,
	"new": true, "latest": true, "revised": true, "initial": true, "original": true, "final": true,
	"own": true, "draft": true, "formal": true, "written": true, "detailed": true, "fresh": true,
}

// modifierOf keeps, of the actors found for a noun cue, the agent or the
// party that modifies the noun directly ("Hamas's demands", "an Israeli
// proposal"), dropping a clause subject separated from it by a verb.
func (s *sentence) modifierOf(c pack.Match, actors []string) []string {
	if len(s.agents(c)) > 0 {
		return actors
	}
	i := s.tok(c.Start) - 1
	for ; i >= 0; i-- {
		t := s.toks[i]
		if s.partyAt(t.Start, t.End) != "" {
			return actors
		}
		if !nounModifiers[s.word(i)] && !s.issueAt(t.Start) {
			return nil
		}
	}
	return nil
}

// cueAt reports whether a verb cue of another stance covers off.
func (s *sentence) cueAt(off int, stance string) bool {
	for _, o := range s.stances {
		if o.Start <= off && off < o.End && o.Form != pack.Noun && o.ID != stance {
			return true
		}
	}
	return false
}

// inParty reports whether an issue phrase is part of a party's name ("the
// Israeli negotiating team").
func (s *sentence) inParty(is pack.Match) bool {
	for _, p := range s.parties {
		if p.Start <= is.Start && is.End <= p.End {
			return true
		}
	}
	return false
}

func (s *sentence) partyAt(start, end int) string {
	for _, p := range s.parties {
		if p.Start < end && start < p.End {
			return p.ID
		}
	}
	return ""
}

func (s *sentence) issueAt(off int) bool {
	for _, is := range s.issues {
		if is.Start <= off && off < is.End {
			return true
		}
	}
	return false
}

// partyWithin reports whether a party mention starts within n tokens
// after token t.
func (s *sentence) partyWithin(t, n int) bool {
	for _, p := range s.parties {
		if pt := s.tok(p.Start); pt > t && pt-t <= n+1 {
			return true
		}
	}
	return false
}

// namedMediators lists the pack's mediators the article names.
func (f *positionFinder) namedMediators() []string {
	if !f.named {
		f.named = true
		for _, s := range f.d.sentences() {
			for _, p := range s.parties {
				if f.d.Pack.IsMediator(p.ID) {
					f.mediators = appendNew(f.mediators, p.ID)
				}
			}
		}
	}
	return f.mediators
}

// dropUnnamed removes the catch-all party for mediators when named
// parties stand beside it ("mediators from Qatar and Egypt").
func (s *sentence) dropUnnamed(ids []string) []string {
	out := ids[:0]
	for _, id := range ids {
		if id != s.set.UnnamedMediators() {
			out = append(out, id)
		}
	}
	return out
}

func appendNew(ids []string, id string) []string {
	for _, x := range ids {
		if x == id {
			return ids
		}
	}
	return append(ids, id)
}

// sentence is one sentence with its tokens and the pack phrases in it,
// the common ground of the positions and assessments finders.
type sentence struct {
	parley.Span
	set      *pack.Set
	toks     []text.Token // the Doc's tokens of the sentence
	low      []string     // the tokens lowercased
	parties  []pack.Match
	issues   []pack.Match
	stances  []pack.Match
	marks    []pack.Match // temporary and permanent markers
	verdicts []pack.Match
	cued     []pack.Match // cues, once listed
}

// sentences finds the pack phrases of the text in one pass and files
// them by sentence, once for the finders that need them. A phrase across a
// sentence end belongs to neither.
func (d *Doc) sentences() []*sentence {
	if d.scanned != nil {
		return d.scanned
	}
	sc := d.split()
	d.scanned = make([]*sentence, len(d.Sents))
	sc.sentences = grow(sc.sentences, len(d.Sents))
	for i, sp := range d.Sents {
		s := &sc.sentences[i]
		*s = sentence{Span: sp, set: d.Pack}
		s.toks, s.low = sc.sentence(i)
		d.scanned[i] = s
	}
	found, in := sc.found[:0], sc.in[:0]
	i := 0
	d.Pack.ScanWords(d.packWords(), func(m pack.Match) {
		for i < len(d.Sents) && d.Sents[i].End <= m.Start {
			i++
		}
		if i == len(d.Sents) || m.Start < d.Sents[i].Start || m.End > d.Sents[i].End {
			return
		}
		if m.Kind == pack.KindPerson {
			p, ok := d.Pack.Person(m.ID)
			if !ok || p.Party == "" {
				return
			}
			m.ID = p.Party
		}
		found, in = append(found, m), append(in, i)
	})
	sc.found, sc.in = found, in
	// File the phrases list by list into one array: a sentence's phrases
	// of one list are then a slice of it. It must not move while filled.
	all := grow(sc.phrases, len(found))[:0]
	sc.phrases = all[:len(found)]
	for l := range numLists {
		for k, m := range found {
			if listOf(m.Kind) != l {
				continue
			}
			dst := d.scanned[in[k]].list(l)
			p := len(all)
			all = append(all, m)
			*dst = all[p-len(*dst) : p+1 : p+1]
		}
	}
	return d.scanned
}

// The lists a sentence files its phrases in.
const (
	partiesList = iota
	issuesList
	stancesList
	marksList
	verdictsList
	numLists
)

// listOf is the list for phrases of kind k, -1 for none.
func listOf(k pack.Kind) int {
	switch k {
	case pack.KindParty, pack.KindPerson:
		return partiesList
	case pack.KindIssue:
		return issuesList
	case pack.KindStance:
		return stancesList
	case pack.KindTemporary, pack.KindPermanent:
		return marksList
	case pack.KindAssessment:
		return verdictsList
	}
	return -1
}

// list returns the sentence's list l.
func (s *sentence) list(l int) *[]pack.Match {
	return [numLists]*[]pack.Match{&s.parties, &s.issues, &s.stances, &s.marks, &s.verdicts}[l]
}

// tok returns the index of the token holding off, or of the first one
// after it: pack phrases split words that tokens keep whole ("42-day").
func (s *sentence) tok(off int) int {
	return sort.Search(len(s.toks), func(i int) bool { return s.toks[i].End > off })
}

// word is the lowercased i-th token, "" out of range.
func (s *sentence) word(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.low[i]
}

// boundary reports whether token i ends a clause: a stop, a semicolon, a
// dash, or a conjunction that turns to another subject.
func (s *sentence) boundary(i int) bool {
	switch s.word(i) {
	case ";", ":", "—", "–", "(", ")", "while", "but", "whereas", "although", "though", "however", "meanwhile":
		return true
	}
	return false
}

// negated reports whether the words just before the cue deny it ("will
// not", "never"), unless another cue stands between ("will not end until").
func (s *sentence) negated(c pack.Match) bool {
	i, from := s.tok(c.Start), 0
	for _, o := range s.cues() {
		if o.End <= c.Start {
			from = s.tok(o.End)
		}
	}
	for j := i - 1; j >= from && j >= i-4; j-- {
		w := s.word(j)
		switch w {
		case "not", "no", "never", "nor", "neither", "cannot", "without":
			return true
		case ",", ".", ";", ":":
			return false
		}
		if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
	}
	return false
}

// inAttribution returns the attribution whose text covers off, if any.
func inAttribution(d *Doc, off int) *parley.Attribution {
	for i := range d.Attributions {
		a := &d.Attributions[i]
		if a.Start <= off && off < a.End {
			return a
		}
	}
	return nil
}
