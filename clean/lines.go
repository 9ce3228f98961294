package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/text"
)

// kind is what a line of a page is.
type kind int

const (
	prose          kind = iota // a paragraph of the article: it ends like a sentence, or runs long
	short                      // a short line that is not furniture: a headline, a caption, a subheading
	junk                       // share bars, link lines, URLs, breadcrumbs, credits
	titleLine                  // "Title: ..."
	dateLine                   // a date on its own: "Sun May 26 2024", "Published: 2024-05-26"
	websiteLine                // "X's website can also be accessed at ..."
	appLine                    // "X News Roku": the outlet's app on a platform
	blockHeader                // "Our readers are reading too", "Related articles": links follow
	commentsHeader             // "Top Comments", "Reader comments": readers' words follow, to the page's end
)

// maxFurniture bounds the bytes of a share bar, a site line or an app
// line; longer lines are not tested for them.
const maxFurniture = 256

// maxPrefix is the longest prefix tested, with room to spare.
const maxPrefix = 48

// maxShareBar is the most words a share bar has.
const maxShareBar = 12

// longLine is the word count from which a line counts as prose whatever
// its ending.
const longLine = 25

// isBullet reports a line that opens with a list marker and a space.
func isBullet(l string) bool {
	i := strings.IndexByte(l, ' ')
	return i > 0 && text.IsBullet(l[:i])
}

// summaryPoint reports a bulleted line of n words, its marker one of them,
// long enough to read as prose (text.SummaryPoint).
func summaryPoint(l string, n int) bool {
	i := strings.IndexByte(l, ' ')
	return i > 0 && text.SummaryPoint(l[:i], n-1)
}

// classify says what kind of line l (trimmed, non-empty) is.
func classify(l string) kind {
	n := words(l)
	lower := strings.ToLower(l[:min(len(l), maxPrefix)]) // enough for every prefix test
	switch {
	case strings.HasPrefix(lower, "title:"):
		return titleLine
	case n <= 16 && lineDate(l) != "":
		return dateLine
	case isWebsiteLine(l):
		return websiteLine
	}
	ends := endsSentence(l, n)
	switch {
	case n <= 8 && !ends && hasAnyPrefix(lower, blockHeaders), n <= 3 && isListLead(lower):
		return blockHeader
	case n <= 4 && !ends && isCommentsHeader(lower):
		return commentsHeader
	case isLinkLine(lower, n, ends), isShareBar(l, n), isURL(l), isBreadcrumb(l, n), isAside(l, n), isCopyright(lower, n), isFollowLine(lower, n), isCredits(lower), isCaption(l), isPrintNote(lower):
		return junk
	case n >= longLine || ends, summaryPoint(l, n):
		return prose
	case n <= 8 && (strings.HasPrefix(lower, "by ") || isReadingTime(lower)), n <= 9 && isCounter(lower):
		return junk // a byline, "5 min read", "42 Comments", "Updated 3 hours ago"
	case n <= 8 && appOwner(l) != "":
		return appLine
	}
	return short
}

// endsSentence reports whether l ends like a sentence: a period or an
// ellipsis, before any closing quotes or brackets. A question or an
// exclamation ends a sentence only in a line too long for a headline, and
// a colon only in a lead-in long enough not to be a label.
func endsSentence(l string, n int) bool {
	l = strings.TrimRightFunc(l, text.IsCloser)
	r, _ := utf8.DecodeLastRuneInString(l)
	switch r {
	case '.', '…':
		return true
	case '?', '!':
		return n >= 10
	case ':', ';':
		return n >= 8
	}
	return false
}

// headlineLike reports whether a short head line can be the headline
// rather than a section label ("International") or a byline.
func headlineLike(l string) bool {
	n := words(l)
	if n < 3 || n >= longLine {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isOpener(r)
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '‘', '“', '«', '(', '[':
		return true
	}
	return false
}

// words counts the space-separated words of s, up to maxWords (every
// threshold on it is lower), without allocating.
func words(s string) int {
	n, in := 0, false
	for i := 0; i < len(s) && n < maxWords; {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		if r == ' ' || r == '\t' || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

const maxWords = 64

// sameText reports whether a and b are the same line up to case, spacing
// and final punctuation.
func sameText(a, b string) bool {
	a, b = strings.TrimRightFunc(a, isEndPunct), strings.TrimRightFunc(b, isEndPunct)
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		switch {
		case unicode.IsSpace(ra) && unicode.IsSpace(rb):
			a, b = strings.TrimLeftFunc(a, unicode.IsSpace), strings.TrimLeftFunc(b, unicode.IsSpace)
			continue
		case unicode.ToLower(ra) != unicode.ToLower(rb) && !(isQuoteMark(ra) && isQuoteMark(rb)):
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b == ""
}

func isEndPunct(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…' || unicode.IsSpace(r)
}

func isQuoteMark(r rune) bool {
	switch r {
	case '"', '\'', '‘', '’', '“', '”', '«', '»':
		return true
	}
	return false
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// linkPrefixes open a line that points elsewhere ("Read more: <headline>").
// They mark a link line when a colon or a similar separator follows, or
// when the line is short.
var linkPrefixes = []string{
	"read more", "read also", "also read", "see also", "related", "recommended",
	"more:", "watch:", "listen:", "click here", "sign up", "subscribe", "follow us",
	"join our", "advertisement", "continue reading", "story continues", "photo:",
	"photo credit", "image:", "image source", "image caption", "file photo", "credit:",
	"download the", "get the app", "skip to", // staff credits ("Reporting by ...") are isCredits
	"listen to this article", "listen to article", "tags:", "topics:", "loading", "please enable javascript", "leave a comment",
}

// listLeads stand alone on a line above a list of links: "Read more:".
var listLeads = []string{"read more", "read also", "also read", "see also", "related", "more"}

// isListLead reports a link prefix with nothing after it but a colon: the
// headlines on the lines below are links.
func isListLead(lower string) bool {
	lower = strings.TrimSpace(strings.TrimRight(lower, ": "))
	return slices.Contains(listLeads, lower)
}

// linkShort is the longest line a link prefix marks without a separator.
const linkShort = 12

func isLinkLine(lower string, n int, ends bool) bool {
	for _, p := range linkPrefixes {
		if !strings.HasPrefix(lower, p) {
			continue
		}
		rest := strings.TrimSpace(lower[len(p):])
		if rest == "" || strings.HasSuffix(p, ":") || strings.ContainsRune(":|»›>-–—", firstRune(rest)) || n <= linkShort && !ends {
			return true
		}
	}
	return false
}

// creditPrefixes open a wire story's staff credits, however long:
// "(Reporting by Ann Lee in Cairo; Additional reporting by ...)".
var creditPrefixes = []string{"reporting by", "additional reporting by", "writing by", "editing by", "compiled by", "reporting and writing by"}

// isCredits reports a line of staff credits.
func isCredits(lower string) bool {
	return hasAnyPrefix(strings.TrimLeft(lower, "(["), creditPrefixes)
}

// isCaption reports a photo caption: a line that ends with its picture's
// credit in brackets, "(Photo: AP)", "(AP Photo/Ann Lee)".
func isCaption(l string) bool {
	if trailingCredit(l) {
		return true
	}
	var open int
	switch {
	case strings.HasSuffix(l, ")"):
		open = strings.LastIndexByte(l, '(')
	case strings.HasSuffix(l, "]"):
		open = strings.LastIndexByte(l, '[')
	default:
		return false
	}
	if open < 0 {
		return false
	}
	inner := l[open+1 : len(l)-1]
	if agencyCredit(inner) {
		return true // "... in Khan Younis [Ann Lee/AFP]", "(Jo Roe/Reuters)"
	}
	credit := strings.ToLower(inner)
	return strings.HasPrefix(credit, "photo") || strings.Contains(credit, " photo/") || strings.HasPrefix(credit, "file photo") ||
		strings.Contains(credit, "getty images") || strings.HasPrefix(credit, "image:") || strings.HasPrefix(credit, "picture:")
}

// agencyCredit reports a photographer's credit: a short capitalised
// "Name/Agency" ("Bashar Taleb/AFP", "Jo Roe/Reuters via Getty").
func agencyCredit(c string) bool {
	slash := strings.IndexByte(c, '/')
	if slash <= 0 || slash == len(c)-1 || words(c) > 6 || words(c[:slash]) < 2 || strings.ContainsAny(c, ".,;:\"“”") {
		return false
	}
	first, _ := utf8.DecodeRuneInString(c)
	after, _ := utf8.DecodeRuneInString(c[slash+1:])
	return unicode.IsUpper(first) && unicode.IsUpper(after)
}

// creditLabels end a caption with its picture's credit: "... Photograph:
// Ann Lee/Reuters", "... Illustration: Guardian Design".
var creditLabels = []string{"Photograph:", "Photographs:", "Photo:", "Photos:", "Photo by", "Illustration:", "Composite:", "Image:"}

// trailingCredit reports a caption whose credit follows its last sentence:
// the label after a full stop, then a few words and no sentence end.
func trailingCredit(l string) bool {
	if endsSentence(l, 0) || !strings.ContainsAny(l, ".!?") {
		return false // a credit ends the line, and a full stop would end it: most prose stops here, before the label scans
	}
	for _, label := range creditLabels {
		k := strings.LastIndex(l, label)
		if k < 2 || l[k-1] != ' ' || !strings.ContainsRune(".!?", rune(l[k-2])) {
			continue
		}
		credit := strings.TrimSpace(l[k+len(label):])
		if n := words(credit); n > 0 && n <= 8 && !endsSentence(credit, n) {
			return true
		}
	}
	return false
}

// isCopyright reports a page's copyright notice.
func isCopyright(lower string, n int) bool {
	return n <= linkShort && (strings.HasPrefix(lower, "©") || strings.HasPrefix(lower, "copyright") ||
		strings.HasPrefix(lower, "all rights reserved"))
}

// isFollowLine reports an author's social account line: "Follow Ann Lee on
// Twitter @annlee", "Follow her on X".
func isFollowLine(lower string, n int) bool {
	lower = strings.TrimLeftFunc(lower, isQuoteMark) // a page that wraps each paragraph in quotes
	if n > linkShort || !strings.HasPrefix(lower, "follow ") {
		return false
	}
	for _, network := range []string{" on twitter", " on x", " on instagram", " on facebook", " on threads", " on bluesky", " on linkedin", " @"} {
		if strings.Contains(lower, network) {
			return true
		}
	}
	return false
}

// isCommentsHeader reports the header of the readers' comments under a
// story: "Comments", "Top Comments", "Reader comments (12)", "Join the
// conversation". Readers are no sources.
func isCommentsHeader(lower string) bool {
	lower = strings.TrimRight(lower, " :0123456789()")
	switch lower {
	case "comments", "top comments", "reader comments", "readers' comments", "latest comments", "most recent comments",
		"join the conversation", "join the discussion", "leave a comment", "post a comment":
		return true
	}
	return false
}

// isPrintNote reports a newspaper's note on its print edition: "A version
// of this article appears in print on ..., with the headline: ...".
func isPrintNote(lower string) bool {
	return strings.HasPrefix(lower, "a version of this ") && (strings.Contains(lower, " appears in print") || strings.Contains(lower, " appeared in print"))
}

// isReadingTime reports "5 min read" and the like.
func isReadingTime(lower string) bool {
	for _, s := range []string{" min read", " mins read", " minute read", " minutes read"} {
		if strings.HasSuffix(lower, s) {
			return true
		}
	}
	return false
}

// counterWords are what a page counts next to a story: its comments,
// shares, views.
var counterWords = map[string]bool{
	"comment": true, "comments": true, "share": true, "shares": true, "view": true, "views": true,
	"like": true, "likes": true, "reaction": true, "reactions": true, "reply": true, "replies": true,
}

// timeAgoWords stamp a story with its age: "Updated 3 hours ago".
var timeAgoWords = map[string]bool{
	"updated": true, "published": true, "posted": true, "last": true,
	"second": true, "seconds": true, "min": true, "mins": true, "minute": true, "minutes": true,
	"hour": true, "hours": true, "hr": true, "hrs": true, "day": true, "days": true,
	"week": true, "weeks": true, "month": true, "months": true,
}

// isCounter reports a page counter: a count of comments, shares or views
// ("42 Comments", "1.2K shares"), or a story's age ("3 hours ago",
// "Updated 3 hours ago"). Such a line holds no sentence.
func isCounter(lower string) bool {
	ws := strings.Fields(strings.TrimRight(lower, ".:"))
	if len(ws) < 2 {
		return false
	}
	number := func(w string) bool {
		return w != "" && w[0] >= '0' && w[0] <= '9' || w == "an" || w == "a" || w == "one"
	}
	if len(ws) == 2 && number(ws[0]) && counterWords[ws[1]] {
		return true
	}
	last := len(ws) - 1
	for k := 2; k < len(ws)-1; k++ {
		if ws[k] == "ago" && ws[k+1] == "by" {
			last = k // "Posted 2 hours ago by Ann Lee": a reader's comment header
			break
		}
	}
	if ws[last] != "ago" {
		return false
	}
	seenNumber := false
	for _, w := range ws[:last] {
		switch {
		case number(w) && !seenNumber:
			seenNumber = true
		case !timeAgoWords[w]:
			return false
		}
	}
	return seenNumber
}

// isAside reports a short line wholly in brackets: a photo credit, a
// correction note, "(Reporting by ...)".
func isAside(l string, n int) bool {
	if n > 20 || len(l) < 2 {
		return false
	}
	first, last := l[0], l[len(l)-1]
	return first == '(' && last == ')' || first == '[' && last == ']'
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// blockHeaders open a list of links to other stories.
var blockHeaders = []string{
	"our readers are reading", "readers are also reading", "readers also read",
	"you may also like", "you might also like", "you may be interested", "more from",
	"more stories", "more on this", "most read", "most popular", "most viewed",
	"related articles", "related stories", "related news", "related posts", "related topics",
	"recommended for you", "trending", "popular now", "latest news", "top stories",
	"don't miss", "don’t miss", "also on",
}

// shareWords are the words of a share bar; a line made only of them (and
// at least one that names sharing or a network) is one.
var shareWords = map[string]bool{
	"share": true, "this": false, "article": false, "story": false, "post": false, "on": false,
	"via": false, "facebook": true, "twitter": true, "x": false, "whatsapp": true, "telegram": true,
	"linkedin": true, "reddit": true, "pinterest": true, "email": true, "e-mail": true,
	"mail": false, "print": true, "copy": false, "link": false, "copied": false, "messenger": true,
	"tumblr": true, "tweet": true, "comments": false, "comment": false, "save": false,
	"bookmark": true, "url": false, "google": false, "flipboard": true, "vk": true,
	"threads": false, "bluesky": true,
}

func isShareBar(l string, n int) bool {
	if n > maxShareBar || len(l) > maxFurniture {
		return false
	}
	lower := strings.ToLower(l)
	hard := false
	for lower != "" {
		w := lower
		if i := strings.IndexFunc(lower, isBarSep); i >= 0 {
			_, size := utf8.DecodeRuneInString(lower[i:])
			w, lower = lower[:i], lower[i+size:]
		} else {
			lower = ""
		}
		switch h, known := shareWords[w]; {
		case w == "":
		case strings.HasPrefix(w, "icon-") || strings.HasPrefix(w, "fa-"):
			hard = true
		case !known:
			return false
		default:
			hard = hard || h
		}
	}
	return hard
}

func isBarSep(r rune) bool {
	return unicode.IsSpace(r) || r == '|' || r == '·' || r == '•' || r == ',' || r == ':'
}

// isURL reports a line that is one web address or bare domain.
func isURL(l string) bool {
	if strings.ContainsFunc(l, unicode.IsSpace) {
		return false
	}
	lower := strings.ToLower(l)
	if strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "www.") {
		return true
	}
	dot := strings.LastIndexByte(lower, '.')
	if dot <= 0 || dot == len(lower)-1 {
		return false
	}
	for _, r := range lower[dot+1:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	for _, r := range lower {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '/') {
			return false
		}
	}
	return true
}

// breadcrumbSeps separate the parts of a section breadcrumb.
var breadcrumbSeps = []string{" / ", " > ", " › ", " » ", " | "}

// isBreadcrumb reports a short line such as "News / Palestine": parts of
// at most three words between separators, none ending like a sentence.
func isBreadcrumb(l string, n int) bool {
	if n > 8 {
		return false
	}
	for _, sep := range breadcrumbSeps {
		if !strings.Contains(l, sep) {
			continue
		}
		for part := range strings.SplitSeq(l, sep) {
			part = strings.TrimSpace(part)
			if part == "" || words(part) > 3 || endsSentence(part, 0) {
				return false
			}
		}
		return true
	}
	return false
}

// isWebsiteLine reports "X's website can also be accessed at ..." and its
// kin: a possessive name, then the site, then where to find it.
func isWebsiteLine(l string) bool {
	return websiteOwner(l) != ""
}

// websiteOwner returns X from "X's website can also be accessed ...", or "".
func websiteOwner(l string) string {
	if len(l) > maxFurniture {
		return ""
	}
	i := strings.Index(l, "’s ")
	if i < 0 {
		i = strings.Index(l, "'s ")
	}
	if i <= 0 || words(l[:i]) > 5 {
		return ""
	}
	rest := strings.ToLower(l[i:])
	rest = rest[strings.IndexByte(rest, ' ')+1:]
	if !hasAnyPrefix(rest, []string{"website", "web site", "site", "app", "official website"}) {
		return ""
	}
	if !strings.Contains(rest, "accessed") && !strings.Contains(rest, "available") {
		return ""
	}
	name := l[:i]
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) {
		return ""
	}
	return name
}

// platforms are where an outlet's app runs; a short line ending in one
// ("X News Roku") advertises X's app.
var platforms = []string{" roku", " app store", " google play", " apple tv", " android tv", " fire tv", " smart tv"}

// appOwner returns the outlet a short app line names ("X News Roku" -> X),
// or "".
func appOwner(l string) string {
	if len(l) > maxFurniture {
		return ""
	}
	lower := strings.ToLower(l)
	for _, p := range platforms {
		if !strings.HasSuffix(lower, p) {
			continue
		}
		name := strings.TrimSpace(l[:len(l)-len(p)])
		for _, tail := range []string{" News", " on", " App", " app"} {
			name = strings.TrimSuffix(name, tail)
		}
		if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) {
			return ""
		}
		return name
	}
	return ""
}
