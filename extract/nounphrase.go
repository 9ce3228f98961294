// nounphrase.go: finding the speaker around a cue: the noun phrase before
// it (with asides and titles), the name after it, and the tests that tell a
// verb from a noun.

package extract

import (
	"strings"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/text"
)

// skipModifiersLeft steps back over auxiliaries and adverbs before a cue,
// and over "went on to" / "continued to" ("Naim went on to say that").
func (p *para) skipModifiersLeft(j int) int {
	for j >= 0 {
		switch {
		case p.at(j) == "have" && p.at(j-1) == "to" && p.is(j-2, "said", "understood", "reported", "believed", "thought", "known") && p.in(j-3, beForms):
			j -= 4 // "is understood to have told", "was said to have warned": a hedged report
		case p.in(j, cueModifiers) && !p.is(j, "not", "never"),
			p.lyAdverb(j) && j > 0 && !p.in(j-1, determiners):
			j--
		case p.is(j, "all", "both", "each") && j > 0 && (p.capitalized(j-1) || p.at(j-1) == ")" || p.in(j-1, groupPronouns) || strings.HasSuffix(p.lower[j-1], "s")) && !p.in(j-1, speechVerbs|nounPrepositions):
			j-- // "Lee, Brown and Roe all suggested", "they both said": a floating quantifier
		case p.at(j) == "far" && p.at(j-1) == "so":
			j -= 2 // "Hamas has so far insisted"
		case p.at(j) == "since" && p.in(j-1, finiteAuxiliaries):
			j-- // "officials have since said"; "already" and "now" are cue modifiers
		case p.is(j, "days", "weeks", "months", "years", "decades") && p.at(j-1) == "for" && p.in(j-2, finiteAuxiliaries):
			j -= 2 // "Moscow has for months complained": how long, not who
		case p.at(j) == "been" && strings.HasSuffix(p.at(j+1), "ing"):
			j-- // "have been warning"; "have been told" is a passive
		case p.at(j) == "to" && p.at(j-1) == "on" && p.is(j-2, "went", "goes", "go"):
			j -= 3
		case p.at(j) == "to" && p.is(j-1, "continued", "continues", "proceeded", "went"):
			j -= 2

		default:
			return j
		}
	}
	return j
}

// statementBy returns the end of the name that opens a phrase like "Hamas
// put out a statement" or "the ministry issued a report" (tokens [i, j)),
// or i when the phrase is not of that shape.
func (p *para) statementBy(i, j int) int {
	if j-i < 3 || !p.in(j-1, documentNouns) {
		return i
	}
	e := i
	if p.in(i, determiners) {
		// "The ministry put out a statement": a description up to the verb.
		e++
		for e < j-2 && p.isWord(e) && !p.pastForm(e) && p.at(e) != "put" {
			e++
		}
		if e == i+1 || !(p.pastForm(e) || p.at(e) == "put") {
			return i
		}
		return e
	}
	for e < j && p.capitalized(e) {
		e++
	}
	if e == i || e >= j-1 || p.capitalized(e) || p.in(e, nounPrepositions) || !(p.pastForm(e) || p.at(e) == "put") {
		return i // not "UNRWA's latest statement": no verb puts it out
	}
	return e
}

// documentSubject reports a subject that is a document or data source
// ("A new poll", "the transcript", "Video").
func documentSubject(m parley.Span, p *para) bool {
	if m.Len() == 0 {
		return false
	}
	from, k := p.tokenAt(m.Start), p.tokenAt(m.End)-1
	if k < 0 || k >= len(p.toks) {
		return false
	}
	// The head stands before what qualifies it: "a 2014 study by ...",
	// "research conducted by ...", "the poll, which ...".
	for j := from + 1; j < k; j++ {
		if p.in(j, nounPrepositions) && !p.capitalized(j) || p.is(j, ",", "that", "which") || strings.HasSuffix(p.lower[j], "ed") && !p.capitalized(j) {
			k = j - 1
			break
		}
	}
	return p.in(k, documentNouns) || findingSources[p.lower[k]]
}

// findingSources are data sources that "show" or "find" things.
var findingSources = wordSet("poll polls polling survey surveys study studies analysis analyses data figures research review audit investigation",
	"transcript documents records footage images video memo filing slide slides average averages tally estimate estimates",
	"judge court panel jury inquiry")

// writtenSources are things whose words one reads ("the sign read").
// textNouns name a text that states what it says: `," the declaration
// states.`
var textNouns = wordSet("declaration agreement accord treaty resolution draft document charter text proposal constitution communique statement memo memorandum")

var writtenSources = wordSet("sign signs banner banners note notes notice notices placard placards headline text tweet inscription card")

// skipModifiersRight steps over auxiliaries and adverbs after token k.
func (p *para) skipModifiersRight(k int) int {
	for k+1 < len(p.toks) && p.in(k, cueModifiers) {
		k++
	}
	return k
}

// nameBeforeRole reads a name before a bare role d whose organisation
// follows in a second aside that ends at j: in "Abu Obeida, spokesman for
// the armed wing, the Qassam Brigades, said" the name speaks and the rest
// is its role. A time ("On Monday, the head of ...") is no name.
func (p *para) nameBeforeRole(d nounPhrase, j int) (nounPhrase, bool) {
	if n := d.from; p.capitalized(n) && !p.in(n, determiners) {
		// "Jens Lund of the UN aid office, Ocha, said": a person's name
		// and where they work; the acronym after it names the office.
		e := n
		for e < d.to && p.capitalized(e) && !p.in(e, orgNouns) {
			e++
		}
		if e-n >= 2 && p.is(e, "of", "from", "at") && !p.capitalized(e+1) {
			return nounPhrase{from: n, to: e, role: p.str(e+1, j), written: j}, true
		}
	}
	if p.at(d.from-1) == "," && p.at(d.to) == "," {
		// "Louise Wateridge, a spokesperson for the UN refugee agency,
		// UNRWA, said": the description already follows a name, and the
		// name after it is the agency's; the first name speaks.
		if outer := p.leftNP(d.to); !outer.empty() && outer.role != "" && outer.to < d.from && p.capitalized(outer.from) &&
			!p.preposition(outer.from-1) && !ingForm(p.lower[outer.from]) {
			// not "In Washington, the press secretary, Josh Earnest, said",
			// nor "Briefing the council, the UN coordinator, Tor Wennesland, said"
			return nounPhrase{from: outer.from, to: outer.to, role: p.str(d.from, j), written: j}, true
		}
	}
	if !p.in(d.from, roleWords) || p.at(d.from-1) != "," || !p.capitalized(d.from-2) || p.in(d.from-2, timeWords) {
		return nounPhrase{}, false
	}
	n := p.leftNP(d.from - 2)
	if n.empty() || n.role != "" {
		return nounPhrase{}, false
	}
	return nounPhrase{from: n.from, to: n.to, role: p.str(d.from, j), written: j}, true
}

// speechVerbIn reports a speech verb used as a verb in tokens [from, to):
// not "state" before a noun ("state radio") nor a noun after a determiner
// or a preposition ("the report", "in remarks").
func (p *para) speechVerbIn(from, to int) bool {
	for k := from; k < to; k++ {
		if p.in(k, speechVerbs) && !p.modifiesNoun(k) && !p.bareNoun(k) && !p.in(k-1, determiners|nounPrepositions) {
			return true
		}
	}
	return false
}

// quotedAsideStart reads a closing mark at k as the end of a short
// quotation inside an aside that is no one's statement: a programme's or a
// book's title ("on CNBC's "Squawk Box" shortly afterward") or a scare
// quote of a few lower-case words after a lower-case word ("who promised
// "total peace" in 2022"). It returns the opening mark, or -1.
func (p *para) quotedAsideStart(k, sFrom int) int {
	if p.q(k) != closeQuote {
		return -1
	}
	o := k - 1
	for o > sFrom && o > k-8 && p.q(o) == notQuote {
		o--
	}
	if p.q(o) != openQuote || o <= sFrom || !p.isWord(o-1) || p.capitalized(k+1) { // not a nickname: Marcia "Cia" Price
		return -1
	}
	if !p.titleCase(o+1, k) && !p.scareQuote(o, k) {
		return -1
	}
	return o
}

// scareQuote reports a quotation of at most four tokens between the marks
// at o and k, opening in lower case after a lower-case word ("promised
// "total peace""); "I" or "we" inside makes it someone's words.
func (p *para) scareQuote(o, k int) bool {
	return k-o <= 5 && !p.capitalized(o-1) && !p.capitalized(o+1) && !p.anyWord(o+1, k, "i", "we")
}

// relativeStart returns where a relative clause opens in tokens [from, to)
// ("a former guerrilla who took office in 2022"), or to.
func (p *para) relativeStart(from, to int) int {
	for k := from; k < to; k++ {
		if p.is(k, "who", "whose", "which") {
			return k
		}
	}
	return to
}

// titleSmallWord reports a word a title may hold in lower case between its
// capitalised words: "Meet the Press", "Fox & Friends", "Live with Kelly".
func (p *para) titleSmallWord(k int) bool {
	return p.in(k, nameParticles) || p.is(k, "the", "of", "and", "a", "in", "on", "to", "for", "with", "'s", "&")
}

// clauseSpeechIn is speechVerbIn without a participle that modifies the
// noun before it: "in a statement posted on its website" holds no speaker
// of its own.
func (p *para) clauseSpeechIn(from, to int) bool {
	for k := from; k < to; k++ {
		if p.speechVerbIn(k, k+1) && !p.postedParticiple(k) {
			return true
		}
	}
	return false
}

// postedParticiple reports a past form at k after a lower-case noun and
// before a preposition: a participle that modifies that noun ("a
// statement posted on", "remarks published online"), not its verb.
func (p *para) postedParticiple(k int) bool {
	return p.pastForm(k) && p.isWord(k-1) && !p.capitalized(k-1) && !p.in(k-1, finiteAuxiliaries|personPronouns|groupPronouns) &&
		(p.preposition(k+1) || p.at(k+1) == "online")
}

// nounPhrase is a token range [from, to) plus an appositive role.
type nounPhrase struct {
	from, to int
	role     string
	written  int // end of the phrase as written, appositive included (0: same as to)
	lead     int // tokens before from that the phrase as written also holds
}

func (np nounPhrase) empty() bool { return np.to <= np.from }

// writtenFrom is the phrase's first token as written, a description before
// the name included ("a spokesman for the army, Tom Roe").
func (np nounPhrase) writtenFrom() int { return np.from - np.lead }

// asideAdverbs may stand alone between commas after a subject.
var asideAdverbsWords = wordSet("meanwhile however though too also instead then separately moreover perhaps maybe indeed")

// isAside reports a comma or dash that may close an aside.
func (p *para) isAside(j int) bool { return p.is(j, ",", "-", "–", "—") }

// nameWord reports a token that can end a personal name: a capitalized
// word, or one with a lower-case particle ("al-Atta").
func (p *para) nameWord(i int) bool {
	return p.capitalized(i) || i >= 0 && i < len(p.toks) && particleName(p.toks[i].Text)
}

// anyIn reports whether a token of [i, j) is in class c.
func (p *para) anyIn(i, j int, c wordClass) bool {
	for k := i; k < j; k++ {
		if p.in(k, c) {
			return true
		}
	}
	return false
}

// verbIn reports a token of [i, j) in class c that may be a verb there:
// after "of" a speech word is a noun ("minister of state").
func (p *para) verbIn(i, j int, c wordClass) bool {
	for k := i; k < j; k++ {
		if p.in(k, c) && p.at(k-1) != "of" {
			return true
		}
	}
	return false
}

// preposition reports a preposition at token k, one that may sit inside
// a source's noun phrase ("officials in Gaza") or one that makes a noun
// its object ("under the deal"); false outside the paragraph.
func (p *para) preposition(k int) bool {
	return p.in(k, nounPrepositions) || k >= 0 && k < len(p.lower) && objectMarkers[p.lower[k]]
}

// anyWord reports whether a token of [i, j) is one of words.
func (p *para) anyWord(i, j int, words ...string) bool {
	for k := i; k < j; k++ {
		if p.is(k, words...) {
			return true
		}
	}
	return false
}

// allCapitalized reports whether tokens [i, j) form a name: capitalized
// words and name particles only.
func (p *para) allCapitalized(i, j int) bool {
	if j <= i {
		return false
	}
	for k := i; k < j; k++ {
		if !p.capitalized(k) && !p.in(k, nameParticles) && !particleName(p.toks[k].Text) {
			return false
		}
	}
	return p.capitalized(j-1) || particleName(p.toks[j-1].Text) // "Majed al-Ansari"
}

// skipLeadingTime returns where a subject starts after the time that
// opens its clause without a comma: "In late May Joe Biden said", "By
// March Ann Lee had said", "On Monday the army said", "Later the envoy
// said". A month is a time only after a preposition or "late", "early",
// "mid", or before a determiner: "June Lee said" names June Lee.
func (p *para) skipLeadingTime(from, end int) int {
	t := from
	if p.is(t, "late", "early", "mid", "last", "this", "next") {
		t++
	}
	if !p.in(t, timeWords) || !p.capitalized(t) || t == from && !p.in(from-1, nounPrepositions) && !p.phraseAfter(t+1, end) {
		return from
	}
	t++
	if t < end && isNumeral(p.lower[t]) {
		t++ // "On May 3 Ann Lee said"
	}
	if t > end || !p.capitalized(t) && !p.phraseAfter(t, end) {
		return from
	}
	return t
}

// phraseAfter reports a determiner at t that opens a noun phrase ending
// at end: what comes before it is no part of that phrase.
func (p *para) phraseAfter(t, end int) bool {
	return t < end && p.is(t, "the", "a", "an", "his", "her", "its", "their")
}

// beforeCircumstance reads the subject before a circumstance set off by a
// comma when a phrase starting at from is its object ("Hamas, in a
// statement attributed to its armed wing, the Qassam Brigades, said"): an
// appositive after that object describes it, not the speaker.
func (p *para) beforeCircumstance(from, sFrom int) (nounPhrase, bool) {
	if from <= sFrom+2 || !p.is(from-1, "in", "at", "on", "through") || p.at(from-2) != "," {
		return nounPhrase{}, false
	}
	np := p.leftNP(from - 3)
	return np, !np.empty() && np.to == from-2
}

// relativeAsideStart returns the comma that opens a relative clause or a
// participle's phrase on a name when it holds commas of its own, so that
// the comma at k before the cue is not the aside's start: "Netanyahu, who
// visited troops on Sunday, wearing a helmet, said", "Bush, who flew in
// from Sharm el-Sheik, Egypt, a day earlier, called". -1 when there is
// none.
func (p *para) relativeAsideStart(k, j, sFrom int) int {
	if p.at(k) != "," || p.is(k+1, "and", "or", "but") {
		return -1
	}
	for o := k - 1; o > sFrom && o > j-28; o-- {
		switch {
		case p.at(o) == "," && (p.is(o+1, "who", "which", "whose") || p.ingAside(o+1, k)) && p.nameWord(o-1):
			// "Blinken, speaking in Doha after meeting the emir, Sheikh
			// Tamim, for two hours, said": a participle's aside, too.
			if np := p.leftNP(o - 1); np.empty() || np.from != sFrom || p.ingAside(o+1, k) && p.finiteVerbIn(sFrom, o) {
				return -1 // "After meeting Ann Lee, who leads the group, Bob Roe said": an object's clause
			}
			return o
		case p.at(o) == "," && p.is(o+1, "and", "or", "but"), p.q(o) != notQuote, !p.isWord(o) && p.at(o) != ",":
			return -1 // a list of speakers, a quote, a bracket or a dash
		}
	}
	return -1
}

// ingAside reports a lower-case -ing word at o, before k, that opens a
// participle's aside: "Blinken, speaking in Doha, ...", not "including".
func (p *para) ingAside(o, k int) bool {
	return o < k && ingForm(p.lower[o]) && !p.capitalized(o) && p.at(o) != "including"
}

// listAsideStart reads an aside [k+1, j) that is the tail of a list of
// names ("Qatar and Egypt"), perhaps with a phrase after it ("Ramallah
// and Cairo for two days"), as the end of a longer aside whose comma comes
// earlier and opens with a participle, a preposition or a relative
// pronoun ("speaking after his trip to Israel,"): that comma, or -1.
func (p *para) listAsideStart(k, j, sFrom int) int {
	if p.at(k) != "," || !p.capitalized(k-1) {
		return -1
	}
	list := false
scan:
	for i := k + 1; i < j; i++ {
		switch {
		case p.is(i, "and", "or"):
			list = i > k+1
		case list && p.capitalized(i-1) && (p.in(i, nounPrepositions) || p.is(i, "during", "over")):
			break scan // "Ramallah and Cairo for two days,": a phrase after the list
		case !p.capitalized(i) && !p.in(i, nameParticles):
			return -1
		}
	}
	if !list {
		return -1
	}
	for o := k - 2; o > sFrom && o > k-16; o-- {
		if p.at(o) == "," && !p.capitalized(o+1) && (ingForm(p.lower[o+1]) || strings.HasSuffix(p.lower[o+1], "ed") || p.in(o+1, nounPrepositions) || p.is(o+1, "who", "which", "whose")) {
			return o
		}
		if p.at(o) == "," && p.capitalized(o-1) && p.capitalized(o+1) {
			continue // an earlier item of the list: "Cuba, Mexico, Peru and Chile"
		}
		if p.q(o) != notQuote || p.is(o, ",", "-", "(", ")") {
			return -1 // another aside, or a quote
		}
	}
	return -1
}

// nameOfPlace returns where "of" stands in a personal name followed by
// its place, [i, j) ("Sen. JD Vance of Ohio"), or 0.
func (p *para) nameOfPlace(i, j int) int {
	if !inClass(strings.TrimSuffix(p.lower[i], "."), roleWords|honorifics) {
		return 0 // most asides: no title first
	}
	for o := j - 2; o > i+1 && o >= j-3; o-- {
		if p.at(o) == "of" && p.allCapitalized(i, o) && p.allCapitalized(o+1, j) {
			return o
		}
	}
	return 0
}

// determiners cannot end a noun phrase.
var determinersWords = wordSet("a an the this that these those its his her their our some more many other another any each every all both few several most")

// partyTag reports a US lawmaker's party and state in tokens [i, j):
// "R-Texas", "D-Mass." (the point may be a token of its own).
func (p *para) partyTag(i, j int) bool {
	if j-i == 2 && p.at(j-1) == "." {
		j--
	}
	if j-i != 1 {
		return false
	}
	return isPartyTag(p.toks[i].Text)
}

// isPartyTag reports a party and a state written as one word: "R-Texas",
// "D-Ore.", "I-Vt".
func isPartyTag(t string) bool {
	return len(t) >= 4 && strings.IndexByte("DRI", t[0]) >= 0 && t[1] == '-' && t[2] >= 'A' && t[2] <= 'Z'
}

// namedClauseStart reports a "the" at k that opens a named subject right
// after a noun of its own phrase: "a bill the Trump administration says",
// "Late on Sunday night the prison service said". After a preposition the
// name is its object ("residents across the Gaza Strip said").
func (p *para) namedClauseStart(k int) bool {
	return p.at(k) == "the" && p.capitalized(k+1) && k >= 2 && !p.preposition(k-1) &&
		(p.in(k-1, timeWords) || p.is(k-2, "a", "an") && !p.pastForm(k-1))
}

// objectIt reports an "it" at k that is the object of a preposition after
// a modifier ("officials briefed on it", "a source close to it"), not the
// subject of a cue.
func (p *para) objectIt(k, sFrom int) bool {
	return k > sFrom+1 && p.at(k) == "it" && p.preposition(k-1) && p.isWord(k-2) && !p.is(k-2, "and", "or", "but") && !p.capitalized(k-2) && !p.in(k-2, timeWords) // not "Later on it said"
}

// leftNP scans leftwards from token j (inclusive) for the subject noun
// phrase of a cue. It steps over one appositive or relative clause set off
// by commas ("Basem Naim, the head of ..., told"). The phrase must start at
// a clause boundary; a scan that runs into another verb or too far finds
// no subject.
func (p *para) leftNP(j int) nounPhrase {
	none := nounPhrase{from: j + 1, to: j + 1}
	if j < 0 {
		return nounPhrase{}
	}
	sFrom, _ := p.sentRange(j)
	var role string
	end := j
	written := 0
	// "Gov. Pat McCrory (R) said": a short parenthesis after the name.
	if p.at(j) == ")" {
		k := j - 1
		for k > sFrom && k > j-7 && p.at(k) != "(" {
			k--
		}
		if p.at(k) != "(" {
			return none
		}
		written, end, j = j+1, k-1, k-1
	}
	if o := p.hometown(j, sFrom); o >= 0 {
		// "Tom Ruiz, 61, of Dayton, Ohio, said": the name before the age
		// and the hometown speaks.
		if np := p.leftNP(o); !np.empty() {
			np.written = j
			return np
		}
		return none
	}
	// `The senator, speaking on NBC's "Meet the Press," said`: a quoted
	// title ends the aside, its comma inside the marks.
	title := -1
	if p.q(j) == closeQuote && p.at(j-1) == "," {
		if o := p.quotedAsideStart(j, sFrom); o > sFrom+1 {
			title, j = o, j-1
		}
	}
	if p.isAside(j) {
		circumstance := false
		// An aside set off by commas or dashes between the speaker and
		// the cue: an appositive role, a relative clause, an adverb.
		doubleDash := p.at(j) == "-" && p.at(j-1) == "-" // "Ann Lee -- a co-author -- said"
		if doubleDash {
			j--
		}
		k := j - 1
		if title >= 0 {
			k = title - 1
		}
		for k >= sFrom && !p.is(k, p.lower[j]) {
			if p.q(k) != notQuote {
				o := p.quotedAsideStart(k, sFrom)
				if o < 0 {
					break
				}
				k = o // `Greer, speaking on CNBC's "Squawk Box" shortly afterward, said`
			}
			k--
		}
		if k < sFrom || k+1 >= j {
			return none
		}
		if o := p.listAsideStart(k, j, sFrom); o >= 0 {
			k = o // "Lee, back from Israel, Qatar and Egypt, said": the aside opens before the list
		} else if o := p.relativeAsideStart(k, j, sFrom); o >= 0 {
			k = o // "Bush, who had flown in from Sharm el-Sheik, Egypt, a day earlier, said"
		}
		opening := k // the separator that opens the aside
		if doubleDash && p.at(k-1) == "-" {
			opening = k - 1
		}
		first, next := p.lower[k+1], k+2 // the aside's first word and the one after it
		if p.in(k+1, cueModifiers|asideAdverbs) && k+2 < j && ingForm(p.lower[k+2]) ||
			p.is(k+1, "first", "originally", "previously", "later") && k+2 < j && strings.HasSuffix(p.lower[k+2], "ed") {
			first, next = p.lower[k+2], k+3 // "A US official, also requesting anonymity, said", "The letter, first reported by Axios, calls"
		}
		for q := k + 2; q < j-1 && q <= k+4; q++ {
			if p.at(q) == "of" && p.is(q+1, "which", "whom", "whose") {
				first = "which" // "The draft, a copy of which was seen by ...": a relative clause
				break
			}
		}
		named := 0
		if !ingForm(first) { // not "..., speaking after meeting envoy Ann Lee,"
			named = p.titledNameEnd(k+1, j) // "..., senior aide Ivan Sorokin,"
		}
		placed := p.nameOfPlace(k+1, j) // "..., Sen. JD Vance of Ohio,": where "of" stands, or 0
		switch {
		case named > 0:
			// "The head of the team, presidential aide Ivan Sorokin, said":
			// the name that ends the aside speaks, with its title.
			np := nounPhrase{from: named, to: j, role: p.str(k+1, named)}
			if d := p.leftNP(opening - 1); !d.empty() {
				np.lead = named - d.from
			}
			return np
		case p.partyTag(k+1, j):
			// "Sen. Ted Cruz, R-Texas, said": a party and a state, no name.
		case p.allCapitalized(k+1, j) && p.titleWord(j-1) && p.nameWord(opening-1) && !p.verbIn(k+1, j, speechVerbs):
			// "Ann Lee, UNICEF Executive Director, said", "Tedros, WHO
			// Director-General, said": a capitalised title after a name.
			role = p.str(k+1, j)
		case first == "the" && p.allCapitalized(k+2, j) && !p.capitalized(opening-1):
			// "Hamas's armed wing, the Qassam Brigades, said": the name
			// between the commas speaks; the description is its role.
			if d := p.leftNP(opening - 1); !d.empty() {
				if np, ok := p.beforeCircumstance(d.from, sFrom); ok {
					np.written = j
					return np // "The union, in a letter to its sister body, the Dockers Guild, said"
				}
				if n, ok := p.nameBeforeRole(d, j); ok {
					return n
				}
				return nounPhrase{from: k + 1, to: j, role: p.str(d.from, d.to), lead: k + 1 - d.from}
			}
			role = p.str(k+1, j)
		case first == "a" || first == "an" || first == "the" ||
			inClass(first, roleWords) && !(p.allCapitalized(k+1, j) && !p.titleWord(j-1) && !p.capitalized(opening-1)), // not "a spokesman, Colonel Tom Roe,"

			first == "one" && p.at(k+2) == "of",                                                  // "..., one of the states suing the agency, said"
			(first == "now" || first == "then" || first == "formerly") && p.in(k+2, determiners): // "Ann Lee, now the council leader, said"
			role = p.str(k+1, p.relativeStart(k+2, j)) // "a former guerrilla who ...": the role ends before the clause
		case (first == "where" || first == "when") && !p.anyWord(sFrom, opening, "who", "which", "that"): // after a relative clause, the default case below
			// "Doctors at the hospital, where she was taken, said", "The
			// minister, when asked, said"; not "Lee toured Rafah, where
			// ..., said the mayor": there the place is a clause's object.
			if p.finiteVerbIn(sFrom, opening) {
				return none
			}
		case first == "who" || first == "which" || first == "whose",
			strings.HasSuffix(first, "ing") && !p.capitalized(k+1), // "Obama, dedicating the museum, said"
			strings.HasSuffix(first, "ed") && !p.capitalized(k+1) && (p.in(next, nounPrepositions|determiners|timeWords) || p.is(next, "about", "whether", "if", "over") ||
				p.isWord(next) && !p.capitalized(next) && !p.in(next, finiteAuxiliaries|speechVerbs|subjectStops)):
			// "The mayor, asked about the budget, said", "An official,
			// granted anonymity to ..., said": a participle aside.
		case k+2 == j && (strings.HasSuffix(first, "ly") || inClass(first, asideAdverbs)):
			circumstance = true // "Some Democrats, however, question": the adverb is no part of the speaker as written
		case (inClass(first, nounPrepositions) || first == "during" || first == "after" || first == "before") && first != "of" && first != "familiar" && first != "close" &&
			!p.capitalized(k+1) && !p.clauseSpeechIn(k+3, j): // right after the preposition a speech word is a noun: "in remarks carried by"
			// "Ann Lee, at a news conference, said", "Ann Lee, for her
			// part, said": a circumstance, neither name nor role, nor
			// part of the speaker as written.
			circumstance = true
		case p.capitalized(k+1) && p.nameWord(opening-1) && !p.allCapitalized(k+1, j) && !p.verbIn(k+1, j, speechVerbs):
			// "Senator Ann Lee, Democrat of Ohio, said": an affiliation.
			role = p.str(k+1, j)
		case p.allCapitalized(k+1, j) || placed > 0:
			// "Israel's prime minister, Benjamin Netanyahu, said": the name
			// between the commas is the speaker, the phrase before its role.
			// "His running mate, Sen. JD Vance of Ohio, said": the name
			// ends before its state.
			to := j
			if placed > 0 {
				to = placed
			}
			if d := p.leftNP(opening - 1); !d.empty() {
				if n, ok := p.nameBeforeRole(d, to); ok {
					return n
				}
				return nounPhrase{from: k + 1, to: to, role: p.str(d.from, d.to), lead: k + 1 - d.from, written: j}
			}
			return nounPhrase{from: k + 1, to: to, role: role, written: j}
		case p.nameWord(opening-1) && !p.capitalized(k+1) && !p.verbIn(k+1, j, speechVerbs|finiteAuxiliaries) && !strings.HasSuffix(first, "ed") &&
			!p.in(k+1, subjectStops|asideAdverbs) && first != "and":
			// "Tom Vail -- co-author of a book on the paper -- said": a
			// description after a name.
			role = p.str(k+1, j)
		default:
			// "Ann Lee whose son, Eric, is missing, said": a relative
			// clause that opens without a comma.
			r := k
			for r > sFrom && r > k-8 && !p.is(r, "who", "whose", "which") {
				r--
			}
			opening, first = r, p.lower[r]
			if p.at(r-1) == "," {
				opening = r - 1 // "Lund, whose son, Eric, is missing, said"
			}
			if !p.is(r, "who", "whose", "which") || !p.capitalized(opening-1) {
				return none
			}
		}
		end = opening - 1
		if c := opening - 3; c > sFrom && p.at(c) == "," && p.partyTag(c+1, opening) || c+1 > sFrom && p.at(c+1) == "," && p.partyTag(c+2, opening) {
			// "Sen. Ann Lee, D-Ore., a critic of the plan, said": the party
			// tag is a first aside; the name before it speaks.
			if p.at(c) != "," {
				c++
			}
			end = c - 1
		}
		if role != "" && end == sFrom && p.connective(nounPhrase{from: end, to: end + 1}) {
			// "Meanwhile, a source close to the team, said": an opening
			// adverb names no one; the phrase after it is the subject.
			return nounPhrase{from: k + 1, to: j}
		}
		switch {
		case first == "who" || first == "which" || first == "whose" || first == "where" || first == "when":
			// The speaker as written ends before a relative clause
			// ("Ann Lee, 59, of Dayton, who ...,"): it describes, not names.
			written = opening
		case title >= 0:
			written = j + 2 // through the closing mark after the comma
		case !circumstance:
			written = j
		}
		if o := p.hometown(opening, sFrom); o >= 0 {
			// "Rosa Pell, 61, of Dayton, who watched ..., said": the age and
			// the hometown before the aside.
			if np := p.leftNP(o); !np.empty() {
				np.written = written
				return np
			}
			return none
		}
		if p.at(end) == ")" {
			// "the UN agency for refugees (UNRWA), which ...": keep the parenthesis.
			b := end - 1
			for b > sFrom && b > end-5 && p.at(b) != "(" {
				b--
			}
			if p.at(b) == "(" && b > sFrom {
				nested := p.leftNP(b - 1)
				if !nested.empty() {
					return nounPhrase{from: nested.from, to: end + 1, role: role, written: written}
				}
			}
		}
	}
	objIt := p.objectIt(end, sFrom) // "officials briefed on it said"
	if end >= 0 && (p.in(end, personPronouns|groupPronouns) || p.at(end) == "i") && !objIt {
		return nounPhrase{from: end, to: end + 1, role: role} // not "officials briefed on it said": "it" the object, the officials the subject
	}
	if end >= 0 && p.in(end, speechVerbs) && !p.in(end, anonymousHeads) && !p.bareNoun(end) &&
		!(p.in(end+1, finiteAuxiliaries) && p.capitalized(end-1)) && // "Arab states have said": a noun before the auxiliary
		!(p.capitalized(end) && p.capitalized(end-1)) { // "the United States said": a name
		return none // "an official denied reports": the verb before is the cue
	}
	if end >= 0 && p.is(end, "and", "or", "but", "what") {
		return none
	}
	from := end + 1
	bounded, stop, spokeTo := false, -1, -1
	for k := end; ; k-- {
		if k < sFrom {
			bounded = true
			break
		}
		if end-k >= 14 {
			break
		}
		w := p.lower[k]
		if p.is(k, "/", "&") && k < end && p.capitalized(k-1) && p.capitalized(k+1) {
			from = k // "The Reuters/Ipsos poll", "Procter & Gamble"
			continue
		}
		if p.at(k) == ")" && k < end && k-2 > sFrom && p.at(k-2) == "(" && text.IsAcronym(p.toks[k-1].Text) && !p.capitalized(k+1) {
			from = k - 2 // "the African Union (AU) panel": the acronym in brackets is part of the name
			k -= 2
			continue
		}
		if !p.isWord(k) {
			bounded = true
			break
		}
		if k < end && k > sFrom && (possessiveDeterminers[w] || p.namedClauseStart(k)) && p.isWord(k-1) && !p.capitalized(k-1) &&
			!p.in(k-1, nounPrepositions|subjectStops|determiners|speechVerbs|cueModifiers) && !p.is(k-1, "and", "or") && !ingForm(p.lower[k-1]) {
			from, bounded = k, true // "a decision his party called a betrayal": the clause's subject starts at "his"
			break
		}
		if k == end && objIt {
			from = k // "officials briefed on it said": the object ends the subject
			continue
		}
		possessive := p.at(k) == "her" && k < end // "Her lawyer said"
		// "to" joins a subject before a noun phrase ("adviser to the
		// president"), not before a verb ("seek to engage").
		nounTo := p.at(k) != "to" || p.capitalized(k+1) || p.in(k+1, determiners|plainAdjectives) || p.isWord(k+1) && (isNumeral(p.lower[k+1]) || p.adjective(k+1)) ||
			p.is(k+1, "him", "them", "us", "me", "it")
		if p.in(k, subjectStops) && !possessive && !text.IsAcronym(p.toks[k].Text) && !p.objectOfPreposition(k, sFrom) && (!p.capitalized(k) || k == sFrom) && !(p.in(k, nounPrepositions) && k < end && k > sFrom && nounTo) {
			if p.at(k) == "to" && !nounTo {
				// "to" before a verb: the phrase after it is no subject,
				// unless an -ing word before it opens a modifier of the
				// noun that speaks ("A group working to free them said").
				if s := p.reducedRelative(k-1, sFrom); s >= 0 {
					from, bounded = s, true
					break
				}
				if k+2 > end {
					return none
				}
				// "likely to placate Democrats in Ohio, who have argued":
				// the phrase is the verb's object, which may be the
				// antecedent of a relative clause.
				from, bounded = k+2, true
				break
			}
			bounded, stop = true, k
			break
		}
		if k < end && p.numberRelative(k, end) {
			return none // "down from the 40 Israel had demanded": a clause inside the phrase, its object the number
		}
		if k < end && (p.at(k) == "according" && p.at(k+1) == "to" || isNumeral(w) && p.at(k+1) == "the") {
			// "according to the Kremlin, which said": the source is the
			// phrase; "including 41 the army says are dead": the count
			// is the clause's object, the army its subject.
			bounded, stop = true, k
			break
		}
		// An -ing word is a verb ("referring to", "countering Israeli
		// media") unless it modifies what follows ("in neighbouring
		// Jabalia", "right-wing").
		ing := ingForm(w) && !strings.Contains(w, "-") && !(k > sFrom && (p.in(k-1, determiners) || p.possessive(k-1))) &&
			!(p.capitalized(k+1) && p.in(k-1, nounPrepositions)) &&
			!(k == end-1 && !p.in(k, speechVerbs) && (k == sFrom || p.is(k-1, ",", "where", "that", "while", "as", "and", "but", "because", "when"))) // "where leading economists say"
		if k != end && !p.capitalized(k) && (p.in(k, speechVerbs) && !p.modifiesNoun(k) && !p.bareNoun(k) || ing) && !p.in(k, anonymousHeads) {
			if s := p.reducedRelative(k, sFrom); ing && s >= 0 {
				from, bounded = s, true // "People living near the border said"
				if (p.in(k, speechVerbs) || p.is(k, "speaking", "talking")) && p.is(k+1, "to", "with") {
					spokeTo = k // "Egyptian sources speaking to Al-Qahera News said": the medium is no part of the speaker
				}
			} else if a := p.objectJoin(k, end); a >= 0 {
				from, bounded = a+1, true
			}
			break // "referring to ... repeated": another verb, no subject here
		}
		if k != end && !p.capitalized(k) && strings.HasSuffix(w, "ed") && p.in(k+1, determiners) && k+1 < end {
			bounded = true // "the campaign released a video of Lopez saying": the object of "released" speaks
			if a := p.objectJoin(k, end); a >= 0 {
				from = a + 1 // "rejected the budget and the mayor said"
			}
			break
		}
		from = k
	}
	if !bounded {
		return none
	}
	if a := p.clauseJoin(from, end, stop); a >= 0 {
		from = a + 1 // "the plan was dead and Tom Roe said": the second clause's subject
	}
	// A noun phrase does not start with a preposition.
	for from <= end && p.in(from, nounPrepositions) && !p.capitalized(from) {
		from++
	}
	if role != "" {
		if np, ok := p.beforeCircumstance(from, sFrom); ok {
			np.written = max(np.written, written)
			return np
		}
	}
	from = p.skipLeadingTime(from, end)
	if p.at(from-1) == "," && (p.capitalized(from) || p.at(from) == "the" && p.capitalized(from+1)) && p.coordination(from, end+1) {
		from = p.listStart(from, sFrom)
	}
	to := trimTimeTail(p, from, end+1)
	if to-1 > from && reflexives[p.lower[to-1]] {
		to--
	}
	if spokeTo > from && spokeTo < to {
		written, to = max(written, to), spokeTo
	}
	lead := 0
	for from < to-1 && (p.is(from, "and", "but", "so", "yet", "even", "only", "just") || p.in(from, asideAdverbs)) {
		// "Meanwhile Trump said", "Even Norway said": not the speaker;
		// "Only 52 percent say": the focus adverb stays in the phrase
		// as written.
		if p.is(from, "only", "just") {
			lead++
		} else {
			lead = 0
		}
		from++
	}
	// "and some told reporters": a quantifier standing for the noun.
	standsAlone := to-from == 1 && p.is(from, "some", "many", "most", "several", "both", "all") && p.opensClause(from, sFrom)
	if to <= from || p.in(to-1, determiners) && !standsAlone || (to-from == 1 && strings.HasSuffix(p.lower[from], "ly") && !p.capitalized(from)) { // "Madbouly said" is a name
		return none
	}
	if written > 0 && p.at(from-1) == "," && (isRoleWord(p.lower[from]) || p.is(from, "a", "an", "the") || p.possessive(from)) && !p.allCapitalized(from, to) {
		// "Ann Lee, president of the union, which ..., said", "Jan Roe,
		// the finance minister, a member of the bloc, said", "Jo Roe,
		// Lee's son-in-law, who ..., said": two asides;
		// the name before the first speaks, the first is her role.
		if name := p.leftNP(from - 2); !name.empty() && p.allCapitalized(name.from, name.to) && !p.connective(name) && !p.in(name.from-1, nounPrepositions) { // not "In Oslo, a spokesman, who ...,"
			return nounPhrase{from: name.from, to: name.to, role: p.str(from, to), written: written}
		}
	}
	return nounPhrase{from: from, to: to, role: role, written: written, lead: lead}
}

// titledNameEnd returns where a personal name starts that ends the aside
// [from, to) after a lower-case title ("presidential aide Ivan Sorokin"):
// two or more capitalised words after a role word; 0 when there is none
// ("deputy mayor of New York" ends with a place).
func (p *para) titledNameEnd(from, to int) int {
	if p.capitalized(from) || to-from > 8 {
		return 0
	}
	n := to
	for n > from && p.capitalized(n-1) && !p.in(n-1, roleWords) {
		n--
	}
	if to-n < 2 || n == from || !p.in(n-1, roleWords) || p.anyIn(from, n, speechVerbs|finiteAuxiliaries) || p.possessive(to-1) {
		return 0
	}
	if p.anyIn(from, n, nounPrepositions) || p.is(from, "after", "before", "during", "while", "following") {
		return 0 // "Ann Lee, an aide to Prime Minister Tom Roe, said", "..., after meeting envoy Ann Lee,": the titled name is the object
	}
	return n
}

// connective reports a phrase that is one opening adverb ("Meanwhile",
// "However", "Earlier"): it names no one.
func (p *para) connective(np nounPhrase) bool {
	return np.to-np.from == 1 && p.in(np.from, asideAdverbs|cueModifiers|timeWords)
}

// clauseJoin finds an "and" or "but" in the phrase [from, end] that joins
// two clauses rather than two nouns: the words before it hold a verb, or
// follow one ("was dead and Tom Roe", "prices rose and officials"). It
// returns -1 when there is none.
func (p *para) clauseJoin(from, end, stop int) int {
	// After "was" or "are" the words are a complement; only a lower-case
	// one ("was dead and Tom Roe") is surely not a noun coordinated with
	// the next ("are both Democrats and Republicans").
	complement := stop >= 0 && p.in(stop, finiteAuxiliaries|beForms)
	verb := false
	for a := from; a < end; a++ {
		if !p.isWord(a) {
			continue
		}
		if p.is(a, "and", "but") {
			if a == from || p.capitalized(a-1) && p.capitalized(a+1) { // "the Center for Media and Public Affairs"
				continue
			}
			if verb || complement && (p.capitalized(a+1) || p.in(a+1, determiners)) {
				return a
			}
			continue
		}
		if p.capitalized(a) {
			complement = false
		}
		// A past form before a determiner, a preposition, a conjunction or
		// an adverb is a verb ("mishandled the inquiry and", "reopened on
		// Monday and"); before a noun it is an adjective ("retired
		// generals and admirals"); before "by", a participle ("a report
		// compiled by").
		next := a + 1
		if p.pastVerb(a) && p.at(a+1) != "by" &&
			(!p.isWord(next) || p.in(next, determiners|subjectStops) || strings.HasSuffix(p.lower[next], "ly")) {
			verb = true
		}
	}
	return -1
}

// objectJoin finds the "and" or "but" that ends the object of the verb
// at v and opens a clause with its own subject before end: "demanded the
// minister's resignation and some told reporters", "rejected the budget
// and the mayor said". The object holds two words or more and the subject
// opens with a name or a determiner, so that "said the army and police
// told" stays one subject. It returns -1 when there is none.
func (p *para) objectJoin(v, end int) int {
	for a := v + 3; a < end; a++ {
		if p.is(a, "and", "but") && !(p.capitalized(a-1) && p.capitalized(a+1)) && (p.capitalized(a+1) || p.in(a+1, determiners)) {
			return a
		}
	}
	return -1
}

// reducedRelative reads an -ing word at g as a participle modifying the
// noun phrase just before it ("Doctors working at the hospital", "A group
// campaigning to ..."): it returns the start of that phrase when the phrase
// opens its clause, or -1.
func (p *para) reducedRelative(g, sFrom int) int {
	if g <= sFrom {
		return -1
	}
	if w := p.lower[g]; !ingForm(w) || p.capitalized(g) || !p.isWord(g-1) ||
		p.in(g-1, subjectStops|determiners|speechVerbs|finiteAuxiliaries) || strings.HasSuffix(p.lower[g-1], "ing") || strings.HasSuffix(p.lower[g-1], "ly") {
		return -1
	}
	np := p.leftNP(g - 1)
	if np.empty() || np.to != g || np.written > 0 {
		return -1
	}
	if !p.opensClause(np.writtenFrom(), sFrom) {
		return -1
	}
	return np.from
}

// opensClause reports a phrase at k that can open a clause: at the
// sentence's start, after a comma, dash or colon, or after a conjunction.
func (p *para) opensClause(k, sFrom int) bool {
	return k == sFrom || p.isAside(k-1) || p.is(k-1, ":", ";", "that", "and", "but", "while", "whereas", "as", "because", "when", "where", "although", "though")
}

// objectOfPreposition reports an object pronoun inside a subject: "Those
// close to him say", "aides to them".
func (p *para) objectOfPreposition(k, sFrom int) bool {
	return k-1 > sFrom && p.is(k, "him", "them", "us", "me") && p.in(k-1, nounPrepositions)
}

// hometown reads an age and a place set off by commas before the comma at
// j (", 61,", ", of Dayton, Ohio,", ", 61, of Dayton,") and returns the
// last token of what stands before them, or -1.
func (p *para) hometown(j, sFrom int) int {
	if p.at(j) != "," {
		return -1
	}
	k := j - 1
	if k <= sFrom+1 {
		return -1
	}
	age := func(k int) bool {
		return k > sFrom && len(p.lower[k]) <= 3 && isNumeral(p.lower[k]) && p.at(k-1) == ","
	}
	// Back to "of" after a comma ("of the Islamic Center of Quincy"), else
	// to the last "of" before the capitals ("Cohen of Passaic, N.J.").
	o, last := k, -1
	for o > sFrom && o > j-12 && (p.capitalized(o) || p.is(o, ",", ".") || p.is(o, "of", "the", "for", "and") && o < k) {
		if p.at(o) == "of" {
			if p.at(o-1) == "," {
				last = o
				break
			}
			if last < 0 {
				last = o
			}
		}
		o--
	}
	if last >= 0 {
		o = last
	}
	place := false
	if p.at(o) == "of" && o+1 < j && (p.capitalized(o+1) || p.at(o+1) == "the" && p.capitalized(o+2)) {
		switch {
		case p.at(o-1) == ",":
			place, k = true, o-2 // the place: "of Ashton, Md.", "of San Diego"
		case p.capitalized(o-1) && p.capitalized(o-2) && !p.in(o-2, determiners) && !bodyWord(p.lower[o-1]) && p.anyWord(o+1, j, ","):
			place, k = true, o-1 // "Rabbi Ezra Cohen of Passaic, New Jersey,": the state's comma
		}
	}
	if age(k) {
		k -= 2 // the age: "Ann Lee, 59, said"
	} else if !place {
		return -1
	}
	if k < sFrom || !p.capitalized(k) {
		return -1
	}
	return k
}

// timeWords head the time adverbials that trail a subject or a cue.
var timeWordsWords = wordSet(
	"monday tuesday wednesday thursday friday saturday sunday weekend week month year",
	"today yesterday tonight morning afternoon evening night earlier later recently",
	"january february march april may june july august september october november december",
)

// trimTimeTail drops a trailing time adverbial ("over the weekend", "on
// Sunday", "in 2008") from a noun phrase [from, to).
func trimTimeTail(p *para, from, to int) int {
	if to-2 > from && p.mannerTail(to-2) {
		return to - 2 // "The army in turn blamed", "The ELN at first said": how or when, not who
	}
	if to-2 > from && p.at(to-2) == "in" && isYear(p.lower[to-1]) {
		return to - 2
	}
	if to-3 > from && p.at(to-3) == "on" && p.in(to-2, timeWords) && isNumeral(p.lower[to-1]) && len(p.lower[to-1]) <= 2 {
		return to - 3 // "Dmitry Peskov on June 3"
	}
	if to-1 > from && dayWords[p.lower[to-1]] && !p.in(to-2, determiners|nounPrepositions|timeWords) && (p.capitalized(to-2) || !p.pastForm(to-2)) &&
		!(p.capitalized(to-1) && p.is(to-1, "today", "tonight", "yesterday")) {
		return to - 1 // "Ban Ki-moon today welcomed ...": the day is when, not who; not in "released Friday", "USA Today"
	}
	for k := to - 1; k > from; k-- {
		if !p.in(to-1, timeWords) {
			break
		}
		if p.is(k, "on", "over", "in", "at", "during", "last", "this", "earlier", "late") {
			if k-1 > from && !p.capitalized(k-1) && strings.HasSuffix(p.lower[k-1], "ed") && !p.in(k-2, determiners) {
				return to // "A survey released last month": the time phrase belongs to the participle
			}
			return k
		}
	}
	return to
}

// mannerTail reports a two-word adverbial at k that can end a subject
// before its verb: "in turn", "in response", "at first", "at last", "at
// once".
func (p *para) mannerTail(k int) bool {
	if p.capitalized(k + 1) {
		return false // "Officials in Turn": a place
	}
	return p.at(k) == "in" && p.is(k+1, "turn", "response") || p.at(k) == "at" && p.is(k+1, "first", "last", "once")
}

// numberRelative reports a number at k after "the" and a preposition with
// a name running from it to end, the verb's subject: "down from the 40
// Israel had demanded" holds a relative clause whose object is the number.
// Not "of the 27 European Union members" ("of" opens a partitive), nor a
// year ("from the 2014 Census").
func (p *para) numberRelative(k, end int) bool {
	return p.numeralAt(k) && !isYear(p.lower[k]) && p.at(k-1) == "the" && p.in(k-2, nounPrepositions) && p.at(k-2) != "of" && p.allCapitalized(k+1, end+1)
}

// rightNP reads a noun phrase starting at token i: a capitalized name with
// its particles, or a determiner phrase up to a clause boundary.
func (p *para) rightNP(i, limit int) int {
	j := i
	for j < limit && j-i < 14 {
		if !p.isWord(j) {
			break
		}
		if !p.capitalized(j) && (p.in(j, subjectStops) && !p.in(j, nounPrepositions) || p.in(j, speechVerbs) && !p.in(j, anonymousHeads)) {
			break
		}
		if j > i && !p.capitalized(j) && !p.in(j-1, determiners) && !p.possessive(j-1) && (strings.HasSuffix(p.lower[j], "ed") || p.in(j, irregularPasts)) && // not "India's armed forces"
			!(p.in(j-1, anonymousHeads) && p.is(j, "briefed", "involved", "engaged", "informed", "based") && p.is(j+1, "on", "in", "about", "with", "by")) { // "a diplomat briefed on the talks"
			break // "Ann Lee chimed in", "His ex-wife agreed": a past tense after the head ends it
		}
		if j > i && !p.capitalized(j) && strings.HasSuffix(p.lower[j], "ly") && (strings.HasSuffix(p.lower[min(j+1, limit-1)], "ed") || p.in(min(j+1, limit-1), irregularPasts)) {
			break // "Ann Lee generally supported"
		}
		j++
	}
	return trimTimeTail(p, i, j)
}

// subjectOfVerb reports a noun phrase at s that a finite verb follows:
// "the minister walked out", not "the agency that oversees the crossings".
func (p *para) subjectOfVerb(s, sTo int) bool {
	end := p.rightNP(s, sTo)
	return end > s && p.finiteAfter(end, sTo)
}

// finiteAfter reports a finite verb at end, after any modifiers: the
// phrase before end is its subject.
func (p *para) finiteAfter(end, sTo int) bool {
	v := p.skipModifiersRight(end)
	return v < sTo && !p.capitalized(v) && (p.in(v, finiteAuxiliaries) || p.pastForm(v) || p.thirdPerson(v))
}

// afterTimelineDate skips a timeline's date that opens a sentence at
// sFrom: "MAY 7 - The council adopts ...", "May 7: ...". The date is the
// entry's label, neither subject nor reported words.
func (p *para) afterTimelineDate(sFrom, limit int) int {
	if sFrom+3 < limit && p.is(sFrom+2, "-", "–", "—", ":") && isNumeral(p.lower[sFrom+1]) && inClass(strings.ToLower(p.lower[sFrom]), timeWords) {
		return sFrom + 3
	}
	return sFrom
}

// timeSpanOpens reports a span of time that opens a clause of time at k:
// "a few hours after Hamas released the video, she ...", "Two days
// before the vote, ...".
func (p *para) timeSpanOpens(k, limit int) bool {
	for j := k; j < limit && j <= k+3; j++ {
		if text.IsTimeUnit(p.lower[j]) || p.is(j, "hour", "day", "week", "month", "year") {
			return j > k && p.is(j+1, "after", "before", "later", "earlier", "since", "into")
		}
		if !p.is(j, "a", "an", "few", "several", "some", "many", "just", "only") && !isNumeral(p.lower[j]) {
			return false
		}
	}
	return false
}

// nextSubjectStart is where the subject starts after an opening phrase
// closed at k-1: at k, unless a second phrase of time follows ("On
// Wednesday, a few hours after the video aired, she ...").
func (p *para) nextSubjectStart(k, limit int) int {
	if p.timeSpanOpens(k, limit) {
		return p.subjectStart(k, limit)
	}
	return k
}

// asideOpens reports a word at k that opens an aside on the noun before
// its comma, not a subject: "the minister, who leads", "the union,
// backed by".
func (p *para) asideOpens(k int) bool {
	return p.is(k, "who", "which", "whose") || p.isWord(k) && !p.capitalized(k) && (ingForm(p.lower[k]) || p.pastForm(k))
}

// subjectStart is where a sentence's subject begins: after an opening
// phrase set off by a comma ("In August, ...", "Having lost, ..."), or -1
// when that phrase runs past limit.
func (p *para) subjectStart(sFrom, limit int) int {
	sFrom = p.afterTimelineDate(sFrom, limit)
	if p.is(sFrom, "but", "and", "yet", "so") && sFrom+1 < limit {
		if p.at(sFrom+1) == "," {
			sFrom++ // "But, ..."
		}
		return p.subjectStart(sFrom+1, limit) // "But Hamas rejected the extension, saying ..."
	}
	if p.at(sFrom) == "on" && dayWords[p.at(sFrom+1)] && sFrom+2 < limit && p.at(sFrom+2) != "," {
		return p.subjectStart(sFrom+2, limit) // "On Sunday the minister quit, saying ...": the day with no comma
	}
	if p.in(sFrom, timeWords) || objectMarkers[p.lower[sFrom]] || p.is(sFrom, "amid", "despite", "following") {
		// "Later in the day, the cabinet ...", "Under the deal, Israel ...":
		// a circumstance before the subject, when a comma closes it.
		if k := p.openingComma(sFrom, min(limit, sFrom+8)); k >= 0 {
			return p.nextSubjectStart(k+1, limit)
		}
	}
	if p.timeSpanOpens(sFrom, limit) {
		if k := p.openingComma(sFrom, limit); k >= 0 && !p.asideOpens(k+1) {
			return p.nextSubjectStart(k+1, limit) // "Two days before the vote, Lee ..."
		}
	}
	if !(p.in(sFrom, subjectStops|nounPrepositions|asideAdverbs) || strings.HasSuffix(p.lower[sFrom], "ing") || p.participleOpens(sFrom)) || p.in(sFrom, personPronouns|groupPronouns) {
		return sFrom // not "Asked by a reporter whether ..., Biden asked:"
	}
	if k := p.openingComma(sFrom, limit); k >= 0 {
		return p.nextSubjectStart(k+1, limit)
	}
	return -1
}

// openingComma finds the comma that closes an opening phrase in
// (sFrom, limit), -1 if none; the comma before "according to" opens an
// aside, not the subject ("At one point, according to an aide, the
// minister ...").
func (p *para) openingComma(sFrom, limit int) int {
	for k := sFrom + 1; k < limit; k++ {
		if p.at(k) == "," && !(p.at(k+1) == "according" && p.at(k+2) == "to") {
			return k
		}
	}
	return -1
}

// contactRelative reports a pronoun subject that opens a relative clause
// without "that" after a noun: "read the guides I wrote last year",
// "asked about the numbers he cited". The noun phrase before the pronoun
// starts with a determiner; only a sentence-opening preposition or
// participle ("In the statement he said", "Speaking to the crowd he
// said") makes it a circumstance before a subject of its own.
func (p *para) contactRelative(pron, sFrom int) bool {
	n := pron - 1
	if n <= sFrom || !p.isWord(n) || p.capitalized(n) || p.in(n, subjectStops|timeWords|cueModifiers|determiners) || p.at(n) == "and" ||
		p.is(n, "day", "days", "time", "times") || strings.HasSuffix(p.lower[n], "ly") {
		return false
	}
	d := n - 1
	for d > sFrom && d >= n-2 && p.isWord(d) && !p.capitalized(d) && !p.in(d, determiners|subjectStops) {
		d--
	}
	if !p.in(d, determiners) || p.at(d-1) == "," {
		return false
	}
	first := p.lower[sFrom]
	return !(p.in(sFrom, nounPrepositions) || p.is(sFrom, "after", "before", "during", "following", "since", "asked") || strings.HasSuffix(first, "ing"))
}

// gapClause reports a word at k that opens a clause whose reported words
// lack their subject: "which the council says is", "34 who the army says
// are", "41 the army says are".
func (p *para) gapClause(k int) bool {
	return p.isWord(k) && (p.is(k, "which", "that", "what", "who", "whom") || isNumeral(p.lower[k]) && p.at(k+1) == "the")
}

// gapClauseBefore reports a short subject before the verb at i that
// follows a word opening a gap clause (see gapClause).
func (p *para) gapClauseBefore(i int) bool {
	for k := i - 2; k >= 0 && k >= i-5 && p.isWord(k); k-- {
		if p.gapClause(k) {
			return true
		}
	}
	return false
}

// notAVerb rejects a cue word used as a noun or a passive: "state media",
// "news reports say" (the word modifies the noun after it), "shelling was
// reported" (the subject is what was reported, not who reported it).
func (p *para) notAVerb(i int) bool {
	if p.modifiesNoun(i) {
		return true
	}
	if w := p.lower[i]; p.at(i+1) == "of" && strings.HasSuffix(w, "s") && w != "says" {
		return true // "reports of", "claims of": nouns
	}
	w := p.lower[i]
	if p.is(i-1, "without", "worth") && strings.HasSuffix(w, "ing") || p.at(i-1) == "having" && w == "said" || p.at(i-1) == "to" && p.at(i-2) == "needless" {
		return true // "it goes without saying", "worth noting", "having said that", "needless to say": idioms, no statement
	}
	if strings.HasSuffix(w, "s") && w != "says" && p.in(i+1, speechVerbs|findingVerbs|clauseVerbs) && !p.capitalized(i+1) && !p.baseForm(i+1) && !strings.HasSuffix(p.lower[i+1], "ing") {
		return true // "filing reports shows", "police reports found": the noun, then its verb
	}
	if p.is(i, "questions", "claims", "concerns") && p.is(i+1, "about", "over") {
		return true // "faces questions about": the noun
	}
	if i > 1 && !strings.HasSuffix(w, "ed") && w != "said" && w != "told" && w != "says" && !p.capitalized(i-1) &&
		(p.adjective(i-1) && p.at(i+1) != "that" || p.in(i-1, plainAdjectives)) && (p.in(i-2, determiners|nounPrepositions) || p.is(i-2, "any", "no", "most")) {
		return true // "the most basic question", "a strong signal", "of financial hope": a noun after its adjective
	}
	if strings.HasSuffix(w, "ed") && (p.in(i-1, determiners|nounPrepositions) && !p.is(i-1, "that", "by") || p.at(i-1) == "despite") {
		return true // "despite repeated warnings", "the reported deal": an adjective
	}
	if p.thirdPerson(i) && p.in(i-1, beForms) {
		return true // "and are demands that ...": a be-form takes no verb in -s
	}
	if w == "states" && !p.is(i+1, "that", ":") && !textNouns[p.lower[max(i-1, 0)]] {
		return true // "member states", "battleground states"
	}
	if p.thirdPerson(i) && w != "says" && i > 0 && !p.capitalized(i-1) && p.pluralNoun(i-1) &&
		(i < 2 || !p.isWord(i-2) || p.in(i-2, determiners|plainAdjectives) || p.adjective(i-2)) {
		return true // "emissions rules", "voters' claims": a plural noun cannot take a verb in -s
	}
	participle := strings.HasSuffix(w, "ed") || w == "said" || w == "told" || w == "written"
	if participle && p.at(i+1) == "by" || p.at(i) == "accused" && p.at(i+1) == "of" && !p.in(i-1, cueModifiers) {
		return true // "the proposal announced by Biden", "people accused of fraud": a participle
	}
	if p.thirdPerson(i) && !p.capitalized(i-1) && !p.in(i-1, personPronouns|groupPronouns|cueModifiers) &&
		p.is(i+1, "is", "are", "was", "were", "has", "have", "had", "could", "would", "will", "should", "may", "might", "must", "can") &&
		!p.gapClauseBefore(i) {
		return true // "his remarks will", "battleground states could": the subject's noun, not "which the council says is"
	}
	b := i - 1
	for b > 0 && (strings.HasSuffix(p.lower[b], "ly") || p.in(b, cueModifiers)) && !p.in(b, beForms) {
		b--
	}
	return participle && p.in(max(b, 0), beForms)
}

// singular reports a subject that cannot take a bare verb ("they say" but
// not "the department say"): one with an indefinite article, or whose head
// is a name or does not end in -s, unless it is a plural pronoun or a
// coordination.
func (p *para) singular(np nounPhrase) bool {
	h := np.to - 1
	for k := np.from + 1; k < np.to; k++ {
		if p.in(k, nounPrepositions) || k+1 < np.to && p.pastForm(k) && !p.capitalized(k) && p.in(k+1, nounPrepositions) {
			h = k - 1 // "officials within the movement", "papers tabled in parliament": the head comes first
			break
		}
	}
	head := p.lower[h]
	if inClass(head, groupPronouns) && head != "it" || p.is(h, "i", "you") || p.is(h, "those", "these", "many", "several", "both", "few") {
		return false // "Those close to him say", "Many in the party say"
	}
	if h+1 < np.to && p.at(h+1) == "of" && (isNumeral(head) && head != "one" || p.is(h, "many", "some", "most", "all", "both", "few", "several", "percent", "half", "majority", "third", "quarter", "lot")) {
		return false // "eight of 10 voters say", "many of whom say", "40 percent of drivers say"
	}
	for k := np.from; k < np.to; k++ {
		if p.is(k, "a", "an") {
			return true
		}
		if p.at(k) == "and" {
			return false
		}
	}
	if collectiveNouns[head] || strings.HasSuffix(head, "men") || head == "children" {
		return false // "police say", "fishermen say": plurals without -s
	}
	if strings.HasSuffix(head, "s") && h > np.from && (countWords[p.lower[h-1]] || isNumeral(p.lower[h-1])) {
		return false // "many Democrats say": a quantifier counts what the capital names
	}
	if p.capitalized(h) && h > np.from && p.at(h-1) == "the" && strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") {
		return false // "The Houthis, who say": a people named in the plural
	}
	return p.capitalized(h) && h > p.sFrom[h] || !strings.HasSuffix(head, "s") // a name is singular; a capital that opens the sentence says nothing
}

// possessive reports a token in 's or ’s ("CNN's", "Hamas’s").
func (p *para) possessive(k int) bool {
	return k >= 0 && k < len(p.lower) && isPossessive(p.lower[k])
}

// isPossessive reports a possessive word: "Israel's", "the pilots' union".
func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// trimPossessive drops a closing 's, or the apostrophe of a plural:
// "Israel's" -> "Israel", "pilots'" -> "pilots".
func trimPossessive(s string) string {
	for _, suffix := range []string{"'s", "’s", "'", "’"} {
		if t, ok := strings.CutSuffix(s, suffix); ok {
			return t
		}
	}
	return s
}

// countWords count the people a plural names: "many Democrats", "these
// Republicans"; with a capital after them the phrase is still no name.
var countWords = wordSet("many some most several few both all other these those")

// adjectiveLikeNouns are common nouns that end like an adjective ("the
// proposal says", "the editorial argued").
var adjectiveLikeNouns = wordSet(
	"proposal approval withdrawal arrival refusal removal renewal survival denial dismissal disposal rival tribunal journal editorial hospital capital signal terminal memorial criminal individual principal animal",
	"initiative representative executive detective relative collective objective directive narrative alternative incentive perspective",
	"public republic clinic critic logic music topic traffic mechanic rhetoric panic epidemic pandemic tactic",
)

// coordination reports names joined by "and" in [i, j): "Cairo and Doha".
func (p *para) coordination(i, j int) bool {
	for k := i + 1; k+1 < j; k++ {
		if p.at(k) == "and" && p.capitalized(k-1) && (p.capitalized(k+1) || p.at(k+1) == "the" && p.capitalized(k+2)) {
			return true
		}
	}
	return false
}

// listStart extends a coordination of names back over the items set off by
// commas before it: "Washington, Cairo and Doha", "The US, Egypt and Qatar".
// An opening phrase is no item ("In Paris, France and Spain",
// "Meanwhile, ...").
func (p *para) listStart(from, sFrom int) int {
	for p.at(from-1) == "," {
		c := from - 1
		for c > sFrom && p.capitalized(c-1) && (!p.in(c-1, nounPrepositions|subjectStops|timeWords|asideAdverbs) || text.IsAcronym(p.toks[c-1].Text)) { // "US" is no pronoun
			c--
		}
		if c == from-1 {
			break
		}
		if p.at(c-1) == "the" {
			c-- // "the United States, Egypt and Qatar"
		}
		if c == sFrom || p.at(c-1) == "," {
			from = c
			continue
		}
		if p.is(c-1, "of", "by") {
			// "The leaders of the United States, Egypt and Qatar", "A
			// statement by Qatar, Egypt and the US", also after a comma.
			h := c - 1
			for h > sFrom && h > c-6 && p.isWord(h-1) {
				h--
			}
			if (h == sFrom || p.at(h-1) == ",") && !p.in(h, nounPrepositions) && p.allWordsBefore(h, c-1) {
				return h
			}
		}
		break
	}
	return from
}

// allWordsBefore reports tokens [from, to) that are all words and hold no
// verb: the head of a noun phrase ("The leaders" in "The leaders of ...").
func (p *para) allWordsBefore(from, to int) bool {
	for k := from; k < to; k++ {
		if !p.isWord(k) || p.in(k, speechVerbs|finiteAuxiliaries) || p.pastVerb(k) {
			return false
		}
	}
	return true
}

// listEnd returns the end of a list of names from the comma at j to the
// sentence's end (", the European Union and the World Bank"), or j when
// what follows is no such list.
func (p *para) listEnd(j, sTo int) int {
	end := sTo
	for end > j && !p.isWord(end-1) {
		end--
	}
	sawAnd := false
	for k := j; k < end; k++ {
		switch {
		case p.at(k) == ",":
		case p.at(k) == "and":
			sawAnd = true
		case p.is(k, "the", "of", "for", "on"), p.capitalized(k):
		default:
			return j
		}
	}
	if !sawAnd || !p.capitalized(end-1) {
		return j
	}
	return end
}

// ingForm reports a word that ends like an -ing participle and may be
// one: not a noun ("the armed wing") or a short verb ("bring") that only
// ends like it.
func ingForm(w string) bool { return strings.HasSuffix(w, "ing") && !ingLookalikes[w] }

var ingLookalikes = wordSet("wing king ring thing string spring ceiling sibling offspring",
	"bring sing swing sting cling fling sling wring")

// lyNouns are nouns that end like an adverb.
var lyNouns = wordSet("family ally assembly rally supply reply monopoly anomaly bully daily weekly monthly quarterly fly")

// lyAdverb reports a lower-case word at k that ends like an adverb and is
// no noun: "swiftly", not "rally" nor "Madbouly".
func (p *para) lyAdverb(k int) bool {
	w := p.lower[k]
	return strings.HasSuffix(w, "ly") && !p.capitalized(k) && !lyNouns[w]
}

// subjectHead reports whether token h can end the subject of a cue verb:
// not a verb form ("raising", "faced"), a preposition ("a flurry of"), a
// number ("at least two") or an adverb ("even", "swiftly").
func (p *para) subjectHead(h int) bool {
	w := p.lower[h]
	if isPossessive(w) {
		// "Editor's note": a possessive determines the noun after it; but
		// a name in the possessive form before a verb is a firm ("Moody's
		// said", "McDonald's says").
		if !p.capitalized(h) || p.in(h-1, determiners) || strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’") ||
			inClass(trimPossessive(w), personPronouns|groupPronouns|determiners|subjectStops) {
			return false // not "the pilots'", "She's said", "That's said"
		}
		v := p.skipModifiersRight(h + 1)
		return v < len(p.lower) && !p.capitalized(v) && !isNumeral(p.lower[min(v+1, len(p.lower)-1)]) &&
			(p.in(v, speechVerbs|clauseVerbs|findingVerbs) && p.pastForm(v) || p.at(v) == "says") && p.opensObject(v+1) && // not "Obama's remarks", "Stumpf's repeated claim"
			!p.usedBare(trimPossessive(p.toks[h].Text)) // not "Lee's said" (has); last, as it searches the article
	}
	if p.lyAdverb(h) {
		return false // "Following a swiftly called meeting": an adverb heads no subject
	}
	determined := h > 0 && (p.in(h-1, determiners) || p.at(h-1) == "of" || isPossessive(p.lower[h-1]) || // "the reporting", "the two", "a mother of three", "the board's thinking"
		p.sourcesGerund(h)) // "familiar with Omani thinking"
	if isNumeral(w) && !determined && !(h > 0 && p.capitalized(h-1) && !isNumeral(p.lower[h-1])) {
		return false // "Twenty-seven states", "at least two"; "Channel 12" is a name
	}
	if p.capitalized(h) || p.in(h, personPronouns) || p.in(h, groupPronouns) || p.in(h, anonymousHeads) {
		return true
	}
	switch {
	case ingForm(w) && !strings.Contains(w, "-") && !determined,
		strings.HasSuffix(w, "ed") && len(w) > 4 && !(h > 0 && p.in(h-1, personPronouns|groupPronouns) || p.is(h-1, "i", "you")), // "the experts I interviewed said"
		p.in(h, nounPrepositions), p.is(h, "to", "even", "only", "often", "always"):
		return false
	}
	return true
}

// sourcesGerund reports an -ing word at h that a capitalized adjective
// makes a noun in a source's description: "familiar with Omani thinking",
// "close to Iranian planning". Only there: after other prepositions the
// capitalized word is a name and the -ing word a participle ("a rally in
// Tehran featuring calls for ...").
func (p *para) sourcesGerund(h int) bool {
	return p.capitalized(h-1) && !p.capitalized(h) && p.is(h-2, "with", "to") && p.is(h-3, "familiar", "close")
}

func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isNumeral(w)
}

// numeralAt reports a number at token k: "four", "12".
func (p *para) numeralAt(k int) bool { return p.isWord(k) && isNumeral(p.lower[k]) }

func isNumeral(w string) bool {
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	if !text.MayHoldNumber(w) {
		return false // the common case, without tokenizing
	}
	_, ok := text.ParseNumber(w)
	return ok
}

// existential reports a phrase introduced by "there is", "there have
// been": what follows is a noun phrase, not a subject.
func (p *para) existential(from int) bool {
	k := from - 1
	if p.at(k) == "been" {
		k--
	}
	return p.is(k, "is", "are", "was", "were", "has", "have", "had") && p.at(k-1) == "there"
}

// adjective reports a lower-case word with an adjective's ending
// ("international", "diplomatic", "previous"), which cannot end a subject.
func (p *para) adjective(h int) bool {
	if p.capitalized(h) && h > p.sFrom[h] || p.in(h, anonymousHeads) || p.in(h, roleWords) {
		return false
	}
	w := p.lower[h]
	if adjectiveLikeNouns[w] {
		return false
	}
	for _, suf := range []string{"al", "ic", "ous", "ful", "ive", "able", "ible"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// bare reports a one-word subject that is neither a name, a pronoun nor
// a source noun ("with new fears that"): it cannot take a verb in -s.
func (p *para) bare(np nounPhrase) bool {
	return np.to-np.from == 1 && !p.capitalized(np.from) && !p.in(np.from, personPronouns|groupPronouns|anonymousHeads|documentNouns)
}

// plural reports a subject that cannot take a verb in -s ("two states",
// "his tweets"): its head is a lower-case noun in -s, or a coordination.
func (p *para) plural(np nounPhrase) bool {
	h := np.to - 1
	for k := np.from + 1; k < np.to; k++ {
		if p.in(k, nounPrepositions) {
			h = k - 1
			break
		}
		if p.at(k) == "and" && !(p.capitalized(k-1) && p.capitalized(np.to-1) && p.in(np.to-1, orgNouns) && !pluralForm(p.lower[np.to-1])) {
			return true // not "The Hostages and Missing Families Forum says": one body's name
		}
	}
	w := p.lower[h]
	if w != "one" && w != "1" && isNumeral(w) {
		return true // "the two reports": a number counts more than one
	}
	if p.capitalized(h) || !pluralForm(w) {
		return inClass(w, groupPronouns) && w != "it"
	}
	return true
}

// pluralForm reports a word in -s that may be a plural noun: not "boss",
// "status", "analysis", "news".
func pluralForm(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && w != "news"
}

// pluralNoun reports a lower-case word in -s that is no pronoun, source
// noun or verb form ("emissions", "voters").
func (p *para) pluralNoun(k int) bool {
	if !p.isWord(k) {
		return false
	}
	w := p.lower[k]
	return pluralForm(w) && w != "its" && !p.in(k, personPronouns|groupPronouns|anonymousHeads|cueModifiers|subjectStops|finiteAuxiliaries) && !p.thirdPerson(k)
}

// thirdPerson reports a reporting verb in its -s form ("says", "states").
func (p *para) thirdPerson(i int) bool {
	w := p.lower[i]
	if !strings.HasSuffix(w, "s") {
		return false
	}
	const verbs = speechVerbs | afterQuoteOnly | clauseVerbs | findingVerbs | intentVerbs
	return inClass(w[:len(w)-1], verbs) || strings.HasSuffix(w, "es") && inClass(w[:len(w)-2], verbs) ||
		strings.HasSuffix(w, "ies") && inClass(w[:len(w)-3]+"y", verbs)
}

// presentBeforeObject reports a lower-case word in -s with an article or a
// possessive determiner after it: a present-tense verb and its object
// ("welcomes the agreement", "urges its allies"). A plural noun is seldom
// followed by one; "officials this month" is, so "this" is left out.
func (p *para) presentBeforeObject(k int) bool {
	return !p.capitalized(k) && sForm(p.lower[k]) && p.phraseAfter(k+1, len(p.lower))
}

// sForm reports a word that may be a verb's third person in -s: not
// "press", "status", nor a possessive.
func sForm(w string) bool {
	return len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !isPossessive(w)
}

// collectiveNouns take a plural verb without ending in -s ("police say").
var collectiveNouns = wordSet("police people media staff personnel public clergy military")

// usedBare reports a name the article also writes without a possessive
// ending ("Ann Lee runs the port"): its "Lee's said" is "Lee has said".
// A firm's name keeps its "'s" everywhere ("Moody's").
func (p *para) usedBare(name string) bool {
	if name == "" {
		return true // "'s" alone names nothing
	}
	for at := 0; ; {
		k := strings.Index(p.s[at:], name)
		if k < 0 {
			return false
		}
		at += k + len(name)
		if at >= len(p.s) || !isNameByte(p.s[at]) && p.s[at] != '\'' { // a curly mark's first byte is a name byte
			return true
		}
	}
}

// isNameByte reports a byte that continues a name: an ASCII letter or
// digit, or any byte of a non-ASCII character.
func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// reflexives stress the name before them ("Trump himself said"); they are
// no part of it.
var reflexives = wordSet("himself herself itself themselves")

// opensObject reports a token that may open what a verb before it
// governs: a clause, a quotation, a name, a determiner or a pronoun, not a
// bare noun ("the bank's repeated claim").
func (p *para) opensObject(k int) bool {
	return k >= len(p.lower) || !p.isWord(k) || p.capitalized(k) || p.in(k, determiners|personPronouns|groupPronouns) || isNumeral(p.lower[k]) || p.is(k, "that", "on", "in", "at")
}

// modifiesNoun reports a bare verb form used as a noun modifier: "state
// media", "state department", "report authors".
func (p *para) modifiesNoun(i int) bool {
	if i+1 >= len(p.toks) || !p.baseForm(i) || p.capitalized(i) {
		return false
	}
	next := p.lower[i+1]
	return inClass(next, anonymousHeads) || inClass(next, orgNouns) || mediumNouns[next] // "state newspaper Al-Ahram"
}

// bareNoun reports a reporting verb's bare form used as a noun after "of",
// a determiner or a possessive: "the secretary of state said", "the final
// say", "Norway's state oil company Equinor said".
func (p *para) bareNoun(i int) bool {
	return i > 0 && p.baseForm(i) && (p.at(i-1) == "of" || p.in(i-1, determiners) || p.possessive(i-1))
}

// baseForm reports a reporting verb without inflection ("state", "say").
func (p *para) baseForm(i int) bool {
	return p.in(i, speechBases)
}
