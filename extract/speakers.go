package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/pack"
	"github.com/parley-news/parley/text"
)

// orgNouns end the names of organisations, places and documents rather than
// people; a capitalized run holding one is not a personal name.
var orgNounsWords = wordSet(
	"council court strip house nations states ministry party forces army committee union",
	"authority bank news tv times post agency organization organisation group movement front",
	"brigades corps government cabinet office department assembly parliament congress senate",
	"media radio television channel network website press service services university institute",
	"city camp crossing border bank coast east west north south republic kingdom emirates",
	"forum association federation coalition alliance league commission foundation society college school academy guard guards",
)

// speaker is a mention analysed into a personal name and a title.
type speaker struct {
	name  string // personal name when the mention holds one ("Joe Biden")
	title string // role words in front of the name ("US President")
}

// analyseMention splits "US President Joe Biden" into name and title: the
// name is the trailing run of capitalized words after the last role word or
// honorific.
func analyseMention(m string) speaker {
	var buf [16]text.Token // a mention is short: the tokens stay on the stack
	toks := text.AppendTokens(buf[:0], m, parley.Span{Start: 0, End: len(m)})
	n := len(toks)
	if n == 0 {
		return speaker{}
	}
	var lowBuf [16]string
	low := lowerTokens(lowBuf[:0], m, toks)
	bare := func(k int) string { return strings.TrimSuffix(low[k], ".") } // bareWord(toks[k])
	start := n
	for start > 0 {
		t := toks[start-1]
		lw := bare(start - 1)
		if !t.IsWord() || !(isCap(t.Text) || inClass(lw, nameParticles) || particleName(t.Text)) || isTitleWord(lw) || inClass(lw, orgNouns) ||
			start < n && isPossessive(low[start-1]) { // "Al Jazeera's Hani Mahmoud": the name after the possessive
			break
		}
		start--
	}
	for start < n && !isCap(toks[start].Text) && inClass(toks[start].Text, nameParticles) {
		start++ // "al Thani" alone is no name; "Van Hollen" and "Abu Zuhri" are
	}
	if s, e, ok := nameBeforeBody(toks, low); ok {
		start, n = s, e // "Jan Novak of the Prague Institute for Labour Studies"
	}
	for k := 1; k+1 < start; k++ {
		// "Mr. King and Mr. Schultz", "Secretary Ann Lee and Defense
		// Secretary Tom Roe": two people, neither of whom is the speaker alone.
		if !strings.EqualFold(toks[k].Text, "and") || !isCap(toks[k-1].Text) {
			continue
		}
		next := bare(k + 1)
		title := isRoleWord(next) || k+2 < start && isRoleWord(bare(k+2))
		if inClass(next, honorifics) || title && !isRoleWord(bare(k-1)) { // not "President and CEO Ann Lee"
			return speaker{}
		}
	}
	if start == n || start >= 2 && strings.EqualFold(toks[start-1].Text, "and") && isCap(toks[start-2].Text) ||
		n-start == 1 && inClass(low[start], timeWords) {
		return speaker{} // "Cairo and Doha": names joined, no title before one of them
	}
	if b := start - 1; n-start >= 3 && b > 1 {
		// "US ambassador to the UN Linda Lee", "envoy to the Middle East
		// Tom Roe": a title ending in a place or a body runs on into the
		// name, which is the last two words.
		if strings.EqualFold(toks[b].Text, "the") {
			b--
		}
		if b > 0 && low[b] == "to" && isRoleWord(bare(b-1)) {
			start = n - 2
		}
	}
	end := n
	if b := start - 1; b > 0 {
		if strings.EqualFold(toks[b].Text, "the") {
			b--
		}
		if b > 0 && inClass(low[b], nounPrepositions) {
			// "Rep. Ann Lee of Ohio", "Del. Rosa Diaz of the Virgin
			// Islands": the name before the place, when it is a person's
			// (two words, or a title before it). Otherwise the phrase is a
			// description ("officials in Kyiv"), or one name ("Bank of Ohio").
			e := b
			s := e
			for s > 0 && toks[s-1].IsWord() && isCap(toks[s-1].Text) && !inClass(bare(s-1), determiners) && !isTitleWord(bare(s-1)) {
				s--
			}
			if !(e-s >= 2 || e-s == 1 && s > 0 && isTitleWord(bare(s-1))) {
				return speaker{}
			}
			for k := s; k < e; k++ {
				if lw := bare(k); bodyWord(lw) || isPossessive(lw) {
					return speaker{} // "Lebanon's Ministry of Public Health": a body's name
				}
			}
			if strings.EqualFold(toks[b].Text, "for") && adjectival(bare(s)) {
				return speaker{} // "Jewish Voice for Peace", "Americans for Peace Now"; not "Ann Lee for Reuters"
			}
			start, end = s, e
		}
	}
	if end-start == 1 && start >= 2 && !isCap(toks[start-1].Text) && toks[start-1].IsWord() && !isRoleWord(bare(start-1)) {
		// "One man in neighbouring Jabalia", "a teacher from rural
		// Kansas": a place inside a description, not a person's name.
		for k := 1; k < start-1; k++ {
			if lw := bare(k); inClass(lw, nounPrepositions) && lw != "to" {
				return speaker{}
			}
		}
	}
	if q := bare(0); start > 0 && !strings.Contains(m[:toks[start].Start], ",") && (isNumeral(q) || countWords[q]) {
		return speaker{} // "many Democrats", "two Palestinians": a count of people, no one's name
	}
	name := m[toks[start].Start:toks[end-1].End]
	tEnd := start
	for tEnd > 0 && inClass(bare(tEnd-1), honorifics) {
		tEnd--
	}
	var title string
	if tEnd > 0 {
		first := 0
		if lw := low[0]; lw == "the" || lw == "a" || lw == "an" {
			first = 1
		}
		last := tEnd - 1
		for last >= first && !toks[last].IsWord() {
			last-- // "the mayor, Ann Lee": no comma in the title
		}
		if first <= last && !isPossessive(low[last]) { // "Al Jazeera's" is no title
			title = m[toks[first].Start:toks[last].End]
		}
	}
	// A lone capitalized word after a title is a surname ("Mr Kirby"); with
	// no title it may be an organisation ("Hamas"): keep it as the name
	// either way, the article-wide index decides.
	return speaker{name: name, title: title}
}

// adjectival reports a word of origin or belief that opens a body's name
// and no person's: "Jewish", "Democratic", "Palestinian", "Americans". A
// long word is an adjective by its ending ("Norwegian", "Lebanese",
// "Swedish"); shorter ones ending so are given names as often ("Julian",
// "Cedric", "Hamish"), so only the listed ones count.
func adjectival(lw string) bool {
	n := len(lw)
	return beliefWords[lw] || n >= 6 && strings.HasSuffix(lw, "ans") || n >= 7 && strings.HasSuffix(lw, "ese") ||
		n >= 7 && strings.HasSuffix(lw, "ish") || // "Swedish", not "Hamish"
		n >= 8 && strings.HasSuffix(lw, "ian") || // "Egyptian", not "Julian"
		n >= 9 && strings.HasSuffix(lw, "ic") // "Icelandic", not "Frederic"
}

// beliefWords open bodies' names by faith or creed: "Jewish Voice for
// Peace", "Islamic Relief".
var beliefWords = wordSet("jewish muslim islamic catholic christian evangelical democratic socialist arab")

// surnameLike are organisation nouns that are also family names: "Kate
// West's memoir", "Oliver North's".
var surnameLike = wordSet("house bank post west east north south city coast guard")

// nameBeforeBody finds a person's name before the body they belong to,
// named with an organisation noun: "Jan Novak of the Prague Institute for
// Labour Studies", "Ann Lee from the Lee Foundation". The name is two
// capitalized words or more, or one after a title, and opens the mention
// after its titles; "Voice of America" and "Bank of England" are no person.
// low holds the tokens in lower case.
func nameBeforeBody(toks []text.Token, low []string) (start, end int, ok bool) {
	bare := func(k int) string { return strings.TrimSuffix(low[k], ".") } // bareWord(toks[k])
	for k := 1; k+1 < len(toks); k++ {
		if lw := bare(k); lw != "of" && lw != "from" && lw != "at" && lw != "for" {
			continue
		}
		s := k
		for s > 0 && toks[s-1].IsWord() && isCap(toks[s-1].Text) && !isTitleWord(bare(s-1)) && !inClass(bare(s-1), orgNouns|determiners) {
			s--
		}
		titled := s > 0 && isTitleWord(bare(s-1))
		if k-s < 2 && !(k-s == 1 && titled) {
			return 0, 0, false
		}
		for t := 0; t < s; t++ {
			if t == 0 && s > 1 && toks[1].IsWord() && !isCap(toks[1].Text) {
				continue // "Political analyst Ann Lee of ...": a capital that only opens the sentence
			}
			if titled && toks[t].IsWord() {
				continue // "Housing Minister Effi Eitam of ...": words of the title before its head
			}
			if !toks[t].IsWord() || isCap(toks[t].Text) && !isTitleWord(bare(t)) {
				return 0, 0, false // the name must open the mention after its titles
			}
		}
		body := false
		for t := k + 1; t < len(toks); t++ {
			body = body || bodyWord(bare(t))
		}
		return s, k, body
	}
	return 0, 0, false
}

// particleName reports a surname joined to its particle: "al-Ansari",
// "el-Sisi", "bin-Salman".
func particleName(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && i+1 < len(w) && inClass(strings.ToLower(w[:i]), nameParticles) && isCap(w[i+1:])
}

// bareWord is a token in lower case without a closing full stop ("Gov." ->
// "gov"), as the word lists hold it.
func bareWord(t text.Token) string { return strings.TrimSuffix(strings.ToLower(t.Text), ".") }

// The helpers below answer what a test of strings.ToLower(s) would, for the
// words of mentions that every record looks up: an ASCII word is folded in
// place or on the stack, with no copy on the heap; any other word is folded
// by strings.ToLower as before.

// lowerTokens appends each of the tokens of m in lower case to dst, as
// strings.ToLower gives it: for ASCII, slices of one lower-case copy of m.
func lowerTokens(dst []string, m string, toks []text.Token) []string {
	if !isASCII(m) {
		for _, t := range toks {
			dst = append(dst, strings.ToLower(t.Text))
		}
		return dst
	}
	lm := strings.ToLower(m)
	for _, t := range toks {
		dst = append(dst, lm[t.Start:t.End])
	}
	return dst
}

// isASCII reports s holds only ASCII bytes, which fold one for one.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isLower reports s == strings.ToLower(s).
func isLower(s string) bool {
	if !isASCII(s) {
		return s == strings.ToLower(s)
	}
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return false
		}
	}
	return true
}

// hasPrefixFold reports strings.HasPrefix(strings.ToLower(s), prefix) for
// a lower-case ASCII prefix holding no "i" or "k" (the only ASCII letters
// a non-ASCII one folds to): EqualFold then matches ASCII bytes only.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// hasSuffixFold reports strings.HasSuffix(strings.ToLower(s), suffix) for
// a lower-case ASCII suffix and s either ASCII or already in lower case, or
// for a suffix of one letter but "i" or "k": EqualFold matches only when
// the last len(suffix) bytes are ASCII.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// foldShort writes ASCII s in lower case into buf; ok is false when s is
// longer than buf or not ASCII. A look-up of string(b) copies nothing.
func foldShort(buf []byte, s string) (b []byte, ok bool) {
	if len(s) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)], true
}

// inFolded reports set[strings.ToLower(w)].
func inFolded(set map[string]bool, w string) bool {
	var buf [32]byte
	if b, ok := foldShort(buf[:], w); ok {
		return set[string(b)]
	}
	return set[strings.ToLower(w)]
}

// inClassFolded reports inClass(strings.ToLower(w), c).
func inClassFolded(w string, c wordClass) bool {
	var buf [32]byte
	if b, ok := foldShort(buf[:], w); ok {
		return inClass(string(b), c)
	}
	return inClass(strings.ToLower(w), c)
}

// appendFields appends the words of s to dst as strings.Fields splits
// them, so that a caller may keep them in an array on its stack.
func appendFields(dst []string, s string) []string {
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// isRoleWord also reads hyphenated titles ("vice-president").
func isRoleWord(lw string) bool { return inClass(lw, roleWords) || hyphenRole(lw) }

// isTitleWord reports a role word or an honorific, hyphenated or not
// ("president", "vice-president", "mr"), lower case without its point.
func isTitleWord(lw string) bool { return inClass(lw, roleWords|honorifics) || hyphenRole(lw) }

// hyphenRole reports a hyphenated word with a role word among its parts:
// "vice-president", "President-elect", "Commissioner-General".
func hyphenRole(lw string) bool {
	if !strings.Contains(lw, "-") {
		return false
	}
	for part := range strings.SplitSeq(lw, "-") {
		if inClass(part, roleWords) {
			return true
		}
	}
	return false
}

// isCap reports whether s is written as a name: it starts with an
// upper-case letter, or is a brand in lower case before a capital (innerCapital).
func isCap(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z' || 'a' <= s[0] && s[0] <= 'z' && innerCapital(s) // the common case, without decoding
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// innerCapital reports a brand name written in lower case before a capital
// ("i24NEWS", "eBay"): a name like any capitalised word. "al-Thani" is
// not one; its particle is read as a particle.
func innerCapital(s string) bool {
	if len(s) < 3 {
		return false
	}
	if 'A' <= s[1] && s[1] <= 'Z' {
		return true
	}
	return '0' <= s[1] && s[1] <= '9' && strings.IndexFunc(s[2:], unicode.IsUpper) >= 0
}

// people is what an article's body tells about the persons it names.
type people struct {
	full    map[string]string // the full name by lower-case last word ("naim": "Basem Naim")
	at      []nameAt          // each full name where the article gives it
	bodies  []sentenceStart   // sentences that open with a capitalized word that names no person: "Channel 12 offered ...", read for "it"
	titled  map[string]bool   // lower-case single names marked as a person's: after a title ("President Obama", "Sheikh Mohammed"), before ", who"
	byFirst map[string]string // the full name by lower-case first word, for a single name after a title
	// titledFirst is byFirst for names introduced with a title
	// ("spokesman Guo Jiakun"): a family name written first may stand alone.
	titledFirst map[string]string
	// possessed marks surnames whose full name so far came only from a
	// possessive ("Gary Johnson's doctor"): any later full name that is no
	// possessive ("Secretary Jeh Johnson says") takes the surname over.
	possessed    map[string]bool
	gender       map[string]string // "he" or "she" by lower-case surname, from "Mr."/"Mrs."/"Ms."; "?" when both
	personGender map[string]string // "he" or "she" by full name, from a role ("a spokeswoman"); a family shares a surname
}

// personNames indexes in pp the personal names an article's body gives in full
// (two or more capitalized words that are not an organisation), by last
// word. A headline in title case names nobody.
//
// pp is the scratch's: release emptied it after the last article, and
// reset here makes its maps on a scratch's first use.
func personNames(pp *people, paras []*para, bodyStart int) {
	pp.reset()
	for _, p := range paras {
		if len(p.toks) > 0 && p.toks[0].Start < bodyStart {
			continue
		}
		for i := 0; i < len(p.toks); {
			if !p.capitalized(i) {
				i++
				continue
			}
			j := i
			for j < len(p.toks) && p.sent[j] == p.sent[i] && (p.capitalized(j) || (j > i && (p.in(j, nameParticles) || particleName(p.toks[j].Text)))) {
				j++
			}
			if name, subject, title := pp.add(p, i, j); name != "" {
				pp.at = append(pp.at, nameAt{p.toks[i].Start, name, subject, title})
			} else if i == p.sFrom[i] || i == p.sFrom[i]+1 && p.at(i-1) == "the" {
				pp.bodies = append(pp.bodies, sentenceStart{p, p.sFrom[i]}) // read only when an "it" needs it
			}
			i = j + 1
		}
	}
}

// reset empties pp for the next article and drops its references to the
// last one's text; the maps keep their room (see reuse).
func (pp *people) reset() {
	pp.full, pp.titled, pp.byFirst, pp.titledFirst = reuse(pp.full), reuse(pp.titled), reuse(pp.byFirst), reuse(pp.titledFirst)
	pp.possessed, pp.gender, pp.personGender = reuse(pp.possessed), reuse(pp.gender), reuse(pp.personGender)
	if pp.at == nil {
		pp.at, pp.bodies = make([]nameAt, 0, 16), make([]sentenceStart, 0, 16) // room for a short article's: fewer copies as they grow
	}
	clear(pp.at)
	clear(pp.bodies)
	pp.at, pp.bodies = pp.at[:0], pp.bodies[:0]
}

// reuse empties a per-article map for the next article. A map some long
// article grew past a few hundred entries is replaced instead: clearing
// costs its size, paid again by every article after.
func reuse[K comparable, V any](m map[K]V) map[K]V {
	if m == nil || len(m) > 256 {
		return map[K]V{}
	}
	clear(m)
	return m
}

// bodySubject returns the end of a named body that opens the sentence at
// s and is the subject of a finite verb ("Channel 12 offered ...", "The
// Families Forum has responded ..."), or 0. A person is no body.
func (p *para) bodySubject(s int) int {
	_, sTo := p.sentRange(s)
	end := p.rightNP(s, sTo)
	if end <= s || end-s > 8 || !p.capitalized(end-1) && !p.channelNumber(end-1) && !p.commonBody(s, end) || p.in(s, personPronouns|groupPronouns) {
		return 0
	}
	if p.finiteAfter(end, sTo) {
		return end
	}
	return 0
}

// commonBody reports a body named by a common noun after "the": "The
// Ukrainian delegation flew home. It said ...". Not when the sentence
// names a document, which the "it" may be ("The ministry published the
// report. It said ...").
func (p *para) commonBody(s, end int) bool {
	return p.at(s) == "the" && end-s >= 2 && !p.possessive(end-2) && (bodyWord(p.lower[end-1]) || commonBodyNouns[p.lower[end-1]]) && !p.anyIn(end, p.sTo[s], documentNouns)
}

// commonBodyNouns name a body with a common noun that ends no body's name
// (not in bodyNouns): "the delegation", "the company".
var commonBodyNouns = wordSet("delegation company firm")

// lastBody returns the named body that last opened a sentence of narration
// between offsets from and to, for an "it" after it: "Channel 12 offered a
// different account. It reported that ...".
func (pp *people) lastBody(spans []parley.Span, from, to int) string {
	k := sort.Search(len(pp.bodies), func(i int) bool { return pp.bodies[i].p.toks[pp.bodies[i].s].Start >= to })
	stop := k - maxLookBack
	for k--; k >= 0 && k >= stop; k-- {
		b := pp.bodies[k]
		off := b.p.toks[b.s].Start
		if off <= from {
			break
		}
		if end := b.p.bodySubject(b.s); end > 0 && !inSpans(spans, off) {
			return b.p.str(b.s, end)
		}
	}
	return ""
}

// sentenceStart is the first token of a sentence in a paragraph.
type sentenceStart struct {
	p *para
	s int
}

// genderOf returns "he" or "she" for a person the article marks as one,
// "" when it does not tell.
func (pp *people) genderOf(name string) string {
	if g := pp.personGender[name]; g != "" {
		return g
	}
	if g, ok := pp.gender[strings.ToLower(lastWord(name))]; ok {
		return strings.Trim(g, "?") // "?": a surname marked both ways tells nothing, and neither does a given name then
	}
	if first, _, ok := strings.Cut(name, " "); ok {
		return pack.Genders()[strings.ToLower(first)] // "Ann Lee": the generic pack's given names
	}
	return ""
}

// setGender records that pronoun (he or she) stands for the person name,
// from an honorific; a surname marked both ways (two Clintons) is marked
// neither. Pronouns already resolved are no evidence: one wrong guess would
// mislead every later one.
func (pp *people) setGender(name, pronoun string) {
	if pronoun == "" {
		return
	}
	k := strings.ToLower(lastWord(name))
	if g, ok := pp.gender[k]; ok && g != pronoun {
		pronoun = "?"
	}
	pp.gender[k] = pronoun
}

// setRoleGender records the gender a role marks for the person name:
// "Ann Lee, a spokeswoman". It keys the full name, not the surname, as a
// family shares one ("Anna Dahl, his daughter" says nothing of Per Dahl).
// A single word may be a body's name and is left alone.
func (pp *people) setRoleGender(name, role string) {
	g := roleGender(role)
	if g == "" || !strings.Contains(name, " ") {
		return
	}
	pp.personGender[name] = g
}

// femaleNouns and maleNouns describe a person as a woman or a man: "a
// spokeswoman", "the mother of a hostage".
var (
	femaleNouns = wordSet("spokeswoman chairwoman congresswoman businesswoman councilwoman assemblywoman anchorwoman woman", femaleKin, "girl actress queen princess duchess")
	maleNouns   = wordSet("spokesman chairman congressman businessman councilman assemblyman anchorman man", maleKin, "boy king prince duke")
)

// femaleKin and maleKin are the words for kin of one sex (kinNouns).
const (
	femaleKin = "mother grandmother wife widow daughter sister aunt niece"
	maleKin   = "father grandfather husband widower son brother uncle nephew"
)

// roleGender is the pronoun the first gendered noun of a role marks ("he"
// for "a spokesman", "she" for "the mother of a hostage"), "" if none.
func roleGender(role string) string {
	for w := range strings.FieldsFuncSeq(role, isDescriptionSpace) {
		switch {
		case inFolded(femaleNouns, w):
			return "she"
		case inFolded(maleNouns, w):
			return "he"
		}
	}
	return ""
}

// honorificGender is the pronoun an honorific (lower case) marks: "he" for
// "Mr.", "she" for "Mrs.", "Ms." and "Miss", "" for any other word.
func honorificGender(w string) string {
	switch strings.TrimSuffix(w, ".") {
	case "mr":
		return "he"
	case "mrs", "ms", "miss":
		return "she"
	}
	return ""
}

// nameAt is a person's full name as the article gives it at offset off.
type nameAt struct {
	off     int
	name    string
	subject bool   // the name opens its sentence ("Defence Minister Ann Lee arrived ...")
	title   string // the title written before it: "Israeli Prime Minister"
}

// lastNamed returns the person named last before offset off, for a pronoun
// no earlier speaker explains ("Lee pressed him. ... she said").
func (pp *people) lastNamed(off int, pronoun string) string {
	for _, n := range slices.Backward(pp.recentNames(off)) {
		if pp.mayBe(n.name, pronoun) {
			return n.name // "Ann Lee" is no "he"
		}
	}
	return ""
}

// recentNames is the last maxLookBack names the article gives before
// offset off, in order: what a look-back reads, from its end.
func (pp *people) recentNames(off int) []nameAt {
	k := pp.namesBefore(off)
	return pp.at[max(0, k-maxLookBack):k]
}

// nameBefore is the last full name given before offset off.
func (pp *people) nameBefore(off int) (nameAt, bool) {
	k := pp.namesBefore(off)
	if k == 0 {
		return nameAt{}, false
	}
	return pp.at[k-1], true
}

// namesBefore is how many names the article gives before offset off.
func (pp *people) namesBefore(off int) int {
	return sort.Search(len(pp.at), func(i int) bool { return pp.at[i].off >= off })
}

// addressee returns the person asked a question whose words start at offset
// off: the name right after the cue ("asked Ann Lee whether ..."), with
// nothing but the name between it and the words; "" otherwise.
func (pp *people) addressee(text string, off int) string {
	n, ok := pp.nameBefore(off)
	if !ok || off-n.off > maxAddressee || strings.ContainsAny(text[n.off:off], ".,;:?!\"“”") ||
		!strings.Contains(text[max(0, n.off-maxAddressee):n.off], "ask") {
		return "" // not "... asked Tom Roe, the envoy." nor a name in an earlier clause
	}
	return n.name
}

// maxAddressee is the most bytes a name and "whether" or "about" take
// between the name's start and the question, or the cue and a title
// before the name.
const maxAddressee = 48

// lastSubject returns the person who last opened a sentence of narration
// between offsets from and to: a "she" after "Ann Lee arrived in Cairo." is
// hers, not an earlier speaker's. Names inside attributed words (spans,
// sorted by start) tell nothing about the narrator's subject; a person the
// article marks with the other gender is skipped.
func (pp *people) lastSubject(spans []parley.Span, from, to int, pronoun string) string {
	for _, n := range slices.Backward(pp.recentNames(to)) {
		if n.off <= from {
			break
		}
		if n.subject && !inSpans(spans, n.off) && pp.mayBe(n.name, pronoun) {
			return n.name
		}
	}
	return ""
}

// soleNamed returns the one person named, outside anyone's words, in the
// sentence before the pronoun at offset off, when that sentence is in the
// pronoun's paragraph, comes after from (the last speaker's words), names
// no person before the name and not as a preposition's object: "That
// detail keeps Ron Avidan up at night. He said ..." is Ron Avidan's, not
// the last speaker's. In "The mayor met Tom Roe. He said ..." the mayor
// may speak, and in "a rebuke to Tom Roe" Roe is no topic.
func (pp *people) soleNamed(text string, sents, spans []parley.Span, from, off int, pronoun string) string {
	s := sort.Search(len(sents), func(i int) bool { return sents[i].End > off })
	if s == 0 || s >= len(sents) {
		return ""
	}
	before := sents[s-1]
	if before.Start < from || strings.Contains(text[before.Start:off], "\n") {
		return ""
	}
	var first nameAt
	for k := pp.namesBefore(before.Start); k < len(pp.at) && pp.at[k].off < before.End; k++ {
		n := pp.at[k]
		if n.subject || inSpans(spans, n.off) {
			return "" // a subject is lastSubject's; a name in quoted words tells nothing
		}
		if first.name != "" && !sameName(first.name, n.name) {
			return "" // two people: no telling which
		}
		if first.name == "" {
			first = n
		}
	}
	if first.name == "" || !pp.mayBe(first.name, pronoun) {
		return ""
	}
	lead := strings.TrimSuffix(strings.TrimSpace(text[before.Start:first.off]), first.title)
	if w := strings.ToLower(lastWord(lead)); inClass(w, nounPrepositions) || objectMarkers[w] {
		return "" // "a rebuke to Tom Roe", "tired of Tom Roe": the object of a preposition is no topic
	}
	for w := range strings.FieldsSeq(lead) {
		w = strings.ToLower(strings.Trim(w, ".,;:'\"“”‘’"))
		if personNoun(w) || inClass(w, personPronouns) || isPossessive(w) && personNoun(trimPossessive(w)) {
			return "" // "The city's mayor met Tom Roe", "a man in a dark suit stood over the coffin of ...": a person before the name
		}
	}
	return first.name
}

// mayBe reports whether pronoun (he or she) may stand for the person name.
func (pp *people) mayBe(name, pronoun string) bool {
	g := pp.genderOf(name)
	return g == "" || g == pronoun
}

// inSpans reports whether offset off falls inside one of spans, sorted and
// not overlapping (see mergeSpans).
func inSpans(spans []parley.Span, off int) bool {
	k := sort.Search(len(spans), func(i int) bool { return spans[i].Start > off })
	return k > 0 && spans[k-1].End > off
}

// mergeSpans returns the union of the records' content spans, sorted and
// not overlapping.
func mergeSpans(raws []raw) []parley.Span {
	n := 0
	for _, r := range raws {
		n += len(r.content)
	}
	spans := make([]parley.Span, 0, n)
	for _, r := range raws {
		spans = append(spans, r.content...)
	}
	slices.SortFunc(spans, func(a, b parley.Span) int { return cmp.Compare(a.Start, b.Start) })
	merged := spans[:0]
	for _, sp := range spans {
		if n := len(merged); n > 0 && sp.Start <= merged[n-1].End {
			merged[n-1].End = max(merged[n-1].End, sp.End)
			continue
		}
		merged = append(merged, sp)
	}
	return merged
}

// placeAfter reports a name at token first that a preposition makes a
// place: "in Khan Younis", "a teacher from Deir al-Balah", "speaking by
// phone from Rafah"; not "a call from Ann Lee".
func (p *para) placeAfter(first int) bool {
	if p.is(first-1, "in", "near", "outside", "inside", "across") {
		return true
	}
	return p.at(first-1) == "from" && first > 1 && (personNoun(p.lower[first-2]) || p.is(first-2, "speaking", "reporting", "writing", "phone", "telephone", "link"))
}

// add indexes the name in tokens [i, j) of p and returns it, "" when it is
// not a personal name (subject and title then unset). subject reports a name that opens its sentence, after
// titles and an article at most ("The Hamas leader Ann Lee"; not "His Lee
// party", nor a heading "Ann Lee:").
func (pp *people) add(p *para, i, j int) (name string, subject bool, title string) {
	full := pp.full
	first := i
	// Drop leading titles ("Prime Minister Benjamin Netanyahu") and
	// capitalized sentence openers ("What Mr. Obama wanted").
	for i < j && (p.cls[i]&(roleWords|honorifics|subjectStops|determiners|timeWords|cueModifiers|asideAdverbs) != 0 || p.lower[i] == "and" || objectMarkers[p.lower[i]] || p.titleWord(i)) {
		i++
	}
	if i < j && isNumeral(p.lower[i]) {
		i++ // "Six Hamas militants": a count, no first name
	}
	if i < j && i == p.sFrom[i] && p.in(i, speechVerbs) && (p.at(j) == ":" || p.at(j) == "," && p.q(j+1) == openQuote) {
		i++ // `Said Ann Lee: "..."`: the cue opens the sentence
	}
	// A title or a possessive inside the run starts the name after it
	// ("Massachusetts Sen. Elizabeth Warren", "Israel's Benny Gantz").
	owned := false // "former president Ann Lee's party": the title is the possessor's
	for k := j - 2; k >= i; k-- {
		if owned = isPossessive(p.lower[k]); owned || k > i && p.titleWord(k) {
			i = k + 1
			break
		}
	}
	t := i - 1
	if p.at(t) == "the" {
		t--
	}
	if j-i >= 3 && p.at(t) == "to" && p.in(t-1, roleWords) {
		i = j - 2 // "ambassador to the UN Linda Lee": the title's place, then the name
	}
	// A possessive ends the name: "Yahya Sinwar's reply" names Sinwar, and
	// the topic of its sentence.
	possessor := i < j && isPossessive(p.lower[j-1])
	if i >= j || j-i > 6 || p.placeAfter(first) {
		return "", false, ""
	}
	for k := i; k < j; k++ {
		lw := strings.TrimSuffix(p.lower[k], ".")
		if possessor && k == j-1 {
			lw = trimPossessive(lw)
		}
		if p.in(k, orgNouns|roleWords) || inClass(lw, roleWords) || isPossessive(lw) || possessor && k == j-1 && inClass(lw, orgNouns) && !surnameLike[lw] { // not "the Health Ministry's spokesman"; "Kate West's memoir" is hers
			return "", false, ""
		}
		if k > i && k < j-1 && p.in(k, speechVerbs) {
			return "", false, "" // a headline in title case: "Lee Says Talks Will Go On"
		}
	}
	if !owned {
		title = p.titleBefore(first, i)
	}
	last, lastText := p.lower[j-1], p.toks[j-1].Text
	if possessor {
		last, lastText = trimPossessive(last), trimPossessive(lastText)
	}
	if j-i == 1 && i > first && p.titleWord(i-1) {
		// "President Obama", "Sheikh Mohammed", "Mrs. Lee": a person named
		// by one word, in full when the article has given the full name;
		// the honorific tells the gender.
		pp.titled[last] = true
		surname := lastText
		pp.setGender(surname, honorificGender(p.lower[i-1]))
		return firstNonEmpty(full[last], pp.byFirst[last], surname), p.nameSubject(first, i, j), title
	}
	if j-i < 2 {
		if j == i+1 && p.at(j) == "," && p.at(j+1) == "who" {
			pp.titled[last] = true // "Samir, who drives a truck,": one name, and a person's
		}
		if full[last] == "" {
			return "", false, "" // most single capitalized words: no one named in full
		}
		return full[last], p.nameSubject(first, i, j), title // a surname alone names whom the article has named in full
	}
	if i > first {
		pp.setGender(lastText, honorificGender(p.lower[i-1])) // "Mrs. Ann Lee"
	}
	// The first full name given for a surname wins ("Ted Cruz" before his
	// father "Rafael Cruz"); a later, longer form of the same name extends it.
	name = p.str(i, j)
	if possessor {
		name = trimPossessive(name)
	}
	if f := p.lower[i]; pp.byFirst[f] == "" && !p.in(i, nameParticles) {
		pp.byFirst[f] = name
		if title != "" && j-i == 2 {
			pp.titledFirst[f] = name
		}
	}
	if prev, ok := full[last]; !ok || pp.possessed[last] && !possessor || (len(name) > len(prev) && strings.HasSuffix(name, prev)) {
		full[last] = name
		if possessor {
			pp.possessed[last] = true
		} else {
			delete(pp.possessed, last)
		}
	}
	if k := strings.IndexByte(last, '-'); k > 0 && particleName(lastText) {
		if _, ok := full[last[k+1:]]; !ok {
			full[last[k+1:]] = full[last] // "al-Rishq" is also "Rishq"
		}
	}
	// The full name kept for the surname, unless another given name makes
	// another person of it: "Miriam Shapira" after "Eitan Shapira".
	if prev := full[last]; samePerson(prev, name) {
		name = prev
	}
	return name, p.nameSubject(first, i, j), title
}

// samePerson reports a full name that names the person of the full name
// prev: the same given name, or one form of the name extending the other
// ("Ann Marie Lee" after "Marie Lee", "Marie Lee" after "Ann Marie Lee").
func samePerson(prev, name string) bool {
	return strings.EqualFold(firstWord(prev), firstWord(name)) || strings.HasSuffix(name, prev) || strings.HasSuffix(prev, " "+name)
}

// nameSubject reports a name in tokens [i, j), after titles from first,
// that opens its sentence as its subject. It is asked only for a name add
// returns: most capitalized words name no one.
func (p *para) nameSubject(first, i, j int) bool {
	// A subject goes on to its verb or an appositive: not a heading
	// ("Trade Policy."), nor a plural ("Dutch Canadians are").
	subject := p.opensSentence(first) && (p.is(j, ",", "(") || p.isWord(j) && !p.capitalized(j) && !p.is(j, "are", "were", "have", "to", "and", "of")) &&
		!p.shouting(i, j)
	for k := first; k < i && subject; k++ {
		subject = !possessiveDeterminers[p.lower[k]] && !p.preposition(k) // not "In Khan Younis, ...", "Under Trump's plan, ..."
	}
	return subject || p.appositiveSubject(first, j)
}

// kinNouns name a relative of a given sex: after "Her daughter, Ana
// Cruz," a "she" is the daughter's; after "Her partner" it may be either.
var kinNouns = wordSet(femaleKin, maleKin)

// appositiveSubject reports a name in [first, j) set off by commas after
// a short description that opens the sentence: "Her daughter, Miriam
// Shapira, flew ...", "The mayor, Ann Lee, said ...".
func (p *para) appositiveSubject(first, j int) bool {
	c := first - 1
	if p.at(c) != "," || p.at(j) != "," {
		return false
	}
	s := p.sFrom[first]
	owner := possessiveDeterminers[p.lower[s]]
	if c-s < 2 || c-s > 4 || !owner && !p.in(s, determiners) {
		return false
	}
	if owner && !kinNouns[p.lower[c-1]] {
		return false // "Her partner, Sam Lee, died. ... she said": "her" points back to the subject before
	}
	for k := s + 1; k < c; k++ {
		if !p.isWord(k) || p.capitalized(k) {
			return false
		}
	}
	return true
}

// titleBefore is the title written in tokens [first, i) before a name,
// with a description word just before them ("Hamas official", "Israeli
// Prime Minister"), as written; "" when there is none.
func (p *para) titleBefore(first, i int) string {
	for n := 0; n < 3 && p.in(first-1, roleWords|anonymousHeads) && (!p.capitalized(first-1) || first-1 == p.sFrom[first-1] && n > 0); n++ {
		first-- // "Hamas official Basem Naim", "Chief negotiator Jon Berg": a lower-case title breaks the capitalized run
	}
	if first >= i {
		return ""
	}
	return p.s[p.toks[first].Start:p.toks[i-1].End] // a slice of the text: no copy for a title rarely asked for
}

// maxLookBack bounds how many named mentions or records a pronoun or a
// description looks back over, so that a huge article costs linear time.
const maxLookBack = 200

// titledAs returns the person last named before offset off under a title
// that holds every word of the title in a description ("the prime
// minister": "Israeli Prime Minister Ann Lee"), "" when none was.
func (pp *people) titledAs(mention string, off int) string {
	desc := titleWords(mention)
	if desc == nil {
		return ""
	}
	for _, n := range slices.Backward(pp.recentNames(off)) {
		if n.title == "" {
			continue
		}
		var words []string
		for _, w := range strings.Fields(n.title) {
			words = append(words, strings.TrimSuffix(strings.ToLower(w), "."))
		}
		if containsAll(words, desc) {
			return n.name
		}
	}
	return ""
}

// opensSentence reports a capitalized run at token i that opens its
// sentence, after a lower-case description at most ("Hamas official Basem
// Naim", "Harbour pilot Jonas Berg") or after an opening prepositional
// phrase and its comma ("On local radio, Berg ..."); not after a verb or
// inside a preposition's phrase.
func (p *para) opensSentence(i int) bool {
	start := p.sFrom[i]
	lead, titled := i, false // the name's title after the comma: "In Oslo, port chief Tom Roe ..."
	for lead > start && lead > i-4 && p.isWord(lead-1) && !p.in(lead-1, subjectStops|speechVerbs|finiteAuxiliaries|determiners|irregularPasts) && !strings.HasSuffix(p.lower[lead-1], "ed") {
		lead-- // title and modifier words only: not "the mayor met Tom Roe"
		titled = titled || personNoun(p.lower[lead])
	}
	if p.at(lead-1) != "," || !titled {
		lead = i
	}
	if p.at(lead-1) == "," && lead-start <= 12 && (p.in(start, nounPrepositions) || p.is(start, "after", "before", "during", "since") || p.at(start) == "back" && p.in(start+1, nounPrepositions)) {
		return !p.inside[i] // "On Truth Social on Thursday, Trump ...", "Back in Oslo, Rabbi Tom Roe ...": a phrase before the subject
	}
	if p.at(i-1) == "," && i-start <= 9 && p.in(start, determiners) && p.anyIn(start+1, i-1, roleWords|anonymousHeads) {
		// "A senior Hamas official, Osama Hamdan, went further": the
		// description opens the sentence, the name after it is the subject.
		for k := start + 1; k < i-1; k++ {
			if !p.isWord(k) || p.in(k, subjectStops|speechVerbs) || ingForm(p.lower[k]) || strings.HasSuffix(p.lower[k], "ed") {
				return false
			}
		}
		return !p.inside[i]
	}
	if p.at(i-1) == "," && i-start <= 20 && (p.is(start, "asked", "pressed", "questioned") || ingForm(p.lower[start]) && i-start >= 4) && !p.anyWord(start+1, i-1, ",") {
		return !p.inside[i] // "Asked whether he would stay, Mr. Lee was cautious.", "Arriving in Gaza, Mr. Lee ..."
	}
	if p.is(start, "but", "and", "yet", "so") && i > start+1 {
		start++ // "But M23 spokesman Lawrence Kanyuka rejected ..."
	}
	if i-start >= 2 && p.at(start+1) == "," && (p.in(start, asideAdverbs|timeWords) || openingAdverbs[p.lower[start]]) {
		start += 2 // "Later, Ann Lee was asked ...": an adverb before the subject
	}
	if i-start > 4 {
		return false
	}
	for k := start; k < i; k++ {
		if !p.isWord(k) || p.in(k, subjectStops|speechVerbs) || possessiveDeterminers[p.lower[k]] ||
			!p.capitalized(k) && (strings.HasSuffix(p.lower[k], "ing") || strings.HasSuffix(p.lower[k], "ed")) {
			return false
		}
	}
	return true
}

// inCapitals reports strings.ToUpper(t) == t && strings.ToLower(t) != t:
// an upper-case letter and no lower-case one.
func inCapitals(t string) bool {
	if !isASCII(t) {
		return strings.ToUpper(t) == t && strings.ToLower(t) != t
	}
	upper := false
	for i := 0; i < len(t); i++ {
		if 'a' <= t[i] && t[i] <= 'z' {
			return false
		}
		upper = upper || 'A' <= t[i] && t[i] <= 'Z'
	}
	return upper
}

var possessiveDeterminers = wordSet("his her its their our my your")

// openingAdverbs open a sentence before its subject and a comma ("Finally,
// the mayor ..."), beside the aside adverbs and time words.
var openingAdverbs = wordSet("afterwards still finally eventually previously")

// shouting reports a word in capitals in tokens [i, j): a dateline or a
// heading ("NORTH HARBOUR"), not a name in running text.
func (p *para) shouting(i, j int) bool {
	for k := i; k < j; k++ {
		if t := p.toks[k].Text; len(t) >= 3 && inCapitals(t) {
			return true
		}
	}
	return false
}

// titleWord reports a title or honorific at token k, abbreviated or not
// ("Sen.", "President", "President-elect", "Commissioner-General", "Mr").
func (p *para) titleWord(k int) bool { return isTitleWord(strings.TrimSuffix(p.lower[k], ".")) }

// resolve turns raw records into attributions: speakers resolved within the
// article (surname to full name, pronouns and "the official" to the earlier
// speaker, a participle or a quote run-on to the previous record), roles,
// parties, mediums and kinds.
func resolve(d *Doc, raws []raw, pp *people, memo *resolveMemo) []parley.Attribution {
	memo.reset() // empty already after a release; makes the maps on first use
	seenMention, parties, orgs, mediums, seen := memo.mentions, memo.parties, memo.orgs, memo.mediums, memo.seen
	var partyNames []pack.Match // the parties the text names, found when "the group" needs them
	var out []parley.Attribution
	var refs []referent      // beside out: what each record can stand for, read when a pronoun needs it
	var merged []parley.Span // what the records quote, merged; built when a pronoun or alias needs it
	said := func() []parley.Span {
		if merged == nil {
			merged = mergeSpans(raws)
		}
		return merged
	}
	for _, r := range raws {
		if len(r.content) == 0 || r.content[0].Len() == 0 {
			continue
		}
		a := parley.Attribution{Cue: r.cue, Medium: r.medium, Role: strings.TrimSpace(r.role)}
		mention := ""
		if r.mention.Len() > 0 {
			mention = d.Text[r.mention.Start:r.mention.End]
		}
		a.SpeakerMention = mention
		if r.written.Len() > 0 && r.written != r.mention {
			a.SpeakerMention = d.Text[r.written.Start:r.written.End]
		}
		switch {
		case r.inherit && len(out) > 0:
			prev := out[len(out)-1]
			a.Speaker, a.SpeakerMention, a.Role, a.Org, a.Anonymous = prev.Speaker, prev.SpeakerMention, prev.Role, prev.Org, prev.Anonymous
			if a.Medium == "" {
				a.Medium = prev.Medium
			}
		case r.pronoun != "":
			// r.pronoun is lower case as written ("he", "they").
			prev, ok := antecedent(out, refs, r.pronoun, d.Pack, pp)
			from := -1 // after the antecedent's words; a name may open the text at offset 0
			if ok {
				from = prev.End
			}
			person := inClass(r.pronoun, personPronouns)
			if person {
				if ok && len(out) > 0 && prev.Start == out[len(out)-1].Start && (prev.Cue == "asked" || prev.Cue == "asking") {
					if name := pp.addressee(d.Text, prev.Start); name != "" && !sameName(name, prev.Speaker) && pp.mayBe(name, r.pronoun) {
						prev = parley.Attribution{Speaker: name, Span: prev.Span} // "A reporter asked Ann Lee whether ... She said": the one asked answers
					}
				}
				if name := pp.lastSubject(said(), from, r.mention.Start, r.pronoun); name != "" && (!ok || !sameName(name, prev.Speaker)) {
					prev, ok = parley.Attribution{Speaker: name}, true
				} else if name := pp.soleNamed(d.Text, d.Sents, said(), from, r.mention.Start, r.pronoun); name != "" && (!ok || !sameName(name, prev.Speaker)) {
					prev, ok = parley.Attribution{Speaker: name}, true
				}
			}
			if r.pronoun == "it" {
				if name := pp.lastBody(said(), from, r.mention.Start); name != "" && !(ok && hasWord(prev.Speaker, lastWord(name))) {
					prev, ok = parley.Attribution{Speaker: name}, true // "Channel 12 offered a different account. It reported ..."
				}
			}
			if ok {
				a.Speaker, a.Role, a.Org, a.Anonymous = prev.Speaker, prev.Role, prev.Org, prev.Anonymous
			} else if person {
				a.Speaker = pp.lastNamed(r.mention.Start, r.pronoun)
			}
			// Otherwise the speaker stays unknown; the record keeps the
			// pronoun as written.
		default:
			c, ok := seenMention[mention]
			if !ok {
				c.speaker, c.title, c.anonymous = canonical(d, mention, pp)
				seenMention[mention] = c
			}
			var title string
			a.Speaker, title, a.Anonymous = c.speaker, c.title, c.anonymous
			if r.lone && !strings.Contains(a.Speaker, " ") && d.Pack.PartyIn(a.Speaker) == "" {
				continue // "Focus on Bergen:": one word the article names nobody by
			}
			a.Role = firstNonEmpty(strings.TrimSpace(r.role), title) // the appositive says more than a title
			if !a.Anonymous {
				pp.setRoleGender(a.Speaker, a.Role) // "Ann Lee, a spokeswoman": a later "he" is someone else
			}
			if prev, ok := definite(out, mention); ok {
				a.Speaker, a.Anonymous = prev.Speaker, prev.Anonymous
				a.Role = firstNonEmpty(a.Role, prev.Role)
			} else if name, at := aliasReferent(d, mention, r.mention.Start, &partyNames); name != "" {
				if body := pp.lastBody(said(), at, r.mention.Start); body != "" && !packNamed(d, body) {
					name = body // "Hamas ... Hezbollah fired rockets. The group said": the body named since
				}
				a.Speaker = name // "Hamas rejected the plan. The group said ...": Hamas
			} else if name := pp.titledAs(mention, r.mention.Start); name != "" {
				a.Speaker, a.Anonymous = name, false // "the prime minister" after "Prime Minister Ann Lee arrived ..."
				a.Role = firstNonEmpty(a.Role, mention)
			} else if prev, ok := otherTitle(out, mention); ok {
				a.Speaker, a.Anonymous = prev.Speaker, prev.Anonymous
				a.Role = firstNonEmpty(a.Role, prev.Role)
			}
		}
		if a.Medium == "" && r.channel != "" && d.Pack.IsMedium(r.channel) {
			a.Medium = r.channel
		}
		if a.Medium == "us" {
			a.Medium = d.Article.Outlet
		}
		if a.Medium != "" {
			c, ok := mediums[a.Medium]
			if !ok {
				c.name, c.outlet = mediumNamed(a.Medium, d, pp)
				mediums[a.Medium], mediums[c.name] = c, c
			}
			a.Medium = c.name
		}
		if a.Medium == "" && !r.addressed {
			// "Officials told Bloomberg that A. They noted B.": the same
			// speaker's next words in the paragraph went to the same
			// outlet. Beyond the paragraph that is a guess.
			for k := len(out) - 1; k >= 0 && sameParagraph(d.Paras, out[k].Start, r.content[0].Start); k-- {
				if out[k].Speaker == a.Speaker {
					a.Medium = out[k].Medium
					break
				}
			}
		}
		who := partyKey{a.Speaker, a.SpeakerMention, a.Role}
		party, ok := parties[who]
		if !ok {
			party = d.Pack.PartyIn(who.speaker + " " + who.mention + " " + who.role)
			parties[who] = party
		}
		a.Party = party
		key := orgKey{a.SpeakerMention, a.Role}
		if participleAside(d.Text, r) {
			key.mention = mention // "Lee, speaking in Doha, said": no organisation in where she spoke
		}
		org, ok := orgs[key]
		if !ok {
			org = orgIn(d, key.mention+" "+key.role)
			orgs[key] = org
		}
		a.Org = org
		if len(r.content) == 1 {
			a.Text = d.Text[r.content[0].Start:r.content[0].End] // nearly every record: no list to join
		} else {
			parts := make([]string, 0, len(r.content))
			for _, c := range r.content {
				parts = append(parts, d.Text[c.Start:c.End])
			}
			a.Text = strings.Join(parts, " ")
		}
		a.Span = parley.Span{Start: r.content[0].Start, End: r.content[len(r.content)-1].End}
		if len(r.content) > 1 {
			a.Parts = r.content
		}
		if seen[a.Span] {
			continue
		}
		seen[a.Span] = true
		a.Kind = kind(r.quoted, a.Text)
		if out == nil {
			out = make([]parley.Attribution, 0, len(raws)) // one allocation: records are large
			refs = make([]referent, 0, len(raws))
		}
		out = append(out, a)
		refs = append(refs, referent{})
	}
	dropPersonMedia(out, mediums)
	slices.SortStableFunc(out, func(a, b parley.Attribution) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

// resolveMemo holds resolve's per-article memos. It lives in the scratch
// pool, so that an article does not allocate its maps anew.
type resolveMemo struct {
	mentions map[string]resolvedMention // records often share a mention ("he", "the officials")
	// Keyed by the strings the packs read, joined only on a miss: records
	// share speakers, and a joined key costs a copy per record.
	parties map[partyKey]string
	orgs    map[orgKey]string
	mediums map[string]mediumCheck // each medium named, checked once
	seen    map[parley.Span]bool   // the records' spans: one record a span
}

type resolvedMention struct {
	speaker, title string
	anonymous      bool
}

type partyKey struct{ speaker, mention, role string }

type orgKey struct{ mention, role string }

// reset empties the memos and drops their references to the last
// article's text.
func (m *resolveMemo) reset() {
	m.mentions, m.parties, m.orgs = reuse(m.mentions), reuse(m.parties), reuse(m.orgs)
	m.mediums, m.seen = reuse(m.mediums), reuse(m.seen)
}

// canonical names the speaker of a mention: the fullest personal name the
// article gives, or the mention as written for an unnamed source.
func canonical(d *Doc, mention string, pp *people) (name, role string, anonymous bool) {
	names := pp.full
	mention = trimPartyTag(mention)
	sp := analyseMention(mention)
	if sp.name == "" {
		if body := bodyName(mention); body != "" {
			return body, "", false
		}
		return mention, "", isAnonymous(mention)
	}
	name = sp.name
	if !strings.Contains(name, " ") && namesBody(mention, name) {
		// "The Institute for Near East Policy": "Policy" is the end of an
		// organisation's name, no surname.
		return strings.TrimPrefix(strings.TrimPrefix(mention, "the "), "The "), "", isAnonymous(mention)
	}
	last := strings.ToLower(lastWord(name))
	if _, ok := names[last]; !ok && !strings.Contains(name, " ") && pp.titled[last] && pp.byFirst[last] != "" {
		return pp.byFirst[last], sp.title, false // "Sheikh Mohammed" after "Sheikh Mohammed bin Abdulrahman Al Thani"
	}
	if full, ok := names[last]; ok && len(full) > len(name) && strings.HasSuffix(strings.ToLower(full), strings.ToLower(name)) {
		name = full
	}
	if !strings.Contains(name, " ") && sp.title == "" {
		// A lone capitalized word: an organisation or a surname; keep the
		// mention whole ("the United States") unless it is a known surname.
		if full, ok := names[last]; ok {
			return full, "", false
		}
		if mention == name && !packNamed(d, name) {
			if full := pp.titledFirst[last]; full != "" {
				return full, "", false // "Guo said" after "Guo Jiakun": a family name written first
			}
			if full := pp.byFirst[last]; full != "" {
				return full, "", false // "Ruti said" after "Ruti Mizrahi": a first name alone, in features
			}
		}
		if inClass(strings.TrimSuffix(strings.ToLower(strings.Fields(mention)[0]), "."), honorifics) {
			return name, "", false // "Mr Kirby" when the article never gives the full name
		}
		return strings.TrimPrefix(strings.TrimPrefix(mention, "the "), "The "), "", false
	}
	return name, sp.title, false
}

// bodyName is the name of an organisation after the words that describe
// it: "the conservative-leaning Tax Foundation" is the Tax Foundation. It
// returns "" unless lower-case words stand between the article and a name
// that ends in an organisation noun.
func bodyName(m string) string {
	var buf [16]string // the words of a mention, on the stack
	words := appendFields(buf[:0], m)
	if len(words) < 4 || !strings.EqualFold(words[0], "the") || !inClassFolded(words[len(words)-1], orgNouns) {
		return ""
	}
	k := len(words) - 1
	for k > 1 && (isCap(words[k-1]) || words[k-1] == "of" || words[k-1] == "for" || words[k-1] == "and") {
		k--
	}
	if k == 1 || !isCap(words[k]) {
		return ""
	}
	for _, w := range words[1:k] {
		if w[0] < 'a' || w[0] > 'z' {
			return "" // a capital, a digit or a mark: no plain description
		}
		if inClass(w, roleWords) {
			return "" // "the spokesman of the Israeli army": a person, not the body
		}
	}
	return "the " + strings.Join(words[k:], " ")
}

// namesBody reports a single name that ends an organisation's name in
// the mention: a capitalised word right before it that is no title, and a
// capitalised organisation noun ("Institute", "Office") before that.
// "White House spokesman Kirby" names Kirby.
func namesBody(mention, name string) bool {
	var buf [16]string // the words of a mention, on the stack
	words := appendFields(buf[:0], mention)
	k := len(words) - 1
	if k < 1 || words[k] != name || !isCap(words[k-1]) {
		return false
	}
	if lw := strings.ToLower(words[k-1]); isTitleWord(lw) {
		return false
	}
	for _, w := range words[:k] {
		if lw := strings.ToLower(w); isCap(w) && bodyWord(lw) {
			return true
		}
	}
	return false
}

// trimPartyTag drops a lawmaker's party and state in brackets after the
// name, and an organisation's acronym: "Rep. Jo Lane (D-Ore.)" is Rep. Jo
// Lane, "the Office of Budget Review (OBR)" the Office of Budget Review.
func trimPartyTag(mention string) string {
	open := strings.LastIndexByte(mention, '(')
	if open < 0 || !strings.HasSuffix(mention, ")") {
		return mention
	}
	name := strings.TrimSpace(mention[:open])
	if tag := mention[open+1 : len(mention)-1]; !isPartyTag(tag) && !text.IsAcronym(tag) && !personsParty(name, tag) {
		return mention
	}
	return name
}

// personsParty reports a party in brackets after a person's name: "Ann
// Lee (Labour)", "MK Dan Roe (Yesh Atid)". The name is two capitalized
// words or more, none an organisation's noun; the party is one to three
// capitalized words.
func personsParty(name, tag string) bool {
	words, party := strings.Fields(name), strings.Fields(tag)
	if len(words) < 2 || len(party) == 0 || len(party) > 3 {
		return false
	}
	for _, w := range party {
		if !isCap(w) {
			return false
		}
	}
	for _, w := range words[len(words)-2:] {
		if lw := strings.ToLower(w); !isCap(w) || bodyWord(lw) {
			return false
		}
	}
	return true
}

// isAnonymous reports a description headed by a source noun: "a senior
// official", "officials in Kyiv", "a source close to the talks"; the head
// stands before the first preposition.
func isAnonymous(mention string) bool {
	for _, q := range []string{"one of ", "some of ", "two of ", "three of ", "several of ", "many of ", "most of ", "none of "} {
		if hasPrefixFold(mention, q) {
			mention = mention[len(q):] // "One of the officials": the officials
			break
		}
	}
	head, _ := headWord(mention) // "A diplomat briefed on the talks": the diplomat
	return inClassFolded(strings.TrimRight(head, ",;:"), anonymousHeads)
}

// groupNouns head a description that stands for an organisation named
// before it: "the group", "the militant movement".
var groupNouns = wordSet("group movement organisation organization faction militia")

// aliasReferent names the party that a description standing for it refers
// to ("the group", "The movement"): the party's name as the text last
// wrote it before offset off. It returns "" when the description is no
// party's alias in the packs or the text has not yet named that party.
// names caches the text's party names for the next call. at is where
// that name starts.
func aliasReferent(d *Doc, mention string, off int, names *[]pack.Match) (name string, at int) {
	if len(mention) < 5 || !strings.EqualFold(mention[:4], "the ") || !groupNouns[strings.ToLower(lastWord(mention))] {
		return "", -1
	}
	id := ""
	d.Pack.Scan(mention, func(m pack.Match) {
		if m.Kind == pack.KindParty && m.Alias && m.End == len(mention) && m.Start <= 4 {
			id = m.ID
		}
	})
	if id == "" {
		return "", -1
	}
	if *names == nil {
		*names = []pack.Match{}
		d.Pack.ScanWords(d.packWords(), func(m pack.Match) {
			if m.Kind == pack.KindParty && !m.Alias {
				*names = append(*names, m)
			}
		})
	}
	at = -1
	for _, m := range *names {
		if m.ID == id && m.Start < off && m.Start > at {
			name, at = d.Text[m.Start:m.End], m.Start
		}
	}
	return name, at
}

// sameParagraph reports whether offsets a and b lie in the same paragraph.
func sameParagraph(paras []parley.Span, a, b int) bool {
	at := func(off int) int { return sort.Search(len(paras), func(i int) bool { return paras[i].End > off }) }
	return at(a) == at(b)
}

// mediumNamed returns what a record names as its medium, or "" when that
// is a person: "told Netanyahu" names whom the speaker addressed, not an
// outlet. "MSNBC's" (from "told MSNBC's Ann Lee") reads as "MSNBC".
// outlet is false for a name that may yet be a person's (see
// dropPersonMedia).
func mediumNamed(m string, d *Doc, pp *people) (name string, outlet bool) {
	m = trimPossessive(m)
	if m == "" {
		return m, true
	}
	medium := d.Pack.IsMedium(m)
	if !medium && partyName(m, d) {
		return "", true // "told Israel", "told the United Nations": a party addressed
	}
	if medium || outletWords(m) {
		return m, true
	}
	if _, known := d.Pack.Person(m); known || pp.isPerson(m) {
		return "", true
	}
	return m, false
}

// mediumCheck caches mediumNamed for one article: records often share a
// medium, and the checks scan the packs.
type mediumCheck struct {
	name   string
	outlet bool
}

// isPerson reports a name the article marks as a person's: written after
// a title ("Minister Ann Lee", "President Obama") or with "Mr." or "Ms.".
func (pp *people) isPerson(name string) bool {
	last := strings.ToLower(lastWord(name))
	if pp.titled[last] || pp.gender[last] != "" {
		return true
	}
	for _, n := range pp.at {
		if n.title != "" && strings.EqualFold(lastWord(n.name), last) {
			return true
		}
	}
	return false
}

// partyName reports a name that is wholly a party's in the packs, a
// leading "the" aside.
func partyName(m string, d *Doc) bool {
	name := m
	if len(name) > 4 && strings.EqualFold(name[:4], "the ") {
		name = name[4:]
	}
	return packWhole(d, name, func(x pack.Match) bool { return x.Kind == pack.KindParty && !x.Alias })
}

// packNamed reports a mention the packs name whole: a party, a medium, a
// place ("Israel" is no first name of Israel Katz's).
func packNamed(d *Doc, m string) bool {
	return packWhole(d, m, func(pack.Match) bool { return true })
}

// packWhole reports a pack phrase that covers all of s and that keep
// accepts.
func packWhole(d *Doc, s string, keep func(pack.Match) bool) bool {
	whole := false
	d.Pack.Scan(s, func(x pack.Match) { whole = whole || x.Start == 0 && x.End == len(s) && keep(x) })
	return whole
}

// outletWords reports a medium whose words say it cannot be a person: one
// after "the", or one holding a medium noun ("Channel 12", "Radio Nord").
func outletWords(m string) bool {
	if len(m) > 4 && strings.EqualFold(m[:4], "the ") {
		return true
	}
	var buf [16]byte // a lower-case copy of each word, for the word list, without allocating
	for w := range strings.FieldsSeq(m) {
		if b, ok := foldShort(buf[:], w); ok && mediumNouns[string(b)] { // the nouns are short and ASCII
			return true
		}
	}
	return false
}

// dropPersonMedia clears a medium that names one of the article's named
// speakers: in "Lee told Roe that ..." with "Tom Roe said ..." elsewhere,
// Roe is a person Lee addressed, not an outlet.
func dropPersonMedia(out []parley.Attribution, mediums map[string]mediumCheck) {
	var speakers map[string]bool // built on first need: most mediums are outlets
	for k, a := range out {
		if a.Medium == "" || mediums[a.Medium].outlet {
			continue
		}
		if speakers == nil {
			speakers = map[string]bool{} // by last word as written: a name keeps its capitals
			for _, b := range out {
				if !b.Anonymous && strings.Contains(b.Speaker, " ") {
					speakers[lastWord(b.Speaker)] = true
				}
			}
		}
		if speakers[lastWord(a.Medium)] {
			out[k].Medium = ""
		}
	}
}

// firstWord returns the first space-separated word of s.
func firstWord(s string) string {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return w
}

// lastWord returns what follows the last space or no-break space of s
// (past the first byte of a no-break space, as strings.LastIndexAny(s,
// " \u00a0") finds it). It reads bytes: neither mark's bytes occur inside
// another character's, and LastIndexAny would decode every rune.
func lastWord(s string) string {
	s = strings.TrimSpace(s)
	for i := len(s) - 1; i >= 0; i-- {
		switch {
		case s[i] == ' ':
			return s[i+1:]
		case s[i] == 0xA0 && i > 0 && s[i-1] == 0xC2: // U+00A0
			return s[i:]
		}
	}
	return s
}

// headWord guesses the head noun of a speaker as written: the word
// before a preposition, a participle or a relative pronoun ("Residents of
// the town", "A report compiled by ..."), else the last word. lowerCase
// reports a head that is no name: written in lower case, or opening the
// phrase before a lower-case word.
func headWord(s string) (head string, lowerCase bool) {
	var buf [16]string // the words of a mention, on the stack
	words := appendFields(buf[:0], s)
	if len(words) == 0 {
		return "", false
	}
	h := len(words) - 1
	for i := 1; i < len(words); i++ {
		w := words[i]
		participle := isLower(w) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) &&
			!inClassFolded(words[i-1], determiners) // "the armed group" is headed by "group"
		if inClass(w, nounPrepositions|personPronouns|groupPronouns) || w == "I" || w == "who" || w == "which" || w == "that" || participle {
			h = i - 1
			break
		}
	}
	head = words[h]
	lowerCase = isLower(head) || h == 0 && len(words) > 1 && isLower(words[1])
	return head, lowerCase
}

// bodyNouns head the names of bodies that orgNouns leaves out because a
// name may end in them ("the Tax Foundation" stays one name): still no
// "he" or "she".
var bodyNouns = wordSet("campaign team board centre center endowment initiative trust",
	"temple synagogue church mosque congregation parish",
	"programme program fund charity mission command secretariat")

// bodyWord reports a lower-case word that ends a body's name: an
// organisation noun or a body noun.
func bodyWord(lw string) bool { return inClass(lw, orgNouns) || bodyNouns[lw] }

// personNoun reports a common noun that names a person: a title or a
// source word ("the senator", "the official"), an agent noun ("the
// questioner", "the nominee", "an economist"), or a word for kin.
func personNoun(w string) bool {
	if inClass(w, roleWords|anonymousHeads|honorifics) || personWords[w] {
		return true
	}
	for _, suffix := range []string{"er", "or", "ist", "ian", "ee"} {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix)+2 {
			return true
		}
	}
	return false
}

var personWords = wordSet("man woman boy girl child father mother son daughter wife husband brother sister uncle aunt widow friend lady gentleman",
	"resident student agent assistant consultant participant correspondent candidate veteran victim patient nurse judge pilot")

// agedMention reports a mention that gives an age after the name ("Ahmed,
// 40"), as news writes of people only.
func agedMention(m string) bool {
	_, rest, ok := strings.Cut(m, ", ")
	if !ok {
		return false
	}
	n := 0
	for n < len(rest) && n < 4 && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	return n > 0 && n < 4 && (n == len(rest) || rest[n] == ',' || rest[n] == ' ')
}

// referent is what a resolved speaker can stand for, read once per record
// and only when a pronoun looks back at it.
type referent struct {
	known, person, group, body, plural bool
}

func referentOf(a parley.Attribution, known *pack.Set, pp *people) referent {
	if hasPrefixFold(a.Speaker, "one of ") {
		rest := strings.ToLower(a.Speaker)[len("one of "):]
		// "One of the pilots" is a "he" or a "she" when the pilots are people.
		head, _ := headWord(rest)
		return referent{known: true, person: a.Anonymous || personNoun(strings.TrimSuffix(head, "s")) || rest == "them"} // "One of them admits ...", a speaker
	}
	head, lowerCase := headWord(a.Speaker)
	lh := strings.ToLower(head)
	r := referent{known: true, group: pluralForm(lh) && lowerCase} // "Many farmers", "Residents of the town"
	// A name of two words or more is a person's, unless it opens with
	// "the": "The Kremlin", "the White House".
	r.person = strings.Contains(a.Speaker, " ") && !a.Anonymous && !r.group && (lowerCase || !theName(a.Speaker))
	if _, ok := known.Person(a.Speaker); ok && !r.person && !a.Anonymous {
		r.person = true // "Hamdan" alone, a surname the packs know
	}
	if inFolded(pp.titled, a.Speaker) && !a.Anonymous {
		r.person = true // "Obama" alone, written "President Obama" elsewhere
	}
	if !r.person && !a.Anonymous && !strings.Contains(a.Speaker, " ") {
		h, _ := headWord(a.Role)
		// One name, and a person's: "Mariam, a nurse at the clinic", "Ahmed, 40,".
		r.person = a.Role != "" && personNoun(strings.ToLower(h)) || agedMention(a.SpeakerMention)
	}
	r.body = r.person && (inClass(lh, orgNouns|documentNouns) || bodyNouns[lh] || findingSources[lh] && !inClass(lh, roleWords) || // "The group", "A report compiled by ...": not "he"; "the judge" may be
		lowerCase && !personNoun(lh)) // "The campaign", "a wide array of artists": a description of no person
	if a.Anonymous && (inClass(lh, documentNouns) || findingSources[lh]) {
		r.body = true // "A report compiled by ...", unnamed but no person
	}
	r.plural = hasSuffixFold(a.Speaker, "s") || strings.HasSuffix(lh, "s") || lh == "media" // "all the experts I interviewed", "Israeli media"
	return r
}

// antecedent finds the speaker a pronoun refers to: he/she the last named
// person; they/we the last group or organisation, else the last speaker.
// refs runs beside out and caches what each record can stand for.
func antecedent(out []parley.Attribution, refs []referent, pronoun string, known *pack.Set, pp *people) (parley.Attribution, bool) {
	for k := len(out) - 1; k >= 0; k-- {
		a := out[k]
		if !refs[k].known {
			refs[k] = referentOf(a, known, pp)
		}
		r := refs[k]
		if inClass(pronoun, personPronouns) && (r.person || a.Anonymous && !r.plural) && !r.body {
			if r.person && !pp.mayBe(a.Speaker, pronoun) {
				continue // "Mrs. Lee" is no "he"
			}
			return a, true
		}
		if pronoun == "it" && (r.group || a.Anonymous && !r.plural && !r.body) {
			continue // "it" stands for no "experts" or "residents", nor for "an official"
		}
		if inClass(pronoun, groupPronouns) && (!r.person || r.body && pronoun == "it" || r.plural) {
			return a, true
		}
	}
	return parley.Attribution{}, false
}

// definite resolves "the official", "the officials", "our source", "the
// security minister" to the most recent speaker described by the same
// words, and "the ministry" or "the health ministry" to the most recent
// body named with them.
func definite(out []parley.Attribution, mention string) (parley.Attribution, bool) {
	if !hasPrefixFold(mention, "the ") && !hasPrefixFold(mention, "our ") {
		return parley.Attribution{}, false // most mentions: no lower-case copy
	}
	lm := strings.ToLower(mention)
	rest := lm[len("the "):] // after "the " or "our "
	head := strings.TrimSuffix(lastWord(lm), "s")
	person := inClass(head, anonymousHeads|roleWords) || inClass(head+"s", anonymousHeads)
	body := !person && inClass(lastWord(lm), orgNouns) && len(mention) > 4 && strings.IndexFunc(mention[4:], unicode.IsUpper) < 0 // "the ministry"; "the White House" is a name
	if !person && !body {
		return parley.Attribution{}, false
	}
	want := strings.Fields(rest) // "official" is not "officials"; "the prime minister" is no defence minister
	if person {
		return lastDescribed(out, want)
	}
	for k := len(out) - 1; k >= 0 && k >= len(out)-maxLookBack; k-- {
		if a := out[k]; describedBy(want, a.Speaker) && inClass(strings.ToLower(lastWord(a.Speaker)), orgNouns) { // the body's own name, not its spokesman's
			return a, true
		}
	}
	return parley.Attribution{}, false
}

// lastDescribed returns the most recent speaker whose name, mention or
// role holds every word of want.
func lastDescribed(out []parley.Attribution, want []string) (parley.Attribution, bool) {
	for k := len(out) - 1; k >= 0 && k >= len(out)-maxLookBack; k-- {
		if a := out[k]; describedBy(want, a.Speaker, a.SpeakerMention, a.Role) {
			return a, true
		}
	}
	return parley.Attribution{}, false
}

// otherTitle resolves a description whose title the article wrote the
// other way ("the premier" for "Prime Minister Ann Lee") to the most
// recent speaker it describes; tried when nothing matches as written.
func otherTitle(out []parley.Attribution, mention string) (parley.Attribution, bool) {
	if !hasPrefixFold(mention, "the ") {
		return parley.Attribution{}, false // most mentions: no lower-case copy
	}
	if alt := sameTitle(strings.ToLower(mention[len("the "):])); alt != nil {
		return lastDescribed(out, alt)
	}
	return parley.Attribution{}, false
}

// titleSynonyms are English titles written two ways for one office.
var titleSynonyms = [][2]string{
	{"premier", "prime minister"}, {"prime minister", "premier"}, {"pm", "prime minister"},
	{"spokesperson", "spokesman"}, {"spokesman", "spokesperson"}, {"spokeswoman", "spokesperson"},
	{"top diplomat", "foreign minister"},
}

// sameTitle returns the words of description with a title written the
// other way ("israeli premier" -> "israeli prime minister"), nil when it
// holds none.
func sameTitle(description string) []string {
	padded := " " + description + " "
	for _, t := range titleSynonyms {
		if i := strings.Index(padded, " "+t[0]+" "); i >= 0 {
			return strings.Fields(padded[:i+1] + t[1] + padded[i+1+len(t[0]):])
		}
	}
	return nil
}

// describedBy reports whether every word of want (lower case) is a word of
// one of texts, compared without case. It reads the words in place: it runs
// for every earlier record a description looks back over.
func describedBy(want []string, texts ...string) bool {
	for _, w := range want {
		if !slices.ContainsFunc(texts, func(t string) bool { return hasWord(t, w) }) {
			return false
		}
	}
	return true
}

// hasWord reports w as a word of t (words end at spaces and commas),
// compared without case.
func hasWord(t, w string) bool {
	for f := range strings.FieldsFuncSeq(t, isDescriptionSpace) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

func isDescriptionSpace(r rune) bool { return r == ' ' || r == ',' || r == '\u00a0' }

func containsAll(words, want []string) bool {
	for _, w := range want {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// titleParts are role words that sit inside a title but head none: "the
// state" is no "Secretary of State".
var titleParts = wordSet("state affairs interior finance vice acting former senior crown")

// titleWords returns the words of a definite description headed by a
// title ("the prime minister", "the Egyptian foreign minister"), nil for
// any other mention.
func titleWords(mention string) []string {
	if !hasPrefixFold(mention, "the ") {
		return nil // most mentions: no lower-case copy
	}
	rest := strings.ToLower(mention[len("the "):])
	if head := lastWord(rest); !inClass(head, roleWords) || titleParts[head] {
		return nil
	}
	var desc []string
	for _, w := range strings.Fields(rest) {
		if isPossessive(w) || inClass(w, cueModifiers) {
			return nil // "the country's prime minister": whose is not in the title
		}
		desc = append(desc, w)
	}
	return desc
}

// orgIn names the organisation a speaker belongs to when the packs know it.
func orgIn(d *Doc, s string) string {
	org := ""
	d.Pack.Scan(s, func(m pack.Match) {
		// A party's name or body written with a capital ("White House",
		// "Hamas politburo"); not a person's name, not an alias ("the
		// group"), not a modifier ("Iran-backed").
		if org != "" || m.Kind != pack.KindParty || m.Alias || !isCap(s[m.Start:m.End]) || strings.HasPrefix(s[m.End:], "-") {
			return
		}
		if prev := lastWord(s[:m.Start]); m.Start > 0 && s[m.Start-1] == ' ' && isCap(prev) && !isRoleWord(bareWord(text.Token{Text: prev})) && !inClass(strings.ToLower(prev), determiners) {
			return // "National Security Council": part of a longer name
		}
		end := m.End
		if strings.HasPrefix(s[end:], ".") && strings.Contains(s[m.Start:end], ".") {
			end++ // "U.N."
		}
		org = trimPossessive(s[m.Start:end])
	})
	return org
}

// theName reports a name that opens with "the" ("The Kremlin", "the
// White House"), not a person named by a title after it ("the Archbishop
// of Canterbury", "the Prince of Wales").
func theName(s string) bool {
	return hasPrefixFold(s, "the ") && !personNoun(strings.ToLower(firstWord(s[len("the "):])))
}

// participleAside reports a speaker written with a participle aside after
// the name ("Lee, speaking to reporters in Doha,").
func participleAside(s string, r raw) bool {
	if r.written.End <= r.mention.End || r.mention.Len() == 0 || r.written.Start > r.mention.Start {
		return false
	}
	rest := strings.TrimLeft(s[r.mention.End:r.written.End], ", -–—")
	w, _, _ := strings.Cut(rest, " ")
	return len(w) > 4 && strings.HasSuffix(w, "ing") && !isCap(w)
}

func kind(quoted bool, s string) string {
	if quoted {
		return parley.Direct
	}
	if hasQuoteMark(s) {
		return parley.Mixed
	}
	return parley.Indirect
}

// sameName reports two names of one person: equal, or one the other's
// surname ("Naim", "Basem Naim").
func sameName(a, b string) bool {
	la, lb := strings.ToLower(a), strings.ToLower(b)
	return la == lb || strings.ToLower(lastWord(a)) == lb || strings.ToLower(lastWord(b)) == la
}
