package extract

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/pack"
	"github.com/parley-news/parley/text"
)

// Figures: a number becomes a figure when the words around it say what is
// counted (a unit: people, trucks, days, dollars) and nothing marks it as a
// date, a time of day, an age limit, part of a name or a count of a plan's
// own parts. The word lists below are generic English.

// units maps a counted noun, as written, to the unit it reports.
var units = lexicon(
	"people: people persons person civilians civilian children child kids women woman men man "+
		"hostages hostage captives captive prisoners prisoner detainees detainee soldiers soldier "+
		"troops fighters fighter militants gunmen combatants workers members others residents "+
		"patients doctors nurses medics journalists reporters staff personnel employees refugees "+
		"victims casualties bodies lives individuals babies infants girls boys adults minors "+
		"ministers lawmakers police officers students pupils families citizens "+
		"nationals settlers protesters demonstrators volunteers survivors inmates paramedics "+
		"rescuers peacekeepers teenagers youths newborns orphans pilgrims worshippers migrants "+
		"reservists commanders guards relatives parents drivers farmers fishermen leaders "+
		"sailors marines pilots crew passengers tourists veterans generals staffers aides "+
		"advisers advisors envoys negotiators delegates voters companions operatives sons daughters martyrs seafarers cadets "+
		"monitors inspectors observers engineers arrivals experts scientists analysts defenders attackers hijackers captors inhabitants "+
		"performers actors writers riders supporters participants senators legislators representatives mps organizers organisers "+
		"marchers strikers picketers miners teachers firefighters truckers dockworkers diplomats officials agents clerks pensioners "+
		"mayors governors judges lawyers attorneys clerics priests physicians surgeons caregivers contractors laborers labourers tenants "+
		"colleagues sisters brothers siblings cousins friends neighbours neighbors spouses wives husbands mothers fathers grandchildren "+
		"foreigners owners farmworkers rabbis imams pastors bishops monks nuns chaplains preachers "+
		"villagers travellers travelers mourners bystanders worshipers shoppers customers pedestrians "+
		"dead wounded injured killed kidnapped abducted displaced deaths fatalities",
	"days: days day", "weeks: weeks week", "months: months month", "years: years year",
	"hours: hours hour", "minutes: minutes minute", "decades: decades decade",
	"trucks: trucks truck lorries lorry truckloads lorryloads", "aircraft: aircraft", "kilograms: kg kgs kilos kilograms",
	"tonnes: tonnes tonne",
)

// titledMembers are the plurals of the generic pack's titles ("three
// MKs"): members counted by their title are people. The singular stays
// out: "the 2024 Republican caucuses" counts no Republican.
var titledMembers = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range pack.Titles() {
		m[t+"s"] = true
	}
	return m
}()

// unitOf is the unit a counted word names after the word before it: a
// noun of units, or a currency (text.CurrencyNamed: "dollars", "Egyptian
// pounds"); "" for any other word.
func unitOf(before, w string) string {
	if u := units[w]; u != "" {
		return u
	}
	if titledMembers[w] {
		return "people"
	}
	if units[w+"s"] == "people" {
		return "people" // "one engineer": the list holds the plural
	}
	if w == "ones" && before == "loved" {
		return "people" // "98 of our loved ones"
	}
	return text.CurrencyNamed(before, w)
}

// spanBefore are words before "one day" or "one week" that make it a
// length of time: "extended by one day", "for one week".
var spanBefore = wordSet("for by last lasts lasted lasting another only just extra additional add adds added adding")

// moneyMeasures name what a sum of money is for; a sum with none of these
// words near it has no measure (a tax bill is not aid).
var moneyMeasures = lexicon(
	"aid: aid assistance humanitarian relief pledged pledge pledges pledging donated donation donations donors grant grants",
	"cost: cost costs costing",
	"damage: damage damages losses",
	"reconstruction: reconstruction rebuilding rebuild",
	"ransom: ransom",
)

// uncounted are plural nouns a number can stand before without reporting a
// quantity: the two sides, ten times, three phases, four principles.
var uncounted = wordSet(
	"sides parties times phases stages parts points principles steps issues things ways",
	"options conditions demands reasons questions rounds terms clauses articles elements",
	"pillars tracks items proposals drafts versions scenarios goals aims objectives",
	"percent cents fronts states occasions instances cases quarters thirds fifths halves",
	"wars counts charges per fold protocols annexes chapters pages",
	"kilometres kilometers km miles metres meters feet yards inches acres hectares degrees", // distances, areas and temperatures are no counts
)

// labelNouns name something by a number after them ("Resolution 2728",
// "phase two", "Channel 13"): that number is not a quantity.
var labelNouns = wordSet(
	"resolution channel phase stage part article paragraph section clause item point step",
	"number no route gate flight building block chapter page room highway road unit",
)

// clockWords follow a time of day.
var clockWords = wordSet("am pm a.m p.m gmt utc o'clock hrs local")

// rankWords after "the two" pick members of a set by rank ("the two
// largest emitters", "the state's three main parties"): a selection, not a
// reported quantity.
var rankWords = wordSet(
	"biggest largest smallest highest lowest greatest best worst most least top main major leading",
	"richest poorest oldest youngest strongest weakest closest nearest latest",
)

// ageWords announce an age limit: "aged 50", "over the age of 60".
var ageWords = wordSet("aged age ages")

// ageTails follow an age limit: "50 years of age", "60 and above".
var ageTails = phrases("years of age", "years old", "and above", "and older", "and over",
	"or older", "and under", "or younger", "and younger", "or above", "or over")

// qualifiers are the words before a number that bound it, longest first so
// that "no more than" wins over "more than".
var qualifiers = qualifierTable(map[string][]string{
	parley.AtLeast: {"at least", "more than", "over", "above", "no fewer than", "no less than",
		"in excess of", "upwards of", "upward of", "just over", "exceeding", "a minimum of"},
	parley.AtMost: {"up to", "less than", "fewer than", "under", "below", "no more than",
		"as many as", "as much as", "at most", "just under", "a maximum of", "within"},
	parley.Approx: {"about", "nearly", "around", "some", "approximately", "roughly", "almost",
		"an estimated", "estimated", "close to", "closer to", "circa", "approx", "perhaps"},
})

// qualifierLen is how many words of lower, from k, a qualifier takes
// ("about", "as much as"); 0 when none starts there.
func qualifierLen(lower []string, k int) int {
	for _, q := range qualifiers {
		if k+len(q.words) <= len(lower) && slices.Equal(lower[k:k+len(q.words)], q.words) {
			return len(q.words)
		}
	}
	return 0
}

type qualifierPhrase struct {
	words     phrase
	qualifier string
}

func qualifierTable(m map[string][]string) []qualifierPhrase {
	var out []qualifierPhrase
	for q, ps := range m {
		for _, p := range ps {
			out = append(out, qualifierPhrase{strings.Fields(p), q})
		}
	}
	slices.SortFunc(out, func(a, b qualifierPhrase) int {
		if c := cmp.Compare(len(b.words), len(a.words)); c != 0 {
			return c
		}
		return strings.Compare(strings.Join(a.words, " "), strings.Join(b.words, " "))
	})
	return out
}

// measures maps a word near a number to what happened to what it counts.
var measures = lexicon(
	"killed: killed kill kills killing dead deaths death died die dying slain toll perished lost",
	"injured: injured injuring injuries wounded wounding hurt",
	"displaced: displaced displacement uprooted fled fleeing homeless crammed sheltering deported expelled exiled",
	"kidnapped: kidnapped kidnapping abducted abducting taken taking captivity held alive",
	"released: released releasing release freed freeing free swap swapped exchange exchanged handed",
	"arrested: arrested arrests arresting detained detaining",
	"hunger: hunger famine starvation starving malnourished malnutrition",
	"missing: missing unaccounted",
)

// nounMeasures is the measure a counted noun implies when no verb says more.
var nounMeasures = lexicon(
	"kidnapped: hostages hostage captives",
	"fighters: fighters fighter militants gunmen combatants troops soldiers brigades battalions",
	"killed: dead bodies casualties martyrs",
	"injured: wounded injured",
	"displaced: displaced refugees",
	"aid: trucks tents caravans shelters meals parcels tonnes tons",
	"arrested: arrests",
)

// participlesOfPeople report what happened to a bare count: "85 had been wounded".
var participlesOfPeople = wordSet("killed wounded injured taken held freed released abducted kidnapped detained arrested evacuated displaced rescued missing fled died dead alive deported expelled exiled")

// verbsOfPeople take a count of people as their object: "killing 640",
// "taking 90 from the village".
var verbsOfPeople = wordSet(
	"killing killed kill taking took kidnapping kidnapped abducting abducted freeing freed",
	"free releasing released release wounding wounded injuring injured evacuating evacuated",
	"arresting arrested detaining detained displacing displaced uprooting uprooted",
)

// npStops end the search for a counted noun: verbs, prepositions, clause words.
var npStops = wordSet(
	"is are was were be been being has have had will would could should may might can must",
	"in on at to for from by with without into onto since after before during until within",
	"who which that whom whose where when while as than the a an this these those its their",
	"his her our my your per each every back more less else now still so but if or nor last next",
	"them they it he she we us you",
)

// sourceAfter follow a count of the people a report comes from: "two people
// familiar with the talks", "three people said".
var sourceAfter = wordSet("familiar briefed knowledgeable close said say says told speaking")

// sourceNouns name the people a report comes from. A count of them is who
// speaks ("two officials said"), unless harm is done to them ("killed 12
// officials", "three diplomats were detained").
var sourceNouns = wordSet("sources officials diplomats")

var passiveAuxiliaries = wordSet("is are was were been being has have had reportedly")

// harmMeasures are what a reported count of people suffered.
var harmMeasures = wordSet("killed injured kidnapped released arrested displaced missing")

// harmed reports harm done to the people counted from token q to head: a
// verb right before the count ("killed 12 officials") or a participle right
// after it ("three diplomats were detained"). A verb further on may be the
// report's own ("two officials in Cairo said 40 were killed").
func harmed(toks []text.Token, q, head int) bool {
	if participlesOfPeople[word(toks, q-1)] || verbsOfPeople[word(toks, q-1)] {
		return true
	}
	k := head + 1
	for k < len(toks) && k <= head+3 && passiveAuxiliaries[word(toks, k)] {
		k++
	}
	return k > head+1 && participlesOfPeople[word(toks, k)]
}

// notNouns end in s but never head a noun phrase.
var notNouns = wordSet("its his hers ours yours theirs thus perhaps always sometimes besides towards afterwards whereas this unless news series species means")

// figureContext carries the last figure's unit forward, for numbers that
// refer back to it ("six of them", "the mean was 95").
type figureContext struct {
	unit, measure string
	number        string // the figure's number as written, lower case
	sent          int
	// The last figure that counts things (see countable), which "50 of
	// them" may refer back to past a length of time: "600 trucks a day
	// in a 42-day phase, 50 of them carrying fuel".
	countUnit string
	countSent int
}

// countable reports a last figure that counts things a bare number may
// refer back to: not time, money or a refused count.
func countable(prev figureContext) bool {
	return prev.unit != "" && prev.unit != uncountedUnit && !text.IsTimeUnit(prev.unit) && !text.IsCurrency(prev.unit)
}

// elidedNoun reports a number that leaves out the noun of the count before
// it in a list: after "and", a comma or "with", and before a preposition,
// a verb or the clause's end ("... and 1.3 million in the West Bank",
// "seven against and four abstaining", "and 24 are minors"). Not a number
// after a number ("January 19 and 20", "resolutions 2334 and 2728"), an
// age after a name ("Emily Damari, 28, and"), nor "nine in every ten".
func elidedNoun(toks []text.Token, n text.Number, q int) bool {
	before, next := word(toks, q-1), word(toks, n.Last)
	if before != "and" && before != "," && before != "with" || next != "" && !afterElision[next] {
		return false
	}
	if q >= 2 && toks[q-2].IsWord() && isNumeral(word(toks, q-2)) {
		return false
	}
	if before == "," && q >= 2 && isCapital(toks[q-2].Text) && (next == "," || next == ".") {
		return false
	}
	return !(next == "in" && (word(toks, n.Last+1) == "every" || word(toks, n.Last+1) == "each"))
}

// afterElision are the words that may follow a count whose noun is left
// out ("" is the sentence's end).
var afterElision = wordSet(". , ; against abstaining are were in on at from for with to into")

// exceedVerbs put a count past its number: "surpassed 500 trucks".
// "passed" does only for a toll (see pastTheNumber): it as often enacts
// ("passed 12 bills").
var exceedVerbs = wordSet("exceeded exceeds exceeding surpassed surpasses surpassing topped tops topping")

// negAdverbs stand between a negation and its verb: "has not yet exceeded".
var negAdverbs = wordSet("yet ever been once")

// pastTheNumber reports a verb before the number at first that puts the
// count past it: "surpassed 500 trucks", a toll that "passed 40,000"; not
// "passed 14 amendments" or "passed 4 bodies to the Red Cross" (a noun
// counted: no toll), nor "never topped 40" (at most).
func pastTheNumber(toks []text.Token, first, head int, measure string) bool {
	neg := func(w string) bool {
		return w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
	}
	if neg(word(toks, first-2)) || negAdverbs[word(toks, first-2)] && neg(word(toks, first-3)) {
		return false // "hadn't passed 90", "has not yet exceeded 75"; not "residents not evacuated exceeded"
	}
	v := word(toks, first-1)
	return exceedVerbs[v] || v == "passed" && measure == "killed" && head < 0
}

// boundAfter returns the qualifier an "or more"/"or less" after a figure
// (end its end token) puts on it: "$700,000 or more" is at least, "10 or
// fewer" at most; exact when none follows, nor for "12 people or more
// than half the family".
func boundAfter(toks []text.Token, end int) string {
	if word(toks, end) != "or" || word(toks, end+2) == "than" {
		return parley.Exact
	}
	switch word(toks, end+1) {
	case "more", "higher", "above":
		return parley.AtLeast
	case "less", "fewer", "lower", "below":
		return parley.AtMost
	}
	return parley.Exact
}

// levelVerbs put a count at a level: "the number of X has reached 9,500".
var levelVerbs = wordSet("exceeds exceeded reached reaches hit hits topped tops surpassed surpasses to at stands stood is was")

// ofThose refer back to what the last figure counted: "Of those, 112 remain".
var ofThose = wordSet("those these them")

// clauseOpensAt reports whether token k opens a clause: the sentence's
// first word or one after a comma, semicolon, colon, dash or "and"/"but"
// ("Of those, 112 remain"; not "the fate of those, 40 in all").
func clauseOpensAt(toks []text.Token, k int) bool {
	switch word(toks, k-1) {
	case "", ",", ";", ":", "—", "–", "-", "\"", "“", "and", "but":
		return true
	}
	return false
}

// remainVerbs follow a bare count of what was counted before: "41 remain".
var remainVerbs = wordSet("remain remained remains survive survived")

// gatherVerbs follow a bare count of the people who gathered: "4,000
// attended".
var gatherVerbs = wordSet("attended marched rallied gathered protested demonstrated")

// fromPrevious reports a change from the previous figure (its number as
// written) to the number after "to" at token k: "from 245 trucks in May to
// fewer than 20"; not "aged from 18 to 65" after "300 volunteers".
func fromPrevious(toks []text.Token, k int, number string) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if word(toks, j) == "from" {
			for t := j + 1; t <= j+3 && t < k; t++ {
				if word(toks, t) == number {
					return true
				}
			}
			return false
		}
	}
	return false
}

// crowdMembers reports a number after a crowd noun and "of" (q its first
// token) that counts the people the noun holds, though countedNoun found
// no people after it (unit, head): no noun at all ("a family of five"), or
// a verb with its object after it read as one ("a family of nine gets two
// cans", not "a population of 2,000 wolves").
func crowdMembers(toks []text.Token, q int, unit string, head int) bool {
	if word(toks, q-1) != "of" || !crowdNouns[word(toks, q-2)] || unit == "people" {
		return false
	}
	if unit == "" {
		return true
	}
	switch next := word(toks, head+1); next {
	case "a", "an", "the", "their", "its":
		return true
	default:
		return isNumeral(next)
	}
}

// crowdNouns count people in the number after "of": "a crowd of 8,000",
// "a staff of 13,000", "a family of five", "a population of 2.2 million".
var crowdNouns = wordSet("crowd crowds audience gathering throng staff workforce family household population crew team")

// stillHeld reports "are still", "were still", "were thought" after a
// bare number: "Of the 251 taken, 111 are still in Gaza" counts the same things.
func stillHeld(toks []text.Token, k int) bool {
	if w := word(toks, k); w != "are" && w != "were" {
		return false
	}
	switch word(toks, k+1) {
	case "still", "thought": // "are alive", "are dead", "are missing" are passiveOfPeople's, "are believed" passiveAfter's
		return true
	}
	return false
}

// findFigures finds every reported quantity in the article.
func findFigures(d *Doc) []parley.Figure {
	var out []parley.Figure
	var nums []text.Number
	seen := map[figureKey]bool{}
	add := func(f parley.Figure, toks []text.Token) {
		f.Unit = text.LocalCurrency(f.Unit, f.Text, d.Text) // "Rs250 million" in a Pakistani paper is in pkr
		key := figureKey{math.Round(f.Value*1000) / 1000, f.Unit}
		if seen[key] {
			return
		}
		seen[key] = true
		f.Source = figureSource(d, toks, f.Span)
		out = append(out, f)
	}
	prev := figureContext{sent: -2}
	for si, sp := range d.Sents {
		if !text.MayHoldNumber(d.Text[sp.Start:sp.End]) {
			continue
		}
		toks, _ := d.split().sentence(si)
		for _, f := range joinedTallies(d.Text, toks) {
			add(f, toks)
		}
		nums = text.FindNumbers(toks, nums[:0])
		for k := 0; k < len(nums); k++ {
			n := nums[k]
			if k+1 < len(nums) && nums[k+1].First == n.Last && !sizeModifier(toks[n.Last].Text) {
				continue // "three 45-day truces": the first counts truces, not a figure; not "1,800 2,000-pound bombs"
			}
			if isProportion(toks, nums[:k], n) || k+1 < len(nums) && isProportion(toks, nums[:k+1], nums[k+1]) {
				continue // "one in four", "nine of 10" are proportions
			}
			if k+1 < len(nums) && isTally(toks, n, nums[k+1]) {
				add(voteFigure(d.Text, n.Value, n.Span), toks)
				add(voteFigure(d.Text, nums[k+1].Value, nums[k+1].Span), toks)
				k++
				continue
			}
			f, ok := figure(d.Text, toks, n, prev, si)
			if !ok {
				if f.Unit == uncountedUnit {
					prev = figureContext{sent: -2} // "five rounds ..., 11 of them" is no figure
				}
				continue
			}
			next := figureContext{f.Unit, f.Measure, strings.ToLower(toks[n.Last-1].Text), si, prev.countUnit, prev.countSent}
			if countable(next) {
				next.countUnit, next.countSent = f.Unit, si
			}
			prev = next
			add(f, toks)
		}
	}
	// A tally written as one token is read before the sentence's numbers.
	slices.SortStableFunc(out, func(a, b parley.Figure) int { return a.Start - b.Start })
	return out
}

// voteWords come just before a tally: "passed the bill 311 to 112",
// "approved it 79-18", "by a vote of 286 to 134".
var voteWords = wordSet("vote votes voted voting pass passes passed passing approve approves approved approving adopt adopts adopted adopting",
	"rejected rejecting defeated carried backed endorsed")

// tallyNouns follow a tally written as one token: "a narrow 222-213
// majority", "a 49-45 vote".
var tallyNouns = wordSet("majority vote tally") // not "margin": "beat Chile by a 3-1 margin" is a score

// afterVote reports a vote word among the few words before token k, in
// the same clause.
func afterVote(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && toks[j].IsWord(); j-- {
		if voteWords[word(toks, j)] {
			return true
		}
	}
	return false
}

// isTally reports two numbers that count a vote's two sides: "311 to 112",
// "59 votes to 43", "143 in favour to 9" after a vote word. Both are
// figures in votes, not a range.
func isTally(toks []text.Token, a, b text.Number) bool {
	if a.High != 0 || b.High != 0 || a.Suffix != "" || b.Suffix != "" || a.Currency != "" || b.Currency != "" {
		return false
	}
	k := a.Last
	if word(toks, k) == "votes" {
		k++
	}
	if word(toks, k) == "in" && (word(toks, k+1) == "favour" || word(toks, k+1) == "favor") {
		k += 2 // "143 in favour to 9 against"
	}
	return word(toks, k) == "to" && k+1 == b.First && afterVote(toks, a.First)
}

// joinedTallies reads tallies written as one token, "79-18" after a vote
// word, as two figures in votes.
func joinedTallies(s string, toks []text.Token) []parley.Figure {
	var out []parley.Figure
	for k, t := range toks {
		c := t.Text[0]
		if c < '0' || c > '9' {
			continue
		}
		left, right, ok := strings.Cut(t.Text, "-")
		if !ok || len(left) > 3 || len(right) > 3 {
			continue // most numerals: no need to read the words around them
		}
		a, errA := strconv.Atoi(left)
		b, errB := strconv.Atoi(right)
		if errA != nil || errB != nil || !tallyPlace(toks, k) {
			continue
		}
		out = append(out,
			voteFigure(s, float64(a), parley.Span{Start: t.Start, End: t.Start + len(left)}),
			voteFigure(s, float64(b), parley.Span{Start: t.End - len(right), End: t.End}))
	}
	return out
}

// tallyPlace reports a place for a tally written as one token at k:
// before a tally noun ("a narrow 222-213 majority"), or after a vote word
// when no word follows that it counts ("to approve 2-3 new crossings" is a
// range of crossings, not a tally).
func tallyPlace(toks []text.Token, k int) bool {
	next := word(toks, k+1)
	if tallyNouns[next] {
		return true
	}
	countsNext := k+1 < len(toks) && toks[k+1].IsWord() && !tallyFollowers[next] && !dayWords[next]
	return !countsNext && afterVote(toks, k)
}

// tallyFollowers may follow a tally: "passed 79-18 on Monday", "voted 5-4
// to uphold", "backed it 31-9 in a late session".
var tallyFollowers = wordSet("on in at to with against after before for during late last this that and but as votes along by amid despite over under from")

func voteFigure(s string, v float64, sp parley.Span) parley.Figure {
	return parley.Figure{Value: v, Qualifier: parley.Exact, Unit: "votes", Span: sp, Text: s[sp.Start:sp.End]}
}

type figureKey struct {
	value float64
	unit  string
}

// uncountedUnit marks a number refused because it counts what is never a
// figure; a later "of them" must not refer past it.
const uncountedUnit = "-"

// figure reads the number n of a sentence's tokens as a figure, if it is one.
func figure(s string, toks []text.Token, n text.Number, prev figureContext, sent int) (parley.Figure, bool) {
	if !isQuantity(toks, n) {
		return parley.Figure{}, false
	}
	f := parley.Figure{Value: n.Value, Span: n.Span}
	qualifier, qstart := qualifierBefore(toks, n.First)
	f.Qualifier = qualifier
	if n.High != 0 && qualifier == parley.Exact {
		f.Qualifier = parley.Approx
	}
	head := -1 // the token naming what is counted
	switch {
	case n.Currency != "":
		f.Unit = n.Currency
	case n.Suffix != "":
		u := unitOf("", strings.TrimSuffix(strings.TrimSuffix(n.Suffix, "-long"), "-old")) // "the 10-month-old war" (isQuantity's eventHead) lasts months
		if u == "" {
			return parley.Figure{}, false // "two-state", "1,000-strong"
		}
		f.Unit = u
	case isRate(toks, n.Last) && sent-prev.sent <= 1 && prev.unit != "" && !text.IsTimeUnit(prev.unit):
		f.Unit, f.Measure = prev.unit, prev.measure // "80 trucks entered, down from 500 a day"
	default:
		var counted bool
		f.Unit, head, counted = countedNoun(toks, afterRestatement(toks, n.Last))
		if head > 0 {
			if b := toks[head-1].Text; strings.EqualFold(b, "cubic") || strings.EqualFold(b, "square") {
				f.Unit = strings.ToLower(b) + " " + f.Unit // "18,000 cubic metres"
			}
		}
		if crowdMembers(toks, qstart, f.Unit, head) {
			f.Unit, head, counted = "people", -1, true // "a family of nine gets two cans": the people the noun before holds
		}
		if !counted || f.Unit == "people" && sourceAfter[word(toks, head+1)] ||
			sourceNouns[word(toks, head)] && !harmed(toks, qstart, head) {
			return parley.Figure{Unit: uncountedUnit}, false
		}
	}
	if isYearLike(toks, n) && (unitOf("", word(toks, head)) == "" || participlesOfPeople[word(toks, head)]) { // "Nov. 3, 2024 killed 9"
		return parley.Figure{}, false // "in 2023", "the 1967 borders"; "2000 people" counts
	}
	end := n.Last
	if head >= 0 {
		end = head + 1
	}
	if f.Unit == "" {
		f.Unit, f.Measure, end = referredUnit(toks, n, qstart, prev, sent)
		if f.Unit == "" {
			return parley.Figure{}, false
		}
	}
	if f.Measure == "" {
		f.Measure = measureOf(toks, qstart, n.Last, head, f.Unit)
	}
	if f.Qualifier == parley.Exact {
		if pastTheNumber(toks, n.First, head, f.Measure) {
			f.Qualifier = parley.AtLeast // "the toll topped 40,000": past the number, by how much unsaid
		} else {
			f.Qualifier = boundAfter(toks, end)
		}
	}
	if n.Words && (n.Value == 2 || n.Value == 3) && word(toks, qstart-1) == "the" && qstart == n.First && !text.IsTimeUnit(f.Unit) && !harmMeasures[f.Measure] {
		return parley.Figure{}, false // "the two teams met": the two already named, no count reported
	}
	if n.Words && n.Value == 1 && n.Suffix == "" && n.Last-n.First == 1 && !oneCounts(toks, n, f) {
		return parley.Figure{}, false // "one" is mostly a pronoun or "one day"
	}
	f.Start = toks[qstart].Start
	f.End = toks[end-1].End
	f.Text = s[f.Start:f.End]
	return f, true
}

// isQuantity rules out numbers that count nothing: dates, times of day,
// percentages, age limits, numbers in names and labels.
func isQuantity(toks []text.Token, n text.Number) bool {
	next, after := word(toks, n.Last), word(toks, n.Last+1)
	before := word(toks, n.First-1)
	month := n.First - 1
	if before == "." {
		month-- // "Oct. 7"
	}
	switch {
	case text.IsMonth(next) || text.IsMonth(word(toks, month)) && isCapital(toks[month].Text):
		return false // "7 October", "May 26"
	case (next == ":" || next == "/") && toks[n.Last-1].End == toks[n.Last].Start,
		(before == ":" || before == "/") && toks[n.First-1].End == toks[n.First].Start, clockWords[next]:
		return false // "10:30", "9 pm", "9/11", "24/7"; not "a fixed rate: 30 prisoners"
	case next == "%" || next == "percent" || next == "per" && after == "cent" || next == "percentage",
		next == "basis" && (after == "points" || after == "point"): // a rate's step, like a percentage
		return false
	case (next == "hours" || next == "hrs") && militaryTime(toks[n.First].Text):
		return false // "with effect from 1700 hours": a time of day
	case strings.Contains(n.Suffix, "old") && !eventHead(next, after) || isAgeLimit(toks, n):
		return false // "a 23-year-old hostage"; not "the 10-month-old war", a duration
	case before == "(" && after == ")" && restates(toks, n):
		return false // "forty-two (42) days": the numeral restates the words before it
	case labelNouns[before] || n.Last-n.First == 1 && isNameBefore(toks, n.First): // "Channel 12", not "gave Israel $3.8 billion"
		return false
	case rankWords[next] && (before == "the" || isPossessive(before)):
		return false
	}
	return true
}

// sizeModifier reports a numeral joined to a unit that sizes the things
// counted after it: "2,000-pound", "155mm", "500-kg".
func sizeModifier(t string) bool {
	if t == "" || t[0] < '0' || t[0] > '9' {
		return false
	}
	switch strings.TrimPrefix(strings.TrimLeft(t, "0123456789,."), "-") {
	case "pound", "lb", "kg", "kilogram", "ton", "tonne", "mm", "millimetre", "millimeter", "inch", "metre", "meter", "foot":
		return true
	}
	return false
}

// eventHead reports an event noun that heads its phrase: "the
// 10-month-old war has", not "a 19-year-old campaign volunteer".
func eventHead(next, after string) bool {
	if !eventNouns[next] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	return after == "" || npStops[after] || after == "and" || !unicode.IsLetter(r)
}

// eventNouns name things that last, whose age is a duration: "the
// 10-month-old war".
var eventNouns = wordSet("war wars conflict offensive truce ceasefire cease-fire siege blockade campaign crisis standoff dispute occupation strike talks negotiations government coalition deal agreement pause")

// restates reports a bracketed numeral that repeats the number word
// right before it: the "(42)" of "forty-two (42) days".
func restates(toks []text.Token, n text.Number) bool {
	if n.First < 2 || n.Words {
		return false
	}
	v, ok := text.ParseNumber(toks[n.First-2].Text)
	return ok && v == n.Value
}

// afterRestatement steps over a bracketed numeral right after a number
// ("forty-two (42) days"), so that the counted noun comes next.
func afterRestatement(toks []text.Token, k int) int {
	at := func(k int, t string) bool { return k >= 0 && k < len(toks) && toks[k].Text == t }
	if (at(k, "\"") || at(k, "”")) && k > 0 && toks[k-1].End == toks[k].Start {
		k++ // `killed "more than 40,000" people`: the quotation closes before the noun
	}
	if at(k, "(") && at(k+2, ")") {
		if t := toks[k+1].Text; t[0] >= '0' && t[0] <= '9' {
			return k + 3
		}
	}
	return k
}

// militaryTime reports a time of day on the 24-hour clock written as four
// digits: "0600", "1700", "2330".
func militaryTime(t string) bool {
	if len(t) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return (t[0] < '2' || t[0] == '2' && t[1] < '4') && t[2] < '6'
}

// isYearLike reports a plain four-digit numeral that could be a year.
func isYearLike(toks []text.Token, n text.Number) bool {
	return !n.Words && n.Currency == "" && n.High == 0 && n.Suffix == "" &&
		n.Value >= 1900 && n.Value <= 2100 && len(toks[n.First].Text) == 4
}

// isProportion reports the second number of "one in four voters", "nine
// of 10 voters", "eight out of 10".
func isProportion(toks []text.Token, before []text.Number, n text.Number) bool {
	if len(before) == 0 {
		return false
	}
	if m := before[len(before)-1]; m.Currency != "" || n.Currency != "" || n.Suffix != "" {
		return false // "$3bn in 30-year notes" is money and a term, no "one in four"
	}
	between := toks[before[len(before)-1].Last:n.First]
	switch {
	case len(between) == 1 && strings.EqualFold(between[0].Text, "in"):
		return true
	case n.Value != 10 && n.Value != 100:
		return false
	}
	return len(between) == 1 && strings.EqualFold(between[0].Text, "of") ||
		len(between) == 2 && strings.EqualFold(between[0].Text, "out") && strings.EqualFold(between[1].Text, "of")
}

// isAgeLimit reports "aged 50", "the age of 60", "19 years of age", "50 and above".
func isAgeLimit(toks []text.Token, n text.Number) bool {
	for k := n.First - 1; k >= 0 && k >= n.First-3; k-- {
		if ageWords[word(toks, k)] {
			return true
		}
	}
	for _, tail := range ageTails {
		if tail.at(toks, n.Last) {
			return true
		}
	}
	return false
}

// isNameBefore reports a number that ends a name: a capitalised word that is
// not a function word stands right before it ("Channel 13", "Group of 7").
func isNameBefore(toks []text.Token, first int) bool {
	k := first - 1
	if word(toks, k) == "of" {
		k--
	}
	if k < 0 || !isCapital(toks[k].Text) {
		return false
	}
	w := word(toks, k)
	if npStops[w] || qualifierWord(w) || verbsOfPeople[w] || text.IsMonth(w) || dayWords[w] || isPossessive(w) {
		return false // "of Gaza's 2.2 million residents": a possessive is no name with a number; "on Saturday four captives"
	}
	// A sentence opener before the number is no name: "Another 40 trucks".
	return k > 0 && toks[k-1].IsWord()
}

// qualifierWord reports a word that starts a qualifier ("Over", "Some").
func qualifierWord(w string) bool {
	for _, q := range qualifiers {
		if q.words[0] == w {
			return true
		}
	}
	return false
}

// qualifierBefore returns the qualifier written before toks[first] and the
// token it starts at (first itself when there is none).
func qualifierBefore(toks []text.Token, first int) (string, int) {
	for _, q := range qualifiers {
		if k := first - len(q.words); q.words.at(toks, k) {
			if q.words[len(q.words)-1] == "over" && overIsExact(toks, first) {
				return parley.Exact, first // "handed over 103 captives": the verb's particle; "$2 billion over three years": across them
			}
			return q.qualifier, k
		}
	}
	return parley.Exact, first
}

// overIsExact reports an "over" before the number at first that bounds
// nothing: a verb's particle ("handed over 103 captives"), or a span of
// time after the number that a sum or a verb of spreading runs across
// ("$2 billion over three years", "spread over ten years"; not "lasted
// over 30 days", nor "over 30 days of rations").
func overIsExact(toks []text.Token, first int) bool {
	w := word(toks, first-2)
	if overVerbs[w] {
		return true
	}
	if !text.IsTimeUnit(word(toks, first+1)) || word(toks, first+2) == "of" {
		return false
	}
	if spreadVerbs[w] || sumScales[w] {
		return true
	}
	_, ok := text.ParseNumber(w) // "20", "2bn"
	return ok
}

// sumScales end a written sum: "$2 billion".
var sumScales = wordSet("thousand million billion trillion bn mn m tn")

// spreadVerbs lay something out across a span: "spread over ten years".
var spreadVerbs = wordSet("spread phased staggered paid disbursed delivered split stretched")

// overVerbs take "over" as their particle: "handed over", "took over".
var overVerbs = wordSet("hand hands handed handing turn turns turned turning take takes took taken taking pass passes passed passing")

// countedNoun finds, in the few words after a number, the noun saying what
// it counts. It returns the unit and the noun's token, or "" and -1 when
// there is none; counted is false when the noun is one that is never a
// figure ("two sides", "three phases").
func countedNoun(toks []text.Token, from int) (unit string, head int, counted bool) {
	modifiers := 0
	for k := from; k < len(toks) && k < from+6; k++ {
		t := toks[k].Text
		if !toks[k].IsWord() {
			return "", -1, true
		}
		if k > from && t[0] >= '0' && t[0] <= '9' {
			return "", -1, true // "the 2014 war lasted 51 days": another number counts the days
		}
		if k == from && sizeModifier(t) {
			modifiers++
			continue // "1,800 2,000-pound bombs", "14,000 155mm shells": the size of each
		}
		w := strings.ToLower(t)
		possessor := isPossessive(w)
		if possessor {
			w = trimPossessive(w) // "the two nations' border posts": the nations are counted
		}
		if u := unitOf(word(toks, k-1), w); u != "" && !currencyAsName(u, t) {
			if next := word(toks, k+1); (u == "people" || isPersonNoun(w)) && !isPluralNoun(w) && isPluralNoun(next) && k+1 < from+6 {
				continue // "57 member states", "25 crew members": the last noun is counted
			}
			return u, k, true // "tents", "2.5 billion Egyptian pounds"
		}
		switch {
		case w == "and" && modifiers > 0:
			continue // "Israeli and foreign hostages"
		case w == "more" && k == from:
			continue // "50 more hostages", "three more days"
		case npStops[w] && !text.IsAcronym(t) || w == "and" || w == "of": // "eight US citizens"
			return "", -1, true
		case isCapital(t):
			if isDemonymPlural(t) || isPluralNoun(w) && endsNP(toks, k+1) {
				return "people", k, true // "Palestinians", "Israelis", "Jews were"
			}
		case k == from && w == "serving":
			if t := servedTerm(toks, k+1); t > 0 {
				return "people", t, true // "36 serving life sentences": prisoners
			}
		case isPersonNoun(w) || sourceNouns[w]:
			return "people", k, true // "activists", "technicians", "evacuees", "policemen"
		case isPluralNoun(w):
			if uncounted[w] && !countsHere(toks, k, w, modifiers) {
				return "", -1, false
			}
			if next := word(toks, k+1); !possessor && isPluralNoun(next) && !uncounted[next] && !npStops[next] && unitOf("", next) == "" && k+1 < from+6 {
				continue // "100 weapons caches": the last noun is counted
			}
			return w, k, true // "tents", "seats", "arrests"
		}
		modifiers++
	}
	return "", -1, true
}

// currencyAsName reports a currency's name written like a proper name, a
// capital then lower case: "a 2019 Rand study", not "12 million rand" nor
// "ZAR".
func currencyAsName(unit, t string) bool {
	return text.IsCurrency(unit) && isCapital(t) && !inCapitals(t)
}

// countsHere reports an uncounted noun that counts where it stands: "two
// mortar rounds", "57 member states", "8,000 cases of hepatitis", "9,000
// cubic metres"; not "two rounds of talks".
func countsHere(toks []text.Token, k int, w string, modifiers int) bool {
	switch w {
	case "rounds":
		return modifiers > 0
	case "states":
		return word(toks, k-1) == "member"
	case "cases":
		return word(toks, k+1) == "of"
	case "metres", "meters":
		return word(toks, k-1) == "cubic" // a volume of water or rubble, not a distance
	}
	return false
}

// servedTerm returns the token of "sentences" or "terms" within three
// words from k ("life sentences", "long jail terms"), or 0.
func servedTerm(toks []text.Token, k int) int {
	for j := k; j < len(toks) && j < k+3; j++ {
		if w := word(toks, j); strings.HasPrefix(w, "sentence") || w == "terms" {
			return j
		}
	}
	return 0
}

// referredUnit gives a bare number the unit it refers to: "six of them"
// takes the last figure's; "killing 640" and "34,000 have been killed"
// count people; a numeral in a sentence about a toll counts the dead; one
// predicated of something ("the mean was 95") takes the last figure's.
// It returns the unit, a measure if known, and the text's end token.
func referredUnit(toks []text.Token, n text.Number, q int, prev figureContext, sent int) (unit, measure string, end int) {
	recent := sent-prev.sent <= 1 && prev.unit != ""
	same := sent == prev.sent && countable(prev) // the last figure counts things in this sentence
	after := word(toks, n.Last)
	if after == "of" {
		k := n.Last + 1
		switch word(toks, k) {
		case "them", "those", "whom", "which":
			if participlesOfPeople[word(toks, k+1)] && word(toks, k) == "those" {
				return "people", measures[word(toks, k+1)], k + 2 // "445 of those released"
			}
			switch {
			case recent && countable(prev):
				return prev.unit, "", k + 1
			case prev.countUnit != "" && sent-prev.countSent <= 1:
				return prev.countUnit, "", k + 1 // past a length of time to the things counted
			case recent:
				return prev.unit, "", k + 1
			}
			return "", "", 0
		case "the", "its", "their", "our", "his", "her", "these":
			k++ // "30 of the hostages", "40 of our soldiers"
		}
		if isPossessive(word(toks, k)) {
			k++ // "10 of the region's 36 hospitals"
		}
		for j := k + 1; j <= k+3 && j < len(toks); j++ {
			if _, at := qualifierBefore(toks, j); at == k {
				k = j // "120 of the roughly 250 hostages", "of the as many as 90": a qualified total
				break
			}
		}
		if k < len(toks) {
			if _, ok := text.ParseNumber(toks[k].Text); ok {
				k++ // "40 of 130 hostages"
			}
		}
		if unit, head, _ := countedNoun(toks, k); unit != "" && !text.IsTimeUnit(unit) {
			return unit, "", head + 1
		}
		if same && k > n.Last+1 && word(toks, k-1) == prev.number {
			return prev.unit, "", k // "Of 90 captives, nine of the 90 are dead"
		}
		if m, e := passiveOfPeople(toks, k); m != "" && k > n.Last+1 {
			return "people", m, e + 1 // "36 of the 109 are no longer alive"
		}
		return "", "", 0
	}
	if same && (word(toks, q-1) == "including" || remainVerbs[after]) {
		return prev.unit, "", n.Last // "337 drones, including 91 over Moscow"; "Of 90 people seized, 41 remain"
	}
	if after == "more" && recent && countable(prev) { // no noun after "more": countedNoun found none
		return prev.unit, "", n.Last + 1 // "three hostages were freed, and three more will follow"
	}
	changed := comparedFrom(toks, q)
	if changed && sent == prev.sent && prev.unit != "" && prev.unit != uncountedUnit {
		return prev.unit, prev.measure, n.Last // "97 trucks a day in May, down from 169 in April", "up from about 40"
	}
	verb := word(toks, q-1)
	if verbsOfPeople[verb] {
		return "people", measures[verb], n.Last
	}
	switch {
	case after == "who" && n.Value > 1, // "the 187,000 who caucused", not "the one who"
		(verb == "of" || verb == "at") && crowdNouns[word(toks, q-2)], // "a crowd of about 8,000", "estimated the crowd at 15,000"
		gatherVerbs[after] && verb != "at" && verb != "aged":          // "4,000 attended", not "who at 54 attended"
		return "people", "", n.Last
	}
	if same && refersBack(toks, n, q, prev.number) {
		return prev.unit, "", n.Last
	}
	if m, k := passiveOfPeople(toks, n.Last); m != "" {
		return "people", m, k + 1
	}
	if k := passiveAfter(toks, n.Last); k > 0 && recent && countable(prev) && (sent == prev.sent || q == 0) {
		return prev.unit, measures[word(toks, k)], k + 1 // "fired 20 rockets; three were intercepted", "Russia launched 139 drones. 78 were shot down."
	}
	if (after == "were" || after == "are") && unitOf("", word(toks, n.Last+1)) == "people" {
		return "people", "", n.Last + 2 // "Of those freed, 30 were minors"
	}
	if k := perfectAfter(toks, n.Last); k > 0 && recent && prev.unit == "people" && (sent == prev.sent || q == 0 || verb == ",") {
		return prev.unit, measures[word(toks, k)], k + 1 // "Eight hostages were due out. By noon, five had come home"
	}
	if awaitedAll(toks, n, q) && prev.countUnit != "" && sent-prev.countSent <= 3 {
		return prev.countUnit, "", n.Last // "251 were taken ... until all 98 are home": the same people
	}
	if recent && countable(prev) && verb == "," && word(toks, q-3) == "of" && ofThose[word(toks, q-2)] && clauseOpensAt(toks, q-3) {
		return prev.unit, "", n.Last // "... seized 250 people. Of those, 112 remain in Gaza"
	}
	if same {
		if stillHeld(toks, n.Last) {
			return prev.unit, "", n.Last + 2 // "Of the 251 people taken, 111 are still in Gaza"
		}
		if elidedNoun(toks, n, q) {
			return prev.unit, "", n.Last // "1.7 million people in Gaza and 1.3 million in the West Bank", "12 in favour, seven against"
		}
	}
	if n.Words || verb == "of" || verb == "and" {
		return "", "", 0
	}
	level := levelVerbs[verb] || changed
	if (level || averageVerbs[verb]) && isRate(toks, n.Last) {
		if u := rateSubject(toks, q); u != "" {
			return u, "", n.Last // "Trucks entering Gaza averaged 76 a day": the subject counted at a rate
		}
	}
	for k := range toks[:n.First] {
		switch w := word(toks, k); {
		case w == "toll" || w == "tally":
			return "people", "killed", n.Last
		case level && w == "number" && word(toks, k+1) == "of":
			if unit, _, _ := countedNoun(toks, k+2); unit != "" && !text.IsTimeUnit(unit) {
				return unit, "", n.Last // "the number of detainees still exceeds 9,800"
			}
		}
	}
	switch verb {
	case "was", "is", "were", "are":
		if recent {
			return prev.unit, prev.measure, n.Last
		}
	}
	return "", "", 0
}

// refersBack reports a bare number that counts what the figure before it
// (prevNumber) counts, by the word before it: "139 drones, of which 78
// ... and another 42 ...", "from 245 trucks in May to fewer than 20",
// "120 trucks crossed, short of the 500 that crossed daily".
func refersBack(toks []text.Token, n text.Number, q int, prevNumber string) bool {
	switch word(toks, q-1) {
	case "another":
		return true
	case "which":
		return word(toks, q-2) == "of"
	case "to":
		return fromPrevious(toks, q-1, prevNumber)
	case "the":
		after := word(toks, n.Last)
		return (after == "that" || strings.HasSuffix(after, "ed") && after != "need") && n.Value > 1 && comparedWith[word(toks, q-2)] // "instead of the 65 discussed in July"
	case "from":
		return changedTo(toks, q-1, prevNumber)
	}
	return false
}

// changedTo reports "fell to 1,362 vessels ... from 2,155": a change to
// the figure before (its number as written) within eight words before
// "from" at k, so the number after "from" counts the same things.
func changedTo(toks []text.Token, k int, number string) bool {
	for j := k - 1; j >= 1 && j >= k-8; j-- {
		if word(toks, j) == number {
			return word(toks, j-1) == "to" && changeVerbs[word(toks, j-2)]
		}
	}
	return false
}

// comparedWith come before "the 500 that ..." when it counts what the
// figure before counts: "short of the 500", "far below the 300", not
// "40 rockets at five towns, and the 12 that landed".
var comparedWith = wordSet("of below above under over than with from")

// oneCounts reports a figure of "one" that reports a quantity: a person
// something happened to ("freed one Filipino", "one soldier was killed",
// but not "one of them was freed"), or a length of time ("extended by one
// day", "about one hour"). "one-week" never reaches here.
func oneCounts(toks []text.Token, n text.Number, f parley.Figure) bool {
	if f.Unit == "people" && f.Measure != "" && f.Measure != "fighters" {
		return word(toks, n.Last) != "of" || f.Measure == "killed" || f.Measure == "injured"
	}
	return text.IsTimeUnit(f.Unit) && (spanBefore[word(toks, n.First-1)] || f.Qualifier != parley.Exact)
}

// comparedFrom reports a number that a change is measured from: "down
// from 169", "up from 40".
func comparedFrom(toks []text.Token, first int) bool {
	if word(toks, first-1) != "from" {
		return false
	}
	w := word(toks, first-2)
	return w == "down" || w == "up" || changeVerbs[w]
}

// rateSubject returns the unit of a subject counted at a rate, looked
// for in the four words before the verb before the number at q ("Trucks
// entering Gaza averaged 76 a day"), not across a clause ("officials said
// lorries ..."); "" when none names one.
func rateSubject(toks []text.Token, q int) string {
	for k := q - 2; k >= 0 && k >= q-5 && !rateSubjectStop[word(toks, k)]; k-- {
		if u := unitOf("", word(toks, k)); u != "" && !text.IsTimeUnit(u) && !text.IsCurrency(u) {
			return u
		}
	}
	return ""
}

// rateSubjectStop end the search for a subject counted at a rate.
var rateSubjectStop = wordSet(", ; : that said say says told")

// averageVerbs put a count at its mean: "averaged 76 a day".
var averageVerbs = wordSet("averaged averages average")

// changeVerbs move a count: "fell to 20", "rose from 40".
var changeVerbs = wordSet("fell fallen rose risen grew grown dropped increased decreased declined climbed slumped plunged jumped soared")

// isRate reports a rate phrase at toks[k:]: "a day", "per week", "daily".
func isRate(toks []text.Token, k int) bool {
	switch word(toks, k) {
	case "daily", "weekly", "monthly":
		return true
	case "a", "an", "per", "each", "every":
		switch word(toks, k+1) {
		case "day", "week", "month", "year", "hour":
			return true
		}
	}
	return false
}

// passiveAfter returns the participle of a passive verb right after a bare
// count at token k ("three were intercepted", "12 had been destroyed"), 0
// when none follows.
func passiveAfter(toks []text.Token, k int) int {
	j := k
	switch word(toks, j) {
	case "were", "was", "are", "is":
		j++
	case "have", "has", "had":
		if word(toks, j+1) != "been" {
			return 0
		}
		j += 2
	default:
		return 0
	}
	if isParticiple(word(toks, j)) {
		return j // "were intercepted", "were shot down", "were hit"
	}
	return 0
}

// perfectAfter returns the participle of an active perfect right after a
// bare number ("five had come home", "40 have returned"), or 0.
func perfectAfter(toks []text.Token, k int) int {
	switch word(toks, k) {
	case "have", "has", "had":
	default:
		return 0
	}
	if w := word(toks, k+1); w != "been" && (isParticiple(w) || w == "come" || w == "gone") {
		return k + 1
	}
	return 0
}

// isParticiple guesses a past participle: a word in -ed or -en, or an
// irregular one ("shot", "held").
func isParticiple(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")) || irregularParticiples[w]
}

// awaitedAll reports "all" and a numeral as the subject of a clause that
// awaits something of a group named before: "until all 98 are home",
// "once all 27 remain".
func awaitedAll(toks []text.Token, n text.Number, q int) bool {
	after := word(toks, n.Last)
	return !n.Words && word(toks, q-1) == "all" && awaitWords[word(toks, q-2)] && (countAuxiliaries[after] || remainVerbs[after])
}

// countAuxiliaries are the auxiliaries after a bare count that make it a
// subject: "all 98 are home".
var countAuxiliaries = wordSet("are were is was have had has will would")

// awaitWords open a clause about a group named before: "until all 98 are
// home"; "and all 27 have condemned" may count another group.
var awaitWords = wordSet("until till unless once when before after")

// irregularParticiples are past participles that end in neither -ed nor
// -en: "78 were shot down".
var irregularParticiples = wordSet("shot hit struck held caught brought sent lost found built bought sold kept left put set cut hurt spent thrown")

// passiveOfPeople reads "have been killed", "were wounded", "are detained"
// at toks[k:], returning the measure and the participle's token.
func passiveOfPeople(toks []text.Token, k int) (string, int) {
	for j := k; j < len(toks) && j < k+4; j++ {
		w := word(toks, j)
		switch w {
		case "have", "has", "had", "been", "being", "were", "are", "was", "reportedly", "internally", "now", "still", "already", "also", "no", "longer", "believed", "presumed", "confirmed", "to", "be":
			continue // "32 are dead", "36 are no longer alive", "20 are believed to be alive"
		case "serving":
			if j > k {
				return "arrested", j // "151 were serving life sentences": prisoners
			}
		case "facing", "suffering", "enduring":
			// "755,000 are facing famine": what they suffer is the measure.
			if m := measures[word(toks, j+1)]; j > k && m != "" {
				return m, j + 1
			}
		}
		if j > k && participlesOfPeople[w] {
			return measures[w], j
		}
		break
	}
	return "", 0
}

// measureOf names what happened to what a figure counts: the verb or
// participle nearest to it, else what the counted noun implies.
func measureOf(toks []text.Token, q, last, head int, unit string) string {
	if text.IsTimeUnit(unit) {
		return "duration"
	}
	end := last
	if head >= 0 {
		end = head + 1
	}
	if text.IsCurrency(unit) {
		return nearestMeasure(toks, q, end, moneyMeasures)
	}
	// Participles inside the noun phrase: "displaced civilians", "65,000 injured".
	for k := last; k < end; k++ {
		if m := measures[word(toks, k)]; m != "" {
			return m
		}
	}
	if m := measures[word(toks, q-1)]; m != "" {
		return m // "wounding about 300 people"
	}
	for k := end; k < len(toks) && k < end+6 && toks[k].IsWord(); k++ {
		if w := word(toks, k); w == "and" || w == "but" || w == "while" {
			break // "infected 2,700 people and killed 84": the verb is the next count's
		}
		if m := measures[word(toks, k)]; m != "" {
			return m // "... people were killed"
		}
	}
	for k := q - 2; k >= 0 && k >= q-4 && toks[k].IsWord(); k-- {
		if m := measures[word(toks, k)]; m != "" {
			return m // "wounded at least 300 people"
		}
	}
	if head >= 0 {
		if m := nounMeasures[word(toks, head)]; m != "" {
			return m
		}
	}
	if unit == "trucks" {
		return "aid"
	}
	return ""
}

// nearestMeasure looks for a word of lex in the figure's noun phrase
// (toks[q:end]), then in the few words after it and before it, up to a
// punctuation mark.
func nearestMeasure(toks []text.Token, q, end int, lex map[string]string) string {
	for k := q; k < end; k++ {
		if m := lex[word(toks, k)]; m != "" {
			return m // "$20 million aid package"
		}
	}
	for k := end; k < len(toks) && k < end+5 && toks[k].IsWord(); k++ {
		if m := lex[word(toks, k)]; m != "" {
			return m // "$2 billion in aid"
		}
	}
	for k := q - 1; k >= 0 && k >= q-5 && toks[k].IsWord(); k-- {
		if m := lex[word(toks, k)]; m != "" {
			return m // "pledged $500 million"
		}
	}
	return ""
}

// figureSource names who reports a figure: the speaker of an attribution
// that holds it, else the source of an "according to" in its sentence.
func figureSource(d *Doc, toks []text.Token, sp parley.Span) string {
	for _, a := range d.Attributions {
		if a.Start <= sp.Start && sp.End <= a.End {
			return firstNonEmpty(a.Speaker, a.SpeakerMention)
		}
	}
	for k := 0; k+1 < len(toks); k++ {
		if !strings.EqualFold(toks[k].Text, "according") || toks[k+1].Text != "to" {
			continue
		}
		from, to := k+2, k+2
		for to < len(toks) && (toks[to].IsWord() || toks[to].Text == "'" || toks[to].Text == "’") {
			to++
		}
		if to > from {
			return d.Text[toks[from].Start:toks[to-1].End]
		}
	}
	return ""
}

// word returns toks[k] in lower case, or "" outside toks.
func word(toks []text.Token, k int) string {
	if k < 0 || k >= len(toks) {
		return ""
	}
	return strings.ToLower(toks[k].Text)
}

// phrase is a run of lower-case words.
type phrase []string

func phrases(s ...string) []phrase {
	out := make([]phrase, len(s))
	for i, p := range s {
		out[i] = strings.Fields(p)
	}
	return out
}

// at reports whether the phrase stands at toks[k:], in any case.
func (p phrase) at(toks []text.Token, k int) bool {
	if k < 0 || k+len(p) > len(toks) {
		return false
	}
	for i, w := range p {
		if !strings.EqualFold(toks[k+i].Text, w) {
			return false
		}
	}
	return true
}

func isCapital(t string) bool { return t != "" && t[0] >= 'A' && t[0] <= 'Z' }

// isDemonymPlural reports a capitalised plural naming people by origin:
// "Palestinians", "Israelis", "Americans".
func isDemonymPlural(t string) bool {
	return len(t) > 4 && (strings.HasSuffix(t, "ans") || strings.HasSuffix(t, "is")) && t[1] >= 'a' && t[1] <= 'z'
}

// endsNP reports whether toks[k] is a lower-case verb, preposition or
// conjunction, ending the noun phrase before it ("Jews were", "Druze in").
// A capitalised word after it means title case, where capitals say nothing.
func endsNP(toks []text.Token, k int) bool {
	if k >= len(toks) || !toks[k].IsWord() {
		return k >= len(toks) || strings.Contains(".,;:!?", toks[k].Text) // "149 Republicans and 165 Democrats."; not a title "(41 Shots)"
	}
	if isCapital(toks[k].Text) {
		return false
	}
	w := word(toks, k)
	return npStops[w] || w == "and" || measures[w] != "" || participlesOfPeople[w] || len(w) > 4 && strings.HasSuffix(w, "ed") // "Democrats voted"
}

// notPersons end like nouns of persons but name things.
var notPersons = wordSet("fees degrees trees committees guarantees decrees")

// isPersonNoun guesses a plural noun naming people from its ending:
// "journalists", "technicians", "evacuees", "policemen".
func isPersonNoun(w string) bool {
	return !notPersons[w] && (strings.HasSuffix(w, "ists") || strings.HasSuffix(w, "ians") ||
		strings.HasSuffix(w, "ees") || strings.HasSuffix(w, "men"))
}

// isPluralNoun guesses a regular plural noun from its ending.
func isPluralNoun(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !notNouns[w]
}

// lexicon builds a word -> value map from lines "value: word word ...".
func lexicon(lines ...string) map[string]string {
	m := map[string]string{}
	for _, l := range lines {
		value, words, _ := strings.Cut(l, ":")
		for w := range strings.FieldsSeq(words) {
			m[w] = value
		}
	}
	return m
}
