// The attribution finder works paragraph by paragraph. Every token that can
// be a cue (a reporting verb, "according to", "quoted ... as saying", a
// transcript label, a dash after a quotation) is tried against the patterns
// news writing uses: a quotation before its speaker and cue ("...," X
// said), a cue before a quotation or a reported clause (X said that ...),
// a clause before a trailing cue (..., a source said). Then records nested
// inside other records are settled, quotations with no cue of their own are
// given to the speaker before them, and resolve (speakers.go) names every
// speaker within the article.

package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/text"
)

// raw is an attribution before speakers are resolved across the article.
type raw struct {
	mention  parley.Span // the speaker's name or description
	written  parley.Span // the speaker as written at the cue, appositive included
	role     string
	medium   string
	cue      string
	content  []parley.Span // one or two pieces (a quote split by its cue)
	quoted   bool          // the content is a quotation
	inherit  bool          // the speaker is the previous attribution's (participle, quote run-on)
	block    bool          // the cue ends its paragraph with a colon: the next paragraph is the content
	finding  bool          // a finding verb without "that" ("polls show a close race"): weaker than a report inside it
	pronoun  string        // he/she/they when the mention is a pronoun
	position int           // token offset of the cue, for ordering

	mentionText string // the mention as written
	relay       bool   // the speaker is a medium relaying others ("media reported")
	afterComma  int    // offset of the comma (and relative word) before the mention, 0 if none
	interrupts  bool   // the cue interrupts its clause ("The bridge, she said, would open")
	afterConj   int    // offset of the comma or semicolon before a conjunction that opens the mention's clause, 0 if none
	contrast    bool   // that conjunction is "while", "whereas" or "as": a past report before may run on into a present clause
	channel     string // where the words were posted ("on Telegram"): the medium when the packs know it as one
	addressed   bool   // "told" names who heard it and no outlet ("told reporters"): no earlier medium carries over
	vouches     bool   // "..., according to two ministers": people vouch for the statement before, which keeps its own record
	lone        bool   // a label's one word ("Lee on X:"): a speaker only when it names a person or party the article knows
	relative    bool   // the cue stands in a relative clause ("34 who the army says are dead", "of whom Israel says")
}

// findAttributions reads every body paragraph for cues and builds one
// record per stretch of attributed text.
func findAttributions(d *Doc) []parley.Attribution {
	sc := d.split()
	raws := sc.raws[:0]
	transcript := isTranscript(sc.ptrs, d.Paras, d.Article.BodyStart)
	for k := 0; k < len(sc.ptrs); k++ {
		if d.Paras[k].End <= d.Article.BodyStart {
			continue
		}
		first := len(raws)
		if mention, ok := sc.ptrs[k].postSignature(); ok && k > 0 && d.Paras[k-1].Start >= d.Article.BodyStart && len(sc.ptrs[k-1].toks) > 0 &&
			!sc.ptrs[k].within(sc.ptrs[k-1].toks[len(sc.ptrs[k-1].toks)-1].Start, raws) {
			// An embedded post: its words, then "— Ann Lee (@annlee) May 5, 2024".
			raws = append(raws, raw{mention: mention, cue: "posted", content: []parley.Span{sc.ptrs[k-1].body()}, quoted: true, position: 0})
			continue
		}
		if sc.ptrs[k].heading() {
			continue // "10:31 UN chief calls for truce": a subheading is a headline
		}
		if transcript {
			if r, ok := sc.ptrs[k].speakerLabel(true); ok {
				if r.block {
					// "ANN LEE:" alone: her turn starts in the next paragraph.
					if k+1 == len(sc.ptrs) || sc.ptrs[k+1].labelled() || len(sc.ptrs[k+1].toks) == 0 {
						continue
					}
					k++
					r.block, r.content = false, []parley.Span{sc.ptrs[k].body()}
				}
				raws = append(raws, r) // an interview's answer is its speaker's, whatever cues it holds
				raws = sc.ptrs[k].turnRecords(raws)
				for k+1 < len(sc.ptrs) && sc.ptrs[k+1].turnGoesOn(raws) {
					k++ // the same turn's next paragraph, with no label of its own: the label's speaker, not a source it quoted
					raws = append(raws, raw{mention: r.mention, cue: r.cue, content: []parley.Span{sc.ptrs[k].body()}, quoted: r.quoted, position: 0})
				}
				continue
			}
		}
		raws = sc.ptrs[k].attributions(raws)
		n := len(raws) - 1
		switch {
		case n < first:
		case raws[n].block:
			// `The governor added:` and the words in the next paragraph.
			if k+1 == len(sc.ptrs) {
				raws = raws[:n]
				continue
			}
			k++
			if c, q, ok := sc.ptrs[k].item(false); ok {
				raws[n].content, raws[n].quoted = []parley.Span{c}, q
			} else {
				raws[n].content, raws[n].quoted = []parley.Span{sc.ptrs[k].body()}, true
			}
			raws, k = listAfter(sc.ptrs, k, sc.ptrs[k].bullet(0), raws, n)
		case sc.ptrs[k].endsInColon(raws[n]):
			// "The statement said the terms had not changed:" and the
			// terms, quoted or listed, in the paragraphs after it.
			raws, k = listAfter(sc.ptrs, k, k+1 < len(sc.ptrs) && sc.ptrs[k+1].bullet(0), raws, n)
		}
	}
	sc.raws = raws
	personNames(&sc.people, sc.ptrs, d.Article.BodyStart)
	return resolve(d, raws, &sc.people, &sc.memo)
}

// listAfter takes the list of points or quotations that follows paragraph
// k under the cue of record n: each item is the same speaker's, one record
// apiece, until a paragraph of another shape or with a cue of its own. It
// returns the records and the last paragraph taken.
func listAfter(paras []*para, k int, bullet bool, raws []raw, n int) ([]raw, int) {
	for k+1 < len(paras) {
		next := paras[k+1]
		c, q, ok := next.item(bullet)
		if !ok || next.bullet(0) != bullet || next.hasCue(raws) { // a paragraph with a cue of its own ends the list
			break
		}
		k++
		raws = append(raws, raw{inherit: true, cue: raws[n].cue, medium: raws[n].medium, content: []parley.Span{c}, quoted: q, position: 0})
	}
	return raws, k
}

// endsInColon reports a paragraph whose last record's words run to a
// closing colon: what follows is more of them.
func (p *para) endsInColon(r raw) bool {
	last := len(p.toks) - 1
	return last > 0 && p.at(last) == ":" && len(r.content) > 0 && r.content[len(r.content)-1].End == p.toks[last-1].End
}

// givenName reads the name a source gave after its description, from
// token k: "who gave his name as Abu Khaled", "who gave only her first
// name, Samira", "identified only as Abu Salem". It returns the name's
// tokens.
func (p *para) givenName(k int) (from, to int, ok bool) {
	j := k
	if p.at(j) == "," {
		j++
	}
	if p.at(j) == "who" {
		j++
	}
	switch {
	case p.is(j, "gave", "gives", "offered", "provided"):
		j++
		for p.is(j, "only", "his", "her", "their", "a", "first", "full", "last") {
			j++
		}
		if p.at(j) != "name" {
			return 0, 0, false
		}
		j++
	case p.at(j) == "identified":
		j++
		if p.is(j, "himself", "herself") {
			j++
		}
		if p.at(j) == "only" {
			j++
		}
	default:
		return 0, 0, false
	}
	if !p.is(j, "as", ",") {
		return 0, 0, false
	}
	from = j + 1
	to = from
	for to < len(p.toks) && to-from < 4 && (p.capitalized(to) || to > from && p.in(to, nameParticles)) {
		to++
	}
	return from, to, to > from
}

// wordsIn counts the word tokens in [from, to).
func (p *para) wordsIn(from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if p.isWord(k) {
			n++
		}
	}
	return n
}

// heading reports a short paragraph that does not end like a sentence: a
// subheading or a live blog's item title, which the rulebook reads as a
// headline.
func (p *para) heading() bool {
	n := len(p.toks)
	if n == 0 || n > 20 {
		return false
	}
	if p.q(0) != notQuote || p.q(n-1) != notQuote {
		return false // `"We will vote." ― Ana Ruiz`: a signed quotation; `Ruiz: "We will vote"`
	}
	if m := p.toks[0].Text; text.IsBullet(m) && text.SummaryPoint(m, p.wordsIn(0, n)) { // words counted only after a marker
		return false // a live page's summary point, its period left off
	}
	last := n - 1
	for last > 0 && p.is(last, ")", "]") {
		last--
	}
	t := p.toks[last].Text
	return !strings.HasSuffix(t, ".") && !p.is(last, "?", "!", "…", ":", ";", ",", "-", "—", "–") // "on X." keeps its point
}

// attributions finds the cues of one paragraph and what each attributes.
func (p *para) attributions(out []raw) []raw {
	first := len(out)
	from := p.sectionLabel() // "Why it matters: ..." is the page's, not a cue
	for i := from; i < len(p.toks); i++ {
		if !p.in(i, cueHeads) || p.inside[i] || !p.isWord(i) {
			continue
		}
		// A capitalized cue word mid-sentence is a name ("United States");
		// after only marks (a bullet, a dash, a quotation mark) it opens
		// the sentence.
		if p.capitalized(i) && p.anyIn(p.sFrom[i], i, wordToken) {
			continue
		}
		if r, ok := p.attribution(i, out[first:]); ok {
			out = append(out, r)
		}
	}
	out = out[:first+len(nested(p.s, out[first:]))] // nested keeps its records in place
	if from > 0 {
		for k := first; k < len(out); k++ {
			c := &out[k].content[0]
			if c.Start >= p.toks[from].Start || c.End <= p.toks[from].Start {
				continue
			}
			c.Start = p.toks[from].Start // the label is no part of what was said
			if cl := p.closeAfter(from); p.q(from) == openQuote && cl > from && p.toks[cl].End >= c.End {
				*c, out[k].quoted = p.quoteBody(from, cl), true // `What they're saying: "A," she said`
			}
		}
	}
	if r, ok := p.signedQuote(); ok && len(out) == first {
		return append(out, r)
	}
	if len(out) == first {
		// Only a paragraph with no cue of its own can be a transcript line;
		// "GAZA: Hamas said ..." is a dateline.
		if r, ok := p.speakerLabel(false); ok {
			return append(out, r)
		}
		if r, ok := p.quoteLabel(); ok {
			return append(out, r)
		}
		if r, ok := p.deliveredLabel(); ok {
			return append(out, r)
		}
	}
	return p.uncuedQuotes(out, first)
}

// inQuestion reports a cue inside the question that opens a sentence:
// "Asked whether the union had responded, Lee said ...": the union said
// nothing; the question is the reporter's.
func (p *para) inQuestion(i int) bool {
	s, _ := p.sentRange(i)
	if p.is(s, "when", "after") {
		s++
	}
	if !p.is(s, "asked", "pressed", "questioned") || i == s {
		return false
	}
	question := false // the cue follows a question word, with no comma closing the question first
	for k := s + 1; k < i; k++ {
		if p.at(k) == "," {
			return false
		}
		question = question || questionWords[p.lower[k]]
	}
	return question
}

// askingHeading reports a cue inside a question the writer asks, outside
// quotation marks: "Why does the mayor want to keep the port shut?" is a
// heading or a rhetorical turn, not the mayor's words.
func (p *para) askingHeading(i int) bool {
	sFrom, sTo := p.sentRange(i)
	return !p.inside[i] && p.at(sTo-1) == "?" && p.is(sFrom, "why", "how", "what", "does", "do", "did", "will", "can", "could", "would", "should", "is", "are") &&
		// not `Is the route, as Ann Lee put it, "a lost cause"?`: her words inside the question
		!p.anyWord(sFrom, i, ",") && !slices.ContainsFunc(p.quote[sFrom:sTo], func(q int8) bool { return q != notQuote })
}

// turnGoesOn reports a transcript paragraph that carries on the turn
// before it: no label, no cue of its own, no heading, and the speaker's
// own first or second person ("And I'd add one thing. ...").
func (p *para) turnGoesOn(raws []raw) bool {
	if len(p.toks) < 3 || p.heading() || p.q(0) == openQuote || p.at(len(p.toks)-1) == "?" {
		return false // a question between turns is the interviewer's
	}
	if p.labelled() {
		return false
	}
	person := slices.ContainsFunc(p.lower, func(w string) bool { return speakerWords[w] })
	return person && !p.hasCue(raws)
}

// hasCue reports a paragraph with a cue of its own. Its records are found
// when the caller reads it: the trial run writes only into spare capacity
// past len(raws).
func (p *para) hasCue(raws []raw) bool {
	return len(p.attributions(raws[len(raws):])) > 0
}

// speakerWords are the first and second person a speaker uses of themself
// and the listener.
var speakerWords = wordSet("i we you my our me us i'm i’m i'd i’d we're we’re i've i’ve")

// speakerLabel reads a transcript line, `SPEAKER: words` (optionally inside
// an opening quote), where the label is a name in capitals ("WALLACE:"), or
// a line that opens with a person's name and a colon: after a title
// ("Finance Minister Ann Lee: the budget will pass.") or before a quotation
// (`Ann Lee: "We will vote."`).
func (p *para) speakerLabel(transcript bool) (raw, bool) {
	i, j, c, ok := p.label()
	if !ok || p.alone(c) && !transcript {
		return raw{}, false
	}
	label := p.str(i, j)
	capitals := strings.ToUpper(label) == label && (len(label) >= 3 || transcript && label == "Q") && j-i <= 4 && !editorialLabels[strings.ToLower(label)] // "Q:" a reporter's question
	if !capitals && !p.namedLabel(i, j) && !(transcript && p.turnName(i, j)) {
		return raw{}, false // "Phase one:", "Update:", "Breaking News:" are no speakers
	}
	end := len(p.toks)
	if p.alone(c) {
		// "ANN LEE:" alone on its line: the turn is the next paragraph.
		return raw{mention: p.span(i, j), cue: ":", content: []parley.Span{p.span(end, end)}, quoted: capitals, position: c, block: true}, true
	}
	if p.q(end-1) == closeQuote {
		end--
	}
	content := p.trimContent(c+1, end)
	quoted := i == 1 || capitals
	if p.q(c+1) == openQuote && end > c+2 {
		content, quoted = p.span(c+2, end), true // `Ann Lee: "We will vote."`
	}
	return raw{mention: p.span(i, j), cue: ":", content: []parley.Span{content}, quoted: quoted, position: c}, true
}

// sectionLabel returns the token after a section label that opens the
// paragraph, 0 when there is none: a short phrase in sentence case that
// ends in a lower-case word and a colon ("Why it matters:", "What they're
// saying:", "The big picture:"). A label that ends in a name ("Hamas
// official Ann Lee:") names a speaker instead.
func (p *para) sectionLabel() int {
	for j := 1; j < len(p.toks) && j <= 5; j++ {
		if p.at(j) != ":" {
			if !p.isWord(j) && !p.is(j, "'", "’", ",") {
				return 0
			}
			continue
		}
		if !p.capitalized(0) || p.capitalized(j-1) || !p.isWord(j-1) || p.in(j-1, roleWords|anonymousHeads) || j+1 >= len(p.toks) {
			return 0
		}
		for k := 1; k < j && !p.is(0, "what", "why", "how"); k++ {
			if p.in(k, speechVerbs) || p.putIt(k) || p.in(k, cueHeads) && (k == j-1 || p.cueEnd(k) == j) {
				return 0 // "Scott added:", "Lee said bluntly:", "Lee put it this way:", "Putin went on:" are cues
			}
		}
		return j + 1
	}
	return 0
}

// label finds the label [i, j) that opens the paragraph (inside an
// opening quote at most) and the colon c after it, with words after the
// colon or, in a transcript, none: "ANN LEE:" alone on its line, the turn
// in the paragraphs below. A role in capitals may follow a name in
// capitals: "ANN LEE, HOST:" labels Ann Lee.
func (p *para) label() (i, j, c int, ok bool) {
	if len(p.toks) > 0 && p.q(0) == openQuote {
		i = 1
	}
	j = i
	for j < len(p.toks) && j-i < 8 && (p.capitalized(j) || p.in(j, nameParticles) || j > i && p.in(j, roleWords|anonymousHeads)) {
		j++
	}
	c = j
	if p.at(j) == "," && j-i >= 2 {
		// "ANN LEE, HOST:", or alone on its line "Ann Lee, Former Envoy:".
		shouting := p.shouting(i, j)
		for c = j + 1; c < len(p.toks) && c <= j+5 && p.capitalized(c) && (!shouting || inCapitals(p.toks[c].Text)); c++ {
		}
		if c == j+1 || !shouting && c+1 != len(p.toks) {
			c = j
		}
	}
	return i, j, c, j > i && p.at(c) == ":" && (c+3 < len(p.toks) || p.alone(c))
}

// labelled reports a paragraph that opens with a label.
func (p *para) labelled() bool {
	_, _, _, ok := p.label()
	return ok
}

// alone reports a label with no words after its colon c.
func (p *para) alone(c int) bool { return c+1 == len(p.toks) }

// wordsToColon finds a label that opens the paragraph: words, commas and
// a parenthesis [i, j), at most max of them and no reporting verb among
// them, then a colon at j. A list mark before it (or a dash, when dash is
// set) is no part of it.
func (p *para) wordsToColon(max int, dash bool) (i, j int, ok bool) {
	if p.bullet(0) || dash && p.at(0) == "—" {
		i = 1
	}
	j = i
	for j < len(p.toks) && j-i < max && (p.isWord(j) || p.is(j, ",", "(", ")")) && !p.in(j, speechVerbs|finiteAuxiliaries) {
		j++
	}
	return i, j, j > i && p.at(j) == ":"
}

// quoteLabel reads a box quote, a line that is a described name, a colon
// and a quotation: `Ann Lee, UN aid chief: "..."`, `* Agency spokesman Tom
// Roe: "..."`, `Former President Ana Ruiz on X: "..."`. The name must end
// the label (two capitalised words) and the quotation fill the rest.
func (p *para) quoteLabel() (raw, bool) {
	i, j, ok := p.wordsToColon(14, false)
	n := len(p.toks)
	if !ok || p.q(j+1) != openQuote || p.closeAfter(j+1) != n-1 || n-j < 4 {
		return raw{}, false
	}
	name := j // the name part ends at the first comma, before a party in brackets or before "on X"
	for k := i; k < j; k++ {
		if p.is(k, ",", "(") {
			name = k
			break
		}
	}
	var channel string
	onEnd := name
	if p.at(name) == "(" {
		onEnd = j // "Ann Lee (Greens) on X:"
	}
	for k := i + 2; k+1 < onEnd; k++ {
		if p.at(k) == "on" && p.capitalized(k+1) {
			channel = p.str(k+1, onEnd) // "Ana Ruiz on X:"
			if k < name {
				name = k
			}
			break
		}
	}
	if name-i < 2 || !p.nameWord(name-1) || !p.capitalized(name-2) || p.shouting(i, name) {
		return raw{}, false
	}
	if p.at(name) == "," && p.is(name+1, "to", "in", "on", "at") {
		return raw{}, false // `Ann Lee, at her briefing: "..."`: a delivery phrase, read by deliveredLabel
	}
	described := channel != "" || p.at(name) == "," || p.at(name) == "(" && p.at(j-1) == ")" // "MK Ann Lee (Labour):"
	for k := i; k < j; k++ {
		if editorialLabels[p.lower[k]] || p.in(k, determiners|subjectStops) && k < name {
			return raw{}, false // "Editor's Note: "..."", "The Big Picture: "...""
		}
		described = described || k < name-2 && (p.in(k, roleWords|anonymousHeads|honorifics) || p.titleWord(k))
	}
	if !described {
		return raw{}, false // "Breaking News: "..."": a name needs a title, a role or a channel to be told from a label
	}
	r := raw{mention: p.span(i, name), cue: ":", content: []parley.Span{p.quoteBody(j+1, n-1)}, quoted: true, position: j, channel: channel}
	if p.at(name) == "," && name+1 < j {
		r.role, r.written = p.str(name+1, j), p.span(i, j)
	}
	if p.at(name) == "(" {
		r.written = p.span(i, j)
	}
	return r, true
}

// deliveredLabel reads a newsletter's quote line: a speaker, how the words
// were given, a colon and the words: `The mayor, to reporters: "..."`,
// `Lee on X: "..."`, `— Ann Lee, a board member, to Radio Bergen: the union
// "will not sign."`. The delivery phrase ("to X", "in a statement", "on X",
// "at a briefing") tells a speaker from a heading, so one name or a
// description will do; the words are a quotation, or a statement quoting
// some of them.
func (p *para) deliveredLabel() (raw, bool) {
	i, j, ok := p.wordsToColon(16, true)
	n := len(p.toks)
	if !ok || n-j < 3 {
		return raw{}, false
	}
	d := -1 // the delivery phrase [d, j)
	for k := j - 2; k > i; k-- {
		if p.is(k, "to", "in", "on", "at") && (p.at(k-1) == "," || p.capitalized(k-1)) {
			d = k
			break
		}
	}
	if d < 0 {
		return raw{}, false
	}
	descEnd := d
	if p.at(d-1) == "," {
		descEnd = d - 1
	}
	name := descEnd
	for k := i; k < descEnd; k++ {
		if p.at(k) == "," {
			name = k
			break
		}
	}
	if name == i || p.shouting(i, name) || !p.labelName(i, name) {
		return raw{}, false
	}
	r := raw{mention: p.span(i, name), cue: ":", position: j, lone: name-i == 1}
	if name < descEnd {
		r.role, r.written = p.str(name+1, descEnd), p.span(i, descEnd)
	}
	switch {
	case p.at(d) == "to":
		after, m := p.medium(d+1, j)
		r.medium, r.addressed = m, m == "" && after > d+1
	case p.at(d) == "on" && p.capitalized(d+1):
		r.channel = p.str(d+1, j) // "on X", "on Telegram"
	}
	c := j + 1
	switch {
	case p.q(c) == openQuote && p.closeAfter(c) == n-1:
		r.content, r.quoted = []parley.Span{p.quoteBody(c, n-1)}, true
	case p.hasQuote([]parley.Span{p.span(c, n)}):
		r.content = []parley.Span{p.trimContent(c, n)} // `the union "will not sign."`
	default:
		return raw{}, false
	}
	return r, true
}

// labelName reports a speaker's name or description in tokens [i, j) of a
// label: capitalized words ("Lee", "Ann Lee"), or "the" and a role or an
// unnamed source ("The mayor", "a senior official"). "Breaking News" and
// "The Big Picture" are labels of the page.
func (p *para) labelName(i, j int) bool {
	for k := i; k < j; k++ {
		if editorialLabels[p.lower[k]] {
			return false
		}
	}
	if p.in(i, determiners) {
		return j-i >= 2 && j-i <= 5 && !p.capitalized(j-1) && p.in(j-1, roleWords|anonymousHeads|orgNouns)
	}
	for k := i; k < j; k++ {
		if !p.capitalized(k) && !p.in(k, nameParticles) {
			return false
		}
	}
	return j-i <= 5
}

// bullet reports a list mark at token k: "•", "-", "*", "–", "·", "▪".
func (p *para) bullet(k int) bool {
	return p.is(k, "•", "-", "*", "–", "·", "▪", "◦")
}

// item is a list item or a quotation paragraph after a cue that ends in a
// colon: its words without the list mark and outer quotation marks, and
// whether they were quoted. ok is false for any other paragraph.
func (p *para) item(afterBullet bool) (content parley.Span, quoted, ok bool) {
	n := len(p.toks)
	i := 0
	marked := p.bullet(0)
	if marked {
		i = 1
	}
	if n-i < 2 || !marked && !afterBullet && p.q(0) != openQuote {
		return parley.Span{}, false, false
	}
	if p.q(i) == openQuote && p.closeAfter(i) == n-1 {
		return p.quoteBody(i, n-1), true, true
	}
	if !marked {
		return parley.Span{}, false, false // a quotation followed by narration
	}
	return p.trimContent(i, n), false, true
}

// plainName reports a label of one to three capitalised words that are
// no organisation, title or verb: "Kovalenko", "Anna Kovalenko".
func (p *para) plainName(i, j int) bool {
	if j-i > 3 || len(p.toks[i].Text) < 2 || p.shouting(i, j) {
		return false // "Q:" and "A:" say who asks and who answers, not who they are
	}
	for k := i; k < j; k++ {
		if !p.capitalized(k) || p.in(k, orgNouns|speechVerbs|roleWords|timeWords|determiners) || editorialLabels[p.lower[k]] {
			return false
		}
	}
	return true
}

// endsInQuestion reports a sentence ending at sTo with a question mark,
// inside closing quotation marks or not.
func (p *para) endsInQuestion(sTo int) bool {
	return p.at(sTo-1) == "?" || p.q(sTo-1) == closeQuote && p.at(sTo-2) == "?"
}

// negatedCue reports a cue that says a source did not say something
// ("hasn't said", "did not say", "never said").
func negatedCue(cue string) bool {
	return strings.Contains(cue, "n't") || strings.Contains(cue, "n’t") || strings.Contains(cue, "not ") || strings.HasPrefix(cue, "never ")
}

// turnRecords appends the records a transcript turn holds of others'
// words: a question or an answer quotes others ("The ambassador said it
// was not binding. Is it?", "The ministry reports 40 dead"). What it asks
// or denies is no one's statement ("Does he think ...?", "She hasn't said
// yes"), and the speaker's own "I believe", "we want" are the turn itself.
func (p *para) turnRecords(raws []raw) []raw {
	n := len(raws)
	raws = p.attributions(raws)
	kept := raws[:n]
	for _, q := range raws[n:] {
		_, sTo := p.sentRange(q.position)
		if p.endsInQuestion(sTo) || negatedCue(q.cue) || firstPerson[strings.ToLower(p.s[q.mention.Start:q.mention.End])] {
			continue // asked, denied, or the speaker's own words
		}
		kept = append(kept, q)
	}
	return kept
}

// firstPerson are the words a speaker names themself or their side with.
var firstPerson = wordSet("i we me us")

// turnName reports a label that names a speaker only in a transcript: a
// plain name ("Kovalenko:") or a single word of role or turn
// ("Moderator:", "Question:"), like "Q:" in capitals.
func (p *para) turnName(i, j int) bool {
	return p.plainName(i, j) || j-i == 1 && p.capitalized(i) && turnLabels[p.lower[i]]
}

// turnLabels name a transcript's speakers by role or turn.
var turnLabels = wordSet("spokesperson spokesman spokeswoman moderator host interviewer anchor presenter chair chairman chairwoman question")

// isTranscript reports an interview written as a transcript: at least two
// body paragraphs open with a speaker's label ("POLITICO:", "Kovalenko:").
// Only then does a bare name before a colon name who speaks; elsewhere
// "Gaza:" is a place and "Update:" a note.
func isTranscript(paras []*para, spans []parley.Span, bodyStart int) bool {
	n := 0
	for k, p := range paras {
		if spans[k].End <= bodyStart {
			continue
		}
		if i, j, _, ok := p.label(); ok && !editorialLabels[p.lower[j-1]] && (p.turnName(i, j) || p.namedLabel(i, j) || strings.ToUpper(p.str(i, j)) == p.str(i, j)) {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// editorialLabels open a note from the newsroom, not a speaker's line.
var editorialLabels = wordSet("correction corrections clarification update updated editor's editors note notice disclaimer",
	"video videos photo photos watch sponsored related listen advertisement") // furniture, too

// namedLabel reports a label in tokens [i, j) before a colon that ends in
// a person's name of two or more words, with a title before it or a
// quotation after the colon.
func (p *para) namedLabel(i, j int) bool {
	if j-i < 2 || !p.capitalized(j-1) || !p.capitalized(j-2) || p.shouting(i, j) || p.in(i, determiners|nounPrepositions) {
		return false // not "The Big Picture:", "In Gaza:"
	}
	if p.in(j-1, orgNouns) && p.at(j-1) != "news" && p.q(j+1) == openQuote {
		return true // `Israel Prison Service: "..."`: a body's words; "Foreign Ministry:" alone heads a section
	}
	sp := analyseMention(p.str(i, j))
	if !strings.Contains(sp.name, " ") {
		return false
	}
	for _, w := range strings.Fields(sp.name) {
		if inClass(strings.ToLower(w), orgNouns|speechVerbs) {
			return false // "Foreign Ministry:", "Lee Says:"
		}
	}
	if sp.title != "" || p.q(j+1) == openQuote {
		return true
	}
	for k := i; k < j-2; k++ {
		if p.in(k, roleWords|anonymousHeads) {
			return true // "Hamas official Ann Lee:"
		}
	}
	return false
}

// postSignature reads the signature line of an embedded social media post,
// "— Ann Lee (@annlee) May 5, 2024", and returns the author's name.
func (p *para) postSignature() (parley.Span, bool) {
	if !p.is(0, "―", "—", "–", "-") {
		return parley.Span{}, false
	}
	j := 1
	for j < len(p.toks) && j < 7 && (p.capitalized(j) || p.in(j, nameParticles)) {
		j++
	}
	if j == 1 || p.at(j) != "(" || p.at(j+1) != "@" {
		return parley.Span{}, false
	}
	return p.span(1, j), true
}

// signedQuote reads a quotation signed with a dash at the end of its
// paragraph: `"We will vote." ― Ana Ruiz`.
func (p *para) signedQuote() (raw, bool) {
	n := len(p.toks)
	d := n - 1
	for d > 0 && (p.capitalized(d) || p.in(d, nameParticles) || p.at(d) == ".") {
		d--
	}
	if d < 1 || d >= n-1 || !p.is(d, "―", "—", "–", "-") || !p.capitalized(d+1) || n-d > 6 {
		return raw{}, false
	}
	c := d - 1
	if p.q(c) != closeQuote {
		return raw{}, false
	}
	o := p.openBefore(c)
	if o < 0 {
		return raw{}, false
	}
	end := n
	if p.at(end-1) == "." {
		end--
	}
	return raw{mention: p.span(d+1, end), cue: p.lower[d], content: []parley.Span{p.quoteBody(o, c)}, quoted: true, position: d}, true
}

// nested settles a cue found inside another record's reported content.
// "Media reported that X accused Y": the inner speaker is the source and the
// outer one its medium; "X said A, WAM reported": A ends before the
// medium. "..., whose adviser later revealed that ...": the
// outer content ends before the inner speaker. Otherwise the outer record
// stands and the inner one goes.
func nested(s string, rs []raw) []raw {
	if len(rs) < 2 {
		return rs // one record nests in no other
	}
	drop := make([]bool, len(rs)) // small: on the stack
	for b := range rs {
		for a := range rs {
			if a == b || drop[a] || rs[a].quoted || len(rs[a].content) == 0 {
				continue
			}
			c := rs[a].content[0]
			m := rs[b].mention
			if m.Len() == 0 || m.Start < c.Start || m.Start >= c.End {
				continue
			}
			switch {
			case rs[a].relay && opensRelayed(s, rs[a], m):
				if knowingVerbs[cueWord(rs[b].cue)] {
					drop[b] = true // "Lee learned that A, Israeli media reported": the media tell it; Lee said nothing
					break
				}
				rs[b].medium = firstNonEmpty(rs[b].medium, rs[a].mentionText)
				drop[a] = true
				endBefore(s, rs[b].content, rs[a].mention.Start) // "A, SPA reported": A ends at its comma
			case rs[a].vouches && (rs[a].mention.Start > c.Start || m.Start == c.Start):
				// "Lee told the cabinet A, according to two ministers",
				// "According to two ministers, Lee told the cabinet A": the
				// ministers vouch for Lee's statement; both stand.
			case m.Start == c.Start && rs[a].finding:
				drop[a] = true // "... new analysis shows Earlier, an official told ...": a glued headline
			case m.Start == c.Start && rs[a].mention.Start >= c.End && reportingCue(rs[a].cue) && reportingCue(rs[b].cue) && thatBefore(s, rs[b]):
				// "Berri told the envoy that A, his office said": the office
				// reports Berri's statement; both stand, and A ends before
				// the office.
				endBefore(s, rs[b].content, rs[a].mention.Start)
			case rs[b].interrupts:
				drop[b] = true // "A, some of which, he said, were B": an aside inside the same statement
			case rs[b].relative && rs[b].pronoun != "":
				drop[b] = true // "the hostages, who he said were killed": the same speaker's aside
			case rs[b].relative:
				// "Israel says 129 remain, including 34 who the military says
				// are dead": a second source inside the first's words; both stand.
			case rs[b].afterComma > c.Start && rs[a].mention.Start < c.End:
				rs[a].content[0].End = rs[b].afterComma
			case rs[b].afterComma > c.Start:
				drop[b] = true // "In addition, the council plans A, a spokeswoman announced": all of it is the spokeswoman's
			case rs[b].afterConj > c.Start && rs[b].contrast && !pastCue(rs[b].cue) && pastCue(rs[a].cue):
				drop[b] = true // "Officials reported that Hamas is firm, while Israel insists ...": the report runs on
			case rs[b].afterConj > c.Start:
				// "X said A, and rights groups warned B", "..., but he
				// said C": a clause of its own; A ends at the comma.
				rs[a].content[0].End = rs[b].afterConj
			default:
				drop[b] = true
			}
		}
	}
	n := 0 // filter in place: the caller keeps the slice
	for i, r := range rs {
		if !drop[i] {
			rs[n] = r
			n++
		}
	}
	return rs[:n]
}

// afterThat reports content at token k that follows "that", or "that"
// and the comma of an aside: "estimated that, even after the cuts, ...".
func (p *para) afterThat(k int) bool {
	return p.at(k-1) == "that" || p.at(k-1) == "," && p.at(k-2) == "that" && !p.is(k, "and", "but", "or", "so", "too") // not "believes that, but critics doubt": "that" is the object
}

// thatBefore reports a record whose content follows "that": "told the
// envoy that ...".
func thatBefore(s string, r raw) bool {
	return len(r.content) > 0 && strings.HasSuffix(strings.TrimRight(s[:r.content[0].Start], " "), " that")
}

// reportingCue reports a cue whose last word is a plain verb of saying or
// telling ("told", "has said"), not of intent, promise, finding, nor a
// verb that takes a clause without saying ("agreed", "insisted on").
func reportingCue(cue string) bool {
	w := cueWord(cue)
	return inClass(w, speechVerbs) && !inClass(w, intentVerbs|promiseVerbs|findingVerbs|clauseVerbs) // tellVerbs are speechVerbs
}

// endBefore ends a record's first content span before offset at, and
// before the comma or space there, when the span runs over it.
func endBefore(s string, content []parley.Span, at int) {
	if len(content) > 0 && content[0].Start < at && content[0].End > at {
		content[0].End = content[0].Start + len(strings.TrimRight(s[content[0].Start:at], " ,"))
	}
}

// pastCue reports a cue in the past tense ("said", "has warned").
func pastCue(cue string) bool {
	w := cueWord(cue)
	return strings.HasSuffix(w, "ed") || inClass(w, irregularPasts)
}

// cueWord is a cue's last word in lower case: its verb ("has said": "said").
func cueWord(cue string) string { return strings.ToLower(lastWord(cue)) }

// knowingVerbs tell what someone came to know, not what they said.
var knowingVerbs = wordSet("learn learns learned learnt discover discovers discovered realize realizes realized realise realises realised know knows knew")

// opensRelayed reports an inner speaker at m that opens the relay a's
// content, or follows an opening phrase and its comma when the relay
// comes after the content: "In a statement on Monday, the ministry said A,
// SPA reported"; not "media reports that A, he said B".
func opensRelayed(s string, a raw, m parley.Span) bool {
	c := a.content[0]
	if m.Start == c.Start {
		return true
	}
	return c.End <= a.mention.Start && strings.HasSuffix(s[c.Start:m.Start], ", ") && !strings.Contains(s[c.Start:m.Start-2], ",")
}

// isGerund: "responded by saying ...", "criticised for saying ...".
func (p *para) isGerund(i int) bool {
	return i >= 0 && i < len(p.lower) && strings.HasSuffix(p.lower[i], "ing") && p.in(i, speechVerbs) && p.is(i-1, "by", "for", "after", "before", "while", "from", "despite")
}

// gerund reads the statement of a gerund after a preposition; the
// sentence's subject made it.
func (p *para) gerund(i int) (raw, bool) {
	sFrom, sTo := p.sentRange(i)
	if p.at(i) == "adding" && !(p.is(i+1, "that", ",", ":") || p.q(i+1) == openQuote || p.finiteClause(i+1)) {
		return raw{}, false // "defined the areas by adding a few suburbs to ...": a deed, no words
	}
	subject := p.sentenceSubject(sFrom, i-1)
	if subject.empty() {
		return raw{}, false
	}
	r := raw{mention: p.span(subject.from, subject.to), role: subject.role, cue: p.lower[i], position: i}
	r.written = p.span(subject.from, max(subject.to, subject.written))
	return p.statementAfter(r, i+1, sTo)
}

// statementAfter fills r with what a participle or gerund at k-1 reports:
// a that-clause, a quotation (`saying, "..."`), or a clause.
func (p *para) statementAfter(r raw, k, sTo int) (raw, bool) {
	if p.at(k) == "that" {
		k++
	}
	if p.is(k, ",", ":") && p.q(k+1) == openQuote {
		k++ // `..., saying, "..."`
	}
	if k < sTo && p.q(k) == openQuote {
		if c := p.closeAfter(k); c > k {
			r.content, r.quoted = []parley.Span{p.quoteBody(k, c)}, true
			return r, true
		}
	}
	if !p.contentAfter(k, sTo) {
		return raw{}, false
	}
	r.content = []parley.Span{p.trimContent(k, p.contentEnd(k, sTo))}
	return r, true
}

// findingPhrase cuts what a finding verb shows without "that" ("Polls
// show a close race") at the first comma; too short, it was no finding.
func (p *para) findingPhrase(r raw) (raw, bool) {
	k := p.tokenAt(r.content[0].Start)
	e := k
	for e < len(p.toks) && p.toks[e].Start < r.content[0].End && p.at(e) != "," {
		e++
	}
	if e-k < 3 {
		return raw{}, false
	}
	r.content[0].End = p.toks[e-1].End
	r.finding = true
	return r, true
}

func (p *para) isParticiple(i int) bool {
	return i >= 0 && i < len(p.lower) && strings.HasSuffix(p.lower[i], "ing") && (p.in(i, speechVerbs) || p.callingFor(i) || p.pointOut(i)) &&
		(p.at(i-1) == "," || p.q(i-1) == closeQuote && p.at(i-2) == "," || p.at(i-1) == "before" && p.at(i-2) == ",") // `..., adding`, `"...," adding`, `..., before adding`
}

// clauseSubject finds the subject [from, end) of a subordinate clause that
// runs up to the comma before participle i ("... as thousands of people
// rallied in the capital, calling ..."); from is -1 when there is none.
func (p *para) clauseSubject(sFrom, i int) (from, end int) {
	for b := i - 2; b > sFrom; b-- {
		if !p.isWord(b) || p.q(b) != notQuote {
			return -1, 0
		}
		if p.is(b, "as", "when", "while", "after", "because", "since", "where", "before", "until") {
			if p.is(b+1, "much", "many", "well", "soon", "long", "far", "such", "if", "though", "a", "an") {
				return -1, 0 // "said as much in an interview": a comparison, no clause
			}
			if p.in(b-1, finiteAuxiliaries) {
				return -1, 0 // "Israel has since halted ...": an adverb between the auxiliary and its verb
			}
			if end := p.rightNP(b+1, i); end > b+1 && end < i-1 && p.subjectHead(end-1) && !p.in(b+1, personPronouns|groupPronouns) && !p.in(b+1, timeWords) {
				return b + 1, end
			}
			return -1, 0
		}
	}
	return -1, 0
}

// tookTo finds "took" in "took to Twitter to say": i is the reporting
// verb after "to"; -1 when the phrase is not there.
func (p *para) tookTo(i int) int {
	e := i - 2 // the medium's last word
	b := e
	for b > 0 && b > e-4 && p.capitalized(b) {
		b--
	}
	if b == e || p.at(b) != "to" || !p.is(b-1, "took", "takes", "take", "taking") {
		return -1
	}
	return b - 1
}

// tookToSay reads "Trump took to Twitter to say ...": the subject speaks
// in the medium named.
func (p *para) tookToSay(i int) (raw, bool) {
	_, sTo := p.sentRange(i)
	t := p.tookTo(i)
	np := p.leftNP(p.skipModifiersLeft(t - 1))
	if np.empty() || !p.subjectHead(np.to-1) {
		return raw{}, false
	}
	r := raw{mention: p.span(np.from, np.to), cue: p.str(t, i+1), medium: p.str(t+2, i-1), position: i}
	return p.statementAfter(r, i+1, sTo)
}

// spokeOf reports "spoke of", whose object is what was said ("spoke of
// "real progress""); "spoke about" names only a topic.
func (p *para) spokeOf(i int) bool { return p.is(i, "spoke", "speaks") && p.at(i+1) == "of" }

// cueEnd is the token after the cue that opens at i: one word ("said"),
// or a phrase ("called for", "went on", "pointed out", "spoke of", "made it
// clear").
func (p *para) cueEnd(i int) int {
	switch {
	case p.is(i, "call", "calls", "called", "calling") && p.is(i+1, "for", "on"),
		p.is(i, "went", "goes") && p.at(i+1) == "on", p.pointOut(i), p.spokeOf(i):
		return i + 2
	case p.madeClear(i):
		return p.madeClearEnd(i)
	case p.putIt(i):
		return p.putItEnd(i)
	}
	return i + 1
}

// asSaid reads a sentence that opens with its source, "As X said ...,"
// and gives X's words after the comma: "As Ann Lee put it in a letter to
// the board, the port is finished." Not "As Lee spoke, the crowd cheered":
// the verb must take words.
func (p *para) asSaid(i int) (r raw, ok, when bool) {
	sFrom, sTo := p.sentRange(i)
	if p.at(sFrom) != "as" || i-sFrom < 2 || p.inside[i] || !p.in(i, speechVerbs) && !p.putIt(i) {
		return raw{}, false, false // "As Lee spoke, ...": no verb of words
	}
	cueFrom := p.skipModifiersLeft(i-1) + 1
	np := p.leftNP(cueFrom - 1)
	if np.empty() || np.from != sFrom+1 {
		return raw{}, false, false
	}
	cueTo, comma := p.cueEnd(i), -1
	for k := cueTo; k < sTo && k < cueTo+12; k++ {
		if p.at(k) == "," {
			comma = k
			break
		}
		if !p.isWord(k) || p.in(k, finiteAuxiliaries|speechVerbs) || p.at(k) == "that" {
			return raw{}, false, false // "As Lee said that ...", "As Lee told reporters he ...": no fronted source
		}
	}
	if comma < 0 {
		return raw{}, false, false
	}
	gap := cueTo
	if p.in(i, tellVerbs) {
		gap = max(gap, p.rightNP(cueTo, comma)) // whom: "As the warden told reporters on Friday,"
	}
	if p.at(gap) == "back" {
		gap++ // "As Lee said back in 2023,"
	}
	gap = p.skipAdverbials(gap, comma) // "last year", "on Monday"
	if gap < comma && !p.circumstance(gap, sTo) {
		return raw{}, false, true // "As the minister announced the plan, ...": an object, so "as" tells when
	}
	if !p.contentAfter(comma+1, sTo) || !p.finiteVerbIn(comma+1, sTo) && p.q(comma+1) != openQuote {
		return raw{}, false, false
	}
	r = p.spokenBy(np, i, cueFrom, cueTo, p.trimContent(comma+1, sTo))
	if body, quoted := p.quoteToEnd(comma+1, sTo); quoted {
		r.content[0], r.quoted = body, true
	}
	return r, true, false
}

// spokenBy is the record of speaker np's content at the cue i, the cue
// read from cueFrom to cueTo but no further than the word after i: "put
// it", not its manner.
func (p *para) spokenBy(np nounPhrase, i, cueFrom, cueTo int, content parley.Span) raw {
	return raw{mention: p.span(np.from, np.to), written: p.writtenSpan(np), role: np.role, pronoun: p.pronounOf(np),
		cue: p.str(cueFrom, min(cueTo, i+2)), position: i, content: []parley.Span{content}}
}

// pronounOf is the speaker's pronoun as written in lower case when np is
// one ("he", "they"), or "".
func (p *para) pronounOf(np nounPhrase) string {
	if np.to-np.from == 1 && p.in(np.from, personPronouns|groupPronouns) {
		return p.lower[np.from]
	}
	return ""
}

// writtenSpan is the speaker np as written at the cue: its lead words
// ("Even Norway") and its appositive ("Ann Lee, the mayor") included.
func (p *para) writtenSpan(np nounPhrase) parley.Span {
	return p.span(np.writtenFrom(), max(np.to, np.written))
}

// putIt reports the cue "put it" with its manner: `Lee put it bluntly:
// "..."`, `"...," as Lee put it.` It is a cue only with a quotation.
func (p *para) putIt(i int) bool {
	return p.putItEnd(i) > 0
}

// putItEnd is the token after "put it" and its manner words, where the
// quotation or the sentence's end comes; 0 if there is none.
func (p *para) putItEnd(i int) int {
	if !p.is(i, "put", "puts", "putting") || p.at(i+1) != "it" {
		return 0
	}
	for j := i + 2; j < len(p.toks) && j < i+12; j++ {
		if p.is(j, ":", ",", ".") || p.q(j) != notQuote {
			return j
		}
		if !p.isWord(j) || p.in(j, speechVerbs|finiteAuxiliaries) || p.is(j, "that", "on", "to") && j == i+2 {
			return 0 // "put it to the vote", "put it on hold"
		}
	}
	return 0
}

// valuedAt reports a short object from k, then "at" and a value that ends
// the phrase: what a source sets on something ("the crowd at about 4,000",
// "the cost at $2 billion over five years"), not a place or a time ("troops
// at 30 checkpoints", "the vote at 9 a.m.").
func (p *para) valuedAt(k int) bool {
	if !p.isWord(k) || p.is(k, "at", "up", "down", "off", "out", "on", "in") {
		return false
	}
	for j := k + 1; j < len(p.toks) && j <= k+6; j++ {
		if p.at(j) == "at" {
			q := j + 1 + qualifierLen(p.lower, j+1)
			var buf [2]text.Number
			nums := text.FindNumbers(p.toks[q:min(q+6, len(p.toks))], buf[:0])
			if len(nums) == 0 || nums[0].First != 0 {
				return false
			}
			e := q + nums[0].Last
			return e >= len(p.toks) || !p.isWord(e) || p.is(e, "over", "a", "per", "each", "in", "on", "as", "for", "by", "and", "or", "from", "since", "last", "this", "without", "with")
		}
		if !p.isWord(j) || p.in(j, subjectStops|finiteAuxiliaries|speechVerbs) {
			return false
		}
	}
	return false
}

// madeClear reports "made clear that", "made it clear that".
func (p *para) madeClear(i int) bool {
	return p.is(i, "make", "makes", "made", "making") && p.madeClearEnd(i) > 0
}

// madeClearEnd is the token after "made (it) clear", 0 if there is none.
func (p *para) madeClearEnd(i int) int {
	j := i + 1
	if p.at(j) == "it" {
		j++
	}
	if p.is(j, "clear", "plain") && p.at(j+1) == "that" {
		return j + 1
	}
	return 0
}

// pointOut reports the phrasal cue "pointed out", "points out".
func (p *para) pointOut(i int) bool {
	return p.is(i, "point", "points", "pointed", "pointing") && p.at(i+1) == "out"
}

// callingFor reports the phrasal cue "calling for", "calling on".
func (p *para) callingFor(i int) bool {
	return p.at(i) == "calling" && (p.is(i+1, "for", "on") || p.naming(i+1)) || // `calling him "a genius"`
		p.is(i, "describing", "branding", "labelling", "labeling") && p.namingAs(i+1) // `describing the move as "a breach"`
}

// namingAs reports a short object from token k and "as" with the name the
// speaker gives it: `the move as "a breach"`, "the talks as a farce", "the
// fall of the port as one of the worst days".
func (p *para) namingAs(k int) bool {
	j := p.objectThen(k, "as", "of")
	if p.at(j) == "of" {
		j = p.objectThen(j, "as") // the object's own of-phrase
	}
	return j >= 0 && (p.q(j+1) == openQuote || p.is(j+1, "a", "an") || p.at(j+1) == "one" && p.at(j+2) == "of")
}

// objectThen returns the first of words after a short object from token k
// (within eight tokens), or -1 when a stop word, an auxiliary, a past verb
// or a non-word ends the object first.
func (p *para) objectThen(k int, words ...string) int {
	for j := k + 1; j < len(p.toks) && j <= k+8; j++ {
		if p.is(j, words...) {
			return j
		}
		if !p.isWord(j) || p.in(j, subjectStops|finiteAuxiliaries) || p.pastVerb(j) {
			return -1
		}
	}
	return -1
}

// bareSubject reports a clause at k whose subject has no determiner
// before an auxiliary or a past verb: "confirmed troops had entered the
// town", "confirmed talks were under way". An -s form is no verb here:
// "recent remarks by officials" is a noun phrase.
func (p *para) bareSubject(k, sTo int) bool {
	if p.in(k, determiners) {
		return false
	}
	v := p.skipModifiersRight(p.rightNP(k, sTo))
	return v < sTo && (p.in(v, finiteAuxiliaries) || p.pastVerb(v) && !p.in(v, speechVerbs))
}

// reportsThat reports an object from token k that is a report or a claim
// with its content: "dismissed reports that the office would close",
// "confirmed reports the port would close".
func (p *para) reportsThat(k, sTo int) bool {
	for j := k; j < sTo && j <= k+3 && p.isWord(j); j++ {
		if reportNouns[strings.TrimSuffix(p.lower[j], "s")] {
			return p.at(j+1) == "that" || p.clauseAt(j+1) || p.bareSubject(j+1, sTo)
		}
	}
	return false
}

// reportNouns are things said whose content may follow them: "reports
// that", "the claim that".
var reportNouns = wordSet(statementNouns, "report suggestion rumour rumor")

// judgedAs reports an object from token k and then "as" and a verdict on
// it, or "for" and a reason: "dismissed the plan as a stunt", "dismissed
// this as defeatist", "slammed Lee for his record", "praised them for
// holding firm"; not "confirmed the deal as talks resumed", where "as"
// opens a clause, nor "pledged $5 million for relief".
func (p *para) judgedAs(k int) bool {
	switch j := p.objectThen(k, "as", "for"); {
	case j < 0:
		return false
	case p.at(j) == "as":
		return p.verdictAfter(j)
	default: // "for"
		return p.is(j+1, "his", "her", "its", "their") || j+1 < len(p.lower) && ingForm(p.lower[j+1])
	}
}

// verdictAfter reports a verdict after "as" at j: a word that opens no
// clause ("as a stunt", "as defeatist") or a quotation.
func (p *para) verdictAfter(j int) bool {
	_, sTo := p.sentRange(j)
	return p.isWord(j+1) && !p.in(j+1, subjectStops) && !p.finiteVerbIn(j+1, min(j+4, sTo)) || p.q(j+1) == openQuote
}

// wordsAfterObjectVerb reports content from token k after a
// plainObjectVerb that holds words, not a thing: a clause with or without
// a determiner, an infinitive, a gerund, "X as Y" or "X for Y", or a
// report with its content.
func (p *para) wordsAfterObjectVerb(k int) bool {
	_, sTo := p.sentRange(k)
	return p.clauseAt(k) || p.bareSubject(k, sTo) || p.at(k) == "to" || ingForm(p.lower[k]) || p.judgedAs(k) || p.reportsThat(k, sTo)
}

// noStatementAfter reports content from token k, after the speaker, that
// is no statement: a second verb joined by "or" or "nor" ("denied or
// delayed 27 convoys", "neither confirmed nor denied"; not "said or
// hinted that"), or the page itself ("the views expressed in this
// article").
func (p *para) noStatementAfter(k int) bool {
	return p.is(k, "or", "nor") && !p.anyWord(k+1, min(k+5, len(p.lower)), "that", ",") ||
		p.at(k) == "in" && p.at(k+1) == "this" && pageNouns[p.lower[min(k+2, len(p.lower)-1)]]
}

// askedWhat finds the question a finite "asked" reports, after an
// optional addressee ("asked the envoy whether ...", "asked her if ..."):
// the token that opens the question, "whether" kept as the question's own
// word; 0 when none. "was asked whether" puts the question to the subject.
func (p *para) askedWhat(i int) int {
	if !p.is(i, "ask", "asks", "asked") || p.in(i-1, beForms) || p.is(i-1, "when", "if", ",", "i", "we") || p.is(i-2, "when", "after", "as", "if") {
		return 0 // not "Lee, asked whether ..., said", nor the writer's "When I asked her whether"
	}
	_, sTo := p.sentRange(i)
	k := i + 1
	if p.in(k, personPronouns) || k < len(p.lower) && objectPronouns[p.lower[k]] != "" || p.is(k, "me", "reporters") {
		k++
	} else if end := p.rightNP(k, sTo); end > k && end <= k+5 && !questionWords[p.lower[k]] {
		k = end
	}
	if k+1 < sTo && questionWords[p.lower[k]] && p.isWord(k+1) && p.at(k+1) != "to" {
		return k
	}
	return 0
}

// questionWords open a reported question: "asked whether", "asked what".
var questionWords = wordSet("whether if why how what when where who")

// followingText reports "the following statement" (or text, message,
// letter) after the verb of issuing at token i, closing its paragraph with
// a colon: "The ministry released the following statement:".
func (p *para) followingText(i int) bool {
	last := len(p.toks) - 1
	return p.at(i+1) == "the" && p.at(i+2) == "following" &&
		i+4 <= last && p.is(i+3, "statement", "text", "message", "letter", "communique") && p.at(last) == ":"
}

// quotedByAside reads the outlet of an aside between the speaker and the
// cue, [from, to): "The army's spokesman, quoted by Israeli radio, said".
func (p *para) quotedByAside(from, to int) string {
	if to-from < 5 || p.at(from) != "," || p.at(to-1) != "," || !p.is(from+1, "quoted", "cited") || p.at(from+2) != "by" {
		return ""
	}
	return p.str(from+3, to-1)
}

// objectCue reports a participle whose object is its content without a
// that-clause: "calling for new elections", "urging the council to act".
func (p *para) objectCue(i int) bool {
	return p.callingFor(i) || p.is(i, "urging", "demanding", "accusing") || p.at(i) == "blaming" && p.anyWord(i+2, i+9, "for") // "blaming X for Y"; not "blaming weak demand"
}

// attribution tries the cue patterns at token i. prev holds the records
// already found in the paragraph.
func (p *para) attribution(i int, prev []raw) (raw, bool) {
	w := p.lower[i]
	issue := issueVerbs[w]
	if issue && !p.followingText(i) {
		return raw{}, false // "hostages released on Monday": no cue; checked first, the word is common
	}
	if p.inQuestion(i) || p.askingHeading(i) || p.at(i) == "informed" && !p.isWord(i+1) {
		return raw{}, false // "kept the crew informed, and said": an adjective
	}
	r, ok, when := p.asSaid(i)
	switch {
	case when:
		return raw{}, false // "As the mayor announced the levy, ...": when, not who
	case ok: // "As Lee put it, ...": the steps below apply to it as to any cue
	case w == "according" && p.at(i+1) == "to":
		r, ok = p.accordingTo(i, 2)
	case w == "per" && p.perSource(i):
		if p.at(i-1) == "as" {
			r, ok = p.accordingTo(i-1, 2) // "As per the ministry, ..."
		} else {
			r, ok = p.accordingTo(i, 1)
		}
	case w == "words" && p.at(i-1) == "the" && p.at(i-2) == "in" && p.at(i+1) == "of":
		r, ok = p.accordingTo(i-2, 4) // "in the words of Ann Lee, ..."
	case w == "by":
		r, ok = p.byCount(i)
	case (w == "quoted" || w == "cited") && p.quotedAsSaying(i) > 0:
		r, ok = p.quotedAs(i)
	case p.isParticiple(i):
		r, ok = p.participle(i, prev)
	case p.isGerund(i):
		r, ok = p.gerund(i)
	case p.in(i, findingVerbs):
		r, ok = p.verbCue(i, prev)
		if ok && !documentSubject(r.mention, p) {
			ok = false // "shows", "found": cues only for a poll, a study, a video
		}
		if ok && !r.quoted && !p.afterThat(p.tokenAt(r.content[0].Start)) {
			r, ok = p.findingPhrase(r)
		}
	case p.is(i, "estimated", "estimates", "estimate", "put", "puts") && !p.in(i-1, beForms|determiners) && p.valuedAt(i+1):
		r, ok = p.verbCue(i, prev) // "Police estimated the crowd at 4,000", "Officials put the toll at 40"
		ok = ok && !r.quoted
	case p.in(i, intentVerbs) && p.infinitiveAfter(i):
		if p.in(p.skipModifiersRight(i+1)+1, speechVerbs) && !p.is(i, "refuse", "refuses", "refused") {
			return raw{}, false // "plans to say", "wants to announce": nothing said yet; "refused to disclose" is said
		}
		r, ok = p.verbCue(i, prev)
	case p.in(i, clauseVerbs):
		r, ok = p.verbCue(i, prev)
		if ok && !r.quoted {
			k := p.tokenAt(r.content[0].Start)
			if !p.afterThat(k) && !p.finiteClause(k) {
				ok = false // "agreed to talk", "hopes for a deal": no statement
			}
			if p.in(i, tellVerbs) && (k < i && p.is(i-1, "who", "that") || // "an official who briefed reporters said": the telling is no cue of what came before
				p.pastForm(i) && p.is(i+1, "on", "about")) { // "a diplomat briefed on the talks said": a passive participle, told rather than telling
				ok = false
			}
		}
	case (w == "read" || w == "reads") && !p.capitalized(i):
		// `"...," the statement read.` and "..., the letter read.": a
		// document's words, quoted or before it, never "read the report".
		r, ok = p.verbCue(i, prev)
		ok = ok && (r.quoted || r.block || r.content[0].End <= r.mention.Start) && (documentSubject(r.mention, p) || writtenSources[strings.ToLower(lastWord(p.s[r.mention.Start:r.mention.End]))])
	case p.at(i-1) == "to" && p.in(i, speechBases|speechVerbs) && p.tookTo(i) >= 0:
		r, ok = p.tookToSay(i)
	case issue: // followingText(i), as checked above
		// "The ministry issued the following statement:" and the
		// statement in the paragraphs after it.
		if np := p.leftNP(p.skipModifiersLeft(i - 1)); !np.empty() && p.subjectHead(np.to-1) {
			last := len(p.toks) - 1
			r = raw{mention: p.span(np.from, np.to), written: p.writtenSpan(np), role: np.role, cue: p.str(i, i+4), position: i, block: true, content: []parley.Span{p.span(last+1, last+1)}}
			ok = true
		}
	case p.pointOut(i), p.madeClear(i), p.spokeOf(i):
		r, ok = p.verbCue(i, prev) // "pointed out that ...", "made it clear that ..."
	case p.putIt(i):
		r, ok = p.verbCue(i, prev)
		ok = ok && r.quoted
	case (w == "went" || w == "goes") && p.at(i+1) == "on" && p.at(i+2) != "to":
		// `"...," she went on.`: a quotation's continuation, only right after it.
		r, ok = p.verbCue(i, prev)
		ok = ok && r.quoted
	case judgeVerbs[w] && p.verdictAs(i):
		r, ok = p.verbCue(i, prev) // "rejected the findings as "politically motivated"", never "rejected the terms"
	case p.in(i, speechVerbs) || p.in(i, afterQuoteOnly):
		r, ok = p.verbCue(i, prev)
		question := p.askedWhat(i)
		phrasal := p.is(i+1, "for", "on") && p.is(i, "call", "calls", "called", "calling") ||
			p.is(i, "describe", "describes", "described") && p.namingAs(i+1) || // "described the demand as a red line"
			question > 0 || // a question reported: "asked (Lee) whether ..."
			p.is(i, "call", "calls", "called", "calling") && p.naming(i+1)
		if ok && !p.in(i, speechVerbs) && !phrasal && !r.quoted && (!p.hasQuote(r.content) || p.in(i, quoteLeads)) {
			ok = false // "continued", "called": cues only with a quotation
		}
		if ok && question > 0 && !r.quoted && r.content[0].Start <= p.toks[question].Start && p.toks[question].Start < r.content[0].End {
			r.content[0].Start = p.toks[question].Start // the question, after whom it was put to
		}
		if ok && !r.quoted && p.at(p.tokenAt(r.content[0].Start)) == "on" && topicVerbs[w] {
			ok = false // "reported on the strike": a topic, no words
		}
		if ok && p.is(i, "posted", "tweeted") && (p.in(i-1, documentNouns) || writtenSources[p.lower[max(i-1, 0)]]) {
			ok = false // "In a Facebook message posted Friday, Cruz said": the message was posted
		}
		if ok && phrasal && !r.quoted && p.is(p.tokenAt(r.content[0].Start), "under", "in", "by", "at", "during") {
			ok = false // "the flour called for under the deal": a passive, no statement
		}
		if ok && !r.quoted && p.is(p.tokenAt(r.content[0].Start), "credit", "responsibility") && strings.HasPrefix(w, "claim") {
			ok = false // "claimed responsibility for the attack": a deed owned, no words
		}
		if ok && !r.block && !r.quoted && plainObjectVerbs[w] && r.content[0].Start > r.mention.Start && !p.hasQuote(r.content) {
			// "condemned the move", "confirmed the extension", "pledged $50
			// million": a deed done to a thing; "confirmed (that) 24 were
			// freed" and "dismissed the plan as a stunt" report words.
			ok = p.wordsAfterObjectVerb(p.tokenAt(r.content[0].Start))
		}
		if ok && !r.block && (p.in(i, tellVerbs) || p.is(i, "write", "writes", "wrote", "writing", "posted", "tweeted") || p.is(i, "add", "adds", "added") && p.isWord(i+1)) && !r.quoted && !p.hasQuote(r.content) {
			// Not "wrote a letter", "tell a different story", "the plan adds
			// 10,000 places": a thing, not words.
			k := p.tokenAt(r.content[0].Start)
			ok = p.toldClause(k) || r.content[0].End <= r.mention.Start // "The dockers accept, a source tells the radio": the clause before
			for j := k; !ok && p.in(i, tellVerbs) && j < k+8 && p.isWord(j); j++ {
				// "told his aides to ...", "told the host on Monday how ...":
				// the words after whom they were told to.
				ok = p.is(j, "to", "how", "why", "what", "whether", "if", "when", "where") || j > k && p.toldClause(j)
			}
		}
	}
	if !ok || !r.quoted && len(r.content) == 1 && (p.bareObject(r.content[0]) || p.citedSource(i, r.content[0])) {
		return raw{}, false // "responded within hours": a time, no words; "who said what"; "cited a senior source"
	}
	if a, ok := p.gapAntecedent(r); ok {
		c := r.content[0]
		if from := p.tokenAt(a.Start); from == p.subjectStart(p.sFrom[from], from+1) {
			c = p.gapEnd(c) // the main clause's verb follows only a subject's relative clause
		}
		r.content = []parley.Span{a, c} // "34 who the military says are dead": 34 are dead
		r.relative = true
	} else if m := p.tokenAt(r.mention.Start); r.mention.Len() > 0 && p.is(m-1, "whom", "which") && p.at(m-2) == "of" {
		r.relative = true // "111 hostages, of whom the military says 39 are dead"
	}
	if !r.quoted && r.content[0].Start > r.mention.Start && p.noStatementAfter(p.tokenAt(r.content[0].Start)) {
		return raw{}, false
	}
	if r.mention.Len() > 0 {
		if c := contraction(p.s[r.mention.Start:r.mention.End]); c > 0 && r.mention.Len() > c {
			// "I've suggested": the auxiliary joins the cue, "I" speaks.
			r.cue = p.s[r.mention.End-c:r.mention.End] + " " + r.cue
			r.mention.End -= c
			if r.written.End > r.mention.End && r.written.End-c == r.mention.End {
				r.written.End = r.mention.End
			}
		}
		if from, to, ok := p.givenName(p.tokenAt(r.mention.End)); ok {
			// "said a man who gave his name as Abu Khaled": the name he gave.
			if r.written.Len() == 0 {
				r.written = r.mention
			}
			r.written.End = max(r.written.End, p.toks[to-1].End)
			r.mention, r.role = p.span(from, to), ""
		}
		r.mentionText = p.s[r.mention.Start:r.mention.End]
		if selfReference(r.mentionText) {
			return raw{}, false // "Correction: This article wrongly reported ...": the page's own note
		}
		if m := p.tokenAt(r.mention.Start); p.is(m, "a", "an") && m+1 < len(p.lower) && claimNouns[p.lower[m+1]] && p.at(m-1) == "," {
			return raw{}, false // "..., a claim the group denies": the claim is the verb's object, not its speaker
		}
		// A pronoun is a word of four letters at most, and ASCII keeps its
		// length in lower case: a longer mention needs no lower-case copy.
		if len(r.mentionText) <= 4 || !isASCII(r.mentionText) {
			lm := strings.ToLower(r.mentionText)
			if subject := objectPronouns[lm]; subject != "" {
				lm = subject // "quoted him as saying": he
			}
			if inClass(lm, personPronouns) || inClass(lm, groupPronouns) {
				r.pronoun = lm
			}
		}
		p.documentIssuer(&r, i)
		lm := r.mentionText
		if !isASCII(lm) {
			lm = strings.ToLower(lm) // ASCII is compared without case below
		}
		// A relay passes on others' words: "media reported that ...", "X
		// said Y, WAM reported", "X said Y, the news agency said". A
		// statement that opens its content is the inner speaker's, given
		// through this medium. A source after the clause ("X told police
		// Y, a source said") tells what it heard: it stays the speaker.
		trailing := len(r.content) > 0 && r.content[0].End <= r.mention.Start
		r.relay = hasSuffixFold(lm, "media") || hasSuffixFold(lm, "reports") || hasSuffixFold(lm, "report") ||
			strings.HasPrefix(r.cue, "report") && r.medium == "" || trailing && inFolded(mediumNouns, lastWord(lm))
		if k := p.tokenAt(r.mention.Start) - 1; k > 0 {
			rel := k
			if p.is(rel, "whose", "who") {
				rel--
			}
			conj := p.skipTimeBack(k) // "but a day later he posted": the conjunction before the time
			switch {
			case p.at(rel) == ",":
				r.afterComma = p.toks[rel].Start
			case r.written.Start < r.mention.Start: // a lead word as written ("Even Norway")
			case p.clauseConjunction(conj):
				// "..., but a day later he posted ...", "..., while officials
				// said ...": a clause of its own.
				c := conj - 1
				if p.q(c) == closeQuote && p.at(c-1) == "," {
					c-- // `"... enrich," but he posted`
				}
				if p.is(c, ",", ";") {
					r.afterConj = p.toks[c].Start
					r.contrast = p.is(conj, "while", "whereas", "as")
				}
			case p.at(k) == ";":
				r.afterConj = p.toks[k].Start
			}
		}
	}
	return r, true
}

// toldClause reports a clause at k that a verb of telling or writing
// reports, not a relative clause on an indefinite object: "tell the agency
// anything it doesn't know".
func (p *para) toldClause(k int) bool {
	return !p.is(k-1, "anything", "something", "nothing", "everything") && p.clauseAt(k)
}

// gapAntecedent finds the noun a relative clause's cue reports on when
// the reported clause lacks its subject: "34 who the military says are
// dead", "the 500 a day that aid groups say are needed", "41 the army
// says are dead". The content then opens with that noun.
func (p *para) gapAntecedent(r raw) (parley.Span, bool) {
	if r.quoted || len(r.content) != 1 || r.content[0].Start < r.mention.End || r.mention.Len() == 0 {
		return parley.Span{}, false
	}
	k, m := p.tokenAt(r.content[0].Start), p.tokenAt(r.mention.Start)
	if !p.in(k, finiteAuxiliaries|beForms) || p.at(k-1) == "that" || m < 2 {
		return parley.Span{}, false
	}
	end := m // the antecedent ends before the relative word, or right before the speaker
	if p.is(m-1, "that", "who", "which", "whom") {
		end = m - 1
		if p.at(end-1) == "," {
			end-- // "the six hostages, who he said were killed"
		}
		if p.is(end-1, "and", "or") {
			return parley.Span{}, false // "which includes them and which Israel says is": the noun is further back
		}
	} else if !isNumeral(p.lower[m-1]) {
		return parley.Span{}, false
	}
	from := end
	for from > 0 && from > end-6 && p.isWord(from-1) && !p.in(from-1, nounPrepositions|finiteAuxiliaries|beForms|speechVerbs) && !p.pastVerb(from-1) && !ingForm(p.lower[from-1]) {
		from--
		if p.is(from, "the", "these", "those") {
			break
		}
	}
	if from == end || !p.anyNumeral(from, end) && !p.in(from, determiners) {
		return parley.Span{}, false
	}
	return p.span(from, end), true
}

// objectGap reports a relative clause at who whose subject np follows
// the pronoun at once ("34 who the military says are dead"): the pronoun
// is the object of the clause, and its subject speaks.
func (p *para) objectGap(who int, np nounPhrase) bool {
	return np.from == who+1 && !p.finiteVerbIn(np.from+1, np.to) && (p.in(np.from, determiners|personPronouns|groupPronouns) || p.capitalized(np.from))
}

// andThatAfter reports a second that-clause joined by "and" in [k, sTo):
// "that A was beginning, with B shifting north, and that C": the phrase
// between belongs to the reported words.
func (p *para) andThatAfter(k, sTo int) bool {
	for j := k; j+1 < sTo; j++ {
		if p.at(j) == "and" && p.at(j+1) == "that" && !p.possessive(j+2) { // not "and that city's residents"
			return true
		}
	}
	return false
}

// gapEnd ends a relative clause's reported words before the main clause
// resumes with its own verb: "The plan that Lee says is ready was sent".
func (p *para) gapEnd(c parley.Span) parley.Span {
	k, e := p.tokenAt(c.Start), p.tokenAt(c.End)
	for j := k + 2; j < e; j++ {
		if (p.in(j, finiteAuxiliaries|beForms) && !p.is(j, "be", "been", "being") || p.pastVerb(j)) && p.isWord(j-1) && !p.in(j-1, finiteAuxiliaries|beForms) && !p.is(j-1, "and", "or", "but", "that", "which", "who") {
			return p.span(k, j)
		}
	}
	return c
}

// placeOnly reports tokens [k, sTo) that hold only a place's name and
// the commas and full stop around it: "Deir al-Balah, Gaza Strip."
func (p *para) placeOnly(k, sTo int) bool {
	for j := k; j < sTo; j++ {
		if !p.nameWord(j) && !p.in(j, nameParticles) && !p.is(j, ",", ".", "and", "from") { // "and Tom Roe from Quito"
			return false
		}
	}
	return p.nameWord(k)
}

// anyNumeral reports a numeral in tokens [i, j).
func (p *para) anyNumeral(i, j int) bool {
	for k := i; k < j; k++ {
		if isNumeral(p.lower[k]) {
			return true
		}
	}
	return false
}

// clauseConjunction reports a conjunction that opens a clause with a
// subject of its own after a comma.
func (p *para) clauseConjunction(k int) bool {
	return p.is(k, "and", "but", "though", "although", "yet", "while", "whereas", "as")
}

// skipTimeBack returns the token before a short time phrase that ends at
// k ("a day later", "on Tuesday", "hours later"), or k itself.
func (p *para) skipTimeBack(k int) int {
	j := k
	for j > 0 && k-j < 4 && (p.in(j, timeWords) || !p.capitalized(j) && (text.IsTimeUnit(p.lower[j]) || p.is(j, "day", "a", "on", "then") || isNumeral(p.lower[j]))) {
		j--
	}
	return j
}

// bareObject reports content that is only a time: "within hours" after
// "responded". It carries no words of the speaker's. (A bare object, "denied
// the claim", "urged a pause", stays: annotators count it.)
func (p *para) bareObject(c parley.Span) bool {
	k, e := p.tokenAt(c.Start), p.tokenAt(c.End)
	if e <= k || p.q(k) != notQuote {
		return false
	}
	if p.is(k, "what", "who") && (e == k+1 || p.is(k+1, ",", ".", ";")) {
		return true // "who said what, and where ...": a question word alone
	}
	return e-k <= 3 && p.is(k, "within", "after", "shortly", "immediately", "quickly") && !p.finiteVerbIn(k, e)
}

// citedSource reports the content of "cited" at i that is only the source
// cited ("Kan, which cited a senior political source"): who spoke, not
// what was said.
func (p *para) citedSource(i int, c parley.Span) bool {
	if !p.is(i, "cite", "cites", "cited", "citing") {
		return false
	}
	k, e := p.tokenAt(c.Start), p.tokenAt(c.End)
	return e > k && p.in(e-1, anonymousHeads) && !p.finiteVerbIn(k, e) && e-k <= 6
}

// pageNouns name the page itself: "in this article".
var pageNouns = wordSet("article story piece column post page op-ed report")

// selfReference reports a subject that is the page itself ("This
// article", "this story", "An earlier version of this post"), as in a
// correction note.
func selfReference(m string) bool {
	if len(m) < 5 || !(strings.EqualFold(m[:2], "a ") || strings.EqualFold(m[:3], "an ") || strings.Contains(m, "this ") || strings.EqualFold(m[:5], "this ")) {
		return false // the common case, without splitting the mention
	}
	var buf [16]string // the words, on the stack
	f := appendFields(buf[:0], strings.ToLower(m))
	if len(f) == 3 && (f[0] == "an" || f[0] == "a") && (f[1] == "earlier" || f[1] == "previous") {
		switch f[2] {
		case "post", "version", "update", "entry", "story", "article":
			return true // "An earlier post said ..."
		}
	}
	if len(f) < 2 || f[len(f)-2] != "this" {
		return false
	}
	if len(f) > 2 && !(len(f) >= 4 && f[len(f)-3] == "of" && (f[len(f)-4] == "version" || f[len(f)-4] == "versions")) {
		return false
	}
	switch f[len(f)-1] {
	case "article", "story", "piece", "page", "post", "blog":
		return true
	}
	return false
}

// pastForm reports a verb in the past tense: "-ed" or irregular ("said").
func (p *para) pastForm(i int) bool {
	return strings.HasSuffix(p.lower[i], "ed") || p.in(i, irregularPasts)
}

// contraction returns the length of an auxiliary contracted onto the end
// of s ("I've", "they’d", "we'll"), or 0.
func contraction(s string) int {
	if tail := s[max(len(s)-5, 0):]; strings.IndexByte(tail, '\'') < 0 && !strings.Contains(tail, "’") {
		return 0 // no apostrophe where a suffix would open: most mentions
	}
	for _, suffix := range []string{"'ve", "’ve", "'d", "’d", "'ll", "’ll", "'re", "’re"} {
		if len(s) > len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix) {
			return len(suffix)
		}
	}
	return 0
}

// documentIssuer makes whoever put out the document that r's mention names
// its speaker: "Hamas put out a statement saying ..." (the name opens the
// mention) and "the council issued a statement saying ..." (the mention is
// the document alone). The cue runs from the verb to the cue word at i.
func (p *para) documentIssuer(r *raw, i int) {
	k, e := p.tokenAt(r.mention.Start), p.tokenAt(r.mention.End)
	if p.is(k-1, "after", "following", "before", "during", "on", "at", "in") {
		// "issued a statement after the speech saying ...": the document
		// before the circumstance speaks, not the speech.
		b := k - 2
		if b > 0 && strings.HasSuffix(p.lower[b], "ly") {
			b-- // "issued a statement shortly after the speech saying"
		}
		if d := p.leftNP(b); !d.empty() && p.in(d.to-1, documentNouns) {
			k, e = d.from, d.to
		}
	}
	np, v := nounPhrase{}, -1
	if n := p.statementBy(k, e); n > k {
		np, v = nounPhrase{from: k, to: n, role: r.role}, n
	} else if np, v = p.issuer(k, e); v < 0 {
		return
	}
	r.mention = p.span(np.from, np.to)
	r.written = p.span(np.from, max(np.to, np.written))
	r.mentionText = p.s[r.mention.Start:r.mention.End]
	r.role = np.role
	if v < i {
		r.cue = p.s[p.toks[v].Start:p.toks[i].End] // not "according to UNRWA's latest statement": the cue comes first
	}
}

// issuer reads who put out the document that speaks in tokens [k, e) ("a
// statement" in "the council issued a statement saying"): the subject
// of the past-tense verb before it, and that verb's token; v is -1 when
// the phrase is not of that shape.
func (p *para) issuer(k, e int) (np nounPhrase, v int) {
	if e-k > 3 || e-k < 2 || !p.in(k, determiners) || !p.in(e-1, documentNouns) {
		return nounPhrase{}, -1
	}
	v = k - 1
	if p.at(v) == "out" {
		v-- // "put out a statement"
	}
	if v <= 0 || p.capitalized(v) || !(p.pastForm(v) || p.at(v) == "put") {
		return nounPhrase{}, -1
	}
	np = p.leftNP(p.skipModifiersLeft(v - 1)) // "the ministry later issued a statement"
	if np.empty() || !p.subjectHead(np.to-1) {
		return nounPhrase{}, -1
	}
	return np, v
}

// finiteClause reports a clause without "that" starting at token k: a
// subject, then an auxiliary before any comma ("thinks the deal will
// hold", "knew he was right"), not an object ("believes the report").
func (p *para) finiteClause(k int) bool {
	if k >= len(p.toks) || !(p.subjectWord(k) || p.is(k, "i", "you", "there")) {
		return false
	}
	_, sTo := p.sentRange(k)
	for j := k + 1; j < sTo && j <= k+8; j++ {
		switch {
		case p.is(j, ",", ";", ":", "to"):
			return false
		case p.in(j, finiteAuxiliaries):
			return true
		}
	}
	return false
}

// clauseAt reports reported words that start at token k as a clause: after
// "that" or a colon, or a subject with a finite verb ("the deal collapsed",
// "it would close").
func (p *para) clauseAt(k int) bool {
	if k < 0 || k >= len(p.toks) {
		return false
	}
	if p.is(k-1, "that", ":") || p.finiteClause(k) {
		return true
	}
	_, sTo := p.sentRange(k)
	return (p.subjectWord(k) || p.indefiniteSubject(k)) && (p.finiteVerbIn(k+1, min(k+9, sTo)) || p.presentVerbIn(k+1, min(k+5, sTo)))
}

// subjectWord reports a token in the paragraph that may open a clause's
// subject: a pronoun, a determiner, a name or a number.
func (p *para) subjectWord(k int) bool {
	return p.in(k, personPronouns|groupPronouns|determiners) || p.capitalized(k) || isNumeral(p.lower[k])
}

// indefiniteSubject reports an indefinite pronoun at k that can open a
// clause: "confirmed no one was hurt", "said nothing had changed".
func (p *para) indefiniteSubject(k int) bool {
	v := k + 1
	if p.at(k) == "no" && p.at(k+1) == "one" {
		v = k + 2
	} else if !p.isWord(k) || !indefinitePronouns[p.lower[k]] {
		return false
	}
	return p.in(v, finiteAuxiliaries|beForms) || p.pastVerb(v) // "no one was hurt", not "none of the details that were"
}

var indefinitePronouns = wordSet("anyone anybody everyone everybody nobody someone somebody none nothing everything something")

// presentVerbIn reports a verb in the present's third person right after
// a singular subject's head, before its object: "the proposal consists
// of", "Hamas wants a deal". The word after it must open an object, so a
// plural noun ("the talks resumed") is not taken for a verb.
func (p *para) presentVerbIn(from, to int) bool {
	for j := from; j < to && p.isWord(j); j++ {
		if p.in(j, determiners|nounPrepositions) {
			continue
		}
		w := p.lower[j]
		if p.capitalized(j) || !sForm(w) {
			continue
		}
		head := p.lower[j-1]
		if !p.isWord(j-1) || p.in(j-1, determiners|nounPrepositions) || isNumeral(head) || !p.capitalized(j-1) && strings.HasSuffix(head, "s") {
			return false
		}
		return p.in(j+1, determiners|nounPrepositions) || p.is(j+1, "to", "that", "no", "on", "up") || isNumeral(p.lower[min(j+1, len(p.lower)-1)])
	}
	return false
}

// naming reports an object and what it is called after "called" at k-1:
// "called the plan a hoax", "called it a mistake", not "called a meeting"
// or "called him on Friday".
func (p *para) naming(k int) bool {
	for j := k + 1; j < len(p.toks) && j <= k+12; j++ {
		switch {
		case p.q(j) != notQuote && p.is(j+1, "a", "an"):
			// `calling him "a genius"`: the name in quotation marks
		case p.is(j, "a", "an"):
			return !p.in(j+1, timeWords) && !p.is(j+1, "day", "few", "lot", "bit", "number", "time", "moment", "decade") // not "called the families a day later"
		case p.is(j, "of", "for", "in", "and") && j > k+1 && p.isWord(j+1):
			// "called the citation and the demand for his appearance a ploy"
		case !p.isWord(j) || p.in(j, nounPrepositions|subjectStops) && !p.in(j, determiners) || p.in(j, finiteAuxiliaries) || p.in(j, speechVerbs) && !p.in(j-1, determiners) || p.pastVerb(j):
			return false
		}
	}
	return false
}

// controlVerbs take an object and an infinitive ("urged the council to
// lift the quota"); after "said" a "to" ends the speaker ("said a
// spokesman to reporters").
var controlVerbs = wordSet("urge urges urged ask asks asked press presses pressed warn warns warned",
	"advise advises advised encourage encourages encouraged implore implores implored")

// objectControl reports a control verb at i and an infinitive in
// [from, to) after the noun that follows it: in "..., urged the ministry
// to reopen the border" the ministry is urged, not the speaker.
func (p *para) objectControl(i, from, to int) bool {
	if !controlVerbs[p.lower[i]] {
		return false
	}
	for t := from + 1; t < to; t++ {
		if p.at(t) == "to" && p.infinitiveAfter(t-1) {
			return true
		}
	}
	return false
}

// infinitiveAfter reports "to" and a verb right after the cue at i (past
// adverbs): "wants to sell", not "agreed to the terms".
func (p *para) infinitiveAfter(i int) bool {
	k := p.skipModifiersRight(i + 1)
	if p.at(k) != "to" || k+1 >= len(p.toks) || p.capitalized(k+1) || !p.isWord(k+1) {
		return false
	}
	return !p.in(k+1, determiners|personPronouns|groupPronouns) &&
		!(p.at(k+1) == "be" && p.is(k+2, "named", "identified", "quoted")) // not "who did not want to be named": how the source spoke
}

// participle: ", adding that ...", ", highlighting ..." continues the
// previous record's speaker when it reports a clause or follows a quotation
// of the same sentence.
func (p *para) participle(i int, prev []raw) (raw, bool) {
	sFrom, sTo := p.sentRange(i)
	var last raw
	if len(prev) > 0 {
		last = prev[len(prev)-1]
	}
	next, cue := p.cueEnd(i), p.lower[i]
	if next > i+1 {
		cue = p.str(i, next) // "calling for", "pointing out"
	}
	sameSentence := len(prev) > 0 && last.position >= sFrom && last.position < i
	if !sameSentence {
		// "The United States has voiced concern, stating that ...": the
		// sentence's subject speaks.
		st := p.subjectStart(sFrom, i)
		if st < 0 {
			return raw{}, false
		}
		// "The row came as thousands rallied, calling on ...": the clause
		// just before the participle has its own subject.
		clause, end := p.clauseSubject(sFrom, i)
		if clause >= 0 {
			st = clause
		} else {
			end = p.rightNP(st, i)
			for t := st + 1; t < end; t++ {
				if p.in(t-1, determiners) || p.capitalized(t) || !sForm(p.lower[t]) {
					continue
				}
				// A present-tense verb before its object (as presentBeforeObject
				// reads it), a label number or a particle ends the subject: "The
				// office publishes a list, saying ...", "The Council adopts
				// Resolution 9, demanding", "The union walks out, saying".
				if p.phraseAfter(t+1, len(p.lower)) || p.capitalized(t+1) && t+2 < len(p.lower) && isNumeral(p.lower[t+2]) || p.is(t+1, "out", "up", "off", "down", "back", "away") {
					end = t
					break
				}
			}
		}
		if end == st && p.in(st, personPronouns|groupPronouns) {
			end = st + 1 // "On Sunday he quit, saying ...": the pronoun is the whole subject
		}
		for end-1 > st && (p.in(end-1, cueModifiers|asideAdverbs) || p.is(end-1, "first", "later", "then", "again", "once", "previously") || reflexives[p.lower[end-1]]) && !p.capitalized(end-1) {
			end-- // "Biden first presented the plan, describing ...", "Trump himself ...": no part of the name
		}
		k := next
		var medium string
		if p.in(i, tellVerbs) {
			k, medium = p.medium(k, sTo)
		} else if a := p.skipAdverbials(k, sTo); p.at(a) == "that" || p.is(a, ",", ":") && p.q(a+1) == openQuote {
			k = a // "..., writing on X that ...", "..., adding: "...""
		}
		quote := p.q(k) == openQuote || p.is(k, ",", ":") && p.q(k+1) == openQuote
		if end == st || !(p.subjectWord(st) || clause >= 0) || !(p.at(k) == "that" || quote || p.at(i) == "saying" || p.in(i, tellVerbs) || p.objectCue(i)) || p.in(end-1, determiners) {
			return raw{}, false
		}
		r := raw{mention: p.span(st, end), cue: cue, position: i, medium: medium, channel: p.channel(next, k)}
		if c := end + 1; clause < 0 && p.at(end) == "," {
			// "Trump's running mate, Indiana Gov. Mike Pence, defended him,
			// calling ...": the name between the commas speaks.
			for c < i && c < end+8 && p.at(c) != "," {
				c++
			}
			if np := p.leftNP(c); c < i && p.allCapitalized(end+1, c) && !np.empty() {
				r.mention, r.role = p.span(np.from, np.to), np.role
				r.written = p.writtenSpan(np)
			}
		}
		return p.statementAfter(r, k, sTo)
	}
	if p.in(i, tellVerbs) {
		// "dismissed the claims, telling reporters that ...": the words
		// told, after whom they were told to.
		if k, medium := p.medium(next, sTo); k > next {
			if t := p.skipAdverbials(k, sTo); p.at(k) == "that" || p.thatAfterPhrase(k, t) { // "telling reporters in Oslo that"
				return p.statementAfter(raw{inherit: true, cue: cue, position: i, medium: medium}, t, sTo)
			}
		}
	}
	k := p.skipAdverbials(next, sTo)
	quoteAfter := k > next && p.is(k, ",", ":") && p.q(k+1) == openQuote // "adding later, "..."", "writing on Truth Social: "...""
	thatAfter := p.thatAfterPhrase(next, k)                              // "arguing in a statement that"
	if !(p.at(next) == "that" || p.at(i) == "saying" || (next < sTo && p.q(next) == openQuote) || p.is(next, ",", ":") && p.q(next+1) == openQuote || quoteAfter || thatAfter || last.quoted || p.objectCue(i)) {
		return raw{}, false
	}
	switch {
	case quoteAfter:
		k++
	case !thatAfter:
		k = next
	}
	return p.statementAfter(raw{inherit: true, cue: cue, position: i, channel: p.channel(next, k)}, k, sTo)
}

// thatAfterPhrase reports a "that" at t, where skipAdverbials stopped,
// after a phrase [k, t) opening with a preposition ("in a statement
// that", "on Sunday that"); a "that" after an object opens a relative
// clause ("announcing breakthroughs that neither side signed").
func (p *para) thatAfterPhrase(k, t int) bool {
	// "in a statement that", "on Sunday that", "on X that", `on "Meet the Press" that`; not "in a newspaper that the state owns"
	return t > k && p.preposition(k) && p.at(t) == "that" && (p.in(t-1, documentNouns|timeWords) || occasionNouns[p.lower[t-1]] || p.capitalized(t-1) || p.q(t-1) == closeQuote)
}

// occasionNouns name where words were given: "arguing in an interview
// that".
var occasionNouns = wordSet("interview interviews briefing conference speech remarks address call post tweet op-ed article column")

// coordinated reads a second cue joined to a first by "and"/"but" ("Hamas
// said ..., but also called on ..."): the same speaker, new content.
func (p *para) coordinated(i, cueFrom int, prev []raw) (raw, bool) {
	sFrom, sTo := p.sentRange(i)
	inSentence := len(prev) > 0 && prev[len(prev)-1].position >= sFrom
	if inSentence && p.reportsCue(prev[len(prev)-1], i) {
		inSentence = false // "According to an aide, the minister stood up and said": the minister speaks
	}
	var subject nounPhrase
	if !inSentence {
		// "Ann Lee, the mayor, visited the site and said ...": the
		// sentence's subject speaks.
		subject = p.sentenceSubject(sFrom, cueFrom)
		if subject.empty() {
			return raw{}, false
		}
	}
	cueTo := p.cueEnd(i) // "pointed out", "made clear"
	if p.is(i+1, "for", "on") {
		cueTo = i + 2
	}
	k := p.skipAdverbials(cueTo, sTo)
	var medium string
	if p.in(i, tellVerbs) {
		if after, m := p.medium(cueTo, sTo); after > cueTo {
			if t := p.skipAdverbials(after, sTo); p.at(t) == "that" {
				k, medium = t, m // "met the dockers and told them that ..."
			}
		}
	}
	if p.at(k) == "that" || p.is(k, ",", ":") && p.q(k+1) == openQuote {
		k++ // "but insisted, "There is no other way.""
	}
	if !p.contentAfter(k, sTo) {
		return raw{}, false
	}
	r := raw{inherit: inSentence, cue: p.str(cueFrom, cueTo), medium: medium, content: []parley.Span{p.trimContent(k, p.contentEnd(k, sTo))}, position: i}
	if c := p.closeAfter(k); p.q(k) == openQuote && c > k {
		r.content[0], r.quoted = p.quoteBody(k, c), true
	}
	if !inSentence {
		r.mention, r.role = p.span(subject.from, subject.to), subject.role
		r.written = p.span(subject.from, max(subject.to, subject.written))
	}
	return r, true
}

// reportsCue reports an "according to" record whose content holds the cue
// at token i: the cue has a subject of its own inside what the source
// reports.
func (p *para) reportsCue(r raw, i int) bool {
	return p.at(r.position) == "according" && len(r.content) > 0 && r.content[0].Start <= p.toks[i].Start && p.toks[i].Start < r.content[0].End
}

// sentenceSubject reads the name that opens a sentence, with an aside after
// it ("Ann Lee, the mayor,"), when it comes before token limit.
func (p *para) sentenceSubject(sFrom, limit int) nounPhrase {
	opening := sFrom
	sFrom = p.subjectStart(sFrom, limit)
	if sFrom < 0 {
		return nounPhrase{}
	}
	if p.in(sFrom, personPronouns|groupPronouns) && (sFrom > opening || p.capitalized(sFrom)) {
		return nounPhrase{from: sFrom, to: sFrom + 1} // "On Monday, she met the crew and said"
	}
	if !p.capitalized(sFrom) && !(sFrom > opening && p.is(sFrom, "the", "a", "an")) {
		return nounPhrase{} // "At one point, the minister stood up and said"
	}
	end := p.rightNP(sFrom, limit)
	for k := sFrom + 1; k < end; k++ {
		// "Democrats want policies ...", "The ministry welcomes the
		// agreement and calls on ...": the verb ends the name; not "Oz's show".
		if !p.in(k-1, determiners) && (!p.capitalized(k) && p.in(k, cueHeads) && !p.possessive(k-1) || p.presentBeforeObject(k)) {
			end = k
			break
		}
	}
	if end == sFrom || p.in(end-1, determiners) {
		return nounPhrase{}
	}
	np := nounPhrase{from: sFrom, to: end}
	if p.at(end) == "," {
		c := end + 1
		for c < limit && p.at(c) != "," {
			c++
		}
		if c < limit && (p.in(end+1, determiners) || p.in(end+1, roleWords)) {
			np.role, np.written = p.str(end+1, c), c
		}
	}
	return np
}

// noneNamed reports a subject that names nobody: "No donor (has said)";
// not "No 10", Downing Street.
func (p *para) noneNamed(np nounPhrase) bool {
	no := np.from
	if p.at(no) != "no" || np.to-np.from == 1 {
		no = np.from - 1
	}
	return p.at(no) == "no" && !p.numeralAt(no+1)
}

// countedCue reports a cue in -s that a count before it makes a noun,
// after a verb of the subject's own: "The statement listed four core
// demands". Not "The 1948 convention states", "The Group of 20 says".
func (p *para) countedCue(i int, np nounPhrase) bool {
	if !p.thirdPerson(i) || np.to-np.from <= 2 {
		return false
	}
	c := i - 1
	if !p.numeralAt(c) {
		c = i - 2
		if !p.numeralAt(c) || !p.isWord(i-1) || p.capitalized(i-1) || strings.HasSuffix(p.lower[i-1], "s") {
			return false
		}
	}
	return !isYear(p.lower[c]) && p.finiteVerbIn(np.from, c)
}

// relativeClauseBefore finds the "who" of a relative clause that runs,
// without commas, from its noun up to the cue: "Residents who fled the town
// said", "Teachers who have worked there for years say". It returns -1 when
// there is none, or when punctuation, a quotation or another reporting verb
// comes first.
func (p *para) relativeClauseBefore(cueFrom, sFrom int) int {
	for j := cueFrom - 2; j > sFrom && j >= cueFrom-12; j-- {
		switch {
		case p.at(j) == "who", p.at(j) == "that" && p.thatRelative(j, sFrom, cueFrom):
			return j
		case !p.isWord(j) || p.q(j) != notQuote || p.in(j, speechVerbs) && !p.capitalized(j):
			return -1
		}
	}
	return -1
}

// personWord reports a noun for a person at token k, singular or plural:
// "people", "residents", "the official".
func (p *para) personWord(k int) bool { return personNoun(strings.TrimSuffix(p.lower[k], "s")) }

// anonymityClause reports a relative clause in [from, to) that tells how
// the source spoke, not who it is: "who spoke to reporters on condition
// of anonymity", "who asked not to be named".
func (p *para) anonymityClause(from, to int) bool {
	return p.anyIn(from, to, speechVerbs) || p.anyWord(from, to, "spoke", "speaking", "anonymity", "named", "identified", "authorized", "authorised")
}

// thatRelative reports a "that" at j that opens a relative clause on the
// sentence's subject: "The agency that runs the crossings said ...". The
// subject must open the sentence with a determiner, and a finite verb with
// more words must follow "that" ("The fact that officials said ...": no
// verb of its own); elsewhere "that" mostly opens a reported clause.
func (p *para) thatRelative(j, sFrom, cueFrom int) bool {
	if !p.in(sFrom, determiners) || p.capitalized(j+1) || j+2 >= cueFrom {
		return false
	}
	w := p.lower[j+1]
	if !p.in(j+1, irregularPasts) && !(len(w) > 3 && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed")) && !p.in(j+1, determiners|beForms)) {
		return false
	}
	subj := p.leftNP(j - 1) // last: the costliest test
	return !subj.empty() && subj.from == sFrom
}

// namingVerbs give a thing a name: after "what X calls" the name is the
// words quoted.
var namingVerbs = wordSet("call calls called describe describes described dub dubs dubbed term terms termed",
	"label labels labelled labeled brand brands branded")

// whatObject reports "what" before the subject np of the cue at i as the
// verb's object ("What she said about the plan was vague"). Not `what
// Israel calls "a buffer zone"`, a name quoted, nor "Here is what Lee told
// us:", words to come, nor "fired on what witnesses said was a peaceful
// crowd": they said it was one.
func (p *para) whatObject(np nounPhrase, i, sFrom, cueTo, sTo int) bool {
	return !np.empty() && p.at(np.from-1) == "what" && !namingVerbs[p.lower[i]] && !p.anyWord(cueTo, sTo, ":") &&
		!(np.from-1 > sFrom && p.in(cueTo, beForms))
}

// pseudoCleft reads a cue whose object is "what" before its subject:
// "What she said about the plan was vague" says nothing in the words after
// the verb. Only "What he told reporters was that ..." gives content: the
// clause after "was that".
func (p *para) pseudoCleft(np nounPhrase, i, cueFrom, cueTo, sTo int) (raw, bool) {
	for j := cueTo; j+2 < sTo; j++ {
		if p.in(j, speechVerbs) || p.at(j) == "," {
			break
		}
		if p.is(j, "was", "is") && p.at(j+1) == "that" {
			return p.spokenBy(np, i, cueFrom, cueTo, p.trimContent(j+2, sTo)), true
		}
	}
	return raw{}, false
}

// verbCue handles a reporting verb: the speaker is its subject (or the name
// after it, `," said Naim`), the content a neighbouring quotation, a clause
// after it, or the clause before it (`..., a source said`).
func (p *para) verbCue(i int, prev []raw) (raw, bool) {
	sFrom, sTo := p.sentRange(i)
	cueFrom := p.skipModifiersLeft(i-1) + 1
	if cueFrom == i && strings.HasSuffix(p.lower[i], "ing") && p.in(i-1, catenativeVerbs) {
		cueFrom = p.skipModifiersLeft(i-2) + 1 // "she kept saying", "he avoids mentioning": the subject is before both verbs
	}
	r := raw{position: i}
	cueTo := p.cueEnd(i)
	if p.notAVerb(i) {
		return raw{}, false
	}
	np := p.leftNP(cueFrom - 1)
	if cueFrom == i && ingForm(p.lower[i]) && !np.empty() && p.finiteVerbIn(np.from+1, np.to) {
		return raw{}, false // "Reservists protested outside the Knesset demanding ...": no subject of the participle
	}
	if w := p.at(i - 1); cueFrom == i && possessiveDeterminers[w] && w != "her" {
		return raw{}, false // "a few of your questions": a possessive owns a noun ("her" may be an object)
	}
	if cueFrom == i && p.countedCue(i, np) {
		return raw{}, false // "The statement listed four core demands": a count of the noun
	}
	if t := trimTimeTail(p, sFrom, cueFrom); t < cueFrom && p.in(t-1, cueModifiers) {
		np = p.leftNP(p.skipModifiersLeft(t - 1)) // "The ministry also on Monday said"
	}
	if np.to-np.from == 1 && dayWords[p.lower[np.from]] && p.at(np.from-1) == "on" {
		np = p.leftNP(np.from - 2) // "Sen. Ann Lee (D-Ore.) on Wednesday said": the day is when, not who
	}
	if np.to-np.from == 1 && np.from == cueFrom-1 && p.contactRelative(np.from, sFrom) {
		return raw{}, false
	}
	relative, aside := -1, false // the relative pronoun that stands for the speaker, and whether commas set its clause off
	described := false           // a restrictive relative clause up to the cue is part of an unnamed speaker
	// "the department which reported": "which" needs no comma after a noun.
	if p.at(cueFrom-1) == "who" || p.at(cueFrom-1) == "which" && (p.at(cueFrom-2) == "," || p.isWord(cueFrom-2) && !p.in(cueFrom-2, nounPrepositions|subjectStops|speechVerbs)) {

		relative = cueFrom - 1
	} else if who := p.relativeClauseBefore(cueFrom, sFrom); who >= 0 && (np.empty() || np.from > who && !p.objectGap(who, np)) && p.at(cueFrom-1) != "to" {
		// Not "34 who the military says are dead": the subject right
		// after "who" speaks, and "who" is the object of its clause.
		// "Residents who fled the town said": the people the clause
		// describes speak, not the object inside it. "Those who ...": the
		// determiner stands for them.
		if p.at(who-1) == "," {
			relative = who // "McConnell, who in 2010 said"
		} else if subj := p.leftNP(who - 1); !subj.empty() && p.subjectHead(subj.to-1) {
			np = subj
			if p.at(who) == "who" && (!p.capitalized(subj.to-1) || subj.to-1 == sFrom && p.personWord(subj.to-1)) && !p.anonymityClause(who, cueFrom) {
				described = true // "Two people who were in the room said": the clause tells which people
			}
		} else if p.in(who-1, determiners) && (who-1 == sFrom || p.is(who-2, ",", "and", "but")) {
			np = nounPhrase{from: who - 1, to: who}
			described = true // "Those who know him well say"
		}
	}
	if relative >= 0 {
		// "Joe Biden, who called it ...", "allies who warn ...", "the
		// agency, which argued that ...": the speaker is who the relative
		// pronoun refers to; the pronoun is the speaker as written.
		back := relative - 1
		if p.at(back) == "," {
			back--
			aside = true
		}
		np = p.leftNP(back)
		if named := p.leftNP(back + 1); aside && !named.empty() && named.role != "" {
			np = named // "Ann Lee, now the council leader, who": the name before the appositive
		}
		np.written = 0
		for k := np.to - 2; k > np.from; k-- {
			if p.is(k, "to", "by", "with", "from", "for") && !(p.at(k) == "for" && p.capitalized(k-1) && p.capitalized(k+1)) {
				np.from = k + 1 // "unacceptable to Israel's prime minister, who"; not "Voice for Peace"
				break
			}
			if p.at(k) == "of" && p.at(relative) == "which" && !p.capitalized(k-1) && p.personWord(k-1) {
				np.from = k + 1 // "residents of the kibbutz, which": people are no "which"
				break
			}
		}
	}
	if p.is(np.from, "least", "most") && p.at(np.from-1) == "at" {
		np.from-- // "At least 15 companies said"
	}
	if np.to-np.from == 1 && indefinitePeople[p.lower[np.from]] || p.noneNamed(np) {
		return raw{}, false // "Anyone who says otherwise is lying", "Whoever claims ...", "No donor has said": nobody in particular
	}
	if p.whatObject(np, i, sFrom, cueTo, sTo) {
		return p.pseudoCleft(np, i, cueFrom, cueTo, sTo)
	}
	if relative < 0 && !np.empty() && p.is(np.from-1, "which", "whom") && p.at(np.from-2) == "," {
		aside = true // "The plan, which Ann Lee said Oslo had sent, would start ...": the clause ends at its comma
	}
	if p.at(i) == "state" && !p.is(i+1, "that", ":") {
		return raw{}, false // "state tax returns", "state and local leaders": the noun, nearly always
	}
	if np.empty() && p.is(cueFrom-1, "and", "but") && p.baseForm(i) && cueFrom == i && (p.at(i+1) != "that" || p.modalIn(sFrom, i)) {
		return raw{}, false // "needs to sell herself and tell more jokes", "would speak and reaffirm that": an infinitive
	}
	if np.empty() && (p.is(cueFrom-1, "and", "but") || p.at(cueFrom-1) == "," && p.at(cueFrom) == "then" && p.pastForm(i)) {
		// "..., but also called on ...": the same subject speaks again,
		// unless the first statement's content already holds this one.
		if p.within(p.toks[i].Start, prev) && !p.reportsCue(prev[len(prev)-1], i) {
			return raw{}, false // not "According to an aide, the minister stood up and said"
		}
		return p.coordinated(i, cueFrom, prev)
	}
	if p.baseForm(i) && cueFrom == i && !np.empty() && p.singular(np) {
		return raw{}, false // "a Palestinian state", "US state department": a singular subject takes "states"
	}
	if cueFrom == i && !np.empty() && !p.pastForm(i) && !strings.HasSuffix(p.lower[i], "s") && !ingForm(p.lower[i]) && (p.is(np.from-1, "a", "an") || p.is(np.from, "a", "an") || p.is(np.from-1, "$", "€", "£") && p.is(np.from-2, "a", "an")) {
		return raw{}, false // "a $53bn Egyptian plan to rebuild": the noun after "a"
	}
	if !np.empty() && cueFrom == i && p.thirdPerson(i) && p.existential(np.from) {
		np.to = i + 1 // "there have been media reports that ...": the reports are the source
		cueTo = i + 1
	} else if !np.empty() && (!p.subjectHead(np.to-1) || cueFrom == i && p.thirdPerson(i) && (p.plural(np) || p.adjective(np.to-1) || p.bare(np))) {
		return raw{}, false // "raising questions", "in at least two states", "international calls for": not a subject and its verb
	}
	inverted, afterClause := false, false
	if np.empty() {
		// `," said Naim` / `,” asserted Hamdan` / `..., said Rep. Lee`: the
		// speaker follows the cue.
		j := cueFrom - 1
		for j >= sFrom && p.at(j) == "," {
			j--
		}
		afterClause = p.at(cueFrom-1) == "," && j-sFrom >= 3 && p.q(j) != closeQuote
		named := p.capitalized(cueTo)
		// `Said Ann Lee: "..."`: the cue opens the sentence, the quotation follows the name.
		opening := cueFrom == sFrom && cueFrom == i && p.capitalized(i)
		if (j >= 0 && (p.q(j) == closeQuote || afterClause) || opening) && (named || cueFrom == i) && !p.is(cueTo-1, "on", "for") && !p.is(i, "tell", "tells", "told", "telling") { // "calls on Israel to", "told its own story": the object; not "assured the spokesman"
			if end := p.rightNP(cueTo, sTo); end > cueTo && (named || p.describedSpeaker(cueTo, end, sTo) && !p.objectControl(i, cueTo, end)) &&
				(!opening || p.is(end, ":", ",") && p.q(end+1) == openQuote) {
				if !named && p.at(end) == "," && p.capitalized(end+1) {
					// `," said the mayor, Ann Lee.`: the description, then the name.
					if e := p.rightNP(end+1, sTo); e > end+1 && (e >= sTo || p.is(e, ",", ".")) {
						end = e
					}
				}
				if named {
					for t := cueTo + 1; t < end; t++ {
						if circumstancePrepositions[p.lower[t]] && p.capitalized(t-1) {
							end = t // `," said Ann Lee in a televised address`: the name ends before the circumstance
							break
						}
					}
				}
				np = nounPhrase{from: cueTo, to: end}
				inverted = true
				if p.at(end) == "(" {
					// "said Rep. Ann Lee (D-Ohio), a ...": keep the parenthesis.
					c := end + 1
					for c < sTo && c < end+6 && p.at(c) != ")" {
						c++
					}
					if p.at(c) == ")" {
						np.written, end = c+1, c+1
					}
				}
				// `," says Paul Roe, founder of a veterans group.` and
				// `," said Ann Lee, who ran the party in 1990, and ...`: the
				// description after the name runs to the sentence's end.
				if p.at(end) == "," && p.isWord(end+1) && isNumeral(p.lower[end+1]) && p.at(end+2) == "," {
					np.written, end = end+2, end+2 // `," said Ana Ruiz, 54, a nurse`: past the age
				}
				if p.at(end) == "," && end+1 < sTo && p.q(end+1) == notQuote && p.describes(end+1) {
					e := end + 1
					for e < sTo && !p.is(e, ",", ".", ";") && p.q(e) == notQuote {
						e++
					}
					if afterClause && (p.at(e) == "," || e+1 >= sTo) {
						np.role, np.written = p.str(end+1, e), e
					} else if !afterClause {
						np.role, np.written = p.str(end+1, e), p.descriptionEnd(e, sTo)
					}
					if p.is(end+1, "who", "whose", "which") {
						np.role = "" // a relative clause describes; it states no role
					}
				}
			}
		}
		if !inverted {
			return raw{}, false
		}
	}
	r.cue = p.str(cueFrom, cueTo)
	r.role = np.role
	// "officials quoted by the Israeli media": the medium sits in the phrase.
	for k := np.from; k+1 < np.to; k++ {
		if p.is(k, "quoted", "cited", "seen", "obtained") && p.at(k+1) == "by" {
			r.medium = p.str(k+2, np.to)
			if k > np.from {
				np.to = k
				break
			}
			// "Officials are being quoted by local media saying ...".
			b := k - 1
			for b >= 0 && p.is(b, "is", "are", "was", "were", "been", "being", "have", "has") {
				b--
			}
			np = p.leftNP(b)
			if np.empty() {
				return raw{}, false
			}
			break
		}
	}
	if described && cueFrom > np.to {
		np.to = cueFrom
	}
	r.mention = p.span(np.from, np.to)
	r.written = p.writtenSpan(np)
	if relative >= 0 && !np.empty() {
		r.written = p.span(relative, relative+1)
	}
	r.pronoun = p.pronounOf(np)
	after := cueTo
	if inverted {
		after = max(np.to, np.written)
	}
	if p.in(i, tellVerbs) {
		var m string
		object := after
		after, m = p.medium(after, sTo)
		r.medium = firstNonEmpty(m, r.medium)
		r.addressed = m == "" && after > object // "told his aides": no outlet
	}
	// The first medium found wins: scan the sentence again only while none is.
	if r.medium == "" {
		r.medium = p.interviewMedium(sFrom, sTo)
	}
	if r.medium == "" && !(relative >= 0 && aside) { // "The Houthis, who say ..., have attacked ..., according to X": X reports the main clause
		r.medium = p.accordingMedium(after, sTo)
	}
	if r.medium == "" {
		r.medium = p.quotedByAside(np.to, cueFrom)
	}
	if afterClause {
		// "The panel was misled, said Rep. Lee, in a statement.": the
		// clause before the cue is the content; nothing after it is.
		r.content = []parley.Span{p.trimContent(sFrom, cueFrom-1)}
		return r, true
	}

	if !inverted && p.at(np.to) == "," && p.is(np.to+1, "citing", "quoting") {
		// "Israeli media, citing officials, reported ...": the source
		// cited speaks, the reporter is the medium.
		if end := p.rightNP(np.to+2, sTo); end > np.to+2 && end < cueFrom && p.at(end) == "," {
			r.medium = p.str(np.from, np.to)
			r.mention = p.span(np.to+2, end)
			r.written = r.mention
			r.pronoun = ""
		}
	}
	k := p.skipAdverbials(after, sTo)
	r.channel = p.channel(after, k)
	if r.channel == "" && !np.empty() && !inverted {
		// "Erdogan, in a message on his X account, said ...", "In a
		// statement on its Telegram channel, Hamas said ...": the aside
		// after the subject, or the phrase that opens the sentence when
		// it is no clause of its own.
		r.channel = p.channel(max(np.to, np.written), cueFrom)
		if r.channel == "" {
			if c := p.channel(sFrom, np.writtenFrom()); c != "" && !p.clauseLeads(np, sFrom) {
				r.channel = c
			}
		}
	}
	if p.at(k) == "," && p.is(k+1, "citing", "quoting") {
		k++ // "X reported, citing a source, that ..."
	}
	if p.is(k, "citing", "quoting") {
		// "X reported, citing a source": the source speaks, X is the medium.
		if end := p.rightNP(k+1, sTo); end > k+1 {
			r.medium = p.str(np.from, np.to)
			r.mention = p.span(k+1, end)
			r.written = r.mention
			r.pronoun = ""
			r.cue += " " + p.lower[k]
			k = p.skipAdverbials(end, sTo)
		}
	}

	right := k
	if p.at(right) == ":" {
		right++
	}
	rightContent := right < sTo && p.contentAfter(right, sTo) && !p.opensCircumstance(right)
	clauseStart := p.is(right, "that", "he", "she", "they", "it", "we", "i", "there")
	if rightContent && !clauseStart && p.q(right) != openQuote {
		// After `"Q," X said` only a that-clause or a new quotation is more
		// content; anything else is circumstance ("in a briefing on Monday").
		b := np.writtenFrom() - 1
		if inverted {
			b = cueFrom - 1
		}
		for b >= 0 && p.at(b) == "," {
			b--
		}
		// A quotation closed by a full stop ended its own sentence, whose
		// break the page lost: `... famine." Cogat said 700 lorries ...`.
		// A quoted title inside narration before the subject ("On the
		// broadcast of "Meet the Press," Ann Lee said ...", "In her book,
		// "Rising Tide," Lee argued ...") is no statement.
		titled := false
		if b >= 0 && p.q(b) == closeQuote && !inverted {
			o := p.openBefore(b)
			titled = o > sFrom && (p.in(o-1, nounPrepositions) && !p.capitalized(o-1) || p.in(sFrom, nounPrepositions) && p.at(sFrom) != "of" ||
				p.possessive(o-1) && p.in(o-2, nounPrepositions)) // `Speaking on NBC's "Meet the Press," Lee said`
		}
		rightContent = titled || !(b >= 0 && p.q(b) == closeQuote && p.at(b-1) != ".")
	}
	// 1. A quotation closing right before the speaker: `"Q," X said`.
	before := np.writtenFrom() - 1 // "a spokesman for the army, Tom Roe, said": before the description
	if inverted {
		before = cueFrom - 1
	}
	for before >= 0 && p.at(before) == "," {
		before--
	}
	if !inverted && p.at(before) == "as" {
		// `"...," as Lee said.`
		b := before - 1
		if p.at(b) == "," {
			b--
		}
		if p.q(b) == closeQuote {
			before = b
		}
	}
	if before >= 0 && p.q(before) == closeQuote && !rightContent {
		if open := p.openBefore(before); open >= 0 {
			if open > sFrom && p.toks[open].Start > p.toks[sFrom].Start && !p.inside[sFrom] && p.q(sFrom) != openQuote {
				// Narration with a quoted tail: `Talks "remain big," X said`.
				r.content = []parley.Span{p.trimContent(sFrom, before+1)}
				return r, true
			}
			r.content = []parley.Span{p.quoteBody(open, before)}
			r.quoted = true
			// A quote split by its cue: `"A," he said, "B."`, also past an
			// aside: `"A," he said, referring to the plan, "B."`.
			// A reporting participle ("adding later, "B."") is a cue of its own.
			if p.at(k) == "," && strings.HasSuffix(p.lower[min(k+1, len(p.toks)-1)], "ing") && !p.isParticiple(k+1) {
				for j := k + 2; j < sTo && j < k+16 && p.q(j) == notQuote; j++ {
					if p.at(j) == "," && p.q(j+1) == openQuote {
						k = j
						break
					}
				}
			}
			// Past whom it was told and when: `"A," she told the board
			// before the vote, "B."`; words with no verb of their own.
			for j := k; j < sTo && j < k+10 && p.isWord(j) && !p.in(j, finiteAuxiliaries|speechVerbs) && !p.pastVerb(j); j++ {
				if p.at(j+1) == "," && p.q(j+2) == openQuote {
					k = j + 1
					break
				}
			}
			if p.at(k) == "," && k+1 < len(p.toks) && p.q(k+1) == openQuote {
				if cl := p.closeAfter(k + 1); cl > k+1 {
					r.content = append(r.content, p.quoteBody(k+1, cl))
				}
			}
			return r, true
		}
	}
	// A trailing circumstance after a clause and its speaker: "Aid fell by
	// half, the army said in a summary last month" reports the clause
	// before; the phrase after the cue tells where or how (3).
	trailing := !inverted && p.clauseLeads(np, sFrom) // "..., the army said ..."
	if trailing && p.circumstance(after, sTo) {
		k = after
		for k < sTo && p.at(k) != "," {
			k++
		}
		return p.clauseBefore(r, np, sFrom, k, sTo, prev)
	}
	// 2. Content after the cue: a quotation, or a reported clause. A
	// participle after a comma ("..., the official said, adding that")
	// takes what follows; this cue has the clause before it (3).
	if p.at(k) == "," && p.isParticiple(k+1) && !inverted {
		k = sTo
	}
	if trailing && p.at(k) == "," && !p.capitalizedIn(after, k) && p.narratorTail(k+1, sTo) {
		// "Talks produced a pause, the mediator announced Friday, raising
		// hopes": the clause before the speaker is the content, the
		// phrase after it the narrator's.
		return p.clauseBefore(r, np, sFrom, k, sTo, prev)
	}
	if p.is(k, ":", ",") {
		k++
	}
	if k == len(p.toks) && p.at(k-1) == ":" && !inverted {
		r.block, r.content = true, []parley.Span{p.span(k, k)}
		return r, true
	}
	if last := len(p.toks) - 1; !inverted && !trailing && sTo == len(p.toks) && p.at(last) == ":" && k < last && p.circumstance(after, last) {
		// "X said in a statement released by the forum:" and the words
		// in the next paragraph.
		r.block, r.content = true, []parley.Span{p.span(last+1, last+1)}
		return r, true
	}
	if k < len(p.toks) && p.q(k) == openQuote {
		cl := p.closeAfter(k)
		if cl < 0 {
			cl = len(p.toks) // a quote whose closing mark is missing runs to the paragraph's end
		}
		// `said: "...," adding that ...`: the participle is a cue of its own.
		if cl >= sTo-1 || !p.contentAfter(cl+1, sTo) || p.isParticiple(cl+1) || p.at(cl+1) == "," && p.isParticiple(cl+2) {
			r.content = []parley.Span{p.quoteBody(k, cl)}
			r.quoted = true
			return r, true
		}
	}
	if p.at(k) == "by" && p.isGerund(k+1) {
		return raw{}, false // "responded by saying ...": the gerund is the cue
	}
	if p.is(k, "and", "or", "but", "nor") && p.at(k-1) == "," && (k-1 > cueTo || trailing) {
		if trailing {
			// "300 trucks entered, the Red Crescent said Tuesday, but ...",
			// "Lee affirmed A, SPA reported, and stressed B": the clause
			// before the speaker is the content.
			return p.clauseBefore(r, np, sFrom, k, sTo, prev)
		}
		return raw{}, false // "Ann Lee reported from Lima, and Tom Roe from Quito.": a credit line
	}
	if (p.is(k, "is", "are", "was", "were") || p.in(k, finiteAuxiliaries) && !p.in(k, personPronouns|groupPronouns)) && !inverted && k == cueTo && !p.gapClause(np.from-1) {
		return raw{}, false // "everything he says is a lie": an object relative, not a statement
	}
	if p.at(after) == "from" && strings.HasPrefix(p.lower[i], "report") && p.placeOnly(after+1, sTo) {
		return raw{}, false // "Ann Lee reported from Deir al-Balah, Gaza Strip.": a credit line
	}
	if k < sTo && p.contentAfter(k, sTo) && !p.opensCircumstance(k) {
		clause := p.at(k) == "that"
		if clause {
			k++
		}
		if p.at(k) == "to" && !p.in(i, promiseVerbs|intentVerbs) {
			return raw{}, false // "called to say": an infinitive, not a statement
		}
		if v := p.skipModifiersRight(k); p.in(v, speechVerbs) && !p.capitalized(v) && (v > k || !p.in(v, anonymousHeads)) && !(p.thirdPerson(v) && p.in(v-1, beForms)) {
			switch {
			case v > k, !clause && (p.pastForm(v) || strings.HasSuffix(p.lower[v], "ing")):
				return raw{}, false // "media reports have said ...", "reports denying ...": the noun was not the cue
			case clause:
				k, clause = k-1, false // "said that claim smacked of ...": a demonstrative
			}
		} else if clause && p.in(k, finiteAuxiliaries) {
			k, clause = k-1, false // "acknowledge that is still far off": "that" is the subject
		}
		end := p.contentEnd(k, sTo)
		if !clause {
			end = p.objectEnd(k, end)
		}
		if aside {
			// "Residents, who say the dam failed, want it rebuilt": the
			// clause set off by commas ends at the next one.
			for j := k + 2; j < end; j++ {
				if p.at(j) == "," && !p.inside[j] {
					end = j
					break
				}
			}
		}
		if end > k {
			r.content = []parley.Span{p.trimContent(k, end)}
			// "The museum, he said, would make visitors ...": the cue
			// interrupts its clause, which begins before the speaker.
			if lead := np.writtenFrom() - 1; !inverted && !clause && p.at(cueTo) == "," && p.at(lead) == "," && lead-sFrom >= 1 &&
				np.to-np.from <= 4 && !strings.HasSuffix(p.lower[k], "ing") && p.q(lead-1) != closeQuote {
				from := lead - 1
				for from > sFrom && !p.is(from-1, ",", ";") {
					from-- // the clause only: "..., some of which, he said, were"
				}
				r.content = append([]parley.Span{p.trimContent(from, lead)}, r.content...)
				r.interrupts = true
			}
			return r, true
		}
	}
	if inverted {
		return raw{}, false
	}
	return p.clauseBefore(r, np, sFrom, k, sTo, prev)
}

// clauseLeads reports a clause before the speaker np and the comma that
// sets the speaker off: "Aid fell by half, the army said". A clause has a
// finite verb or, in the present tense, four words or more that open with
// no preposition or conjunction ("Mayors want a deal by Friday, ...").
func (p *para) clauseLeads(np nounPhrase, sFrom int) bool {
	lead := np.writtenFrom() - 1
	if p.participleOpens(sFrom) && !p.finiteVerbIn(sFrom, lead) {
		return false
	}
	return p.at(lead) == "," && (p.finiteVerbIn(sFrom, lead) || lead-sFrom >= 4 && !p.in(sFrom, subjectStops))
}

// participleOpens reports a sentence at sFrom that opens with a participle
// phrase, the narrator's circumstance of what follows: "Speaking to
// reporters, Lee said ...", "Asked about the vote, he said ...".
func (p *para) participleOpens(sFrom int) bool {
	w := p.lower[sFrom]
	return p.capitalized(sFrom) && (ingForm(w) || strings.HasSuffix(w, "ed") && p.in(sFrom+1, nounPrepositions|determiners) || p.at(sFrom) == "asked") &&
		!p.in(sFrom, speechVerbs|anonymousHeads)
}

// statement reports tokens [from, to) long enough to be what a source
// said before its cue: three words, or two with a verb ("Prices rose, the
// ministry said").
func (p *para) statement(from, to int) bool {
	return to-from >= 3 || to-from == 2 && p.finiteVerbIn(from, to)
}

// clauseBefore gives r the clause before its speaker np, `..., a senior
// source said.`; k is the first token after the cue and what it governs.
// The clause starts after any earlier source in the sentence (prev, the
// paragraph's records so far) that took the words before it.
func (p *para) clauseBefore(r raw, np nounPhrase, sFrom, k, sTo int, prev []raw) (raw, bool) {
	if strings.HasSuffix(r.cue, " for") || strings.HasSuffix(r.cue, " on") {
		return raw{}, false // "the 600 a day the deal calls for": "calls for" wants its object after it
	}
	sFrom = p.afterSource(p.afterTimelineDate(sFrom, np.from), np.from, prev) // "A, according to X, and B, Y says": Y says B
	end := np.from
	for end > sFrom && p.at(end-1) == "," {
		end--
	}
	if end == np.from || !p.statement(sFrom, end) || p.participleOpens(sFrom) && !p.finiteVerbIn(sFrom, end) {
		return raw{}, false
	}
	if k < sTo && p.isWord(k) && !p.capitalized(k) && !p.in(k, subjectStops|nounPrepositions|timeWords|speechVerbs) && !p.is(k, "according", "without", "and", "or", "nor") &&
		!strings.HasSuffix(p.lower[k], "ly") && !strings.HasSuffix(p.lower[k], "ing") {
		return raw{}, false // "..., the mills declared bankruptcy": the verb has its own object
	}
	r.content = []parley.Span{p.trimContent(sFrom, end)}
	return r, true
}

// afterSource is where the clause before a trailing speaker np begins when
// an earlier source in the same sentence took the clause before it: in "The
// port reopened, according to the harbour office, and ferries resumed, the
// ministry says" the ministry says only "ferries resumed".
func (p *para) afterSource(sFrom, to int, prev []raw) int {
	for k := len(prev) - 1; k >= 0; k-- {
		r := prev[k]
		if r.mention.Len() == 0 || len(r.content) == 0 || r.content[0].End > r.mention.Start {
			continue
		}
		m := max(p.tokenAt(max(r.mention.End, r.written.End)), r.position+1)
		for limit := m + 6; m < to && m < limit && p.at(m) != "," && p.q(m) == notQuote; {
			m++ // past the cue and its circumstance: "said on Monday"
		}
		if m <= sFrom || m >= to {
			continue
		}
		if p.at(m) == "," && p.is(m+1, "and", "but", "while") && m+2 < to {
			return m + 2
		}
	}
	return sFrom
}

// opensCircumstance reports a word after a cue that opens the time or
// source of the statement, not its content: "said as talks resumed",
// "said after the vote", "said, according to ...". "as many as 3,000"
// opens a count.
func (p *para) opensCircumstance(k int) bool {
	if p.at(k) == "as" && p.is(k+1, "many", "much", "few", "little", "long", "high", "low", "early") && p.at(k+2) == "as" {
		return false
	}
	return p.is(k, "as", "while", "after", "when", "before", "according")
}

// objectPronouns stand for a speaker as an object: "quoted him as saying".
var objectPronouns = map[string]string{"him": "he", "her": "she", "them": "they", "us": "we"}

// dayWords name a day a subject may carry before its verb in wire copy.
var dayWords = wordSet("today yesterday tonight monday tuesday wednesday thursday friday saturday sunday")

// capitalizedIn reports a capitalised word in tokens [from, to) other than
// a day's name: "said Friday," is a circumstance, "shows Earlier," a glued
// sentence.
func (p *para) capitalizedIn(from, to int) bool {
	for t := from; t < to; t++ {
		if p.capitalized(t) && !dayWords[p.lower[t]] {
			return true
		}
	}
	return false
}

// narratorTail reports a phrase from token k to the sentence's end that
// is the narrator's, after a trailing speaker and a comma: a participle
// ("speaking on condition of anonymity because ..."), "with", "including",
// "up from 40", a relative clause on the speaker ("whose figures ..."), a
// noun in apposition ("a condition that ...") or a prepositional phrase
// ("in the deadliest week since ..."). Not a clause of its own: "Though it
// was easy, he said, replacing her would be hard" has a verb before any
// subordinate clause; nor "shows Earlier, ...", a glued sentence.
func (p *para) narratorTail(k, sTo int) bool {
	if k >= sTo || p.capitalized(k) {
		return false
	}
	switch {
	case p.is(k, "including", "with", "without", "whose", "which", "meaning", "bringing", "marking"),
		p.is(k, "up", "down") && p.at(k+1) == "from",
		(quantifiers[p.lower[k]] || p.at(k) == "both") && p.at(k+1) == "of": // "..., most of them children"
		return true
	case p.at(k) == "the" && k+1 < sTo && superlative(p.lower[k+1]): // "..., the largest sustained flow of aid since the war began"
		j := k + 1
		for j < sTo && p.isWord(j) && (p.pastForm(j) && superlative(p.lower[j-1]) || !p.pastVerb(j) && !p.in(j, finiteAuxiliaries|subjectStops)) {
			j++ // a past form after a superlative modifies the noun
		}
		return j > k+1 && !p.finiteVerbBefore(j, sTo)
	case ingForm(p.lower[k]), p.is(k, "a", "an"),
		isNumeral(p.lower[k]) && k+1 < sTo && text.IsTimeUnit(unitOf("", p.lower[k+1])),  // "one month after the court ruled"
		text.IsTimeUnit(unitOf("", p.lower[k])) && p.is(k+1, "after", "before", "later"), // "hours after the truce was due"
		circumstancePrepositions[p.lower[k]] || p.is(k, "amid", "despite", "following"):
		return !p.finiteVerbBefore(k+1, sTo)
	}
	return false
}

// superlative reports a common superlative ("most", "largest") or a word
// in -iest ("deadliest"): a past form after it describes a noun ("the
// most contested", "the largest sustained").
func superlative(w string) bool {
	return superlatives[w] || len(w) > 6 && strings.HasSuffix(w, "iest") // "deadliest", "heaviest"
}

// superlatives are the common superlatives not in -iest; a list, since
// many nouns end in -est ("harvest", "unrest", "arrest", "contest").
var superlatives = wordSet("most least best worst largest biggest highest lowest longest shortest greatest strongest",
	"fiercest latest widest closest smallest hardest oldest newest youngest toughest")

// finiteVerbBefore reports a finite verb in [from, to) before any word that
// opens a subordinate or relative clause: "replacing her would be hard"
// has one, "asking not to be named because the talks are private" not.
func (p *para) finiteVerbBefore(from, to int) bool {
	for j := from; j < to; j++ {
		switch {
		case subordinators[p.lower[j]]:
			return false
		case p.in(j, finiteAuxiliaries) || p.pastVerb(j) && !p.in(j-1, beForms):
			return true // not "to be named": a participle
		}
	}
	return false
}

// auxiliaryBefore reports a finite auxiliary ("have", "were", "will") in
// [from, to) before any word that opens a clause inside the phrase: the
// phrase is a clause's subject. Unlike finiteVerbBefore it takes no past
// form, which after a quantifier is as often a participle ("displaced
// families").
func (p *para) auxiliaryBefore(from, to int) bool {
	for j := from; j < to; j++ {
		switch {
		case subordinators[p.lower[j]] || p.is(j, "what", ","):
			return false
		case p.in(j, finiteAuxiliaries):
			return true
		}
	}
	return false
}

// subordinators open a clause inside a phrase: its verb is not the phrase's.
var subordinators = wordSet("because since as after before when while though although if until unless that which who whom whose where whether")

// indefinitePeople name no one in particular: what "anyone who says" says
// is a hypothesis, not a statement.
var indefinitePeople = wordSet("anyone anybody whoever everyone everybody nobody")

// circumstancePrepositions open a phrase that tells where, when or how a
// statement was made.
var circumstancePrepositions = wordSet("in at on during from via through outside inside near")

// circumstance reports a prepositional phrase from token k to the next
// comma or the sentence's end that holds no reported clause: "in a summary
// last month", "at the weekly briefing in Geneva", not "in Cairo that ...".
func (p *para) circumstance(k, sTo int) bool {
	if k+1 >= sTo || !circumstancePrepositions[p.lower[k]] || ingForm(p.lower[k+1]) && !p.capitalized(k+1) {
		return false // "will insist on being heard": the cue's object
	}
	if p.at(k) == "on" && (p.at(k+1) == "condition" || p.at(k+1) == "the" && p.at(k+2) == "condition") {
		return true // "on condition of anonymity because she was not allowed to speak"
	}
	for j := k + 1; j < sTo && p.at(j) != ","; j++ {
		reduced := j > k+2 && p.in(k+1, determiners) && (j+1 >= sTo || p.in(j+1, nounPrepositions|timeWords) || p.is(j+1, "by", ",", "overnight", "online", "earlier", "later")) // "in a report published on Monday", "in a list released overnight"
		if j-k > 10 || p.q(j) != notQuote || p.at(j) == "that" || p.in(j, finiteAuxiliaries|personPronouns|groupPronouns) || p.pastVerb(j) && !reduced ||
			p.in(j, speechVerbs) && !p.determinerBefore(j, k) { // "in a (confidential) report" is no cue
			return false
		}
	}
	return true
}

// determinerBefore reports a determiner before token j, after k, with at
// most two adjectives between: "a confidential report", "its annual
// report" make "report" a noun.
func (p *para) determinerBefore(j, k int) bool {
	for d := j - 1; d > k && d >= j-3; d-- {
		if p.in(d, determiners) || p.possessive(d) {
			return true
		}
		if !p.isWord(d) || p.pastVerb(d) || p.in(d, speechVerbs|finiteAuxiliaries) {
			return false
		}
	}
	return false
}

// describedSpeaker reports a speaker after the cue that opens in lower
// case, the noun phrase [k, end): `," said a senior official`, `," said
// former teacher Ann Lee`. It names a source (a determiner or number leads
// it, a name or a source noun is in it) and the sentence, or a clause, ends
// after it: not a circumstance ("said on Monday"), a clause ("said it
// would", "said the event brought back memories") or an object ("declared
// bankruptcy.").
func (p *para) describedSpeaker(k, end, sTo int) bool {
	if p.in(k, subjectStops|timeWords|speechVerbs|personPronouns|groupPronouns) && !p.in(k, determiners) ||
		p.is(k, "this", "that", "these", "those", "more", "all", "some", "any", "each", "every") {
		return false
	}
	if !(end >= sTo || p.is(end, ",", ".", ";", ":", "in", "on", "at", "who") || p.q(end) != notQuote) || !p.subjectHead(end-1) {
		return false
	}
	if p.in(k, determiners) || isNumeral(p.lower[k]) || p.at(k) == "one" {
		return true
	}
	for j := k; j < end; j++ {
		if p.capitalized(j) || p.in(j, anonymousHeads|roleWords|documentNouns) {
			return true
		}
	}
	return false
}

// describes reports a description that may follow an inverted speaker's
// name from token k: lower case ("a lawyer"), or a title in capitals
// ("House editor for ...", "Senior Fellow"), but not a participle or a
// circumstance ("summing up", "in a statement").
func (p *para) describes(k int) bool {
	if strings.HasSuffix(p.lower[k], "ing") || p.in(k, nounPrepositions) && p.at(k) != "of" || p.isWord(k) && isNumeral(p.lower[k]) && p.is(k+1, ",", ".") {
		// an age ("Ana Ruiz, 54,") describes no role
		return false
	}
	if !p.capitalized(k) || p.in(k, roleWords) {
		return true
	}
	for j := k + 1; j < len(p.toks) && j <= k+2 && p.isWord(j); j++ {
		if p.in(j, roleWords) {
			return true
		}
	}
	return false
}

// descriptionEnd is where the description after an inverted speaker ends
// (tokens from e): at the sentence's end, or before a comma that opens a
// circumstance ("..., in a statement") or a participle ("..., adding").
func (p *para) descriptionEnd(e, sTo int) int {
	for k := e; k < sTo; k++ {
		if p.at(k) == "," && (p.in(k+1, nounPrepositions) || strings.HasSuffix(p.lower[min(k+1, len(p.lower)-1)], "ing")) {
			return k
		}
	}
	last := sTo
	for last > e && !p.isWord(last-1) && p.q(last-1) == notQuote {
		last--
	}
	return last
}

// accordingMedium reads "according to X" after a cue whose speaker is
// already known: X is where the statement was published.
func (p *para) accordingMedium(k, sTo int) string {
	for j := k; j+2 < sTo; j++ {
		if p.at(j) == "according" && p.at(j+1) == "to" && p.at(j-1) == "," { // not "chosen according to seniority"
			if end := p.rightNP(j+2, sTo); end > j+2 && !p.personSource(j+2, end) {
				return p.str(j+2, end)
			}
		}
	}
	return ""
}

// skipAdverbials steps over time and place phrases right after a cue ("on
// Wednesday", "from Istanbul", "earlier this week", "in a statement") and
// lands on "that" when it comes within a short window.
func (p *para) skipAdverbials(k, sTo int) int {
	if p.at(k) == "," && (p.in(k+1, nounPrepositions) || p.is(k+1, "without", "again", "however", "during", "after", "before", "following", "in", "at")) {
		// "has claimed, without evidence, that ...": a short aside
		// between the cue and its clause.
		for c := k + 2; c < sTo && c <= k+9 && (p.isWord(c) || p.at(c) == ","); c++ {
			if p.at(c) == "," {
				if p.at(c+1) == "that" {
					return c + 1
				}
				break
			}
		}
	}
	for j := k; j < sTo && j < k+12; j++ {
		if p.at(j) == "that" {
			if j > k && p.relativeThat(j) && !p.capitalized(j-1) && p.isWord(j-1) {
				break // "told reporters after the meeting that was held ...": a relative clause
			}
			if j > k && p.in(j-1, nounPrepositions) {
				break // "for readers in that position": after a preposition "that" is a determiner
			}
			return j
		}
		if p.is(j, ":", ",") && j+1 < len(p.toks) && p.q(j+1) == openQuote && j > k {
			return j // "said at an event in Alabama: "..."
		}
		if p.at(j) == "," && (p.in(k, nounPrepositions) || p.at(k) == "during") && p.capitalized(j-1) && (p.capitalized(j+1) || p.at(j+1) == "that") {
			continue // "said at a rally in Toledo, Ohio, that ..."
		}
		objectPronoun := j > 0 && p.is(j, "him", "her", "them", "us", "me") && (p.in(j-1, nounPrepositions) || ingForm(p.lower[j-1])) // "told reporters travelling with him that", "told aides accompanying her that"
		if p.q(j) != notQuote || p.is(j, ",", ".", ":") || p.in(j, speechVerbs) && !p.capitalized(j) && !p.in(j-1, documentNouns|determiners|nounPrepositions) && !p.modifiesNoun(j) || (p.in(j, subjectStops) && !p.in(j, nounPrepositions) && !objectPronoun && !p.is(j, "earlier", "later", "last", "this", "at", "by", "during", "after")) {
			break // a verb or clause word first: that "that" is not this cue's
		}
	}
	for k < sTo {
		w := p.lower[k]
		switch {
		case p.is(k+1, "later", "earlier") && (p.is(k, "hours", "days", "minutes", "weeks", "months", "years", "moments") || p.is(k, "day", "week", "month", "year") && p.at(k-1) == "a"):
			k += 2 // "responded hours later", "said a day later"
		case p.in(k, timeWords) || w == "earlier" || w == "later" || w == "then",
			// "this week", not "dismissed this as"
			(w == "last" || w == "this" || w == "next") && p.in(k+1, timeWords),
			// "early Sunday", "late on Thursday", not "early morning strikes"
			(w == "early" || w == "late") && (dayWords[p.lower[min(k+1, sTo-1)]] || p.is(k+1, "on", "last", "this") && p.in(k+2, timeWords)):
			k++
		case (w == "after" || w == "before") && k+1 < sTo && (p.in(k+1, determiners) || p.capitalized(k+1)):
			// "said after the convention he would ...": a time phrase, when
			// a clause follows it.
			j := k + 1
			for j < sTo && j < k+6 && p.isWord(j) && !p.in(j, subjectStops) {
				j++
			}
			if j == k+1 || !(p.in(j, personPronouns|groupPronouns) || p.is(j, "that", "i")) || p.relativeThat(j) {
				return k
			}
			k = j
		case (w == "on" || w == "in" || w == "from" || w == "at" || w == "during" || w == "over") && k+1 < sTo:
			j := k + 1
			for j < sTo && j < k+8 && p.isWord(j) && p.at(j) != "that" && (p.capitalized(j) || p.in(j, timeWords) || p.is(j, "a", "an", "the", "his", "her", "their", "its", "statement", "interview", "press", "conference", "briefing", "phone", "televised", "speech", "post", "video", "remarks", "email", "e-mail", "letter", "message", "tweet", "memo", "call", "note", "joint")) {
				j++
			}
			if p.in(j-1, determiners) {
				j-- // "announced on Friday the arrest": the determiner opens the content
			}
			if p.q(j) == openQuote && (j == k+1 && w == "on" || j > k+1 && p.possessive(j-1)) {
				// `said on CNN's "State of the Union."`, `said on "Meet the
				// Press" that`: a programme's title, no content.
				if cl := p.closeAfter(j); cl > j && cl-j <= 8 && (j > k+1 || p.titleCase(j+1, cl)) {
					j = cl + 1 // not `insisted on "a fair deal"`
				}
			}
			if j == k+1 {
				return k // "insisted on a permanent truce": the phrase is the content, not a circumstance
			}
			k = j
			if p.at(k) == "," && p.at(k+1) == "formerly" && p.capitalized(k+2) && p.at(k+3) == "," {
				k += 4 // "in a post on X, formerly Twitter, that ..."
			}
		default:
			return k
		}
	}
	return k
}

// channel finds "on X" in the circumstance [from, to) of a cue ("wrote on
// Telegram", "said in a post on X", "on its Telegram channel", "in a
// Telegram post"): the capitalized name after "on" or "in a".
func (p *para) channel(from, to int) string {
	for j := from; j+1 < to; j++ {
		s := j + 1
		switch {
		case p.at(j) == "on":
		case p.at(j) == "in" && p.is(j+1, "a", "an") && p.capitalized(j+2):
			s = j + 2 // "in a Telegram post"
		default:
			continue
		}
		if p.is(s, "his", "her", "its", "their", "the") {
			s++
		}
		e := s
		for e < to && p.capitalized(e) && !p.in(e, timeWords) {
			e++
		}
		if e > s {
			c := strings.TrimSuffix(p.str(s, e), ".") // "on X." at the sentence's end
			return trimPossessive(c)                  // "on CNN's program"
		}
	}
	return ""
}

// titleCase reports words [i, j) written as a title: "Meet the Press",
// "Fox and Friends", punctuation aside.
func (p *para) titleCase(i, j int) bool {
	for k := i; k < j; k++ {
		if p.isWord(k) && !p.capitalized(k) && !(k > i && p.titleSmallWord(k)) {
			return false
		}
	}
	return j > i
}

// relativeThat reports a "that" followed by a finite verb after a noun:
// "the meeting that was held", "a deal that ends the war", a relative
// clause, not a reported one.
func (p *para) relativeThat(j int) bool {
	if p.at(j) != "that" || !p.isWord(j+1) || p.capitalized(j+1) {
		return false
	}
	w := p.lower[j+1]
	return p.in(j+1, finiteAuxiliaries) ||
		strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && p.in(j+2, determiners) && !p.in(j+1, determiners|personPronouns|groupPronouns) || // "a deal that ends the war"
		p.pastForm(j+1) && !p.in(j+2, finiteAuxiliaries) && !p.finiteVerbIn(j+2, min(j+5, len(p.toks))) // "the meeting that ended the talks"; not "said that displaced families would"
}

// mediumNouns head a medium's description: "the New Arab website",
// "Israel's public broadcaster".
var mediumNouns = wordSet("website newspaper channel tv television radio agency daily broadcaster network service programme program show podcast magazine station")

// audienceNouns name a gathering one tells things to: "told a news
// conference", "told the crowd".
var audienceNouns = wordSet("conference briefing rally crowd crowds audience audiences meeting gathering summit session forum assembly hearing",
	"supporters delegates students graduates congregation worshippers mourners")

// medium reads the addressee of "told": a medium name, "the X website",
// or "us" (the outlet itself). It returns where the content may start.
func (p *para) medium(k, sTo int) (int, string) {
	if k >= sTo {
		return k, ""
	}
	if p.at(k) == "us" {
		return k + 1, "us"
	}
	if p.q(k) == openQuote {
		if cl := p.closeAfter(k); cl > k+1 && cl < k+8 && p.at(cl+1) == "that" && p.titleCase(k+1, cl) {
			return cl + 1, p.str(k+1, cl) // `told "Meet the Press" that`: the programme, then the words
		}
		return k, ""
	}
	if p.is(k, "reporters", "journalists", "lawmakers", "parliament", "them", "him", "me") || p.at(k) == "her" && p.at(k+1) == "that" { // not "told her colleagues"
		return k + 1, ""
	}
	j := k
	if p.at(j) == "the" {
		j++
	}
	start := j
	for j < sTo && (p.capitalized(j) || p.channelNumber(j) || (j > start && mediumNouns[p.lower[j]]) ||
		j > start && p.at(j) == "of" && p.capitalized(j+1) || // "the Times of Israel", "Voice of America"
		p.mediumModifier(j, sTo)) { // "state broadcaster TRT", "Israeli public broadcaster Kan"
		j++
	}
	possessive := false
	for t := start; t < j; t++ {
		possessive = possessive || p.possessive(t)
	}
	if possessive {
		// "told Israel's public broadcaster": a description of the medium.
		for t := j; t < sTo && t < j+3 && p.isWord(t) && !p.capitalized(t); t++ {
			if mediumNouns[p.lower[t]] {
				j = t + 1
				break
			}
		}
	}
	if possessive {
		// "told The Herald's Arabic-language sister site, Al-Sabah, that":
		// the medium runs on through its description to "that".
		for t := j; t < sTo && t < j+12 && (p.isWord(t) || p.at(t) == ","); t++ {
			if p.at(t) == "that" {
				e := t
				for p.at(e-1) == "," {
					e--
				}
				return t, p.str(k, e)
			}
			if p.in(t, speechVerbs|finiteAuxiliaries) || p.pastVerb(t) {
				break
			}
		}
	}
	if j == start {
		// "told the mediators they were ready": an addressee, no medium.
		e := p.rightNP(k, sTo)
		if e > k && e-k <= 5 && (p.at(e) == "that" || p.in(e, personPronouns|groupPronouns) || p.is(e, "i", "there") || p.onlyTimeLeft(e, sTo)) {
			return e, "" // "..., the company told investors on Thursday.": the addressee ends the sentence
		}
		for t := k + 1; t < sTo && t <= k+4 && p.isWord(t) && !p.capitalized(t) && !p.in(t, subjectStops|finiteAuxiliaries); t++ {
			if p.in(t, determiners) && !p.in(t-1, determiners) && p.finiteClause(t) {
				return t, "" // "told investors the plan would work": an addressee, then a clause with its own subject
			}
		}
		for t := e; e > k && t < sTo && t < k+14 && (p.isWord(t) || p.at(t) == ","); t++ {
			if p.at(t) == "that" {
				return t, "" // "telling crowds in Bergen, Molde and Alesund that"
			}
			if p.in(t, speechVerbs|finiteAuxiliaries|personPronouns|groupPronouns) || p.pastVerb(t) || p.at(t) == "to" {
				break
			}
		}
		for t := k; t < e && t < k+4; t++ {
			if audienceNouns[p.lower[t]] && !p.toAfter(t+1, sTo) {
				return t + 1, "" // "told a news conference", "told a rally in Ohio": an audience, no medium
			}
		}
		return k, "" // "told his supporters at a rally to vote": the words after whom they were told to
	}
	return j, p.str(k, j)
}

// onlyTimeLeft reports that from k to the sentence's end stands a time
// phrase at most ("on Thursday", "last month") before a comma or the
// final mark.
func (p *para) onlyTimeLeft(k, sTo int) bool {
	for k < sTo && p.isWord(k) && (p.in(k, timeWords) || p.is(k, "on", "last", "this", "earlier", "late")) {
		k++
	}
	return k >= sTo || p.is(k, ".", ";", "!") || p.at(k) == "," && !p.anyWord(k, sTo, "that") // not "telling crowds in Ohio, Iowa and Utah that"
}

// toAfter reports an infinitive's "to" within six words from k, before
// any comma: "told his supporters at a rally to vote".
func (p *para) toAfter(k, sTo int) bool {
	for j := k; j < sTo && j < k+6 && p.at(j) != ","; j++ {
		if p.at(j) == "to" {
			return true
		}
	}
	return false
}

// mediumModifier reports a lower-case word that describes the medium named
// after it: "state" and "public" in "told state broadcaster TRT" and "told
// Israeli public broadcaster Kan". The medium noun must come within two
// words, and end the phrase or come before a name, so "told local people
// that" and "told state television staff" are no medium.
func (p *para) mediumModifier(j, sTo int) bool {
	for t := j; t < sTo && t < j+2; t++ {
		if !p.isWord(t) || p.capitalized(t) || mediumNouns[p.lower[t]] || p.in(t, determiners|personPronouns|groupPronouns|finiteAuxiliaries) || p.at(t) == "that" {
			return false
		}
		if t+1 < sTo && mediumNouns[p.lower[t+1]] && (t+2 == sTo || p.capitalized(t+2) || p.at(t+2) == "that" || !p.isWord(t+2) || p.in(t+2, nounPrepositions|timeWords|subjectStops)) {
			return true // "told state broadcaster TRT that", "told Iranian state television after the meeting"
		}
	}
	return false
}

// channelNumber reports a number that belongs to the channel's name before
// it: "Channel 12", "Kan 11".
func (p *para) channelNumber(j int) bool {
	if j < 1 || !p.isWord(j) || !isNumeral(p.lower[j]) || isYear(p.lower[j]) || !p.capitalized(j-1) {
		return false
	}
	// Not "told CNN 20 people had died": a count opens the content.
	return p.at(j-1) == "channel" || !p.isWord(j+1) || p.at(j+1) == "that" || p.in(j+1, determiners|personPronouns|groupPronouns|nounPrepositions|timeWords)
}

// interviewMedium finds "in an interview with X", "speaking to X", "in
// remarks broadcast by X".
func (p *para) interviewMedium(sFrom, sTo int) string {
	for j := sFrom; j+2 < sTo; j++ {
		var link bool
		switch p.lower[j] {
		case "interview", "speaking", "speaks", "talking", "statement":
			link = p.is(j+1, "with", "to") || p.at(j+1) == "on" && !p.in(j+2, timeWords) // "speaking on Fox News", not "on Sunday"
		case "appearing", "appearance":
			link = p.at(j+1) == "on" && !p.in(j+2, timeWords)
		case "broadcast", "carried", "aired", "televised":
			link = p.is(j+1, "by", "on") // "in remarks carried by Al-Aqsa TV"
		}
		if link && p.capitalized(j+2) {
			e := j + 2
			for e < sTo && (p.capitalized(e) || p.channelNumber(e) || p.is(e, "the", "of", "and") && p.capitalized(e+1)) { // "Face the Nation"
				e++
			}
			return trimPossessive(p.str(j+2, e)) // `on CBS's "Face the Nation"`
		}
	}
	return ""
}

// contentAfter reports whether tokens [k, sTo) hold a reported clause rather
// than only punctuation and trailing adverbials.
func (p *para) contentAfter(k, sTo int) bool {
	words := 0
	for j := k; j < sTo && words < 2; j++ { // two words settle it: a comma then no longer counts
		if p.at(j) == "," && words == 0 {
			return false
		}
		if p.isWord(j) {
			words++
		}
	}
	return words >= 2
}

// objectEnd ends a cue's object (not a that-clause) before a second verb
// joined by "and" ("questioning the talks and says it ...") or a
// participle after a comma. Inside a that-clause "and reported" belongs to
// the reported subject.
func (p *para) objectEnd(k, end int) int {
	for j := k + 1; j < end; j++ {
		if p.at(j) == "," && !p.inside[j] && !p.capitalized(j+1) && strings.HasSuffix(p.lower[min(j+1, end-1)], "ing") && p.at(j+1) != "including" {
			return j // "questioning the count, urging supporters to ...": the object ends at the participle
		}
		if p.is(j, "and", "but") && !p.inside[j] {
			v := p.skipModifiersRight(j + 1)
			if p.secondStatement(v, k, j) {
				return j
			}
			if j > k+1 && p.clauseCue(j+1, end) >= 0 {
				return j // "demanded his resignation and some told reporters ..."
			}
		}
	}
	return end
}

// topicVerbs take "on" before what they are about, not before words:
// "reported on", "commented on". ("insisted on a truce" stays: the
// rulebook lists the cue, and the phrase is what was insisted on.)
var topicVerbs = wordSet("report reports reported reporting",
	"comment comments commented commenting", "remark remarks remarked remarking",
	"elaborate elaborates elaborated elaborating", "reflect reflects reflected reflecting")

// claimNouns name a statement as the narrator sums it up after a comma:
// "..., a claim the group denies", "..., a figure that could not be verified".
var claimNouns = wordSet(statementNouns, "figure number tally toll")

// statementNouns name a statement by its kind; claimNouns and reportNouns
// share them.
const statementNouns = "claim assertion allegation accusation charge"

// contentEnd is where reported content starting at k ends: the sentence's
// end, or a participle cue that opens a new record (", adding that").
func (p *para) contentEnd(k, sTo int) int {
	// One switch on the token: this loop runs over every reported clause.
	for j := k + 1; j < sTo; j++ {
		switch p.lower[j] {
		case ";":
			if !p.inside[j] {
				return j // "called the plan a surrender; Lee stayed put": a new clause
			}
		case ",":
			if p.at(j+1) == "according" && p.at(j+2) == "to" || p.at(j+1) == "with" && !p.inside[j] && !p.andThatAfter(j+2, sTo) {
				return j // "..., according to X" and "..., with footage showing ...": the narrator's
			}
			if p.inside[j] {
				continue
			}
			if p.at(j+1) == "then" && p.in(j+2, speechVerbs) && p.pastForm(j+2) && (p.is(j+3, "that", ":") || p.q(j+3) == openQuote) {
				return j // "said the offer was low, then added that ...": a second statement
			}
			if p.at(j+1) == "without" && (p.at(j+2) == "evidence" || p.is(j+3, "evidence", "proof") || p.is(j+4, "evidence", "proof")) {
				return j // "..., without providing evidence": the narrator's comment on the content
			}
			if p.is(j+1, "a", "an") && j+2 < len(p.lower) && claimNouns[p.lower[j+2]] && (p.is(j+3, "that", "which", "it", "not") || p.in(j+3, determiners) || p.capitalized(j+3)) {
				return j // "..., a claim that could not be verified": the narrator's comment on the content
			}
		case "according":
			if p.at(j+1) == "to" && p.q(j-1) == closeQuote && p.at(j-2) == "," {
				return j // `"is the Israeli proposal," according to two people`: the narrator's
			}
		case "and", "but":
			if p.inside[j] {
				continue
			}
			if v := p.skipModifiersRight(j + 1); p.at(j-1) == "," || p.at(j-2) == "," && p.q(j-1) == closeQuote || p.at(j) == "but" || p.pastForm(v) && (p.in(v, speechVerbs) || p.pointOut(v) || p.madeClear(v)) && !p.simplePastIn(k, j) || p.at(v) == "called" && p.quoteWithin(v+1, v+7) {
				// "..., but also called on ...", "acknowledged that A but
				// said B", "said A would fall and accused B of C": a second
				// statement. Not "said a team returned and reported that
				// ...": the verb joins the reported clause's own past verb.
				if p.secondStatement(v, k, j) || p.at(v) == "called" && p.is(v+1, "it", "them", "him", "her") {
					if p.at(j-1) == "," {
						return j - 1
					}
					return j
				}
			}
			if p.finiteVerbIn(k, j) && p.clauseCue(j+1, sTo) >= 0 {
				// "the plan was dead and Tom Roe said it was alive": a second
				// speaker's statement joined to the first.
				if p.at(j-1) == "," {
					return j - 1
				}
				return j
			}
		case "while", "whereas", "as":
			// "..., while a Hamas official said ...", "accused them of
			// lying while the mayor wrote that ...", "..., even as the
			// mayor insisted that ...": a second speaker contrasted in the
			// narration's past tense; "..., while Israel insists that ..."
			// in the present may still be the report's.
			as := p.lower[j] == "as"
			if p.inside[j] || as && !(p.at(j-1) == "even" && p.at(j-2) == ",") {
				continue
			}
			// In the present only after content with no present verb of
			// its own: "demanded a ceasefire, while Israel says ...", "said
			// 20 were killed, while Hamas says ...", not "reported that
			// Hamas is firm, while Israel insists ...", where the report
			// runs on. A that-clause needs an auxiliary or a past form
			// that is no present of "be", "have" or "do" ("said that the
			// toll had passed 900, while the UN says"); "reported that the
			// union wants a raise, while ...", with no such verb, runs on.
			if v := p.clauseCue(j+1, sTo); v >= 0 && (p.pastForm(v) || p.at(j-1) == "," && !as && !p.presentIn(k, j) && (p.at(k-1) != "that" || p.finiteVerbIn(k, j))) {
				switch {
				case as:
					return j - 2
				case p.at(j-1) == ",":
					return j - 1
				}
				return j
			}
		default:
			if p.isParticiple(j) && (p.is(p.cueEnd(j), "that", ":") || p.q(j+1) == openQuote || p.objectCue(j) || p.at(j) == "saying") {
				if p.q(j-1) == closeQuote {
					return j // `called it "a success," adding`: the quotation closes the content
				}
				return j - 1
			}
		}
	}
	return sTo
}

// quoteWithin reports a quotation that opens in tokens [from, to): `called
// the announcement "a violation"`.
func (p *para) quoteWithin(from, to int) bool {
	for t := from; t < to && t < len(p.toks); t++ {
		if p.q(t) == openQuote {
			return true
		}
	}
	return false
}

// modalIn reports a modal or "to" in tokens [from, to): a base-form verb
// after "and" then continues it ("she would address the war and reaffirm
// that ..."), no new statement.
func (p *para) modalIn(from, to int) bool {
	return p.anyWord(from, to, "would", "will", "could", "can", "should", "must", "may", "might", "to")
}

// secondStatement reports a verb v after "and" or "but" at j that opens a
// statement of its own after content from k: "said A and accused B",
// "acknowledged that A but said B", "and called on ...", `and called the
// plan "a trap"`. A base form continues a modal ("would speak and
// reaffirm that"), and before no "that" it is an infinitive.
func (p *para) secondStatement(v, k, j int) bool {
	return p.in(v, speechVerbs) && (!p.baseForm(v) || p.at(v+1) == "that" && !p.modalIn(k, j)) ||
		(p.pointOut(v) && p.at(v+2) == "that" || p.madeClear(v)) && p.pastForm(v) || // "and pointed out that", "and made clear that"; not "and pointed out the damage"
		p.at(v) == "called" && (p.is(v+1, "for", "on") || p.quoteWithin(v+1, v+7)) ||
		p.at(v) == "calls" && p.at(v+1) == "on" // "..., and calls on the mediators"; not "and calls for aid grew"
}

// presentIn reports a present-tense auxiliary in tokens [from, to): "is",
// "are", "has", "have", "does", "do".
func (p *para) presentIn(from, to int) bool {
	return p.anyWord(from, to, "is", "are", "has", "have", "does", "do")
}

// finiteVerbIn reports a finite verb in tokens [from, to): an auxiliary
// or a lower-case past form ("the plan was dead", "prices rose"). A bare
// noun phrase ("Hamas and Israel told ...") has none.
func (p *para) finiteVerbIn(from, to int) bool {
	for j := from; j < to; j++ {
		if p.in(j, finiteAuxiliaries) || p.pastVerb(j) {
			return true
		}
	}
	return false
}

// simplePastIn reports a past verb with no auxiliary before it in [from,
// to): "returned" in "a team returned", not "rejected" in "had rejected".
func (p *para) simplePastIn(from, to int) bool {
	for j := from; j < to; j++ {
		if !p.pastVerb(j) {
			continue
		}
		b := j - 1
		for b > from && (p.q(b) != notQuote || strings.HasSuffix(p.lower[b], "ly")) {
			b-- // `was "fully funded"`: the adverb and the quotation mark stand between
		}
		if !p.in(b, finiteAuxiliaries|beForms) && !p.is(b, "not", "never", "also", "already") {
			return true
		}
	}
	return false
}

// pastVerb reports a lower-case past form that no determiner makes an
// adjective ("prices rose", not "the armed wing").
func (p *para) pastVerb(j int) bool {
	return p.isWord(j) && !p.capitalized(j) && p.pastForm(j) && !p.in(j-1, determiners)
}

// clauseCue finds a short subject at s followed by a reporting verb in
// the past or the -s form ("Tom Roe said", "some told reporters",
// "officials in Cairo also said") and returns the verb, or -1.
func (p *para) clauseCue(s, sTo int) int {
	if !(p.capitalized(s) || p.in(s, personPronouns|groupPronouns|determiners) || p.at(s) == "others" || p.in(s, roleWords) && p.capitalized(s+1)) { // "spokesman Tom Roe told"
		return -1
	}
	// Not rightNP: it would drop a time phrase ("Tom Roe on Monday said")
	// and leave the cue unseen.
	v := s + 1
	for v < sTo && v <= s+6 && p.isWord(v) && !p.in(v, speechVerbs|cueModifiers) && (!p.in(v, subjectStops) || p.in(v, nounPrepositions) && p.at(v) != "to") {
		v++
	}
	if p.at(v) == "," && v > s {
		// "Sen. Ted Ruiz, R-Texas, insisted", "Tom Roe, the mayor, said":
		// an appositive between the subject and its verb.
		c := v + 1
		for c < sTo && c <= v+7 && p.at(c) != "," && !(p.in(c, speechVerbs) && c > v+1) {
			c++
		}
		if p.at(c) == "," && (p.partyTag(v+1, c) || p.is(v+1, "a", "an", "the") || p.in(v+1, roleWords) || ingForm(p.lower[min(v+1, len(p.lower)-1)])) { // "a minister, speaking to Kan, said"
			v = c + 1
		}
	}
	v = p.skipModifiersRight(v)
	if v < sTo && !p.capitalized(v) && p.in(v, speechVerbs|tellVerbs) && (p.pastForm(v) || p.thirdPerson(v)) {
		if p.in(v, clauseVerbs) && !p.anyWord(v+1, min(v+6, sTo), "that") {
			return -1 // "and that the movement had informed the mediators": no clause of its own
		}
		return v
	}
	return -1
}

// body is the whole paragraph as a statement, without the quotation
// marks that enclose it.
func (p *para) body() parley.Span {
	n := len(p.toks)
	if n > 1 && p.q(0) == openQuote {
		switch c := p.closeAfter(0); {
		case c == n-1:
			return p.quoteBody(0, n-1)
		case c < 0:
			return p.trimContent(1, n) // a quotation that runs on into the next paragraph: no closing mark here
		}
	}
	return p.trimContent(0, n)
}

// trimContent drops edge punctuation from a content range, keeping a
// closing question or exclamation mark.
func (p *para) trimContent(i, j int) parley.Span {
	for j > i && !p.isWord(j-1) && p.q(j-1) == notQuote && !p.is(j-1, "?", "!") {
		j--
	}
	for i < j && !p.isWord(i) && p.q(i) == notQuote {
		i++
	}
	// A quote that closes the content and was opened inside it stays whole.
	return p.span(i, j)
}

// openBefore finds the opening mark of the quotation that closes at token c.
func (p *para) openBefore(c int) int {
	for j := c - 1; j >= 0; j-- {
		if p.q(j) == openQuote {
			return j
		}
	}
	return -1
}

// closeAfter finds the closing mark of the quotation that opens at token o,
// or -1 when the paragraph ends first.
func (p *para) closeAfter(o int) int {
	for j := o + 1; j < len(p.toks); j++ {
		switch p.q(j) {
		case closeQuote:
			return j
		case openQuote:
			if p.spaceBeforeTok(j) {
				return -1
			}
		}
	}
	return -1
}

// quoteToEnd returns the body of a quotation that opens at token o and
// closes at the end of the sentence that ends at sTo, its full stop aside.
func (p *para) quoteToEnd(o, sTo int) (parley.Span, bool) {
	if p.q(o) != openQuote {
		return parley.Span{}, false
	}
	if cl := p.closeAfter(o); cl > o && cl >= sTo-2 {
		return p.quoteBody(o, cl), true
	}
	return parley.Span{}, false
}

func (p *para) spaceBeforeTok(j int) bool {
	return j > 0 && p.toks[j].Start > p.toks[j-1].End
}

// quoteBody is the text between an opening mark at o and a closing mark at
// c (exclusive of both), without a trailing comma.
func (p *para) quoteBody(o, c int) parley.Span {
	i, j := o+1, c
	for j > i && p.at(j-1) == "," {
		j--
	}
	if i >= j {
		return p.span(o, o)
	}
	return p.span(i, j)
}

// accordingTo: "CONTENT, according to X." or "According to X, CONTENT."
func (p *para) accordingTo(i, width int) (raw, bool) {
	sFrom, sTo := p.sentRange(i)
	end := p.sourceEnd(i+width, sTo)
	if end <= i+width {
		return raw{}, false
	}
	person := p.personSource(i+width, end)
	if !person {
		for j := sFrom; j < i; j++ {
			if p.in(j, speechVerbs) && !p.inside[j] && !p.capitalized(j) {
				if _, ok := p.verbCue(j, nil); ok {
					return raw{}, false // the verb's record takes "according to Reuters" as its medium
				}
			}
		}
	}
	named := end
	if end-(i+width) > 3 && p.in(end-1, timeWords) && strings.HasSuffix(p.lower[end-2], "ed") {
		named -= 2 // "court documents filed Monday": the filing's day is no part of the source
	}
	for k := i + width + 2; k < named; k++ {
		if p.is(k, "who", "that") {
			if p.anonymityClause(k+1, named) {
				named = k // "a senior source who requested anonymity to discuss the talks", "a report that cited an official": how it was sourced, not who
			}
			break
		}
	}
	r := raw{mention: p.span(i+width, named), cue: p.str(i, i+width), position: i, vouches: person}
	if p.at(i+width) == "what" {
		// "according to what US officials are telling reporters": the
		// officials, the subject of the clause after "what".
		if e := p.rightNP(i+width+1, sTo); e > i+width+1 && e < named && p.verbIn(e, min(e+3, named), speechVerbs) {
			r.written, r.mention = r.mention, p.span(i+width+1, e)
		}
	}
	opens := i == sFrom || (i == sFrom+1 && !p.isWord(sFrom))
	described := end
	// "The plan envisioned, according to two officials, a first phase of
	// six weeks": the verb's object after the aside, not the source's role.
	object := p.objectAfterAside(i, width, end, sTo, opens)
	if object && p.contentAfter(end+1, sTo) {
		r.content = []parley.Span{p.trimContent(sFrom, i-1), p.trimContent(end+1, sTo)}
		return r, true
	}
	if e, ok := p.sourceDescription(i+width, end, sTo, opens); ok && !object {
		described = e
		r.written, r.role = p.span(i+width, e), p.str(end+1, e)
	}
	if opens {
		k := described
		if p.at(k) == "," {
			k++
		}
		if p.in(k, asideAdverbs) && p.at(k+1) == "," {
			k += 2 // "According to the report, however, Lee has refused"
		}
		if (strings.HasSuffix(p.lower[min(k, sTo-1)], "ed") || p.is(k, "seen", "shown", "written")) && p.at(k+1) == "by" {
			// "According to the draft, seen by Reuters, the first phase ...":
			// a participle aside on the source, not the content.
			for c := k + 2; c < sTo && c < k+10; c++ {
				if p.at(c) == "," {
					k = c + 1
					break
				}
			}
		}
		if p.contentAfter(k, sTo) {
			r.content = []parley.Span{p.trimContent(k, sTo)}
			return r, true
		}
		return raw{}, false
	}
	if p.at(end) == ":" && p.contentAfter(end+1, sTo) && i-sFrom <= 6 && !p.finiteVerbIn(sFrom, i) {
		// "By the numbers, according to a tally by the paper: at least
		// 50 members stayed away": a heading, then the source's words.
		r.content = []parley.Span{p.trimContent(end+1, sTo)}
		return r, true
	}
	// "according to COGAT, the agency that oversees the crossings": a noun
	// in apposition to the source, with no verb before its own clause.
	// "According to an aide, the minister walked out": a role noun that is
	// the subject of its own verb opens the content.
	appositive := described > end || p.in(end+1, roleWords) || p.is(end+1, "a", "an", "the") &&
		(p.anyIn(end+2, min(end+5, sTo), roleWords) && !p.subjectOfVerb(end+1, sTo) || !p.finiteVerbBefore(end+2, sTo))
	after := p.lower[min(end+1, len(p.lower)-1)]
	narrated := narratorAfterSource[after] && !(quantifiers[after] && p.auxiliaryBefore(end+2, sTo)) // not "more than 200 rockets have been fired"
	if p.at(i-1) == "," && p.at(end) == "," && p.contentAfter(end+1, sTo) && !narrated && !appositive &&
		// After a clause with its verb, not the source's other name ("...,
		// according to the UN's office, OCHA, which says") nor a phrase on
		// that clause ("has averaged 58, according to its data, far below
		// the 500 needed").
		!(p.finiteVerbIn(sFrom, i-1) && (p.namedRelative(end+1, sTo) || !subordinators[p.lower[max(i-2, 0)]] && p.fragment(end+1, sTo))) &&
		!(ingForm(after) && !p.capitalized(end+1)) && // not "..., according to officials, removing an obstacle"
		!p.circumstance(end+1, sTo) && // not "Prices fell, according to the office, in the first quarter"
		p.clauseAfterAside(sFrom, i-1, end+1) { // not "..., according to the bank, roughly equal to ..."
		// "...in Gaza where, according to the UN, hundreds are starving":
		// the aside sources the clause that follows it.
		r.content = []parley.Span{p.trimContent(end+1, sTo)}
		if p.subjectAcross(sFrom, i-1, end+1) {
			r.content = []parley.Span{p.trimContent(sFrom, i-1), r.content[0]}
		}
		if body, ok := p.quoteToEnd(end+1, sTo); ok {
			r.content[0], r.quoted = body, true // `is, in the words of X, "the last chance."`
		}
		return r, true
	}
	start := sFrom
	stop := i
	for stop > start && p.at(stop-1) == "," {
		stop--
	}
	if !p.statement(start, stop) {
		return raw{}, false
	}
	r.content = []parley.Span{p.trimContent(start, stop)}
	if k := p.closeAfter(start); p.q(start) == openQuote && k >= stop-1 {
		r.quoted = true
		if k == stop-1 {
			r.content[0] = p.quoteBody(start, k) // `"It is a good sign," according to ...`
		}
	}
	return r, true
}

// fragment reports words from k with no verb of their own before a
// relative pronoun or the sentence's end: a phrase that modifies what came
// before ("far below the 500 a day that aid groups say are needed").
func (p *para) fragment(k, sTo int) bool {
	if p.clauseAt(k) || p.q(k) != notQuote || p.thirdPerson(k) {
		return false
	}
	for j := k; j < sTo; j++ {
		switch {
		case p.is(j, "that", "which", "who", "whom", "whose", "where", "when") || p.q(j) != notQuote:
			return true
		case p.in(j, finiteAuxiliaries|beForms) || p.pastVerb(j):
			return false
		}
	}
	return true
}

// namedRelative reports a name at k that opens a relative clause of its
// own, set off by a comma: "according to the UN's office, OCHA, which
// says ...": the source's other name, not the content's subject.
func (p *para) namedRelative(k, sTo int) bool {
	j := k
	for j < sTo && j < k+5 && p.capitalized(j) {
		j++
	}
	return j > k && p.at(j) == "," && p.is(j+1, "which", "who")
}

// subjectAcross reports a clause split by an aside between the commas at
// c and v-1: a short subject with no verb before it, a verb and no
// subject after it. "Each of the 40 trawlers, according to the board,
// needs repairs": the subject belongs to the content too.
func (p *para) subjectAcross(sFrom, c, v int) bool {
	verbAfter := p.isWord(v) && !p.capitalized(v) && !isNumeral(p.lower[v]) &&
		!p.in(v, determiners|personPronouns|groupPronouns|nounPrepositions) && !p.clauseAt(v)
	subjectBefore := p.isWord(sFrom) && !subordinators[p.lower[sFrom]] && !p.in(sFrom, nounPrepositions|asideAdverbs) &&
		!p.in(c-1, timeWords) && !strings.HasSuffix(p.lower[c-1], "ly") && // not "Last night, ...", "Separately, ..."
		!(subordinators[p.lower[c-1]] && !p.preposition(c-2)) && // "the port where, ...", not "a quarter of that, ..."
		c-sFrom <= 8 && !p.finiteVerbIn(sFrom, c) && !p.anyWord(sFrom, c, ",")
	return verbAfter && subjectBefore
}

// clauseAfterAside reports words at v, after an aside that opens at the
// comma at c, that make a clause or complete one left open before the
// aside: a clause of their own, a quotation, or a verb.
func (p *para) clauseAfterAside(sFrom, c, v int) bool {
	return p.clauseAt(v) || p.q(v) == openQuote || p.openClauseBefore(sFrom, c) ||
		p.in(v, finiteAuxiliaries) || p.pastVerb(v) || p.thirdPerson(v)
}

// openClauseBefore reports that the words before an aside's comma at c
// leave a clause open: a subordinator right before it ("in Gaza where,
// according to the UN, ..."), an opening phrase of time or place, or a
// short subject with no finite verb since the sentence began at sFrom
// ("The demands, according to a copy, include ..."). What follows the
// aside then completes that clause, as a verb right after the aside does
// ("Its proposed changes, according to X, included ...").
func (p *para) openClauseBefore(sFrom, c int) bool {
	return subordinators[p.lower[max(c-1, 0)]] || p.is(c-1, "and", "but") ||
		(subordinators[p.lower[sFrom]] || p.in(sFrom, nounPrepositions)) && !p.anyWord(sFrom, c, ",") || // "In the three years since the port closed, according to X, ..."
		c-sFrom <= 5 && !p.finiteVerbIn(sFrom, c)
}

// countNouns name a source's own tally: "by Israel's count".
var countNouns = wordSet("count counts tally estimate estimates reckoning figures")

// byCount reads "by X's count" as "according to X": "115 hostages, by
// Israel's count, are still held", "By the ministry's tally, 40 died".
// The possessor is the source; the clause around the phrase is its
// content.
func (p *para) byCount(i int) (raw, bool) {
	sFrom, sTo := p.sentRange(i)
	k := i + 1
	for k < sTo && k < i+7 && p.isWord(k) && !p.possessive(k) {
		k++
	}
	if k >= sTo || !p.possessive(k) {
		return raw{}, false
	}
	end := k + 2
	if p.at(k+1) == "own" {
		end++ // "by its own count"
	}
	if !countNouns[p.lower[min(end-1, sTo-1)]] {
		return raw{}, false
	}
	poss := p.toks[k]
	name := parley.Span{Start: p.toks[i+1].Start, End: poss.Start + len(trimPossessive(p.s[poss.Start:poss.End]))}
	r := raw{mention: name, cue: p.s[p.toks[i].Start:p.toks[end-1].End], position: i}
	switch {
	case (i == sFrom || p.at(i-1) == ":") && p.at(end) == "," && p.contentAfter(end+1, sTo):
		r.content = []parley.Span{p.trimContent(end+1, sTo)} // "By the ministry's count, 40 died"
	case i > sFrom+1 && p.at(i-1) == "," && p.at(end) == "," && p.contentAfter(end+1, sTo):
		r.content = []parley.Span{p.trimContent(sFrom, i-1), p.trimContent(end+1, sTo)} // "115 hostages, by Israel's count, are still held"
	case i > sFrom+1 && p.at(i-1) == "," && end >= sTo-1 && p.statement(sFrom, i-1):
		r.content = []parley.Span{p.trimContent(sFrom, i-1)} // "40 died, by the ministry's count."
	default:
		return raw{}, false
	}
	return r, true
}

// objectAfterAside reports a verb's object after an according-to aside:
// "The plan envisioned, according to two officials, a first phase of six
// weeks". Not after a named source, where "a veteran of the docks" or "the
// woman who brokered them" describes the source ("The talks collapsed,
// according to Tom Roe, a veteran of the docks").
func (p *para) objectAfterAside(i, width, end, sTo int, opens bool) bool {
	return !opens && p.at(i-1) == "," && p.at(end) == "," && p.pastVerb(i-2) && !p.in(i-3, beForms) &&
		!p.capitalized(i+width) && p.is(end+1, "a", "an", "the") && !p.anyIn(end+2, sTo, roleWords|anonymousHeads|orgNouns)
}

// sourceDescription finds the end of a description set off after the
// source in [from, end) that "according to" names: "according to Ann Lee,
// the harbour master, ...". It ends at a comma before more content, or at
// the sentence's end after a name or a person. Opening the sentence, only
// a role is surely a description: not "According to IRNA, the talks, led
// by ..., ended".
func (p *para) sourceDescription(from, end, sTo int, opens bool) (int, bool) {
	if p.at(end) != "," || !p.is(end+1, "a", "an", "the") {
		return 0, false
	}
	e := p.rightNP(end+1, sTo)
	if e <= end+2 {
		return 0, false
	}
	if p.at(e) == "," && p.contentAfter(e+1, sTo) {
		return e, !opens || p.anyIn(end+2, e, roleWords)
	}
	named := p.personSource(from, end) || p.capitalized(from) && !p.in(from, determiners)
	return e, !opens && e >= sTo-1 && named
}

// personSource reports a source in tokens [from, to) that is people, not
// a medium: "two officials", "people who were in the room". Such a source
// vouches for a statement that has a speaker of its own ("Lee told the
// cabinet A, according to two ministers"), so both stand as records; a
// medium ("according to Reuters", "according to Israeli media") is the
// statement's medium.
func (p *para) personSource(from, to int) bool {
	for k := from; k < to; k++ {
		if p.in(k, anonymousHeads) && !p.capitalized(k) && !p.is(k, "report", "reports", "media", "figure", "figures") {
			return true
		}
	}
	return false
}

// perSource reports "per" that names a source, as "according to" does:
// "Per a readout from the palace, the leaders agreed ...", "..., per the
// statement." Not "30 trucks per day" nor "per cent".
func (p *para) perSource(i int) bool {
	sFrom, sTo := p.sentRange(i)
	at := i
	if p.at(i-1) == "as" {
		// "As per the ministry", "..., as per the ministry"; not "as per
		// the agreement": a source, not a rule followed
		at = i - 1
		e := p.rightNP(i+1, sTo)
		if !(p.capitalized(i+1) || e > i+1 && (p.in(e-1, anonymousHeads|orgNouns|documentNouns) || p.is(e-1, "data", "figures"))) {
			return false
		}
	}
	return (at == sFrom || p.at(at-1) == ",") && (p.is(i+1, "a", "an", "the") || p.capitalized(i+1) || p.possessive(i+1)) && !p.in(i+1, timeWords)
}

// narratorAfterSource open what follows "according to X," when it is the
// narrator's, not the sourced clause: a conjunction, a relative clause on
// the source, a quantifier ("..., according to medics, most of them in one
// camp").
var narratorAfterSource = wordSet("and but while as when after before whereas even though although which who whose with without",
	"including mainly mostly among", quantifiersList)

// quantifiers after a source's aside may open a tail ("..., according to
// the UN, most of them children") or the subject of the sourced clause
// ("..., more than 200 rockets have been fired").
var quantifiers = wordSet(quantifiersList)

const quantifiersList = "most many some all half none several more less fewer"

// sourceEnd is where the source named after "according to" ends: at the
// next comma, semicolon, quotation mark or the sentence's end, so that a
// source keeps its modifiers ("a poll released last week", "the ministry
// run by Hamas", "attorneys for the family").
func (p *para) sourceEnd(i, sTo int) int {
	j := i
	for j < sTo && j-i < 16 && !p.is(j, ",", ";", ".", ":", "(", "—") && !(p.is(j, "-", "–") && p.spaceBeforeTok(j)) && p.q(j) == notQuote {
		j++
	}
	if p.at(j) == "(" && p.at(j+2) == ")" && text.IsAcronym(p.toks[j+1].Text) {
		j += 3 // "the Office of Budget Review (OBR)": the acronym is the source's
	}
	if j-i >= 16 {
		return p.rightNP(i, sTo)
	}
	if p.at(j) == "," && p.capitalized(j-1) {
		j = p.listEnd(j, sTo) // "according to a study by the UN, the EU and the World Bank"
	}
	for j > i && !p.isWord(j-1) {
		j--
	}
	if p.at(j) == ")" && p.at(j-2) == "(" {
		j++ // the acronym's closing bracket
	}
	return j
}

// quotedAsSaying returns the token index of "saying" in "X quoted Y as
// saying", or 0.
func (p *para) quotedAsSaying(i int) int {
	_, sTo := p.sentRange(i)
	limit := i + 10
	for j := i + 1; j+1 < sTo && j < limit; j++ {
		if p.relativeComma(j) {
			limit = j + 14 // "quoted an official, who asked not to be named, as saying"
		}
		if p.at(j) == "as" && p.is(j+1, "saying", "telling") {
			return j + 1
		}
	}
	return 0
}

// relativeAfter returns the first comma in [from, to) that opens a
// relative clause, -1 when there is none.
func (p *para) relativeAfter(from, to int) int {
	for c := from; c < to; c++ {
		if p.relativeComma(c) {
			return c
		}
	}
	return -1
}

// relativeComma reports a comma at c that opens a relative clause on the
// phrase before it: ", who", ", whom".
func (p *para) relativeComma(c int) bool { return p.at(c) == "," && p.is(c+1, "who", "whom") }

// quotedAs: "CONTENT, Outlet quoted Name as saying.", "Outlet cited Name
// as saying that ...".
func (p *para) quotedAs(i int) (raw, bool) {
	sFrom, sTo := p.sentRange(i)
	saying := p.quotedAsSaying(i)
	medium := p.leftNP(i - 1)
	r := raw{mention: p.span(i+1, saying-1), cue: p.lower[i] + " as " + p.lower[saying], position: i}
	end := saying - 2 // the comma closing an aside before "as saying"
	if c := p.relativeAfter(i+1, saying-2); c > i+1 {
		r.mention, end = p.span(i+1, c), c // "quoted an official, who asked not to be named, as saying"
	}
	if p.at(end) == "," {
		// "quoted Shoigu's deputy, Alexander Fomin, as saying": the name
		// in the aside speaks, the phrase before it is the role.
		c := i + 1
		for c < end && p.at(c) != "," {
			c++
		}
		described := p.in(i+1, determiners) || p.possessive(i+1) || !p.capitalized(i+1) // "the mayor's deputy", "Shoigu's deputy"; not "Jon Berg, Deputy Mayor,"
		switch {
		case c == i+1 || c == end: // no comma between two phrases: no aside
		case described && p.allCapitalized(c+1, end) && !p.anyIn(c+1, end, roleWords):
			r.mention, r.role, r.written = p.span(c+1, end), p.str(i+1, c), p.span(i+1, end)
		case !described && p.allCapitalized(i+1, c) && (p.possessive(c+1) || p.in(c+1, determiners) || p.anyIn(c+1, end, roleWords)):
			// "quoted Jon Berg, Norway's foreign minister, as saying": the
			// name speaks, the aside is the role.
			r.mention, r.role, r.written = p.span(i+1, c), p.str(c+1, end), p.span(i+1, end)
		}
	}
	if medium.to > medium.from {
		r.medium = p.str(medium.from, medium.to)
	}
	if p.is(i-1, "was", "were", "is", "are", "been", "being") {
		// "Lee was quoted by Reuters as saying ...", "..., the official
		// was quoted as saying": the subject speaks.
		b := i - 1
		for b > sFrom && p.in(b, beForms|cueModifiers) {
			b--
		}
		speaker := p.leftNP(b)
		if speaker.empty() && b-sFrom < 4 && p.capitalized(sFrom) {
			speaker = nounPhrase{from: sFrom, to: b + 1} // "One of them was quoted as saying"
		}
		if speaker.empty() {
			return raw{}, false
		}
		r.mention, r.medium, medium = p.span(speaker.from, speaker.to), "", speaker
		if p.at(i+1) == "by" {
			r.medium = p.str(i+2, saying-1)
		}
		if p.at(saying+1) == "by" {
			// `"...," Ana Ruiz was quoted as saying by El Tiempo.`
			if e := p.rightNP(saying+2, sTo); e > saying+2 {
				r.medium = p.str(saying+2, e)
				saying = e - 1
			}
		}
	}
	k := saying + 1
	if p.is(k, ":", ",") && p.q(k+1) == openQuote {
		k++ // `was quoted as saying, "..."`
	}
	if p.contentAfter(k, sTo) {
		if p.at(saying) == "telling" {
			for t := k; t < sTo && t < k+8 && p.q(t) == notQuote; t++ {
				if p.at(t) == "that" {
					k = t // "as telling families that ...": the clause after the object
					break
				}
			}
		}
		if p.is(k, ":", ",", "that") {
			k++
		}
		if body, ok := p.quoteToEnd(k, sTo); ok {
			r.content, r.quoted = []parley.Span{body}, true
			return r, true
		}
		r.content = []parley.Span{p.trimContent(k, sTo)}
		return r, true
	}
	stop := medium.from
	for stop > sFrom && p.at(stop-1) == "," {
		stop--
	}
	if c := medium.from - 1; p.q(c) == closeQuote && p.q(sFrom) != openQuote {
		if o := p.openBefore(c); o >= 0 && o < sFrom {
			sFrom = o // `"A. B. C," Fidan was quoted as saying`: the quotation opened sentences earlier
		}
	}
	if stop-sFrom < 3 {
		return raw{}, false
	}
	r.content = []parley.Span{p.trimContent(sFrom, stop)}
	if k := p.closeAfter(sFrom); p.q(sFrom) == openQuote && k >= stop-1 {
		r.content[0], r.quoted = p.quoteBody(sFrom, k), true // `"A," the official was quoted as saying.`
	}
	return r, true
}

// quotedSentence reports a quotation, marks at tokens from and to, that
// is a whole sentence of its own at the paragraph's end or before another
// quotation: `"Not this time."`, not `"Enough." That was the word on every
// banner.`
func (p *para) quotedSentence(from, to int) bool {
	_, sTo := p.sentRange(from)
	return to-from > 2 && p.is(to-1, ".", "?", "!") && (to+1 >= len(p.toks) || to+1 == sTo && p.q(sTo) == openQuote)
}

// uncuedQuotes gives a quotation with no cue of its own to the speaker of
// the statement before it: a second quote after `"A," he said.` joins that
// record; a paragraph that opens with a quote running on from the previous
// one, or a quote after reported speech, is a record of its own.
func (p *para) uncuedQuotes(out []raw, first int) []raw {
	covered := func(off int) bool {
		for _, r := range out[first:] {
			for _, c := range r.content {
				if off >= c.Start && off < c.End {
					return true
				}
			}
		}
		return false
	}
	for i := 0; i < len(p.toks); i++ {
		if p.q(i) != openQuote || i+1 < len(p.toks) && covered(p.toks[i+1].Start) { // the quotation's first word; a curly mark takes three bytes
			continue
		}
		sFrom, _ := p.sentRange(i)
		if i != sFrom && !(p.q(i-1) == closeQuote && p.is(i-2, ".", "?", "!")) {
			continue // a quoted word inside narration is not a statement; a new quotation glued to the last one is
		}
		prev := -1
		for k := len(out) - 1; k >= 0; k-- {
			if k >= first && out[k].content[0].Start > p.toks[i].Start {
				continue
			}
			prev = k
			break
		}
		if prev < 0 || (prev < first && (i != 0 || !out[prev].quoted)) {
			continue
		}
		// Within the paragraph the record must sit in the sentence before:
		// `X said Y. "Quote."`
		if prev >= first {
			end := p.tokenAt(out[prev].content[len(out[prev].content)-1].End) - 1
			if end < 0 || end >= len(p.sent) || p.sent[i]-p.sent[end] > 1 {
				continue
			}
		}
		c := p.closeAfter(i)
		if c < 0 {
			c = len(p.toks)
		}
		body := p.quoteBody(i, c)
		if body.Len() < 20 && !(prev >= first && p.quotedSentence(i, c)) {
			continue // a short quoted phrase is a title or a label; a short sentence after a quote's cue (`"A," she said. "No."`) is said
		}
		if prev >= first && out[prev].quoted && len(out[prev].content) < 4 {
			// `"A," she said. "B."`: the quotation goes on after its cue,
			// one record with both parts, like `"A," she said, "B."`.
			out[prev].content = append(out[prev].content, body)
		} else {
			out = append(out, raw{inherit: true, cue: out[prev].cue, medium: out[prev].medium, content: []parley.Span{body}, quoted: true, position: i})
		}
		i = c
	}
	slices.SortStableFunc(out[first:], func(a, b raw) int { return cmp.Compare(a.content[0].Start, b.content[0].Start) }) // no reflection: it runs per paragraph
	return out
}
