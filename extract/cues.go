package extract

import (
	"strings"

	"github.com/parley-news/parley/pack"
)

// Cue cueLexicon: generic English verbs and phrases that present text as
// coming from a source. Domain-free, so it lives in code.

// speechVerbs maps every inflected form of a reporting verb to true.
var speechVerbsWords = wordSet(
	"say says said saying",
	"tell tells told telling",
	"state states stated stating",
	"stipulate stipulates stipulated stipulating",
	"add adds added adding",
	"stress stresses stressed stressing",
	"emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising",
	"warn warns warned warning",
	"caution cautions cautioned cautioning",
	"assert asserts asserted asserting",
	"accuse accuses accused accusing",
	"threaten threatens threatened threatening",
	"announce announces announced announcing",
	"insist insists insisted insisting",
	"note notes noted noting",
	"mention mentions mentioned mentioning",
	"report reports reported reporting",
	"reveal reveals revealed revealing",
	"suggest suggests suggested suggesting",
	"indicate indicates indicated indicating",
	"deny denies denied denying",
	"claim claims claimed claiming",
	"explain explains explained explaining",
	"argue argues argued arguing",
	"acknowledge acknowledges acknowledged acknowledging",
	"confirm confirms confirmed confirming",
	"declare declares declared declaring",
	"write writes wrote writing", "posted tweeted", "clarify clarifies clarified clarifying",
	"tweet tweets tweeted tweeting",
	"admit admits admitted admitting",
	"highlight highlights highlighted highlighting",
	"urge urges urged urging",
	"predict predicts predicted predicting",
	"repeat repeats repeated repeating",
	"vow vows vowed vowing",
	"pledge pledges pledged pledging",
	"recall recalls recalled recalling",
	"blame blames blamed blaming",
	"respond responds responded responding",
	"reply replies replied replying",
	"observe observes observed observing",
	"contend contends contended contending",
	"concede concedes conceded conceding",
	"allege alleges alleged alleging",
	"complain complains complained complaining",
	"question questions questioned questioning",
	"criticise criticises criticised criticising criticize criticizes criticized criticizing",
	"condemn condemns condemned condemning",
	"dismiss dismisses dismissed dismissing",
	"remark remarks remarked remarking",
	"assure assures assured assuring",
	"reaffirm reaffirms reaffirmed reaffirming",
	"affirm affirms affirmed affirming",
	"disclose discloses disclosed disclosing",
	"reiterate reiterates reiterated reiterating",
	"cite cites cited",
	"praise praises praised praising",
	"blast blasts blasted blasting",
	"slam slams slammed slamming",
	"tout touts touted touting",
	"demand demands demanded demanding",
	"express expresses expressed expressing", // an attitude is its object: "expressed frustration with"
	"opine opines opined opining",
)

// afterQuoteOnly verbs are cues only right after a quotation ("...," the
// official continued) because elsewhere they are ordinary verbs.
var afterQuoteOnlyWords = wordSet("continue continues continued", "ask asks asked", "answer answers answered", "call calls called", "describe describes described",
	"wonder wonders wondered", "quip quips quipped", "joke jokes joked",
	"retort retorts retorted", "shout shouts shouted", "exclaim exclaims exclaimed", "scoff scoffs scoffed", "boast boasts boasted",
	"lament laments lamented", "muse muses mused", feelingVerbs)

// clauseVerbs are cues only before a that-clause or a quotation: "agreed
// that the plan fails", not "agreed to talk".
var clauseVerbsWords = wordSet("agree agrees agreed", "believe believes believed", "know knows knew", "realize realizes realized realise realises realised", "estimate estimates estimated",
	"hint hints hinted", "signal signals signaled signalled", "fear fears feared", "think thinks thought",
	"rule rules ruled", "worry worries worried", "discover discovers discovered", "learn learns learned learnt", "expect expects expected",
	"underline underlines underlined", "underscore underscores underscored", "counter counters countered",
	"maintains maintained", briefingVerbs)

// plainObjectVerbs report a deed when their object is a plain thing
// ("condemned the move", "pledged $50 million") and words only before a
// clause, an infinitive, a gerund or "X as Y".
var plainObjectVerbs = wordSet("confirm confirms confirmed confirming condemn condemns condemned condemning praise praises praised praising",
	"dismiss dismisses dismissed dismissing blast blasts blasted blasting slam slams slammed slamming pledge pledges pledged pledging tout touts touted touting")

// judgeVerbs report words only when a verdict follows their object after
// "as": "denounced the report as "baseless"". Before a plain object or a
// clause they report a stance ("rejected the terms"), which positions read.
var judgeVerbs = wordSet("reject rejects rejected rejecting denounce denounces denounced denouncing")

// asIdioms open phrases where "as" tells when, how or why, no verdict:
// "rejected the plan as soon as it came", "as part of", "as a result".
var asIdioms = wordSet("part soon well recently long far expected usual always ever")

// verdictAs reports a verdict after a judgeVerb's object at i: "rejected
// the findings as "politically motivated"", not "rejected the plan as
// soon as it came" nor "as a result of the audit".
func (p *para) verdictAs(i int) bool {
	j := p.objectThen(i, "as")
	return j > 0 && p.verdictAfter(j) && !p.asIdiom(j+1)
}

// asIdiom reports an idiom opening at token k, after "as": "soon as",
// "part of", "a result", "a whole".
func (p *para) asIdiom(k int) bool {
	return asIdioms[p.at(k)] || p.at(k) == "a" && p.is(k+1, "result", "whole")
}

// findingVerbs report what a document or data shows.
var findingVerbsWords = wordSet("show shows showed shown find finds found")

// intentVerbs report a source's aim or decision in an infinitive ("wants
// to sell", "refused to sign"); they are cues only before one.
// Decisions ("agreed to send", "decided to") are acts, not statements.
var intentVerbsWords = wordSet("want wants wanted plan plans planned refuse refuses refused hope hopes hoped intend intends intended")

// finiteAuxiliaries mark a finite clause ("the deal will hold").
var finiteAuxiliariesWords = wordSet("is are was were will would can could should may might must shall has have had does did do cannot",
	"won't wouldn't can't couldn't shouldn't isn't wasn't aren't weren't hasn't haven't hadn't doesn't don't didn't",
	"won’t wouldn’t can’t couldn’t shouldn’t isn’t wasn’t aren’t weren’t hasn’t haven’t hadn’t doesn’t don’t didn’t")

// plainAdjectives are common adjectives without an adjective's ending;
// after one, a cue word is a noun ("tough questions", "a strong signal").
var plainAdjectivesWords = wordSet("tough strong new old big hard serious fresh major key basic similar recent false clear firm sharp bold vague")

// catenativeVerbs take a reporting verb in -ing as their object ("kept
// saying", "avoids mentioning"): the cue's subject stands before them.
var catenativeVerbsWords = wordSet("keep keeps kept stop stops stopped start starts started begin begins began avoid avoids avoided",
	"resist resists resisted quit quits risk risks risked")

// irregularPasts end a name read rightwards ("Ann Lee spoke on Friday"), as
// a past tense in -ed does.
var irregularPastsWords = wordSet("spoke went came took made gave met sent wrote left held began won lost ran brought kept got saw became stood sat led fought told said thought felt knew found heard paid sold bought built drew drove flew grew meant rose sought struck swore taught threw understood wore broke fell chose shook quit hit cut shut spread split hung dealt lent stuck")

// beForms mark a passive before a participle ("was reported").
var beFormsWords = wordSet("is are was were be been being")

// promiseVerbs report a commitment in an infinitive ("threatened to quit").
var promiseVerbsWords = wordSet("threaten threatens threatened threatening pledge pledges pledged pledging vow vows vowed vowing promise promises promised promising")

// quoteLeads are cues only right after the quotation they close ("...,"
// she continued), never before their content.
var quoteLeadsWords = wordSet("continue continues continued ask asks asked", feelingVerbs)

// feelingVerbs tell how words were said ("...," she laughed); elsewhere
// they report no words at all ("the crowd laughed").
const feelingVerbs = "fume fumes fumed rage rages raged snap snaps snapped sigh sighs sighed laugh laughs laughed chuckle chuckles chuckled " +
	"gush gushes gushed thunder thunders thundered yell yells yelled sneer sneers sneered rant rants ranted gripe gripes griped marvel marvels marveled marvelled"

// tellVerbs take the addressee before the content: "told Reuters that ...".
var tellVerbsWords = wordSet("tell tells told telling", "assure assures assured assuring", briefingVerbs)

// briefingVerbs tell an addressee and, like clauseVerbs, report words only
// before a clause: "informed the court that ...", not "briefed reporters".
const briefingVerbs = "inform informs informed informing brief briefs briefed"

// auxiliaries and adverbs that sit between a subject and its cue verb; they
// join the cue as written ("has said", "are loudly warning").
var cueModifiersWords = wordSet("has have had is are was were will would also later earlier previously again further loudly repeatedly publicly reportedly then separately privately recently once already just not never now still first yet together jointly",
	"often even always usually frequently sometimes only long almost",
	"isn't wasn't aren't weren't doesn't didn't don't hasn't haven't won't wouldn't do does did",
	"isn’t wasn’t aren’t weren’t doesn’t didn’t don’t hasn’t haven’t won’t wouldn’t")

// subordinators end a subject noun phrase scanned leftwards from a cue.
var subjectStopsWords = wordSet(
	"that after before as when while whilst because but although though if unless whether once since until whereas so where which who whom whose",
	"is are was were be been being has have had do does did will would can could may might must should shall",
	"come comes came go goes went get gets got make makes made take takes took see sees saw",
	"to for by on in at from with into onto upon about than then also not no",
	"he she it they we i you him her them us me",
	"but or nor what",
	// "and" is not a stop: "Israel and Hamas said"; a phrase never ends in it.
)

// nounPrepositions may sit inside a source noun phrase ("a senior official
// in Hamas", "officials within the movement", "a source close to the talks").
var nounPrepositionsWords = wordSet("of in within from at close to with for on familiar by")

// anonymousHeads are nouns that describe an unnamed source.
var anonymousHeadsWords = wordSet(
	"official officials source sources diplomat diplomats representative representatives",
	"spokesperson spokesman spokeswoman minister ministers adviser advisor advisers advisors aide aides",
	"negotiator negotiators commentators analysts observers experts report reports media",
	"allies insiders people person member members figure figures leader leaders officer officers",
)

// documentNouns are what a source puts out ("a statement saying").
var documentNounsWords = wordSet("statement statements report communique message post video letter")

// honorifics precede a name but belong to neither the name nor the role.
var honorificsWords = wordSet("mr mrs ms miss dr prof sheikh sir dame lord lady")

// roleWords mark the end of a title in front of a name ("US President Joe
// Biden", "Security Minister Yoav Gallant").
var roleWordsWords = wordSet(
	"president vice prime minister pm secretary spokesperson spokesman spokeswoman official member",
	"head chief leader director envoy ambassador adviser advisor general gen commander king emir",
	"senator sen sens rep reps del delegate atty representative governor gov lt col capt sgt adm brig cpl pvt mayor chairman chair chairwoman deputy senior politburo",
	"acting former lieutenant colonel major captain admiral prince crown judge justice negotiator aide",
	"ceo founder candidate nominee professor analyst correspondent editor reporter lawmaker mp",
	"host anchor moderator presenter columnist commentator pollster councillor councilor councilman councilwoman",
	"chancellor premier attorney sheriff superintendent dean rabbi imam pastor bishop archbishop cardinal pope",
	"secretary-general commissioner coordinator militant officer speaker whip prosecutor counsel executive",
	"state affairs interior finance",
)

// nameParticles are lower-case words that may sit inside a personal name.
var nameParticlesWords = wordSet("bin bint ibn al el abu abd de da di van von der la le du")

// pronouns that refer back to an earlier speaker.
var personPronounsWords = wordSet("he she")
var groupPronounsWords = wordSet("they we it")

// wordClass is a bit set of the cueLexicon classes a word belongs to; the
// attribution finder looks each token up once and then tests bits.
type wordClass uint32

// Lexicon classes, one per word list above.
const (
	speechVerbs wordClass = 1 << iota
	afterQuoteOnly
	quoteLeads
	tellVerbs
	cueModifiers
	subjectStops
	nounPrepositions
	anonymousHeads
	honorifics
	roleWords
	nameParticles
	personPronouns
	groupPronouns
	determiners
	timeWords
	asideAdverbs
	documentNouns
	beForms
	promiseVerbs
	orgNouns
	findingVerbs
	clauseVerbs
	catenativeVerbs
	irregularPasts
	intentVerbs
	finiteAuxiliaries
	plainAdjectives
	speechBases // derived: the form before -s/-es of a speech verb ("say" for "says")
	cueHeads    // derived: every word that can open a cue; other words are skipped
	wordToken   // set per token, not in the lexicon: the token starts with a letter or digit
	capital     // set per token: a word that starts with a capital letter
)

// phrasalCueHeadsWords open cues that are not reporting verbs by
// themselves: "according to", "quoted ... as saying", "went on", "the sign
// read", "pointed out", "made clear", "spoke of", "calling for", "issued
// the following statement".
var phrasalCueHeadsWords = wordSet("according per quoted went goes read reads point points pointed pointing make makes made making spoke speaks calling describing branding labelling labeling put puts putting",
	"by words") // "by Israel's count", "in the words of"

// issueVerbs open a cue only before "the following statement:"; they are
// phrasal cue heads too.
var issueVerbs = wordSet("releases released issues issued publishes published sends sent")

// cueLexicon maps a lower-case word to its classes.
var cueLexicon = newLexiconTable(lexiconWords())

// lexiconWords gathers the word lists above into word -> classes.
func lexiconWords() map[string]wordClass {
	m := map[string]wordClass{}
	for c, words := range []map[string]bool{speechVerbsWords, afterQuoteOnlyWords, quoteLeadsWords, tellVerbsWords, cueModifiersWords, subjectStopsWords, nounPrepositionsWords, anonymousHeadsWords, honorificsWords, roleWordsWords, nameParticlesWords, personPronounsWords, groupPronounsWords, determinersWords, timeWordsWords, asideAdverbsWords, documentNounsWords, beFormsWords, promiseVerbsWords, orgNounsWords, findingVerbsWords, clauseVerbsWords, catenativeVerbsWords, irregularPastsWords, intentVerbsWords, finiteAuxiliariesWords, plainAdjectivesWords} {
		for w := range words {
			m[w] |= 1 << c
		}
	}
	for _, w := range pack.Titles() {
		m[w] |= roleWords // the generic pack's: "Republican Kari Lake", "MK Ayman Odeh"
	}
	for w, c := range m {
		if c&(speechVerbs|afterQuoteOnly|clauseVerbs|findingVerbs|intentVerbs|promiseVerbs) != 0 {
			m[w] |= cueHeads
		}
	}
	for _, heads := range []map[string]bool{phrasalCueHeadsWords, issueVerbs, judgeVerbs} {
		for w := range heads {
			m[w] |= cueHeads
		}
	}
	for w := range speechVerbsWords {
		if b, ok := strings.CutSuffix(w, "s"); ok && b != "" {
			m[b] |= speechBases | cueHeads
		}
		if b, ok := strings.CutSuffix(w, "es"); ok && b != "" {
			m[b] |= speechBases | cueHeads
		}
	}
	return m
}

// lexiconTable is cueLexicon as an open-addressing table whose hash reads
// only the length and three bytes of a word: a lookup per token is the
// tokenizer's hottest step, and the general map hashes every byte.
type lexiconTable struct {
	words []string
	cls   []wordClass
	mask  uint32
}

func newLexiconTable(m map[string]wordClass) *lexiconTable {
	size := uint32(1)
	for size < uint32(4*len(m)) {
		size <<= 1
	}
	t := &lexiconTable{words: make([]string, size), cls: make([]wordClass, size), mask: size - 1}
	for w, c := range m {
		i := lexiconHash(w) & t.mask
		for t.words[i] != "" {
			i = (i + 1) & t.mask
		}
		t.words[i], t.cls[i] = w, c
	}
	return t
}

func lexiconHash(w string) uint32 {
	h := uint32(len(w)) * 16777619
	h = (h ^ uint32(w[0])) * 16777619
	h = (h ^ uint32(w[len(w)/2])) * 16777619
	h = (h ^ uint32(w[len(w)-1])) * 16777619
	return h ^ h>>15
}

// classes returns the lexicon classes of the lower-case word w.
func (t *lexiconTable) classes(w string) wordClass {
	if w == "" {
		return 0
	}
	for i := lexiconHash(w) & t.mask; t.words[i] != ""; i = (i + 1) & t.mask {
		if t.words[i] == w {
			return t.cls[i]
		}
	}
	return 0
}

// inClass reports whether the lower-case word w is in class c.
func inClass(w string, c wordClass) bool { return cueLexicon.classes(w)&c != 0 }

func wordSet(groups ...string) map[string]bool {
	m := map[string]bool{}
	for _, g := range groups {
		for _, w := range strings.Fields(g) {
			m[w] = true
		}
	}
	return m
}
