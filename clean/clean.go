// Package clean strips page junk from an article's text and reads the
// headline, dateline, outlet and publication date the page prints.
//
// Every rule is about the shape of a line (a share bar, a link line, a
// breadcrumb, a date on its own, a dateline), never about a particular site,
// so that it holds for outlets parley has never seen. Nothing is guessed:
// what the text does not state stays "".
package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley"
)

// Article returns a with its text cleaned and metadata filled in where the
// text states it. The cleaned Text is the headline (when known), a blank
// line and the body, one paragraph per line; BodyStart is where the body
// begins (0 without a headline). Metadata already set on a is kept.
func Article(a parley.Article) parley.Article {
	p := page{
		lastProse: -1,
		title:     oneLine(a.Title),
		outlet:    oneLine(a.Outlet),
		published: date(a.Published),
	}
	if p.title != "" {
		p.titleFrom = given
	}
	p.read(lines(a.Text))

	a.Title, a.Outlet, a.Published, a.Dateline = p.title, p.outlet, p.published, p.dateline
	body := strings.Join(p.body, "\n")
	if p.title == "" {
		a.Text, a.BodyStart = body, 0
		return a
	}
	a.Text = p.title + "\n\n" + body
	a.BodyStart = len(p.title) + 2
	return a
}

// page holds what has been read off one article so far.
type page struct {
	title, outlet, published, dateline string
	titleFrom                          source
	appOutlet                          string
	body                               []string
	lastProse                          int            // index in body of the last prose paragraph, -1 if none
	speakers                           map[string]int // a transcript's labels per speaker (see turnSpeakers), nil without one
}

// source says where the title came from; a later source overrides an
// earlier one only when it ranks higher.
type source int

const (
	unknown  source = iota
	headline        // the first headline-like line above the body
	labelled        // a "Title: ..." line
	given           // the input's own metadata (a JSONL title)
)

// read splits ls into the head (everything before the first prose
// paragraph: headline, captions, section labels, dates, share bars), the
// body and the trailing furniture, and keeps the body's prose.
func (p *page) read(ls []string) {
	start := p.bodyStart(ls)
	p.speakers = turnSpeakers(ls)
	if start > 0 && p.isTurn(ls[start-1]) {
		start-- // "Ann Lee:" alone above the first answer opens the transcript
	}
	for _, l := range ls[:start] {
		p.head(l)
	}
	body := ls[start:]
	if len(body) > 0 {
		body[0] = p.takeDateline(body[0])
	}
	if p.dateline == "" {
		p.takeLateDateline(body)
	}
	skipping := false // inside a block of links after a recirculation header
body:
	for _, l := range body {
		if l == "" {
			continue
		}
		switch k := classify(l); k {
		case prose:
			if skipping && isBullet(l) {
				continue // a related story's headline, however long
			}
			skipping = false
			if !p.isTitle(l) {
				p.lastProse = len(p.body)
				p.body = append(p.body, l)
			}
		case short:
			if !skipping && !p.isTitle(l) {
				p.body = append(p.body, l)
			}
		case commentsHeader:
			break body // readers' comments run to the page's end
		default:
			p.furniture(l, k)
			if k == blockHeader || k == websiteLine {
				skipping = true
			}
		}
	}
	if p.lastProse >= 0 {
		p.trimTail()
	}
	if p.outlet == "" {
		p.outlet = p.appOutlet
	}
}

// bodyStart is the index of the first prose paragraph, or 0 when the text
// has none (then nothing but recognised furniture is taken off the head).
func (p *page) bodyStart(ls []string) int {
	above := 0 // non-bullet lines above: the headline, then labels and bylines
	for i, l := range ls {
		if l == "" {
			continue
		}
		bullet, k := isBullet(l), classify(l)
		if k == prose && !p.isTitle(l) && !p.inTitle(l) && !(bullet && above <= 1) { // bullets under the headline are its standfirst
			return i
		}
		if !bullet && k != junk { // a byline or "Updated 3 hours ago" between does not end the standfirst
			above++
		}
	}
	return 0
}

// head reads one line above the body: the headline, or furniture. Other
// head lines (photo captions, section labels) are dropped.
func (p *page) head(l string) {
	switch k := classify(l); k {
	case short:
		if p.titleFrom == unknown && headlineLike(l) {
			p.title, p.titleFrom = oneLine(l), headline // as a given title is, so a second pass keeps it
		}
	default:
		p.furniture(l, k)
	}
}

// furniture reads what a page-furniture line tells about the article.
func (p *page) furniture(l string, k kind) {
	switch k {
	case titleLine:
		if t := oneLine(l[len("title:"):]); t != "" && p.titleFrom < labelled {
			p.title, p.titleFrom = t, labelled
		}
	case dateLine:
		if p.published == "" {
			p.published = lineDate(l)
		}
	case websiteLine:
		if p.outlet == "" {
			p.outlet = websiteOwner(l)
		}
	case appLine:
		if p.appOutlet == "" {
			p.appOutlet = appOwner(l)
		}
	}
}

// takeLateDateline removes a dateline (lateDateline) from the first prose
// paragraph after the first, within four lines, and records it.
func (p *page) takeLateDateline(body []string) {
	for i, lines, furniture := 1, 0, false; i < len(body) && lines < 4; i++ {
		if body[i] == "" {
			continue
		}
		lines++
		if classify(body[i]) != prose {
			furniture = true // a byline, a date or a caption between the standfirst and the story
			continue
		}
		// After furniture, or with a date or agency of its own: "WASHINGTON, Aug 20 (Reuters) -".
		if m := lateDateline.FindStringSubmatchIndex(body[i]); m != nil && (furniture || strings.ContainsAny(body[i][:m[3]], ",(")) {
			p.dateline, body[i] = strings.TrimSpace(body[i][:m[5]]), body[i][m[5]:]
		}
		return
	}
}

// takeDateline removes a dateline from the first body paragraph and
// records it, and the outlet when the dateline is a publication's name.
func (p *page) takeDateline(l string) string {
	if d, rest, day := splitDateDateline(l); d != "" {
		p.dateline = d
		if p.published == "" {
			p.published = day
		}
		return rest
	}
	d, rest, outlet := splitDateline(l)
	if d == "" || p.repeatedLabel(l) {
		return l // "ANN LEE: ..." labels a transcript's speaker again later: no place
	}
	p.dateline = d
	if outlet != "" && p.outlet == "" {
		p.outlet = outlet
	}
	return rest
}

// trimTail drops the short non-prose lines after the last prose paragraph:
// app promotions, credits, stray labels.
func (p *page) trimTail() {
	n := len(p.body)
	for n > p.lastProse+1 && words(p.body[n-1]) <= tailWords {
		n--
	}
	for k := len(p.body) - 2; k >= n; k-- {
		if p.isTurn(p.body[k]) {
			n = k + 2 // a transcript's last turn: "LEE:" alone and a short answer
			break
		}
	}
	p.body = p.body[:n]
}

// isTurn reports a transcript label alone on line l ("ANN LEE:", "Ann
// Lee, Former Envoy:") whose speaker the page labels more than once: a
// single "Related:" or "Watch:" is furniture.
func (p *page) isTurn(l string) bool {
	name, alone := labelName(l)
	return alone && p.labelledAgain(name)
}

// repeatedLabel reports a line that opens with the label of a speaker the
// page's transcript labels again.
func (p *page) repeatedLabel(l string) bool {
	name, _ := labelName(l)
	return p.labelledAgain(name)
}

// labelledAgain reports a label's name ("" for none) whose speaker the
// page's transcript labels twice or more.
func (p *page) labelledAgain(name string) bool {
	return name != "" && p.speakers[surname(name)] >= 2 // nil speakers: no transcript
}

// turnSpeakers counts the transcript labels of ls by the speaker's last
// name in capitals ("MICHEL MARTIN, HOST:" and "MARTIN: ..." are one
// speaker's) when ls takes turns: two speakers labelled twice or more;
// else it returns nil. Furniture labels ("Video:", "Update:") name no
// speaker.
func turnSpeakers(ls []string) map[string]int {
	var m map[string]int
	repeated := 0
	for _, l := range ls {
		name, _ := labelName(l)
		if name == "" {
			continue
		}
		last := surname(name)
		if labelFurniture[last] {
			continue
		}
		if m == nil {
			m = map[string]int{}
		}
		if m[last]++; m[last] == 2 {
			repeated++
		}
	}
	if repeated < 2 {
		return nil
	}
	return m
}

// labelFurniture are the last words of labels that head page furniture,
// not a speaker's turn.
var labelFurniture = map[string]bool{"VIDEO": true, "VIDEOS": true, "PHOTO": true, "PHOTOS": true, "WATCH": true, "SPONSORED": true, "UPDATE": true,
	"UPDATED": true, "CORRECTION": true, "RELATED": true, "ADVERTISEMENT": true, "LISTEN": true, "MORE": true, "NOTE": true}

// labelName returns the name of a speaker's label that opens l: one to
// four capitalised words before a colon, a role after a comma left out
// ("Ann Lee, Former Envoy:"). alone reports the colon ending the line.
func labelName(l string) (name string, alone bool) {
	head, rest, ok := strings.Cut(l[:min(len(l), maxPrefix)], ":")
	if !ok || head == "" {
		return "", false
	}
	alone = len(head)+1 == len(l)
	if !alone && (rest == "" || rest[0] != ' ') {
		return "", false // "10:30", "http://"
	}
	name, _, _ = strings.Cut(head, ",")
	n := 0
	for w := range strings.FieldsSeq(name) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return "", false
		}
		n++
	}
	if n == 0 || n > 4 {
		return "", false
	}
	return name, alone
}

// surname is the last word of name in capitals.
func surname(name string) string {
	f := strings.Fields(name)
	return strings.ToUpper(f[len(f)-1])
}

// tailWords is the longest line trimTail treats as furniture.
const tailWords = 12

// isTitle reports whether l repeats the known headline (ignoring case,
// space and final punctuation).
func (p *page) isTitle(l string) bool {
	return p.title != "" && sameText(l, p.title)
}

// inTitle reports whether l is a piece of a known headline that the page
// breaks over several lines ("Headline;" then "its second part.").
func (p *page) inTitle(l string) bool {
	l = strings.TrimRightFunc(l, func(r rune) bool { return isEndPunct(r) || r == ';' || r == ':' })
	return p.title != "" && words(l) >= 3 && strings.Contains(strings.ToLower(p.title), strings.ToLower(l))
}

// lines normalises s (valid UTF-8, \n line ends) into its trimmed lines,
// blank ones dropped. A line broken inside a sentence (hard-wrapped text)
// is joined to the next when that one starts in lower case.
func lines(s string) []string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.TrimPrefix(s, "\uFEFF")
	var raw []string
	for len(s) > 0 {
		i := strings.IndexAny(s, "\r\n")
		var l string
		if i < 0 {
			l, s = s, ""
		} else {
			l, s = s[:i], s[i+1:]
		}
		for _, part := range splitGlued(l) {
			if part = strings.TrimRightFunc(strings.TrimLeftFunc(part, isSpace), isEndMark); part != "" {
				raw = append(raw, part)
			}
		}
	}
	out := raw[:0]
	for i := 0; i < len(raw); {
		j := i + 1
		for j < len(raw) && continues(raw[j-1], raw[j]) {
			j++
		}
		out = append(out, strings.Join(raw[i:j], " "))
		i = j
	}
	return out
}

// splitGlued breaks a line where page text was flattened without
// separators, so that a list of linked headlines sticks to the prose
// ("...ceasefire planWestern officials protest ...AtLeast"): inside a word
// that begins with three or more lower-case letters, an upper-case letter
// followed by a lower-case one starts a new line. Names such as "McGurk",
// "WhatsApp" or "iPhone" do not have that shape.
func splitGlued(l string) []string {
	var out []string
	start, word, lower := 0, 0, 0 // word: start of the current word; lower: its leading lower-case run
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch {
		case c == ' ' || c == '\t':
			word, lower = i+1, 0
		case 'a' <= c && c <= 'z':
			if lower == i-word {
				lower++
			}
		case 'A' <= c && c <= 'Z':
			if lower >= 3 && lower == i-word && i+1 < len(l) && 'a' <= l[i+1] && l[i+1] <= 'z' {
				out = append(out, l[start:i])
				start, word, lower = i, i, 0
			}
		}
	}
	return append(out, l[start:])
}

// continues reports whether next continues prev's sentence: prev ends
// without closing punctuation and next opens in lower case.
func continues(prev, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLower(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	return unicode.IsLetter(last) || last == ','
}

// isEndMark reports a symbol that closes a story ("... authorities. ■") or
// a space after it; it carries no words.
func isEndMark(r rune) bool {
	return isSpace(r) || '\u25a0' <= r && r <= '\u25ff' || r == '★' || r == '☆' || r == '♦' || r == '◊'
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

// oneLine trims s and collapses its white space (a title or outlet given
// with line breaks), keeping it valid UTF-8.
func oneLine(s string) string {
	if s == "" {
		return ""
	}
	return strings.Join(strings.FieldsFunc(strings.ToValidUTF8(s, "\uFFFD"), isSpace), " ")
}
