package extract

import (
	"strings"
	"testing"

	"github.com/parley-news/parley"
)

// readAttributions runs the attribution finder alone over an invented
// article whose paragraphs are separated by newlines.
func readAttributions(t *testing.T, body string) []parley.Attribution {
	t.Helper()
	a := parley.Article{ID: "t", Text: body, Outlet: "The Daily Ledger"}
	return New(nil).Read(a).Attributions
}

// wantAttr holds the fields a case checks; "" skips a field, "-" wants it empty.
type wantAttr struct {
	speaker, mention, cue, medium, kind, role, text string
}

func TestAttributionPatterns(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []wantAttr
	}{
		{"quote then cue", `"We will not sign a text that ignores the border question," Maria Lopez told Reuters.`,
			[]wantAttr{{speaker: "Maria Lopez", cue: "told", medium: "Reuters", kind: "direct", text: "We will not sign a text that ignores the border question"}}},
		{"curly quote closed by a straight mark", `“The distance between us is still large. We need more meetings,” said Piotr Nowak, adding that no date was set.`,
			[]wantAttr{
				{speaker: "Piotr Nowak", cue: "said", kind: "direct", text: "The distance between us is still large. We need more meetings"},
				{speaker: "Piotr Nowak", cue: "adding", kind: "indirect", text: "no date was set"}}},
		{"quote split by its cue", `"The door is open," Lopez said, "but it will not stay open for ever."`,
			[]wantAttr{{speaker: "Lopez", kind: "direct", text: "The door is open but it will not stay open for ever."}}},
		{"cue then quote with colon", `The envoy, Anna Berg, said on Friday: "Both sides have moved."`,
			[]wantAttr{{speaker: "Anna Berg", role: "The envoy", kind: "direct", text: "Both sides have moved."}}},
		{"missing closing mark runs to the paragraph end", `Anna Berg told the Nordic Herald: "Both sides have moved, and we expect a text soon.`,
			[]wantAttr{{speaker: "Anna Berg", medium: "the Nordic Herald", kind: "direct", text: "Both sides have moved, and we expect a text soon."}}},
		{"reported speech with that", `Union negotiator Dale Price said on Monday that the offer fell short on pensions.`,
			[]wantAttr{{speaker: "Dale Price", role: "Union negotiator", cue: "said", kind: "indirect", text: "the offer fell short on pensions"}}},
		{"reported speech without that", `The mayor says the strike could end this week.`,
			[]wantAttr{{speaker: "The mayor", cue: "says", kind: "indirect", text: "the strike could end this week"}}},
		{"trailing cue", `The rebels received a written offer for a ten-day pause, a senior source close to the mediators said on Tuesday.`,
			[]wantAttr{{speaker: "a senior source close to the mediators", kind: "indirect", text: "The rebels received a written offer for a ten-day pause"}}},
		{"mixed", `Berg said the talks were "close to the finish line" but gave no date.`,
			[]wantAttr{{speaker: "Berg", kind: "mixed", text: `the talks were "close to the finish line" but gave no date`}}},
		{"according to at the end", `More than 9,000 homes were damaged in the floods, according to the regional housing office.`,
			[]wantAttr{{speaker: "the regional housing office", cue: "according to", kind: "indirect", text: "More than 9,000 homes were damaged in the floods"}}},
		{"according to at the start", `According to two diplomats, the draft leaves the timetable open.`,
			[]wantAttr{{speaker: "two diplomats", kind: "indirect", text: "the draft leaves the timetable open"}}},
		{"according to as medium", `Officials in Kyiv said the round was over, according to Interfax.`,
			[]wantAttr{{speaker: "Officials in Kyiv", medium: "Interfax", text: "the round was over"}}},
		{"quoted as saying", `The plan was not tied to the vote, the Courier quoted Dale Price as saying.`,
			[]wantAttr{{speaker: "Dale Price", cue: "quoted as saying", medium: "the Courier", text: "The plan was not tied to the vote"}}},
		{"reported citing a source", `The gaps "remain wide," Radio Nord reported on Sunday citing a high-ranking Swedish source.`,
			[]wantAttr{{speaker: "a high-ranking Swedish source", medium: "Radio Nord", kind: "mixed", text: `The gaps "remain wide,"`}}},
		{"interview medium", `Speaking in a phone interview with Radio Nord, Berg stressed the need for a monitoring mission.`,
			[]wantAttr{{speaker: "Berg", cue: "stressed", medium: "Radio Nord", text: "the need for a monitoring mission"}}},
		{"anonymous with relative clause", `Two officials, who spoke on condition of anonymity, said the meeting had been postponed.`,
			[]wantAttr{{speaker: "Two officials", kind: "indirect", text: "the meeting had been postponed"}}},
		{"document as source", `Parts of the draft said both sides would pull back heavy weapons.`,
			[]wantAttr{{speaker: "Parts of the draft", text: "both sides would pull back heavy weapons"}}},
		{"told us is the outlet", `A union official told us there would be no vote before Friday.`,
			[]wantAttr{{speaker: "A union official", medium: "The Daily Ledger", text: "there would be no vote before Friday"}}},
		{"inverted speaker with appositive", `"It is a fair offer," says Dale Price, chief negotiator for the drivers.`,
			[]wantAttr{{speaker: "Dale Price", mention: "Dale Price, chief negotiator for the drivers", text: "It is a fair offer"}}},
		{"transcript label", "MODERATOR: Will you sign the deal before the deadline?",
			[]wantAttr{{speaker: "MODERATOR", cue: ":", text: "Will you sign the deal before the deadline?"}}},
		{"name between commas after its role", `The union's lead lawyer, Ruth Obi, said the clause was unlawful.`,
			[]wantAttr{{speaker: "Ruth Obi", role: "The union's lead lawyer", text: "the clause was unlawful"}}},
		{"according to as an aside", `Food ran out in the north where, according to aid groups, thousands of families queue every day.`,
			[]wantAttr{{speaker: "aid groups", text: "thousands of families queue every day"}}},
		{"collective noun with a bare verb", `Police say the march passed off peacefully.`,
			[]wantAttr{{speaker: "Police", text: "the march passed off peacefully"}}},
		{"verb form as a noun modifier", `Swedish state media said on Sunday that the ferry would resume service.`,
			[]wantAttr{{speaker: "Swedish state media", text: "the ferry would resume service"}}},
		{"typeset double quotes", "''We cannot wait any longer,'' the mayor said.",
			[]wantAttr{{speaker: "the mayor", kind: "direct", text: "We cannot wait any longer"}}},
		{"coordinated second statement", `The union said it would study the offer, but also called on members to stay on strike.`,
			[]wantAttr{{speaker: "The union", text: "it would study the offer"}, {speaker: "The union", text: "members to stay on strike"}}},
		{"name in a parenthesis after a description", `The port authority (PA), which runs the docks, said in a statement that cranes were idle.`,
			[]wantAttr{{mention: "The port authority (PA)", text: "cranes were idle"}}},
		{"quote signed with a dash", "\"The strike is the only language they hear.\" ― Ana Ruiz",
			[]wantAttr{{speaker: "Ana Ruiz", text: "The strike is the only language they hear."}}},
		{"a poll shows that", `A new county poll shows that most drivers back the walkout.`,
			[]wantAttr{{speaker: "A new county poll", text: "most drivers back the walkout"}}},
		{"speaker after a reported clause", `The depot will stay closed until Monday, said Rep. Dana Holt, the committee chair, in a statement.`,
			[]wantAttr{{speaker: "Dana Holt", role: "the committee chair", text: "The depot will stay closed until Monday"}}},
		{"description before a name", `A lawyer for the drivers, Omar Haddad, said the deal was fair.`,
			[]wantAttr{{speaker: "Omar Haddad", mention: "A lawyer for the drivers, Omar Haddad", role: "A lawyer for the drivers"}}},
		{"participial aside", `Mayor Ana Ruiz, opening the new bridge on Monday, said it would cut journeys by half.`,
			[]wantAttr{{speaker: "Ana Ruiz", text: "it would cut journeys by half"}}},
		{"affiliation aside", `Senator Tom Reyes, Democrat of Ohio, said the bill would pass.`,
			[]wantAttr{{speaker: "Tom Reyes", role: "Democrat of Ohio"}}},
		{"second verb of the sentence's subject", `Omar Haddad, the union leader, toured the depot and said the strike would go on.`,
			[]wantAttr{{speaker: "Omar Haddad", text: "the strike would go on"}}},
		{"inverted speaker with a parenthesis and a circumstance", `"We have the votes," said Rep. Ann Lee (D-Ohio), the whip, in a statement.`,
			[]wantAttr{{speaker: "Ann Lee", mention: "Rep. Ann Lee (D-Ohio), the whip"}}},
		{"according to a source with modifiers", `Turnout rose to 61 percent, according to a county survey released last week.`,
			[]wantAttr{{speaker: "a county survey released last week", text: "Turnout rose to 61 percent"}}},
		{"possessive her", `Her lawyer said the appeal would be filed on Friday.`,
			[]wantAttr{{speaker: "Her lawyer", text: "the appeal would be filed on Friday"}}},
		{"relative pronoun subject", `The offer was rejected by the mayor, who called it "a step backwards".`,
			[]wantAttr{{speaker: "the mayor", kind: "mixed", text: `it "a step backwards"`}}},
		{"cue ending its paragraph with a colon", "The union leader added:\nNobody in this town believes the offer will survive the winter.\nThe vote is on Friday.",
			[]wantAttr{{speaker: "The union leader", cue: "added", kind: "direct", text: "Nobody in this town believes the offer will survive the winter"}}},
		{"colon cue before a quoted paragraph", "Nowak said:\n\"We will sign on Monday. The text is ready.\"",
			[]wantAttr{{speaker: "Nowak", kind: "direct", text: "We will sign on Monday. The text is ready."}}},
		{"signed quote opened with a closing mark", `”The plan leaves my street without a bus for a year.” ― Carla Mendes`,
			[]wantAttr{{speaker: "Carla Mendes", kind: "direct", text: "The plan leaves my street without a bus for a year."}}},
		{"adverb between subject and cue", `Berg often says the border question can wait.`,
			[]wantAttr{{speaker: "Berg", cue: "often says", text: "the border question can wait"}}},
		{"plural noun is no verb", `Voting machines were hacked in at least two states last year. His series of early tweets drew a crowd.`,
			[]wantAttr{}},
		{"gerund is no subject", `The senator is raising questions about the count.`,
			[]wantAttr{}},
		{"year after the subject", `A campaign ad in 2008 questioned whether the rival was ready.`,
			[]wantAttr{{speaker: "A campaign ad", text: "whether the rival was ready"}}},
		{"quote ended by a full stop before a new speaker", `Berg said: "The text is ready. "The port authority said 40 ships were waiting outside the harbour.`,
			[]wantAttr{{speaker: "Berg", kind: "direct", text: "The text is ready."},
				{speaker: "The port authority", kind: "indirect", text: "40 ships were waiting outside the harbour"}}},
		{"existential reports", `There have been local media reports this week that the mayor will resign.`,
			[]wantAttr{{speaker: "local media reports", cue: "reports", text: "the mayor will resign"}}},
		{"adjective is no subject", `Regional calls for new elections have grown louder. International calls for calm went unheard.`,
			[]wantAttr{}},
		{"finding without that", `Recent polls show a tight race in the northern districts.`,
			[]wantAttr{{speaker: "Recent polls", cue: "show", text: "a tight race in the northern districts"}}},
		{"finding of a qualified study", `A 2019 study by two Dutch economists found 40 cases of fraud among a million votes.`,
			[]wantAttr{{speaker: "A 2019 study by two Dutch economists", text: "40 cases of fraud among a million votes"}}},
		{"a finding glued before a report yields", `Half the bridges need repair, new survey shows Earlier, a senior engineer told the Courier the budget was cut.`,
			[]wantAttr{{speaker: "a senior engineer", medium: "the Courier", text: "the budget was cut"}}},
		{"subject after an opening phrase", `In March, several unions wrote to the mayor, saying that the plan ignored the night shift.`,
			[]wantAttr{{speaker: "several unions", cue: "saying", text: "the plan ignored the night shift"}}},
		{"belief with a that-clause", `Most analysts believe that the coalition will hold until spring.`,
			[]wantAttr{{speaker: "Most analysts", cue: "believe", text: "the coalition will hold until spring"}}},
		{"belief without a clause is no statement", `The mayor hopes for a quick deal and agreed to meet the union.`,
			[]wantAttr{}},
		{"a noun in -s after an adjective", `With new fears that the strike could spread, the mayor called on both sides to return to work.`,
			[]wantAttr{{speaker: "the mayor", cue: "called on", text: "both sides to return to work"}}},
		{"an evaluation with an object", `The governor praised the volunteers who rebuilt the bridge.`,
			[]wantAttr{{speaker: "The governor", cue: "praised", text: "the volunteers who rebuilt the bridge"}}},
		{"a reported question", `A reporter asked whether the budget would be cut again.`,
			[]wantAttr{{speaker: "A reporter", cue: "asked", text: "whether the budget would be cut again"}}},
		{"split quote around an aside", `"Each delay costs us," Berg said, pointing to the empty docks, "and nobody pays it back."`,
			[]wantAttr{{speaker: "Berg", kind: "direct", text: "Each delay costs us and nobody pays it back."}}},
		{"a question demanded", `"Who pays for the repairs?" the mayor demanded.`,
			[]wantAttr{{speaker: "the mayor", cue: "demanded", kind: "direct", text: "Who pays for the repairs?"}}},
		{"nouns that look like cues", "Editor's note: the author once worked for the mayor. Twenty-seven states led by Ohio are suing. His remarks will not calm the markets. Residents accused of looting were released. The mayor needs to listen more and tell residents the truth.",
			[]wantAttr{}},
		{"opening adverb is not the speaker", `Meanwhile Lopez said the port would reopen on Friday.`,
			[]wantAttr{{speaker: "Lopez", mention: "Lopez", text: "the port would reopen on Friday"}}},
		{"object relative before a verb", `The count, which the council says is not final, rose to 40.`,
			[]wantAttr{{speaker: "the council", cue: "says"}}},
		{"slash inside a name", `The Harbor/Ledger poll showed the mayor ahead by four points.`,
			[]wantAttr{{speaker: "The Harbor/Ledger poll"}}},
		{"long as an adverb", `Varga has long argued that the port needs a second crane.`,
			[]wantAttr{{speaker: "Varga", cue: "has long argued", text: "the port needs a second crane"}}},
		{"partitive subject", `Nearly eight of 10 residents say they will vote.`,
			[]wantAttr{{speaker: "Nearly eight of 10 residents", text: "they will vote"}}},
		{"that as a demonstrative", `Senator Ann Lee said that claim was baseless.`,
			[]wantAttr{{speaker: "Ann Lee", text: "that claim was baseless"}}},
		{"participle, comma, quotation", `The mayor attacked the union, saying, "They walked away first."`,
			[]wantAttr{{speaker: "The mayor", cue: "saying", kind: "direct", text: "They walked away first."}}},
		{"gerund after a preposition", `The mayor responded on Friday by saying the vote was never in doubt.`,
			[]wantAttr{{speaker: "The mayor", cue: "saying", text: "the vote was never in doubt"}}},
		{"cue inside its clause", `The new bridge, she said, would open before the winter.`,
			[]wantAttr{{mention: "she", cue: "said", text: "The new bridge would open before the winter"}}},
		{"participle after a trailing cue", `The city rejected the offer, the official said, adding that talks would go on.`,
			[]wantAttr{{speaker: "the official", cue: "said", text: "The city rejected the offer"},
				{speaker: "the official", cue: "adding", text: "talks would go on"}}},
		{"a court rules that", `The appeals court ruled that the county must count the late ballots.`,
			[]wantAttr{{speaker: "The appeals court", cue: "ruled", text: "the county must count the late ballots"}}},
		{"adjectives in -ing inside the subject", `The mayor is under pressure from right-wing allies who warn they will quit. One man in neighbouring Eastfield told City Radio's Lifeline service: "The water is back."`,
			[]wantAttr{{speaker: "right-wing allies", cue: "warn", text: "they will quit"},
				{mention: "One man in neighbouring Eastfield", medium: "City Radio's Lifeline service", kind: "direct", text: "The water is back."}}},
		{"this as an object, not a time", `The mayor dismissed this as a stunt.`,
			[]wantAttr{{speaker: "The mayor", text: "this as a stunt"}}},
		{"reduced relative subject", `The economists I interviewed said the plan adds to the deficit.`,
			[]wantAttr{{speaker: "The economists I interviewed", text: "the plan adds to the deficit"}}},
		{"relative clause set off by commas", `Many fishermen, who say the new quota is too low, sailed anyway.`,
			[]wantAttr{{speaker: "Many fishermen", mention: "who", cue: "say", text: "the new quota is too low"}}},
		{"which for an organisation", `The regulator, which argued that the merger hurt buyers, lost the appeal.`,
			[]wantAttr{{speaker: "The regulator", mention: "which", cue: "argued", text: "the merger hurt buyers"}}},
		{"restrictive who", `The radio host read messages from nurses who said they had not been paid.`,
			[]wantAttr{{speaker: "nurses", mention: "who", text: "they had not been paid"}}},
		{"adverb between relative and cue", `Both unions, which jointly pledged to end the strike, met the board.`,
			[]wantAttr{{speaker: "Both unions", cue: "jointly pledged", text: "to end the strike"}}},
		{"participle after an irregular past", `Rosa Klein spoke out on Monday about the closure, arguing that the clinic served 3,000 families.`,
			[]wantAttr{{speaker: "Rosa Klein", cue: "arguing", text: "the clinic served 3,000 families"}}},
		{"reporting verb after kept", `The coach kept saying the team was tired.`,
			[]wantAttr{{speaker: "The coach", cue: "kept saying", text: "the team was tired"}}},
		{"focus adverb before the subject", `Even Portugal, a close ally of the bloc, said the tariff went too far.`,
			[]wantAttr{{speaker: "Portugal", role: "a close ally of the bloc", text: "the tariff went too far"}}},
		{"hometown between commas", `Rita Moreno, of Fresno, Calif., said she had waited an hour.`,
			[]wantAttr{{speaker: "Rita Moreno", text: "she had waited an hour"}}},
		{"age and hometown", `Paul Ames, 64, of Salem, said the bridge was unsafe.`,
			[]wantAttr{{speaker: "Paul Ames", text: "the bridge was unsafe"}}},
		{"role then relative clause", `Dana Cole, director of the Harbor Trust, which owns the pier, said repairs would start in May.`,
			[]wantAttr{{speaker: "Dana Cole", role: "director of the Harbor Trust", text: "repairs would start in May"}}},
		{"a second speaker after a comma and a conjunction", `The mayor said the budget was balanced, and auditors warned that the pension fund was short.`,
			[]wantAttr{{speaker: "The mayor", text: "the budget was balanced"}, {speaker: "auditors", cue: "warned", text: "the pension fund was short"}}},
		{"while keeps the reported contrast", `The envoys reported that the union wants a raise, while the board insists that wages stay flat.`,
			[]wantAttr{{speaker: "The envoys", text: "the union wants a raise, while the board insists that wages stay flat"}}},
		{"aside inside the same statement", `Lopez said the board had proposed changes, some of which, she said, were unworkable.`,
			[]wantAttr{{speaker: "Lopez", text: "the board had proposed changes, some of which, she said, were unworkable"}}},
		{"focus adverb kept as written", `Only 40 percent of drivers say the new lanes help.`,
			[]wantAttr{{speaker: "40 percent of drivers", mention: "Only 40 percent of drivers", text: "the new lanes help"}}},
		{"negative auxiliary before an intent verb", `I don't want to sell the farm, Ruiz said.`,
			[]wantAttr{{speaker: "Ruiz", text: "I don't want to sell the farm"}}},
		{"subject with a to-phrase before an adjective", `The chapter devoted to coastal towns revealed that most had lost their ferries.`,
			[]wantAttr{{speaker: "The chapter devoted to coastal towns", cue: "revealed"}}},
		{"that as the subject of the clause", `Engineers acknowledge that is still years away.`,
			[]wantAttr{{speaker: "Engineers", text: "that is still years away"}}},
		{"an attitude expressed", `The ministry expressed frustration with the union's reply.`,
			[]wantAttr{{speaker: "The ministry", cue: "expressed", text: "frustration with the union's reply"}}},
		{"naming with called", `The minister called the offer a trap for the farmers.`,
			[]wantAttr{{speaker: "The minister", cue: "called", text: "the offer a trap for the farmers"}}},
		{"name before a place", `"The count is late," said Del. Rosa Diaz of the Virgin Islands.`,
			[]wantAttr{{speaker: "Rosa Diaz", mention: "Del. Rosa Diaz of the Virgin Islands", text: "The count is late"}}},
		{"a place in an organisation's name", `The Bank of Ohio said rates would rise.`,
			[]wantAttr{{speaker: "The Bank of Ohio"}}},
		{"capitalized title after an inverted name", `"We are close," said David Orr, House editor for the Capitol Report.`,
			[]wantAttr{{speaker: "David Orr", role: "House editor for the Capitol Report", text: "We are close"}}},
		{"participle after an inverted name is no role", `"It was a sad day," said Council President Jan Berg, summing up the talks.`,
			[]wantAttr{{speaker: "Jan Berg", role: "Council President", text: "It was a sad day"}}},
		{"description after a trailing cue", `The poll was wrong, said Mia Fox, a longtime adviser to the Lane family.`,
			[]wantAttr{{speaker: "Mia Fox", role: "a longtime adviser to the Lane family", text: "The poll was wrong"}}},
		{"intent before an infinitive", `The governor wants to double the rail budget.`,
			[]wantAttr{{speaker: "The governor", cue: "wants", text: "to double the rail budget"}}},
		{"refusal before an infinitive", `Lopez has refused to release the audit.`,
			[]wantAttr{{speaker: "Lopez", cue: "has refused", text: "to release the audit"}}},
		{"belief without that", `The mayor believes the new line will cut commutes by half.`,
			[]wantAttr{{speaker: "The mayor", cue: "believes", text: "the new line will cut commutes by half"}}},
		{"knowledge without that", `Voters knew he was lying.`,
			[]wantAttr{{speaker: "Voters", cue: "knew", text: "he was lying"}}},
		{"a participle after a split quote is a cue of its own", `"We cannot fund the pool any longer," Ruth Okafor said, adding later, "The repairs alone cost more than the building."`,
			[]wantAttr{
				{speaker: "Ruth Okafor", cue: "said", kind: "direct", text: "We cannot fund the pool any longer"},
				{speaker: "Ruth Okafor", cue: "adding", kind: "direct", text: "The repairs alone cost more than the building."}}},
		{"inverted speaker in lower case", `"The repairs were never done," said a senior housing official.`,
			[]wantAttr{{speaker: "a senior housing official", cue: "said", kind: "direct", text: "The repairs were never done"}}},
		{"inverted speaker with a description before the name", `"The repairs were never done," said retired plumber Vic Amato.`,
			[]wantAttr{{speaker: "Vic Amato", mention: "retired plumber Vic Amato", role: "retired plumber", text: "The repairs were never done"}}},
		{"inverted description, then the name", `"The repairs were never done," said the caretaker, Vic Amato.`,
			[]wantAttr{{speaker: "Vic Amato", role: "caretaker", text: "The repairs were never done"}}},
		{"inverted description before a clause is no speaker", `Rosa Diaz, who led the walkout, said the vote brought back memories of 1984.`,
			[]wantAttr{{speaker: "Rosa Diaz", text: "the vote brought back memories of 1984"}}},
		{"a circumstance set off by commas", `Council leader Priya Shah, at a public meeting on Tuesday, said the pool would reopen in May.`,
			[]wantAttr{{speaker: "Priya Shah", mention: "Council leader Priya Shah", text: "the pool would reopen in May"}}},
		{"two appositives after the name", `Lars Dahl, the transport minister of Norway, a member of the Nordic council, said the tunnel would open late.`,
			[]wantAttr{{speaker: "Lars Dahl", role: "the transport minister of Norway", text: "the tunnel would open late"}}},
		{"who issued the statement speaks", `After a long session, the port authority issued a statement saying the strike had cost 40 sailings.`,
			[]wantAttr{{speaker: "the port authority", cue: "issued a statement saying", text: "the strike had cost 40 sailings"}}},
		{"a plural noun before its verb", `An audit of the council's repair reports shows that half the jobs were billed twice.`,
			[]wantAttr{{speaker: "An audit of the council's repair reports", cue: "shows", text: "half the jobs were billed twice"}}},
		{"a contracted auxiliary joins the cue", `I've argued for years that the tunnel is too small.`,
			[]wantAttr{{mention: "I", cue: "'ve argued", text: "the tunnel is too small"}}},
		{"a quoted title before the subject is no statement", `On Sunday's edition of "Harbour Talk," Gov. Elena Ruiz said the ferry contract would be cancelled.`,
			[]wantAttr{{speaker: "Elena Ruiz", role: "Gov.", text: "the ferry contract would be cancelled"}}},
		{"a quoted tail of narration is the statement", `The ferries are "a floating scandal," Ruiz said on Monday.`,
			[]wantAttr{{speaker: "Ruiz", text: `The ferries are "a floating scandal,"`}}},
		{"a title and its parenthesis after an opening phrase", `On Sunday, Sen. Omar Haddad (I) said the ferries would stay.`,
			[]wantAttr{{speaker: "Omar Haddad", mention: "Sen. Omar Haddad (I)", text: "the ferries would stay"}}},
		{"age and hometown before a relative clause", `Rosa Pell, 61, of Dayton, Ohio, who watched the parade from a rooftop, said the day brought back memories of her mother.`,
			[]wantAttr{{speaker: "Rosa Pell", mention: "Rosa Pell, 61, of Dayton, Ohio", text: "the day brought back memories of her mother"}}},
		{"a one-word name before its age", `Okafor, 56, who has sat on the budget panel for a decade, told the Ledger the audit was rigged.`,
			[]wantAttr{{speaker: "Okafor", mention: "Okafor, 56", medium: "the Ledger", text: "the audit was rigged"}}},
		{"a description set off by double dashes", `Tom Vail -- co-author of a history of the paper -- said the owner liked surprises.`,
			[]wantAttr{{speaker: "Tom Vail", role: "co-author of a history of the paper", text: "the owner liked surprises"}}},
		{"a relative clause inside a dashed aside", `Paul Dunn, the chief executive of Hale Media -- the firm that owns the station -- said the deal was fair.`,
			[]wantAttr{{speaker: "Paul Dunn", role: "the chief executive of Hale Media", text: "the deal was fair"}}},
		{"a trailing speaker after a compound clause", `The vote did not go down well with Labour, and the meeting fell apart from there, one source in the room said.`,
			[]wantAttr{{speaker: "one source in the room", text: "The vote did not go down well with Labour, and the meeting fell apart from there"}}},
		{"went on after a quotation", `"The wells are dry. We walk for hours," Ms Okoye went on.`,
			[]wantAttr{{speaker: "Okoye", mention: "Ms Okoye", cue: "went on", kind: "direct", text: "The wells are dry. We walk for hours"}}},
		{"a relative clause without a comma", `Ada Okoye whose brother, Sam, is still missing, said: "We will keep marching."`,
			[]wantAttr{{speaker: "Ada Okoye", mention: "Ada Okoye", text: "We will keep marching."}}},
		{"a relative clause after a one-word name", `Okoye, whose brother, Sam, is still missing, said: "We will keep marching."`,
			[]wantAttr{{speaker: "Okoye", text: "We will keep marching."}}},
		{"a place inside a description is not a name", `One woman in nearby Tamale told the Ledger: "The wells are dry."`,
			[]wantAttr{{speaker: "One woman in nearby Tamale", medium: "the Ledger", text: "The wells are dry."}}},
		{"quoted paragraphs that a flattened page joined", `Ada Okoye said: "The wells are dry. ""We walk for water every day."`,
			[]wantAttr{{speaker: "Ada Okoye", text: "The wells are dry."}, {speaker: "Ada Okoye", text: "We walk for water every day."}}},
		{"a focus adverb before the speaker is not the speaker's", `Even Peru, the largest buyer, said it was "firmly opposed" to the tax.`,
			[]wantAttr{{speaker: "Peru", mention: "Peru, the largest buyer", text: `it was "firmly opposed" to the tax`}}},
		{"an adverb between the subject and the cue", `Trade ministers almost unanimously warned that the tariff would backfire.`,
			[]wantAttr{{speaker: "Trade ministers", cue: "almost unanimously warned", text: "the tariff would backfire"}}},
		{"a gerund after despite", `The chairman stayed silent, despite admitting that he had doubts about the merger.`,
			[]wantAttr{{speaker: "The chairman", cue: "admitting", text: "he had doubts about the merger"}}},
		{"a relative clause after the medium is no content", `"We are in a bind after the vote," Chancellor Ute Brand told reporters after a long meeting that was held on a ferry.`,
			[]wantAttr{{speaker: "Ute Brand", role: "Chancellor", text: "We are in a bind after the vote"}}},
		{"a time phrase between the cue and its clause", `Marek said after the hearing he would not appeal.`,
			[]wantAttr{{speaker: "Marek", text: "he would not appeal"}}},
		{"a reporting verb's noun opens the clause", `The mayor said praise from the governor would not change her budget.`,
			[]wantAttr{{speaker: "The mayor", text: "praise from the governor would not change her budget"}}},
		{"an -ing word before the head noun", `The case went to Leeds, where leading lawyers say some judges move quickly.`,
			[]wantAttr{{speaker: "leading lawyers", text: "some judges move quickly"}}},
		{"an object pronoun inside the subject", `Those close to him say the offer is final.`,
			[]wantAttr{{speaker: "Those close to him", text: "the offer is final"}}},
		{"a broadcaster named with a number", `Norway's Channel 4 reported that the cabinet would meet on Friday.`,
			[]wantAttr{{speaker: "Norway's Channel 4", text: "the cabinet would meet on Friday"}}},
		{"a contrast after while stays in the statement", `The officials said the union is set on a raise, while the board insists the budget is fixed.`,
			[]wantAttr{{speaker: "The officials", text: "the union is set on a raise, while the board insists the budget is fixed"}}},
		{"state as a noun after a modifier", `Under the new law, city and state officials will share the cost.`,
			[]wantAttr{}},
		{"an inner cue inside a clause before a trailing cue", `In addition, the union plans to hold a ballot in May, a spokesman announced on Monday.`,
			[]wantAttr{{speaker: "a spokesman", cue: "announced", text: "In addition, the union plans to hold a ballot in May"}}},
		{"a sentence-opening phrase before a pronoun subject", `In the letter she said the deal was off.`,
			[]wantAttr{{mention: "she", text: "the deal was off"}}},
		{"a participle opener before a pronoun subject", `Speaking to the board he said the deal was off.`,
			[]wantAttr{{mention: "he", text: "the deal was off"}}},
		{"a relative clause without commas after the subject", `Farmers who lost their crops to the flood said the aid came too late.`,
			[]wantAttr{{speaker: "Farmers", text: "the aid came too late"}}},
		{"a relative clause with an auxiliary", `Nurses who have worked at the clinic for years say the wards are short of staff.`,
			[]wantAttr{{speaker: "Nurses", text: "the wards are short of staff"}}},
		{"a participle after the subject", `Fishermen working off the northern coast said the catch had halved.`,
			[]wantAttr{{speaker: "Fishermen working off the northern coast", cue: "said", text: "the catch had halved"}}},
		{"a participle with an infinitive after the subject", `A charity campaigning to bring home detained sailors has warned that the talks could stall.`,
			[]wantAttr{{speaker: "A charity campaigning to bring home detained sailors", text: "the talks could stall"}}},
		{"a participle inside the subject's prepositional phrase", `Diplomats in the capitals brokering the deal say a text is close.`,
			[]wantAttr{{speaker: "Diplomats in the capitals brokering the deal", text: "a text is close"}}},
		{"the object of an infinitive as a relative antecedent", `The plan is meant to reassure bankers in Frankfurt, who have argued that rates must fall.`,
			[]wantAttr{{speaker: "bankers in Frankfurt", mention: "who", text: "rates must fall"}}},
		{"a second clause with its own speaker", `Ann Lee said the plan was dead and Tom Roe said it was alive.`,
			[]wantAttr{{speaker: "Ann Lee", text: "the plan was dead"}, {speaker: "Tom Roe", text: "it was alive"}}},
		{"a quantifier standing for the noun of the first clause", `Many growers demanded the minister's resignation and some told reporters they feared the worst.`,
			[]wantAttr{{speaker: "Many growers", text: "the minister's resignation"}, {speaker: "some", cue: "told", text: "they feared the worst"}}},
		{"a clause joined after a verb and its adverbial", `The port reopened on Monday and shipping agents said trade would resume.`,
			[]wantAttr{{speaker: "shipping agents", text: "trade would resume"}}},
		{"a clause joined after a verb and its object", `The city council rejected the budget and the mayor said she would veto it.`,
			[]wantAttr{{speaker: "the mayor", text: "she would veto it"}}},
		{"coordinated adjectives stay in the subject", `Veteran and junior ministers said the cabinet was split.`,
			[]wantAttr{{speaker: "Veteran and junior ministers", text: "the cabinet was split"}}},
		{"a name with a conjunction after a participle", `A report compiled by the Institute for Trade and Development found that exports fell.`,
			[]wantAttr{{speaker: "A report compiled by the Institute for Trade and Development", text: "exports fell"}}},
		{"coordinated nouns after a be-form stay whole", `Among the critics are both Liberals and Greens, who have argued that the bill goes too far.`,
			[]wantAttr{{speaker: "both Liberals and Greens", mention: "who", text: "the bill goes too far"}}},
		{"he refers to no group or document", `Many growers said prices fell. A report compiled by the farm bureau found that yields fell. He said the bridge was gone.`,
			[]wantAttr{{speaker: "Many growers"}, {speaker: "A report compiled by the farm bureau"}, {speaker: "-", mention: "He", text: "the bridge was gone"}}},
		{"told an audience with a participle and its pronoun object", `The minister told reporters travelling with him that the border would reopen.`,
			[]wantAttr{{speaker: "The minister", cue: "told", text: "the border would reopen"}}},
		{"told an audience whose participle takes a pronoun", `The envoy told aides accompanying her that a text was ready.`,
			[]wantAttr{{speaker: "The envoy", text: "a text was ready"}}},
		{"an inverted description with a relative clause", `"The vote is lost," said one party organiser who asked not to be named.`,
			[]wantAttr{{speaker: "one party organiser", cue: "said", kind: "direct", text: "The vote is lost"}}},
		{"an aside closed by a quoted title", `The governor, speaking on the radio show "Morning Edition," said the levy would stay.`,
			[]wantAttr{{speaker: "The governor", text: "the levy would stay"}}},
		{"a participle aside with a day and an agent", `The audit, published Monday by the state comptroller, found that two schools overspent.`,
			[]wantAttr{{speaker: "The audit", cue: "found", text: "two schools overspent"}}},
		{"she refers to no survey", `Mayor Ruth Ames spoke at the library. The county survey found that rents rose. She said the housing plan was working.`,
			[]wantAttr{{speaker: "The county survey"}, {speaker: "Ruth Ames", mention: "She", text: "the housing plan was working"}}},
		{"a second speaker contrasted by while", `A Jordanian official said Amman had offered to host the talks, while a Syrian envoy said his side was still weighing it.`,
			[]wantAttr{{speaker: "A Jordanian official", text: "Amman had offered to host the talks"}, {speaker: "a Syrian envoy", text: "his side was still weighing it"}}},
		{"a present-tense while clause stays in a past report", `The officials reported that the militia is entrenched, while the army insists that it will prevail.`,
			[]wantAttr{{speaker: "The officials", text: "the militia is entrenched, while the army insists that it will prevail"}}},
		{"a citing aside before the cue", `Local radio, citing two council members, reported that the vote was postponed.`,
			[]wantAttr{{speaker: "two council members", medium: "Local radio", cue: "reported", text: "the vote was postponed"}}},
		{"a quotation sourced by according to", `"The harvest is lost," according to a farmer in the valley.`,
			[]wantAttr{{speaker: "a farmer in the valley", cue: "according to", kind: "direct", text: "The harvest is lost"}}},
		{"told an addressee who is no medium", `The rebels have told the negotiators they will hold the ridge.`,
			[]wantAttr{{speaker: "The rebels", medium: "-", text: "they will hold the ridge"}}},
		{"a medium whose name holds of", `A port official told the Voice of Lagos that the cranes were idle.`,
			[]wantAttr{{speaker: "A port official", medium: "the Voice of Lagos", text: "the cranes were idle"}}},
		{"affirmed with an object", `The union leader affirmed the members' commitment to a negotiated settlement.`,
			[]wantAttr{{speaker: "The union leader", cue: "affirmed", text: "the members' commitment to a negotiated settlement"}}},
		{"underlined before a clause", `The federation underlined that no club would be exempt.`,
			[]wantAttr{{speaker: "The federation", cue: "underlined", text: "no club would be exempt"}}},
		{"disclosed", `The airline disclosed that two engines had been recalled.`,
			[]wantAttr{{speaker: "The airline", cue: "disclosed", text: "two engines had been recalled"}}},
		{"he refers to no campaign", `Governor Paul Tan opened the bridge. The campaign said turnout was high. He said the bridge was safe.`,
			[]wantAttr{{speaker: "The campaign"}, {speaker: "Paul Tan", mention: "He", text: "the bridge was safe"}}},
		{"he refers to an agent noun", `The questioner said the answer was vague. He said he would ask again.`,
			[]wantAttr{{speaker: "The questioner"}, {speaker: "The questioner", mention: "He", text: "he would ask again"}}},
		{"it refers to no plural description", `The agency said exports fell. Several economists said the fall would last. It said imports rose.`,
			[]wantAttr{{speaker: "The agency"}, {speaker: "Several economists"}, {speaker: "The agency", mention: "It", text: "imports rose"}}},
		{"according to a document with its filing day", `According to court papers filed Friday, the firm owes $3 million.`,
			[]wantAttr{{speaker: "court papers", cue: "According to", text: "the firm owes $3 million"}}},
		{"a participle aside with its object", `A council aide, granted anonymity to describe the talks, said the vote was close.`,
			[]wantAttr{{speaker: "A council aide", text: "the vote was close"}}},
		{"the narrator's comment after the content", `The rebels said they had downed two drones, a claim that could not be verified.`,
			[]wantAttr{{speaker: "The rebels", text: "they had downed two drones"}}},
		{"two people joined by and stay two", `Ms. Ortiz and Mr. Bell say the board never saw the memo.`,
			[]wantAttr{{speaker: "Ms. Ortiz and Mr. Bell", text: "the board never saw the memo"}}},
		{"two titled people joined by and stay two", `Trade Minister Ana Ruiz and Finance Minister Leo Park said the tariff would fall.`,
			[]wantAttr{{speaker: "Trade Minister Ana Ruiz and Finance Minister Leo Park", text: "the tariff would fall"}}},
		{"a compound title before one name", `President and Chief Executive Rosa Quint said profits rose.`,
			[]wantAttr{{speaker: "Rosa Quint", role: "President and Chief Executive", text: "profits rose"}}},
		{"a reporting verb as a noun after of", `The secretary of state said the embassy would reopen in May.`,
			[]wantAttr{{speaker: "The secretary of state", cue: "said", text: "the embassy would reopen in May"}}},
		{"a quantifier before a capitalized plural", `But many Conservatives say the budget leaves schools short.`,
			[]wantAttr{{speaker: "many Conservatives", cue: "say", role: "-", text: "the budget leaves schools short"}}},
		{"a modifier before a time phrase before the cue", `The bank just this month announced it would close forty branches.`,
			[]wantAttr{{speaker: "The bank", cue: "announced", text: "it would close forty branches"}}},
		{"a time phrase after a modifier before the cue", `The ministry also on Monday said it would reopen the bridge.`,
			[]wantAttr{{speaker: "The ministry", text: "it would reopen the bridge"}}},
		{"an adverb aside is not the speaker as written", `Some farmers, however, say the subsidy came too late.`,
			[]wantAttr{{speaker: "Some farmers", mention: "Some farmers", text: "the subsidy came too late"}}},
		{"a participle after a quotation introduced by a colon", `In a statement, Norcoal said: "The mine paid its way for a decade," adding that its shares had tripled.`,
			[]wantAttr{
				{speaker: "Norcoal", cue: "said", kind: "direct", text: "The mine paid its way for a decade"},
				{speaker: "Norcoal", cue: "adding", text: "its shares had tripled"}}},
		{"a participle after a quoted object", `Club officials called the deal "a bargain," adding that the fee would be paid in June.`,
			[]wantAttr{
				{speaker: "Club officials", cue: "called", text: `the deal "a bargain,"`},
				{speaker: "Club officials", cue: "adding", text: "the fee would be paid in June"}}},
		{"a cue that opens the sentence", "Critics call the levy a tax on farmers. Said Greta Holm: \"Nobody asked us.\"",
			[]wantAttr{{speaker: "Critics"}, {speaker: "Greta Holm", cue: "Said", kind: "direct", text: "Nobody asked us."}}},
		{"a cue that opens the sentence before a description", `Said the coach, "We were not ready."`,
			[]wantAttr{{speaker: "the coach", kind: "direct", text: "We were not ready."}}},
		{"a surname with its particle dropped", "Party spokesman Adel al-Masri said the vote would go ahead.\n\n\"We are ready,\" Masri said.",
			[]wantAttr{{speaker: "Adel al-Masri"}, {speaker: "Adel al-Masri", mention: "Masri"}}},
		{"remarks broadcast by a channel", `In remarks broadcast by Radio Tirana, the minister said the port would reopen.`,
			[]wantAttr{{speaker: "the minister", medium: "Radio Tirana", text: "the port would reopen"}}},
		{"a post on a platform formerly named otherwise", `The mayor wrote in a post on X, formerly Twitter, that the bridge was safe.`,
			[]wantAttr{{speaker: "The mayor", cue: "wrote", text: "the bridge was safe"}}},
		{"a quotation before a description and the name between commas", `"We held the line," a spokesman for the coast guard, Captain Ivo Grant, said on Monday.`,
			[]wantAttr{{speaker: "Ivo Grant", role: "a spokesman for the coast guard", kind: "direct", text: "We held the line"}}},
		{"a contrasted second speaker with a title", `The ministry said it was studying the reply, while spokesman Tom Roe told reporters the gaps were small.`,
			[]wantAttr{{speaker: "The ministry", text: "it was studying the reply"}, {speaker: "Tom Roe", role: "spokesman", text: "the gaps were small"}}},
		{"a channel with a number", `In an interview with Channel 9, opposition leader Ana Ruiz said the budget was dead.`,
			[]wantAttr{{speaker: "Ana Ruiz", medium: "Channel 9", text: "the budget was dead"}}},
		{"a count after a medium opens the content", `Ana Ruiz told Radio Nord 20 people had been hurt.`,
			[]wantAttr{{speaker: "Ana Ruiz", medium: "Radio Nord", text: "20 people had been hurt"}}},
		{"a participle with its time phrase inside the subject", `A survey released last month found that most tenants pay too much.`,
			[]wantAttr{{speaker: "A survey released last month", cue: "found", text: "most tenants pay too much"}}},
		{"a capitalized particle opens a surname", `Asked about the vote, Van Dyke said he was proud of it.`,
			[]wantAttr{{speaker: "Van Dyke", role: "-", text: "he was proud of it"}}},
		{"a floating quantifier before the cue", `Oslo and Bern both said the talks would resume.`,
			[]wantAttr{{speaker: "Oslo and Bern", text: "the talks would resume"}}},
		{"a relative which without a comma", `The clerks turned to the county registry which reported "1,204 missing ballots" in May.`,
			[]wantAttr{{speaker: "the county registry", mention: "which", cue: "reported", text: `"1,204 missing ballots" in May`}}},
		{"called a long object a name", `Critics called the fee and the rules for its collection a tax on the poor.`,
			[]wantAttr{{speaker: "Critics", cue: "called", text: "the fee and the rules for its collection a tax on the poor"}}},
		{"reported, quoting a source", `Radio Nord reported, quoting an unnamed aide, that the minister would resign.`,
			[]wantAttr{{speaker: "an unnamed aide", medium: "Radio Nord", text: "the minister would resign"}}},
		{"a relative clause with a verb in -s before the content", `The envoy stressed the need for a deal that ends the fighting.`,
			[]wantAttr{{speaker: "The envoy", cue: "stressed", text: "the need for a deal that ends the fighting"}}},
		{"a medium described after a possessive", `A council source told the Herald's Welsh-language sister paper, Y Cymro, that the vote was delayed.`,
			[]wantAttr{{speaker: "A council source", medium: "the Herald's Welsh-language sister paper, Y Cymro", text: "the vote was delayed"}}},
		{"a medium with a description noun after a possessive", `Ana Ruiz told Chile's public broadcaster the vote was delayed.`,
			[]wantAttr{{speaker: "Ana Ruiz", medium: "Chile's public broadcaster", text: "the vote was delayed"}}},
		{"a programme title after a possessive is no content", `"We will hold the line," Lee said on Radio Nord's "Morning Desk."`,
			[]wantAttr{{speaker: "Lee", kind: "direct", text: "We will hold the line"}}},
		{"a programme title after on", `Lee said on "Morning Desk" that the line would hold.`,
			[]wantAttr{{speaker: "Lee", text: "the line would hold"}}},
		{"a quoted phrase after on stays content", `The union insisted on "a fair deal" for its members.`,
			[]wantAttr{{speaker: "The union", text: `on "a fair deal" for its members`}}},
		{"according to a document with a participle aside", `According to the memo, seen by the Herald, the plant would close in May.`,
			[]wantAttr{{speaker: "the memo", text: "the plant would close in May"}}},
		{"the narrator's doubt after the content", `The army says it has destroyed twelve launchers, without providing evidence.`,
			[]wantAttr{{speaker: "The army", text: "it has destroyed twelve launchers"}}},
		{"a second plural verb with that", `Union leaders say the offer is close but warn that "nothing is signed."`,
			[]wantAttr{{speaker: "Union leaders", cue: "say", text: "the offer is close"}, {speaker: "Union leaders", cue: "warn"}}},
		{"a description with a comma before the name after the cue", `"It is over," said one resident, Ana Ruiz.`,
			[]wantAttr{{speaker: "Ana Ruiz", text: "It is over"}}},
		{"an age between the name and its description after the cue", `"It is over," said Ana Ruiz, 54, a nurse from Dayton.`,
			[]wantAttr{{speaker: "Ana Ruiz", role: "a nurse from Dayton", text: "It is over"}}},
		{"an age is no role", `"It is over," said a resident, Ana Ruiz, 54.`,
			[]wantAttr{{speaker: "Ana Ruiz", role: "resident", text: "It is over"}}},
		{"before adding", `"The plan is dead," Lee said, before adding: "We will try again."`,
			[]wantAttr{{speaker: "Lee", cue: "said", text: "The plan is dead"}, {speaker: "Lee", cue: "adding", text: "We will try again."}}},
		{"an adverb before an irregular past ends the subject", `Defence Minister Ana Ruiz publicly broke with the premier on Monday, demanding that the army leave the port.`,
			[]wantAttr{{speaker: "Ana Ruiz", cue: "demanding", text: "the army leave the port"}}},
		{"a lapse of time after the cue is no content", `Lee responded hours later in a video, saying the vote would stand.`,
			[]wantAttr{{speaker: "Lee", cue: "saying", text: "the vote would stand"}}},
		{"a participle with a circumstance before that", `Opposition leader Tom Roe welcomed the remarks, writing on his blog that the minister was right.`,
			[]wantAttr{{speaker: "Tom Roe", cue: "writing", text: "the minister was right"}}},
		{"an object relative clause is no statement", `The club has said it will appeal, a claim the league has said does not stop the ban.`,
			[]wantAttr{{speaker: "The club", text: "it will appeal"}}},
		{"calling someone a quoted name, the name between commas speaks", `The coach's assistant, Ana Ruiz, defended him on Radio Nord, calling him "a genius."`,
			[]wantAttr{{speaker: "Ana Ruiz", role: "The coach's assistant", cue: "calling", text: `him "a genius."`}}},
		{"a title and name before a colon", "The mayor spoke first.\n\nHarbour Minister Ola Dahl: \"The quay will be ready in May.\"",
			[]wantAttr{{speaker: "Ola Dahl", cue: ":", role: "Harbour Minister", kind: "direct", text: "The quay will be ready in May."}}},
		{"a described name before a colon, reported words", "The mayor spoke first.\n\nUnion official Ola Dahl: the strike will go on until Friday.",
			[]wantAttr{{speaker: "Ola Dahl", cue: ":", kind: "indirect", text: "the strike will go on until Friday"}}},
		{"telling after an object cue", `The harbour master dismissed the report, telling the Coast Gazette that the quay was safe.`,
			[]wantAttr{
				{speaker: "The harbour master", cue: "dismissed", text: "the report"},
				{speaker: "The harbour master", cue: "telling", medium: "the Coast Gazette", kind: "indirect", text: "the quay was safe"}}},
		{"a party and state tag after the name", `Sen. Ana Ruiz, D-Maine, said the bill was dead.`,
			[]wantAttr{{speaker: "Ana Ruiz", mention: "Sen. Ana Ruiz, D-Maine", role: "Sen.", text: "the bill was dead"}}},
		{"a party and state tag with a point", `Rep. Tom Vail, R-Ga., told reporters the bill was dead.`,
			[]wantAttr{{speaker: "Tom Vail", mention: "Rep. Tom Vail, R-Ga.", role: "Rep.", text: "the bill was dead"}}},
		{"a second speaker after even as", `The council urged a pause, even as Mayor Ana Ruiz insisted that a deal was close.`,
			[]wantAttr{
				{speaker: "The council", cue: "urged", text: "a pause"},
				{speaker: "Ana Ruiz", cue: "insisted", text: "a deal was close"}}},
		{"a contrasted speaker with an appositive", `Sen. Ann Lee, D-Ore., urged a delay, while Sen. Tom Vail, R-Utah, said the vote should go ahead.`,
			[]wantAttr{
				{speaker: "Ann Lee", cue: "urged", text: "a delay"},
				{speaker: "Tom Vail", cue: "said", text: "the vote should go ahead"}}},
		{"told someone how", `The coach told the radio host on Sunday how tired the players were.`,
			[]wantAttr{{speaker: "The coach", cue: "told", text: ""}}},
		{"a claim the other side denies", `The port authority accused the union of blocking the quay, a claim the union denies.`,
			[]wantAttr{{speaker: "The port authority", cue: "accused", text: "the union of blocking the quay"}}},
		{"a name the source gave", `"The boats stay in," said a fisherman who gave his name as Abu Samir, 52.`,
			[]wantAttr{{speaker: "Abu Samir", mention: "a fisherman who gave his name as Abu Samir", role: "-", text: "The boats stay in"}}},
		{"a name the source was identified by", `A nurse, identified only as Lina, said the ward was full.`,
			[]wantAttr{{speaker: "Lina", text: "the ward was full"}}},
		{"a medium described before its name", `Lena Haas told state broadcaster NRK that the ferry would sail.`,
			[]wantAttr{{speaker: "Lena Haas", cue: "told", medium: "state broadcaster NRK", text: "the ferry would sail"}}},
		{"a medium described after a demonym", `Piet Smit told Dutch public broadcaster NOS that the dikes held.`,
			[]wantAttr{{speaker: "Piet Smit", medium: "Dutch public broadcaster NOS", text: "the dikes held"}}},
		{"local people are no medium", `The mayor told local people that the bridge would reopen.`,
			[]wantAttr{{speaker: "The mayor", medium: "-", text: "the bridge would reopen"}}},
		{"speaking on a programme", `Speaking on Radio Kilkenny, Tom Walsh said the pier was unsafe.`,
			[]wantAttr{{speaker: "Tom Walsh", medium: "Radio Kilkenny", text: "the pier was unsafe"}}},
		{"speaking on a day", `Speaking on Tuesday, Tom Walsh said the pier was unsafe.`,
			[]wantAttr{{speaker: "Tom Walsh", medium: "-", text: "the pier was unsafe"}}},
		{"a programme of a network", `In an appearance on NBC's Meet the Press, Jo Park said the bill was dead.`,
			[]wantAttr{{speaker: "Jo Park", medium: "NBC's Meet the Press", text: "the bill was dead"}}},
		{"a circumstance after a trailing cue", `Rents rose by a third, the housing agency said in a report last week.`,
			[]wantAttr{{speaker: "the housing agency", text: "Rents rose by a third"}}},
		{"a circumstance before a second clause", `The ferry will sail at noon, the port office said in a notice, but the cafe stays shut.`,
			[]wantAttr{{speaker: "the port office", text: "The ferry will sail at noon"}}},
		{"a circumstance after the people told", `The roads were closed, Ana Ruiz told reporters at the town hall in Porto.`,
			[]wantAttr{{speaker: "Ana Ruiz", cue: "told", text: "The roads were closed"}}},
		{"a place before the clause after an opening phrase", `After the vote, Ana Ruiz said in Porto the bridge would open.`,
			[]wantAttr{{speaker: "Ana Ruiz", text: "the bridge would open"}}},
		{"according to before a time clause", `Prices fell on Monday, according to two traders, as the market opened.`,
			[]wantAttr{{speaker: "two traders", cue: "according to", text: "Prices fell on Monday"}}},
		{"a document's words before it", `The mill will close in May, the notice read.`,
			[]wantAttr{{speaker: "the notice", cue: "read", text: "The mill will close in May"}}},
		{"a participle with a colon and a quotation", `Ana Ruiz rejected the offer, adding: "We will strike again."`,
			[]wantAttr{{speaker: "Ana Ruiz", cue: "adding", kind: "direct", text: "We will strike again."}}},
		{"a participle on a platform before a quotation", `Jo Park mocked the plan, writing on Bluesky: "Nobody asked us."`,
			[]wantAttr{{speaker: "Jo Park", cue: "writing", text: "Nobody asked us."}}},
		{"describing as", `The union walked out, describing the offer as "an insult" to nurses.`,
			[]wantAttr{{speaker: "The union", cue: "describing", text: `the offer as "an insult" to nurses`}}},
		{"remarks in an aside", `Ruiz, in remarks carried by RTP, stressed that the port must reopen.`,
			[]wantAttr{{speaker: "Ruiz", cue: "stressed", text: "the port must reopen"}}},
		{"an object relative clause", `The loan, which Ana Ruiz said the bank had approved, will fund the bridge.`,
			[]wantAttr{{speaker: "Ana Ruiz", text: "the bank had approved"}}},
		{"a name before a role and its organisation", `Lars Eik, spokesman for the union's youth wing, the Nordic Aviators, said the strike would go on.`,
			[]wantAttr{{speaker: "Lars Eik", role: "spokesman for the union's youth wing, the Nordic Aviators", text: "the strike would go on"}}},
		{"a description that put out a statement", `The harbour board put out a statement saying the quay was safe.`,
			[]wantAttr{{speaker: "The harbour board", text: "the quay was safe"}}},
		{"a statement issued after an event", `The board issued a statement after the vote saying the quay would close.`,
			[]wantAttr{{speaker: "The board", text: "the quay would close"}}},
		{"a plural possessive in the speaker", `The dockers' union said the strike would go on.`,
			[]wantAttr{{speaker: "The dockers' union", text: "the strike would go on"}}},
		{"a plural noun spelled like a cue", `Nordic states have said they will not pay for the bridge.`,
			[]wantAttr{{speaker: "Nordic states", text: "they will not pay for the bridge"}}},
		{"state media by name", `The bridge will reopen, state newspaper Borba reported.`,
			[]wantAttr{{speaker: "Borba", text: "The bridge will reopen"}}},
		{"as many as after the cue", `Officials say as many as 400 homes were flooded.`,
			[]wantAttr{{speaker: "Officials", text: "as many as 400 homes were flooded"}}},
		{"calls for with its object before it", `The port said 900 ships docked, well above the 600 a month the plan calls for.`,
			[]wantAttr{{speaker: "The port", cue: "said"}}},
		{"an acronym spelled like a word", `The clinic has no fuel left, WHO said.`,
			[]wantAttr{{speaker: "WHO", text: "The clinic has no fuel left"}}},
		{"an interview transcript", "Ola Dahl runs the harbour pilots. We spoke on Friday.\n\nHERALD: Will the pilots strike?\n\nDahl: We told the board we were ready. I hope it listens.\n\nHERALD: And if not?\n\nOla Dahl: Then the port stops.",
			[]wantAttr{{speaker: "HERALD", text: "Will the pilots strike?"},
				{speaker: "Ola Dahl", mention: "Dahl", text: "We told the board we were ready. I hope it listens"},
				{speaker: "HERALD", text: "And if not?"},
				{speaker: "Ola Dahl", text: "Then the port stops"}}},
		{"a place before a colon outside a transcript", "Oslo: the harbour pilots voted to strike on Friday.",
			nil},
		{"anonymity and its reason after a trailing cue", `The ferry will not sail, an official told Reuters on condition of anonymity because he was not allowed to speak.`,
			[]wantAttr{{speaker: "an official", medium: "Reuters", text: "The ferry will not sail"}}},
		{"according to before a concession", `The board will meet on Friday, according to a notice from the mayor, even though it calls the plan unlawful.`,
			[]wantAttr{{speaker: "a notice from the mayor", text: "The board will meet on Friday"}}},
		{"according to a source described after it", `Grain prices fell, according to Farmwatch, which tracks markets.`,
			[]wantAttr{{speaker: "Farmwatch", text: "Grain prices fell"}}},
		{"a clause before a trailing cue and a second speaker", `Twelve boats docked, the port office said Tuesday, but fishermen warned that more were stranded.`,
			[]wantAttr{{speaker: "the port office", text: "Twelve boats docked"}, {speaker: "fishermen", text: "more were stranded"}}},
		{"a day between the speaker and the cue", `The Finance Ministry today said the loan was signed.`,
			[]wantAttr{{speaker: "The Finance Ministry", text: "the loan was signed"}}},
		{"a name that is also a month", `Theresa May said the vote would go ahead.`,
			[]wantAttr{{speaker: "Theresa May", text: "the vote would go ahead"}}},
		{"an object pronoun quoted", `Ana Ruiz met the miners on Monday. Visitors quoted her as saying that the mine would stay open.`,
			[]wantAttr{{speaker: "Ana Ruiz", mention: "her", text: "the mine would stay open"}}},
		{"per a source", `Per a readout from the council, the two mayors agreed to meet again.`,
			[]wantAttr{{speaker: "a readout from the council", cue: "Per", text: "the two mayors agreed to meet again"}}},
		{"a curly split quote after another statement", "Pilots said the talks were slow. “We want a date,” said Ola Dahl, a union steward at the port. “Then the members will vote on it.”",
			[]wantAttr{{speaker: "Pilots", text: "the talks were slow"}, {speaker: "Ola Dahl", kind: "direct", text: "We want a date Then the members will vote on it."}}},
		{"a surname ending like an adverb", `Kimberly Donnelly runs the port. Donnelly pointed out that the cranes were idle.`,
			[]wantAttr{{speaker: "Kimberly Donnelly", text: "the cranes were idle"}}},
		{"according to before a phrase with no verb", `Forty homes flooded overnight, according to firefighters, most of them near the river.`,
			[]wantAttr{{speaker: "firefighters", text: "Forty homes flooded overnight"}}},
		{"a participle with an object after a clause", `The union said it would keep talking, accusing the board of delay.`,
			[]wantAttr{{speaker: "The union", cue: "said", text: "it would keep talking"}, {speaker: "The union", cue: "accusing", text: "the board of delay"}}},
		{"an aside between the cue and that", `Ana Ruiz stressed, during talks with the union leaders, that the port would stay open.`,
			[]wantAttr{{speaker: "Ana Ruiz", text: "the port would stay open"}}},
		{"a participle of the narrator after a trailing cue", `The dock reopened at noon, the harbour board announced Friday, raising hopes of an early season.`,
			[]wantAttr{{speaker: "the harbour board", cue: "announced", text: "The dock reopened at noon"}}},
		{"anonymity after a trailing cue", `Oslo pressed for a new vote, two aides said, speaking on condition of anonymity.`,
			[]wantAttr{{speaker: "two aides", text: "Oslo pressed for a new vote"}}},
		{"an interrupting cue before a gerund subject", `Though the first vote was easy, he said, winning the second would be hard.`,
			[]wantAttr{{text: "winning the second would be hard"}}}, // the main clause, not the one before the cue
		{"a party tag in brackets", `Rep. Jo Lane (D-Ore.), a lead negotiator, conceded that the bill was weak.`,
			[]wantAttr{{speaker: "Jo Lane", role: "a lead negotiator", text: "the bill was weak"}}},
		{"posted on a platform that", `Jo Lane posted on social media that the levy was a giveaway.`,
			[]wantAttr{{speaker: "Jo Lane", cue: "posted", text: "the levy was a giveaway"}}},
		{"a message posted is no cue", `In a message posted on Friday, Jo Lane said she would vote against it.`,
			[]wantAttr{{speaker: "Jo Lane", cue: "said", text: "she would vote against it"}}},
		{"a second cue joined by but", `The mayor acknowledged that the bridge was late but said it would open in May.`,
			[]wantAttr{{cue: "acknowledged", text: "the bridge was late"}, {cue: "said", text: "it would open in May"}}},
		{"a two-word clause before a trailing cue", `Fares rose, the ministry said, adding that wages fell.`,
			[]wantAttr{{speaker: "the ministry", cue: "said", text: "Fares rose"}, {speaker: "the ministry", cue: "adding", text: "wages fell"}}},
		{"a statement posted on a channel", `The union said in a statement posted on its Telegram channel that the strike was over.`,
			[]wantAttr{{speaker: "The union", text: "the strike was over"}}},
		{"a semicolon ends the statement", `Ana Ruiz called the plan a trap in a video; Tom Roe stayed silent.`,
			[]wantAttr{{speaker: "Ana Ruiz", text: "the plan a trap in a video"}}},
		{"according to an organisation and its acronym", `Fares rose, according to the Office of Rail Review (ORR), in the first quarter.`,
			[]wantAttr{{speaker: "the Office of Rail Review", mention: "the Office of Rail Review (ORR)", text: "Fares rose"}}},
		{"an organisation's name ending in a capital word", `Analysts at the Institute for Baltic Policy say the deal is fragile.`,
			[]wantAttr{{speaker: "Analysts at the Institute for Baltic Policy", text: "the deal is fragile"}}},
		{"a spokesman of an office named by surname", `White House spokesman Kirby said the talks would go on.`,
			[]wantAttr{{speaker: "Kirby", role: "White House spokesman", text: "the talks would go on"}}},
		{"a country whose name ends like a cue", `The United States said the talks would resume.`,
			[]wantAttr{{speaker: "The United States", text: "the talks would resume"}}},
		{"remarks to a medium between the speaker and the cue", `Norway's envoy Lars Eik, in remarks to state radio on Monday, said the talks had resumed.`,
			[]wantAttr{{speaker: "Lars Eik", text: "the talks had resumed"}}},
		{"remarks to a medium between the cue and that", `Ana Ruiz said in remarks to state television that the talks had resumed.`,
			[]wantAttr{{speaker: "Ana Ruiz", text: "the talks had resumed"}}},
		{"clarified", `The mayor clarified that the bridge would stay shut.`,
			[]wantAttr{{speaker: "The mayor", cue: "clarified", text: "the bridge would stay shut"}}},
		{"a with phrase of the narrator after a trailing cue", `Mayors want a deal by Friday, sources told the Herald, with the first vote due in May.`,
			[]wantAttr{{speaker: "sources", medium: "the Herald", text: "Mayors want a deal by Friday"}}},
		{"a possessive opens the subject after a noun", `It was a pact her union called "a betrayal" of nurses.`,
			[]wantAttr{{speaker: "her union", cue: "called"}}},
		{"a section label before a quotation", "The vote was close.\n\nWhat they're saying: \"It is a good day for the port,\" Ana Ruiz wrote on Bluesky.",
			[]wantAttr{{speaker: "Ana Ruiz", kind: "direct", text: "It is a good day for the port"}}},
		{"a section label before a clause", "The vote was close.\n\nWhy it matters: The levy could fund the bridge, aides said.",
			[]wantAttr{{speaker: "aides", text: "The levy could fund the bridge"}}},
		{"a cue before a colon is no label", "The vote was close.\n\nRuiz added: \"We will build the bridge next year.\"",
			[]wantAttr{{speaker: "Ruiz", cue: "added", text: "We will build the bridge next year."}}},
		{"an embedded post and its signature", "The vote was close.\n\nThe levy is a giveaway and we will fight it in the council.\n\n— Jo Lane (@jolane) May 2, 2025\n\nOthers agreed.",
			[]wantAttr{{speaker: "Jo Lane", text: "The levy is a giveaway and we will fight it in the council"}}},
		{"single quotation marks, British style", `'We will hold firm,' she said. 'The rest is up to the council and the unions.'`,
			[]wantAttr{{cue: "said", kind: "direct", text: "We will hold firm The rest is up to the council and the unions."}}},
		{"single marks after the cue", `Ana Ruiz told the BBC: 'The port stays open.' Her deputy said: 'We have the staff.'`,
			[]wantAttr{{speaker: "Ana Ruiz", medium: "the BBC", kind: "direct", text: "The port stays open."}, {kind: "direct", text: "We have the staff."}}},
		{"a single-quoted phrase inside double quotes", `"He called it 'a farce' and walked out," Ana Ruiz said.`,
			[]wantAttr{{speaker: "Ana Ruiz", kind: "direct", text: "He called it 'a farce' and walked out"}}},
		{"a hedged report", `The envoy is understood to have told the mayors that a deal was close.`,
			[]wantAttr{{speaker: "The envoy", cue: "is understood to have told", text: "a deal was close"}}},
		{"a hedged report with said", `The mayors are said to have agreed that the bridge should wait.`,
			[]wantAttr{{speaker: "The mayors", cue: "are said to have agreed", text: "the bridge should wait"}}},
		{"a circumstance after a name after the cue", `"We will not bow," said Mayor Ana Ruiz in a televised address.`,
			[]wantAttr{{speaker: "Ana Ruiz", text: "We will not bow"}}},
		{"a relative clause with that on the subject", `The board that oversees the harbour said repairs would take a year.`,
			[]wantAttr{{speaker: "The board", cue: "said", text: "repairs would take a year"}}},
		{"a relative clause with that and a past verb", `The panel that drafted the rules told lawmakers the fines were too low.`,
			[]wantAttr{{speaker: "The panel", cue: "told", text: "the fines were too low"}}},
		{"a news agency after a statement is its medium", `The emir stressed the need for calm at the border, QNA reported.`,
			[]wantAttr{{speaker: "The emir", cue: "stressed", medium: "QNA", text: "the need for calm at the border"}}},
		{"a press agency saying is a medium", `The prince said the kingdom backed the plan, the state press agency said.`,
			[]wantAttr{{speaker: "The prince", cue: "said", medium: "the state press agency", text: "the kingdom backed the plan"}}},
		{"a wire reporting a statement is its medium", `The wire service reported that the rebels said they would accept a pause.`,
			[]wantAttr{{speaker: "the rebels", cue: "said", medium: "The wire service", text: "they would accept a pause"}}},
		{"a news agency after an opening phrase and a statement", `In a statement on Monday, the council stressed the need for calm, the Jordanian news agency reported.`,
			[]wantAttr{{speaker: "the council", cue: "stressed", medium: "the Jordanian news agency", text: "the need for calm"}}},
		{"a phrase with without after a trailing cue", `A team flew to Oslo on Friday, the ministry said, without giving details.`,
			[]wantAttr{{speaker: "the ministry", cue: "said", text: "A team flew to Oslo on Friday"}}},
		{"a source after a statement stays the speaker", `The mayor told police he wanted no escort, a source said.`,
			[]wantAttr{{speaker: "a source", cue: "said", text: "The mayor told police he wanted no escort"}}},
		{"a participle with its own subordinate clause after a trailing cue", `Two ports have reopened, the officials said, asking not to be named because the talks are private.`,
			[]wantAttr{{speaker: "the officials", cue: "said", text: "Two ports have reopened"}}},
		{"an appositive noun after a trailing cue", `Forty buses left the town, the mayor's office said, a step that some residents called rushed.`,
			[]wantAttr{{speaker: "the mayor's office", cue: "said", text: "Forty buses left the town"}}},
		{"a comparison after a trailing cue", `Some 300 ships a week now pass the strait, the port authority said, up from 120 in May.`,
			[]wantAttr{{speaker: "the port authority", cue: "said", text: "Some 300 ships a week now pass the strait"}}},
		{"a long phrase with a clause after a trailing cue", `Storms flooded 90 homes, the agency said Monday, in the worst week since the dam failed.`,
			[]wantAttr{{speaker: "the agency", cue: "said", text: "Storms flooded 90 homes"}}},
		{"a clause after since stays the speaker's", `Turnout will fall, the pollster said, since most voters distrust both lists.`,
			[]wantAttr{{speaker: "the pollster", cue: "said"}}},
		{"a relative clause on the source after according to", `Floods killed 40 people, according to the relief office, whose counts exclude the north.`,
			[]wantAttr{{speaker: "the relief office", cue: "according to", text: "Floods killed 40 people"}}},
		{"an appositive on the source after according to", `Some 900 tents arrived, according to figures from Unicef, the agency that runs the camps.`,
			[]wantAttr{{speaker: "figures from Unicef", cue: "according to", text: "Some 900 tents arrived"}}},
		{"a clause after according to stays sourced", `The town was quiet, according to the council, the shelling had stopped.`,
			[]wantAttr{{speaker: "the council", cue: "according to", text: "the shelling had stopped"}}},
		{"a second cue joined by and", `The mayor said the bridge would reopen in May and accused the builders of cutting corners.`,
			[]wantAttr{{speaker: "The mayor", cue: "said", text: "the bridge would reopen in May"}, {speaker: "The mayor", cue: "accused", text: "the builders of cutting corners"}}},
		{"and joining the reported clause's own verbs", `Officials said that a team of surveyors arrived on Friday and reported that the dam was sound.`,
			[]wantAttr{{speaker: "Officials", cue: "said", text: "a team of surveyors arrived on Friday and reported that the dam was sound"}}},
		{"but called it and said", `The union confirmed that it had signed, but called it "a bitter deal" and said strikes would resume.`,
			[]wantAttr{{speaker: "The union", cue: "confirmed", text: "it had signed"}, {speaker: "The union", cue: "called", text: `it "a bitter deal"`}, {speaker: "The union", cue: "said", text: "strikes would resume"}}},
		{"but insisted before a quotation", `Lee said the levy would pass but insisted, "Nothing is certain."`,
			[]wantAttr{{speaker: "Lee", cue: "said", text: "the levy would pass"}, {speaker: "Lee", cue: "insisted", kind: "direct", text: "Nothing is certain."}}},
		{"while with no comma and a second speaker", `The senator accused the marchers of "helping the rebels" while the party chief wrote that the vote was wrong.`,
			[]wantAttr{{speaker: "The senator", cue: "accused"}, {speaker: "the party chief", cue: "wrote", text: "the vote was wrong"}}},
		{"adding and a colon after a quotation", `The envoy said the offer was "a trick," adding: "There is no real talk."`,
			[]wantAttr{{speaker: "The envoy", cue: "said", kind: "mixed"}, {speaker: "The envoy", cue: "adding", kind: "direct", text: "There is no real talk."}}},
		{"cited as saying", `The weekly Der Bote cited a senior aide as saying that the team had no mandate.`,
			[]wantAttr{{speaker: "a senior aide", cue: "cited as saying", medium: "The weekly Der Bote", text: "the team had no mandate"}}},
		{"an opening adverb before a described source and an aside", `Meanwhile, a source close to the mayor, speaking on condition of anonymity, told Radio Nord that no date was set.`,
			[]wantAttr{{speaker: "a source close to the mayor", cue: "told", medium: "Radio Nord", text: "no date was set"}}},
		{"an opening adverb before a described source and a relative clause", `However, an aide to the governor, who asked not to be named, said the vote would slip.`,
			[]wantAttr{{speaker: "an aide to the governor", cue: "said", text: "the vote would slip"}}},
		{"a list after 'the leaders of'", `The leaders of Norway, Chile and Peru called on both sides to sign.`,
			[]wantAttr{{speaker: "The leaders of Norway, Chile and Peru", cue: "called on", text: "both sides to sign"}}},
		{"a list with articles", `Norway, the European Union and the African Union said talks would resume.`,
			[]wantAttr{{mention: "Norway, the European Union and the African Union", cue: "said", text: "talks would resume"}}},
		{"a list after according to", `Repairs will cost $9 billion, according to a study by the Treasury, the Port Authority and the World Bank.`,
			[]wantAttr{{speaker: "a study by the Treasury, the Port Authority and the World Bank", cue: "according to", text: "Repairs will cost $9 billion"}}},
		{"a family name written first", `Trade ministry spokeswoman Lin Meihua told reporters the tariffs would stay. Lin said talks would go on.`,
			[]wantAttr{{speaker: "Lin Meihua", cue: "told"}, {speaker: "Lin Meihua", mention: "Lin", cue: "said", text: "talks would go on"}}},
		{"an outlet's reporter", `Radio Nord's Ingrid Falk, reporting from the harbour, said the ferries had stopped.`,
			[]wantAttr{{speaker: "Ingrid Falk", role: "-", cue: "said", text: "the ferries had stopped"}}},
		{"a name inside an aside after a description", `The head of the Danish team, senior aide Mette Holm, said Oslo had sent a draft.`,
			[]wantAttr{{speaker: "Mette Holm", role: "senior aide", cue: "said", text: "Oslo had sent a draft"}}},
		{"an aside opening with an adverb and a participle", `A city official, also requesting anonymity, said the depot had closed.`,
			[]wantAttr{{speaker: "A city official", cue: "said", text: "the depot had closed"}}},
		{"a possessive appositive and a relative clause", `Jo Roe, Lee's son-in-law, who helped draft the bill, has argued that the levy is fair.`,
			[]wantAttr{{speaker: "Jo Roe", role: "Lee's son-in-law", cue: "has argued", text: "the levy is fair"}}},
		{"a date after the name", `Port chief Ivan Sorokin on June 3 rejected the offer and warned against a strike.`,
			[]wantAttr{{speaker: "Ivan Sorokin", cue: "warned", text: "against a strike"}}},
		{"a show's title after an opening participle is no quotation", `Speaking on BBC's "Newsnight," Mayor Ann Lee said the levy would pass.`,
			[]wantAttr{{speaker: "Ann Lee", cue: "said", kind: "indirect", text: "the levy would pass"}}},
		{"a gerund subject with its verb before a trailing cue", `Shifting rain patterns could ruin the harvest, Lee said.`,
			[]wantAttr{{speaker: "Lee", cue: "said", text: "Shifting rain patterns could ruin the harvest"}}},
		{"a second verb after a relaying medium", `Mayor Ann Lee affirmed that the dam would hold, Radio Nord reported, and stressed that nobody had to leave.`,
			[]wantAttr{{speaker: "Ann Lee", cue: "affirmed", medium: "Radio Nord", text: "the dam would hold"}, {speaker: "Ann Lee", cue: "stressed", text: "nobody had to leave"}}},
		{"a trailing speaker before a conjunction", `The bridge reopened at noon, the council said, and traffic resumed.`,
			[]wantAttr{{speaker: "the council", cue: "said", text: "The bridge reopened at noon"}}},
		{"a person told is no medium", `Ann Lee told Roe that the dam would hold. Tom Roe said he agreed.`,
			[]wantAttr{{speaker: "Ann Lee", cue: "told", medium: "-", text: "the dam would hold"}, {speaker: "Tom Roe", text: "he agreed"}}},
		{"a person titled is no medium", `Minister Ann Lee spoke on Monday. The mayor told Lee that the dam would hold.`,
			[]wantAttr{{speaker: "The mayor", cue: "told", medium: "-", text: "the dam would hold"}}},
		{"a channel in a post", `The rebel command said in a Telegram post that the pass was open.`,
			[]wantAttr{{speaker: "The rebel command", medium: "Telegram", text: "the pass was open"}}},
		{"a channel in an aside after the subject", `Mayor Ann Lee, in a message on her X account on Sunday, said the pass was open.`,
			[]wantAttr{{speaker: "Ann Lee", medium: "X", text: "the pass was open"}}},
		{"a channel in the opening phrase", `In a statement on its Telegram channel, the rebel command said the pass was open.`,
			[]wantAttr{{speaker: "the rebel command", medium: "Telegram", text: "the pass was open"}}},
		{"a party told is no medium", `Officials in Washington have told Israel that the raid must wait.`,
			[]wantAttr{{speaker: "Officials in Washington", medium: "-", text: "the raid must wait"}}},
		{"according to inside the content is no medium", `The army said the captives were chosen according to age and health.`,
			[]wantAttr{{speaker: "The army", medium: "-", text: "the captives were chosen according to age and health"}}},
		{"a described medium ending the phrase", `"The dam will hold," Ana Ruiz told Chilean state television after the vote.`,
			[]wantAttr{{speaker: "Ana Ruiz", medium: "Chilean state television", text: "The dam will hold"}}},
		{"according to a described document of a name", `At least 40 staff have died, according to UNICEF's newest situation report.`,
			[]wantAttr{{speaker: "UNICEF's newest situation report", cue: "according to", text: "At least 40 staff have died"}}},
		{"a titled name as the object in a role", `Ana Ruiz, an adviser to President Tom Roe, said the border would reopen.`,
			[]wantAttr{{speaker: "Ana Ruiz", role: "an adviser to President Tom Roe", text: "the border would reopen"}}},
		{"an acronym after a role that names an agency", `Jo Lund, a spokeswoman for the UN food agency, WFP, said the convoy was stuck.`,
			[]wantAttr{{speaker: "Jo Lund", text: "the convoy was stuck"}}},
		{"a name and its office then an acronym", `Piet Maes of the UN aid office, Ocha, said the convoy was stuck.`,
			[]wantAttr{{speaker: "Piet Maes", text: "the convoy was stuck"}}},
		{"a name ending in a particle before a description", `Omar al-Tayeb, deputy commander of the navy, said the port was closed.`,
			[]wantAttr{{speaker: "Omar al-Tayeb", role: "deputy commander of the navy", text: "the port was closed"}}},
		{"a participle aside holding a titled name", `Ali Karimi, attending in place of President Reza Nouri, said the summit was useful.`,
			[]wantAttr{{speaker: "Ali Karimi", text: "the summit was useful"}}},
		{"people vouching for a statement with its own speaker", `Mayor Ann Lee told the council on Monday that the dam would hold, according to two people who attended.`,
			[]wantAttr{{speaker: "two people who attended", cue: "according to", text: "Mayor Ann Lee told the council on Monday that the dam would hold"}, {speaker: "Ann Lee", cue: "told", medium: "-", text: "the dam would hold"}}},
		{"a medium after a statement with its own speaker", `Mayor Ann Lee told the council that the dam would hold, according to Radio Nord.`,
			[]wantAttr{{speaker: "Ann Lee", cue: "told", medium: "Radio Nord", text: "the dam would hold"}}},
		{"a participle after according to is the narrator's", `The union has dropped its wage demand, according to two negotiators, removing the last obstacle.`,
			[]wantAttr{{speaker: "two negotiators", cue: "according to", text: "The union has dropped its wage demand"}}},
		{"passive quoted as saying after the quotation", `"The bridge is safe," the engineer was quoted as saying.`,
			[]wantAttr{{speaker: "the engineer", cue: "quoted as saying", kind: "direct", text: "The bridge is safe"}}},
		{"passive quoted as saying before a quotation", `One of the engineers was quoted as saying, "The bridge is safe."`,
			[]wantAttr{{speaker: "One of the engineers", kind: "direct", text: "The bridge is safe."}}},
		{"passive quoted by a medium as telling", `Mayor Ann Lee was quoted by local media as telling residents that the bridge was safe.`,
			[]wantAttr{{speaker: "Ann Lee", cue: "quoted as telling", medium: "local media", text: "the bridge was safe"}}},
		{"passive quoted as saying by a medium", `"The bridge is safe," Ana Ruiz was quoted as saying by El Sol.`,
			[]wantAttr{{speaker: "Ana Ruiz", medium: "El Sol", text: "The bridge is safe"}}},
		{"a participle aside after an adverb", `The letter, first reported by the Courier, calls on the council to reopen the bridge.`,
			[]wantAttr{{speaker: "The letter", cue: "calls on", text: "the council to reopen the bridge"}}},
		{"a list of quotations under a cue ending in a colon", "Union leader Ana Ruiz told the Courier:\n\n• \"The mines must reopen.\"\n\n• \"Nobody will work without pay.\"\n\nThe talks resume on Monday.",
			[]wantAttr{{speaker: "Ana Ruiz", medium: "the Courier", kind: "direct", text: "The mines must reopen."}, {speaker: "Ana Ruiz", medium: "the Courier", kind: "direct", text: "Nobody will work without pay."}}},
		{"unquoted points in a list under a cue", "Ana Ruiz said:\n\n- The mines must reopen.\n\n- Wages must be paid first.",
			[]wantAttr{{speaker: "Ana Ruiz", kind: "indirect", text: "The mines must reopen"}, {speaker: "Ana Ruiz", kind: "indirect", text: "Wages must be paid first"}}},
		{"quotations after reported speech ending in a colon", "The union said its terms had not changed:\n\n\"Full back pay.\"\n\n\"No lay-offs.\"",
			[]wantAttr{{speaker: "The union", text: "its terms had not changed"}, {speaker: "The union", kind: "direct", text: "Full back pay."}, {speaker: "The union", kind: "direct", text: "No lay-offs."}}},
		{"a box quote with a role", `Ana Ruiz, union leader: "The mines must reopen."`,
			[]wantAttr{{speaker: "Ana Ruiz", cue: ":", role: "union leader", kind: "direct", text: "The mines must reopen."}}},
		{"a box quote after a list mark and a long title", `* Port authority deputy director Tom Roe: "The cranes stay idle."`,
			[]wantAttr{{speaker: "Tom Roe", cue: ":", kind: "direct", text: "The cranes stay idle."}}},
		{"a box quote on a channel", `Former mayor Ana Ruiz on X: "The mines must reopen."`,
			[]wantAttr{{speaker: "Ana Ruiz", medium: "X", kind: "direct", text: "The mines must reopen."}}},
		{"a party's alias after its name", `Hamas turned down the Cairo draft on Tuesday. The group said it wanted written guarantees.`,
			[]wantAttr{{speaker: "Hamas", mention: "The group", text: "it wanted written guarantees"}}},
		{"a trailing speaker with an acronym in brackets", `The two sides agreed to stop the shelling, the Nordic Council (NC) peace panel announced in Oslo, Norway, on Monday.`,
			[]wantAttr{{speaker: "the Nordic Council (NC) peace panel", text: "The two sides agreed to stop the shelling"}}},
		{"a trailing speaker before a document's circumstance", `The abuses went on into the spring, the ombudsman's office said in a report published on Friday.`,
			[]wantAttr{{speaker: "the ombudsman's office", text: "The abuses went on into the spring"}}},
		{"a modifier before a statement issued", `The ministry later issued a statement saying the bridge was safe.`,
			[]wantAttr{{speaker: "The ministry", mention: "The ministry", text: "the bridge was safe"}}},
		{"those who", `Those who attended the hearing told reporters the vote was close.`,
			[]wantAttr{{speaker: "Those", text: "the vote was close"}}},
		{"an adverbial between who and the cue", `The board has clashed with Ivo Marsh, now the club's owner, who in 2019 said the stadium would be sold.`,
			[]wantAttr{{speaker: "Ivo Marsh", mention: "who", role: "now the club's owner", text: "the stadium would be sold"}}},
		{"a phrase after the cue that is its object", `The union has insisted on a full pay rise for night staff.`,
			[]wantAttr{{speaker: "The union", text: "on a full pay rise for night staff"}}},
		{"a time phrase, then a determiner", `Police announced on Friday the arrest of a second suspect.`,
			[]wantAttr{{speaker: "Police", text: "the arrest of a second suspect"}}},
		{"a place with its state before that", `Lee says at a town hall in Dayton, Ohio, that the plant will stay open.`,
			[]wantAttr{{speaker: "Lee", text: "the plant will stay open"}}},
		{"a split quote after a place with its state", `"The plant stays," Lee said during a visit to Dayton, Ohio, "and so do the jobs."`,
			[]wantAttr{{speaker: "Lee", text: "The plant stays and so do the jobs."}}},
		{"a noun that ends like an adjective", `The proposal calls for a ten-day pause in strikes.`,
			[]wantAttr{{speaker: "The proposal", cue: "calls for", text: "a ten-day pause in strikes"}}},
		{"a relative clause opened by a quantifier", `The memo, a draft of which was shown to the press, says the mine will close.`,
			[]wantAttr{{speaker: "The memo", mention: "The memo", role: "", text: "the mine will close"}}},
		{"a name with a joined particle between commas", `The foreign ministry spokesman, Khalid al-Murri, told a briefing that the talks had resumed.`,
			[]wantAttr{{speaker: "Khalid al-Murri", role: "The foreign ministry spokesman", text: "the talks had resumed"}}},
		{"a document read", `"Free the port," the banner read.`,
			[]wantAttr{{speaker: "the banner", cue: "read", text: "Free the port"}}},
		{"reported, citing a source", `The Jordan Times reported, citing a ministry official, that the border would reopen.`,
			[]wantAttr{{speaker: "a ministry official", medium: "The Jordan Times", text: "the border would reopen"}}},
		{"he skips an organisation", "Mayor Tom Brandt said the budget was tight.\n\nThe council said the vote would wait.\n\nHe also said the parks would stay open.",
			[]wantAttr{{speaker: "Tom Brandt"}, {speaker: "The council"}, {speaker: "Tom Brandt", mention: "He"}}},
		{"a relative clause after an inverted speaker is no role", `"The vote is close," said one person familiar with the count, who asked not to be named.`,
			[]wantAttr{{speaker: "one person familiar with the count", role: "-", text: "The vote is close"}}},
		{"in an email", `The club's spokesman Ivo Grant said in an email the coach "has been clear."`,
			[]wantAttr{{speaker: "Ivo Grant", text: `the coach "has been clear."`}}},
		{"a noun in -ing after an adjective", `The armed wing said two of its men were hurt.`,
			[]wantAttr{{speaker: "The armed wing", text: "two of its men were hurt"}}},
		{"an organisation's name between commas after its description", `The union's youth wing, the Red Falcons, said the march would go ahead.`,
			[]wantAttr{{speaker: "Red Falcons", role: "The union's youth wing", text: "the march would go ahead"}}},
		{"a list of names", `Oslo, Bern and Vienna said in a joint note that the talks would resume.`,
			[]wantAttr{{speaker: "Oslo, Bern and Vienna", text: "the talks would resume"}}},
		{"a list after an acronym", `The UK, Chile and Peru said the vote was fair.`,
			[]wantAttr{{speaker: "The UK, Chile and Peru", text: "the vote was fair"}}},
		{"an opening phrase is no list item", `In Lima, Chile and Peru said the vote was fair.`,
			[]wantAttr{{speaker: "Chile and Peru", text: "the vote was fair"}}},
		{"an aside between the cue and that", `The board has claimed, without proof, that the audit was rigged.`,
			[]wantAttr{{speaker: "The board", text: "the audit was rigged"}}},
		{"a participle aside after the subject", `The coach, asked about the injury, said only that "we will see."`,
			[]wantAttr{{speaker: "The coach", text: `"we will see."`}}},
		{"a capitalized role word before the name", `"The vote stands," House Speaker Ann Ruiz said.`,
			[]wantAttr{{speaker: "Ann Ruiz", role: "House Speaker", text: "The vote stands"}}},
		{"demand with an object", `Dock workers demand a new contract before the holiday.`,
			[]wantAttr{{speaker: "Dock workers", cue: "demand", text: "a new contract before the holiday"}}},
		{"a sentence adverb before the subject", `Perhaps the judges will demand more evidence.`,
			[]wantAttr{{speaker: "the judges", text: "more evidence"}}},
		{"a noun in -s after a be-form inside the content", `The new rules, the union said, are demands that no club can meet.`,
			[]wantAttr{{speaker: "the union", text: "The new rules are demands that no club can meet"}}},
		{"a progressive with been", `EU diplomats have been warning against a rushed vote.`,
			[]wantAttr{{speaker: "EU diplomats", cue: "have been warning", text: "against a rushed vote"}}},
		{"an acronym that spells a pronoun", `US negotiators said the text was final.`,
			[]wantAttr{{speaker: "US negotiators", text: "the text was final"}}},
		{"calling for after a comma", `Nurses marched to the ministry, calling for safer staffing levels.`,
			[]wantAttr{{speaker: "Nurses", cue: "calling for", text: "safer staffing levels"}}},
		{"urging with an object", `The coach resigned on Monday, urging the board to rebuild the squad.`,
			[]wantAttr{{speaker: "The coach", cue: "urging", text: "the board to rebuild the squad"}}},
		{"the subject of the clause before the participle", `The vote was delayed as hundreds of farmers gathered outside, calling on the council to act.`,
			[]wantAttr{{speaker: "hundreds of farmers", cue: "calling on", text: "the council to act"}}},
		{"a prepositional phrase before the participle is no clause", `The mayor spoke after the vote, saying the plan had failed.`,
			[]wantAttr{{speaker: "The mayor", text: "the plan had failed"}}},
		{"pointed out", `The auditor, who asked not to be named, pointed out that the accounts were late.`,
			[]wantAttr{{speaker: "The auditor", cue: "pointed out", text: "the accounts were late"}}},
		{"pointing out after a comma", `The coach spoke to reporters, pointing out that two players were injured.`,
			[]wantAttr{{speaker: "The coach", cue: "pointing out", text: "two players were injured"}}},
		{"quoted as saying that and a quotation", `Radio Kyiv quoted a senior aide as saying that "the offer is dead".`,
			[]wantAttr{{speaker: "a senior aide", medium: "Radio Kyiv", kind: "direct", text: "the offer is dead"}}},
		{"made it clear", `The coach made it clear that the captain would stay.`,
			[]wantAttr{{speaker: "The coach", cue: "made it clear", text: "the captain would stay"}}},
		{"quoted by a medium as saying", `Ruiz was quoted by Radio Lima as saying the port would reopen.`,
			[]wantAttr{{speaker: "Ruiz", medium: "Radio Lima", text: "the port would reopen"}}},
		{"spoke of", `The envoy spoke of "real progress" after the meeting.`,
			[]wantAttr{{speaker: "The envoy", cue: "spoke of", text: `"real progress" after the meeting`}}},
		{"took to a platform to say", `Ruiz took to Instagram to say the tour was off.`,
			[]wantAttr{{speaker: "Ruiz", cue: "took to Instagram to say", medium: "Instagram", text: "the tour was off"}}},
		{"an including phrase stays in the content", `The fair, the mayor said, drew many visitors, including a group from Leeds.`,
			[]wantAttr{{speaker: "the mayor", text: "The fair drew many visitors, including a group from Leeds"}}},
		{"according to a source with an appositive", `Short naps help most adults, according to Ida Kray, head of the sleep unit at Leeds, and other doctors.`,
			[]wantAttr{{speaker: "Ida Kray", cue: "according to", text: "Short naps help most adults"}}},
		{"a second appositive opened by one of", `"It is an overreach," Tim Rowe, the attorney general of Ohio, one of the states suing the agency, said on Monday.`,
			[]wantAttr{{speaker: "Tim Rowe", text: "It is an overreach"}}},
		{"I as the subject", `Last spring I argued that the fund was too small.`,
			[]wantAttr{{speaker: "I", mention: "I", text: "the fund was too small"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readAttributions(t, tt.body)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d records, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				checkAttr(t, got[i], w)
			}
		})
	}
}

func checkAttr(t *testing.T, g parley.Attribution, w wantAttr) {
	t.Helper()
	check := func(field, got, want string) {
		if want == "-" {
			want = ""
		} else if want == "" {
			return
		}
		if got != want {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
	check("speaker", g.Speaker, w.speaker)
	check("speaker_mention", g.SpeakerMention, w.mention)
	check("cue", g.Cue, w.cue)
	check("medium", g.Medium, w.medium)
	check("kind", g.Kind, w.kind)
	check("role", g.Role, w.role)
	check("text", g.Text, w.text)
}

func TestSpeakerResolution(t *testing.T) {
	body := strings.Join([]string{
		`Chief mediator Helena Varga met both delegations in Vienna.`,
		`"We are closer than last month," Varga told reporters. "There is a text on the table.`,
		`"It covers pensions and pay, and both sides have seen it."`,
		`She said a text could be ready by Sunday.`,
		`Union leaders, who asked not to be named, said they would wait.`,
		`They said the pension clause was still open.`,
		`The leaders added that a strike remained possible.`,
	}, "\n")
	got := readAttributions(t, body)
	// The quote after "Varga told reporters." joins that record; the
	// paragraph that runs on is a record of its own.
	checkSpeakers(t, got, []string{"Helena Varga", "Helena Varga", "Helena Varga", "Union leaders", "Union leaders", "Union leaders"})
	if len(got[0].Parts) != 2 {
		t.Errorf("the quote after its cue sentence should be the record's second part: %+v", got[0])
	}
	if !got[3].Anonymous {
		t.Errorf("unnamed union leaders should be anonymous")
	}
}

// checkSpeakers checks the records' speakers, in order.
func checkSpeakers(t *testing.T, got []parley.Attribution, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d records, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i].Speaker != w {
			t.Errorf("record %d (%q): speaker %q, want %q", i, got[i].Text, got[i].Speaker, w)
		}
	}
}

func TestNotAttributions(t *testing.T) {
	for _, body := range []string{
		`Speaking to reporters in the capital, Lee said.`,
		`Breaking News: "The port is closed."`,
		`The Big Picture: "A deal is near."`,
		`In a phone call with his Dutch counterpart, the minister toured the port.`,
		`Donors backed a $2bn Norwegian plan to rebuild the port.`,
		`Donors backed an ambitious plan to rebuild the port.`,
		`The union remains firm in its view that wages must rise.`,
		`The new budget adds 4,000 places in nurseries.`,
		`The rebels claimed responsibility for the blast.`,
		`Only a third of the fuel called for under the contract arrived.`,
		`Jo Lane posted a video of the vote.`,
		`Buses run 40 times per day on the coast road.`,
		`Farmers marched outside the ministry demanding cheaper diesel.`,
		`The long delay underscored a deeper weakness in the plan.`,
		`Heavy shelling was reported in the east overnight.`,
		`State media reports of a deal could not be confirmed.`,
		`The United States and Canada are mediating the dispute.`,
		`He did not immediately respond to a request for comment.`,
		`The plan would create a Palestinian state within five years.`,
		`The map shows the new border crossings.`,
		`The mayor called the families of the victims a day after the crash.`,
		`Rescuers found two survivors under the rubble.`,
		`The union has accepted the plan announced by the mayor on Friday.`,
		`One after another, the mills, including the largest, declared bankruptcy.`,
		`"We will see," said on Monday.`,
		`Nina Holt reported from Lagos, and Sam Ortiz from Accra.`,
		`Correction 3 May: This article wrongly reported that 40 wells had run dry.`,
		`Following a hastily called, late meeting, the ministers left without a word to "the press."`,
		`It goes without saying that the port needs money.`,
		`Having said that, the port still needs money.`,
		`It is worth noting that the port lost money.`,
		`Needless to say, the port lost money.`,
		`Both clubs face questions about their accounts.`,
		"The mayor spoke first.\n\nBreaking News: the bridge reopens to traffic on Monday morning.",
		`Ana Ruiz wrote a long letter to the council last spring.`,
		`Dock workers tell a different story.`,
		"The strike went on.\n\n14:05 Port chief says talks will resume\n\nThe strike went on.",
		"The strike went on.\n\nPort chief says \"two berths\" still closed\n\nThe strike went on.",
		`The Coast Gazette reported on the strike last week.`,
		"The mayor spoke first.\n\nCORRECTION: An earlier version of this story gave the wrong date for the vote.",
		"The mayor spoke first.\n\nLive Updates: follow the vote in the city council here.",
		`The vote would settle the most basic question: who pays?`,
		`Her election, and her record since, send a strong signal that change is possible.`,
		`The club went ahead despite repeated warnings from its lawyers that the deal was void.`,
		`The new emissions rules promise to cut costs.`,
		`Voters in swing states are tired of the ads.`,
		`Everything the mayor says is checked twice.`,
		`The mayor called a meeting for Friday.`,
		`The mayor called him on Friday.`,
		`The plan was shielded from any tough questions or follow-ups.`,
		`The council agreed to the new terms.`,
		`The council agreed to send two envoys.`,
		`The mayor believes the report.`,
		`Lopez hopes for a quick vote.`,
		`Members should read the two reports I wrote for the board in that period.`,
		`Critics checked the figures she cited at the hearing on Friday.`,
		`The students spoke about their plans for the summer.`,
		`Officials have been told that the plan failed.`,
		`The new rules are demands that no club can meet.`,
		`He read "The Long Road" to the class.`,
	} {
		if got := readAttributions(t, body); len(got) != 0 {
			t.Errorf("%q: got %+v, want none", body, got)
		}
	}
}

// TestAttributionOffsets proves the offset convention on every record of
// the dev corpus (when it is there) and of the invented cases: the text is
// Text[start:end], or its parts joined by one space.
func TestAttributionOffsets(t *testing.T) {
	bodies := []string{
		`"The door is open," Lopez said, "but it will not stay open for ever."`,
		`Union negotiator Dale Price said on Monday that the offer fell short on pensions.`,
	}
	bodies = append(bodies, devTexts(t)...)
	for _, body := range bodies {
		for _, a := range readAttributions(t, body) {
			checkOffsets(t, body, a.Text, a.Span, a.Parts)
		}
	}
}

func checkOffsets(t *testing.T, body, txt string, sp parley.Span, parts []parley.Span) {
	t.Helper()
	if len(parts) == 0 {
		if body[sp.Start:sp.End] != txt {
			t.Errorf("text[%d:%d] = %q, record text %q", sp.Start, sp.End, body[sp.Start:sp.End], txt)
		}
		return
	}
	var pieces []string
	for _, p := range parts {
		pieces = append(pieces, body[p.Start:p.End])
	}
	if strings.Join(pieces, " ") != txt || parts[0].Start != sp.Start || parts[len(parts)-1].End != sp.End {
		t.Errorf("parts %v do not give back %q", parts, txt)
	}
}

// TestPronounFallsBackToLastNamed: a pronoun with no earlier speaker is the
// person the body named last; a title-case headline names nobody.
func TestNameWithParticleResolves(t *testing.T) {
	got := readAttributions(t, "Trade envoy Samir al-Hakim told reporters that the tariffs would stay. Al-Hakim added that talks would go on.")
	if len(got) != 2 {
		t.Fatalf("got %d records, want 2: %+v", len(got), got)
	}
	for _, a := range got {
		if a.Speaker != "Samir al-Hakim" {
			t.Errorf("%q: speaker %q, want Samir al-Hakim", a.Text, a.Speaker)
		}
	}
}

func TestAnonymousByHeadNoun(t *testing.T) {
	for mention, want := range map[string]bool{
		"a senior official of the ruling party Fidesz": true,
		"a source close to the talks":                  true,
		"officials in Kyiv":                            true,
		"One man in nearby Tamale":                     false,
		"the Reuters/Ipsos poll":                       false,
	} {
		if got := isAnonymous(mention); got != want {
			t.Errorf("isAnonymous(%q) = %v, want %v", mention, got, want)
		}
	}
}

func TestPronounFallsBackToLastNamed(t *testing.T) {
	body := "Harbor Chief Bows To Union Pressure\n\nPort director Helena Varga met the union on Monday.\n\"We will not cut a single job,\" she said."
	a := parley.Article{ID: "t", Text: body, Outlet: "The Daily Ledger", BodyStart: strings.Index(body, "\n\n") + 2}
	got := New(nil).Read(a).Attributions
	if len(got) != 1 || got[0].Speaker != "Helena Varga" || got[0].SpeakerMention != "she" {
		t.Fatalf("got %+v", got)
	}
}

// TestPronounAntecedents checks whom he and she stand for: the person who
// last opened a sentence of narration when that comes after the last
// speaker, never a name inside someone's words, never a person an honorific
// marks with the other gender; a single name after a title is a person.
func TestPronounAntecedents(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // speakers in order
	}{
		{"a subject after an opening conjunction and a title",
			"Port director Helena Varga said the cranes were idle.\n\nBut union steward Jonas Berg disputed that account. In a post on X, he said the cranes had been sabotaged.",
			[]string{"Helena Varga", "Jonas Berg"}},
		{"a subject named after an opening description",
			"Port director Helena Varga said the cranes were idle.\n\nA senior union official, Jonas Berg, went further on Monday. The strike, he said, would go on.",
			[]string{"Helena Varga", "Jonas Berg"}},
		{"media is no he",
			"Port director Helena Varga said the cranes were idle.\n\nAsked about media reports that the port would close, she said no decision had been made.",
			[]string{"Helena Varga", "media", "Helena Varga"}},
		{"a place in an opening phrase is no subject",
			"Port director Helena Varga said the cranes were idle.\n\nIn Port Talbot, Jonas Berg waited on the quay.\n\n\"Nobody told us,\" he said.",
			[]string{"Helena Varga", "Jonas Berg"}},
		{"a subject after an opening phrase",
			"Mayor Jonas Berg said the cranes were idle.\n\nHarbour pilot Ivan Petrov said the fog had lifted.\n\nOn local radio on Friday, Berg struck back. \"Nobody told us,\" he said.",
			[]string{"Jonas Berg", "Ivan Petrov", "Jonas Berg"}},
		{"narration subject after a speaker",
			"Port director Helena Varga said the cranes were idle.\n\nHarbour pilot Jonas Berg reached the quay at dawn.\n\n\"Nobody told us,\" he said.",
			[]string{"Helena Varga", "Jonas Berg"}},
		{"a subject with an appositive",
			"Helena Varga said the cranes were idle.\n\nMarta Quist, a crane driver, rarely gives interviews.\n\n\"We just wait,\" she said.",
			[]string{"Helena Varga", "Marta Quist"}},
		{"a name inside the quote is no subject",
			"Helena Varga said: \"Jonas Berg came late. Nobody waited.\"\n\nShe added that the cranes were idle.",
			[]string{"Helena Varga", "Helena Varga"}},
		{"the honorific marks the other gender",
			"Jonas Berg said the cranes were idle.\n\nMrs. Quist reached the quay at dawn.\n\n\"Nobody told us,\" he said.",
			[]string{"Jonas Berg", "Jonas Berg"}},
		{"a possessive opening is no subject",
			"Jonas Berg said the cranes were idle.\n\nHis Harbour Union colleagues left early.\n\n\"Nobody told us,\" he said.",
			[]string{"Jonas Berg", "Jonas Berg"}},
		{"a single name after a title",
			"Sheikh Khalid bin Saad Al Nuaimi opened the port on Monday.\n\nSheikh Khalid said the cranes would run all night.",
			[]string{"Khalid bin Saad Al Nuaimi"}},
		{"a title to the person named under it",
			"Harbour Minister Ola Dahl toured the quay. Transport Minister Ana Ruiz stayed away.\n\nThe harbour minister said the cranes would run all night.",
			[]string{"Ola Dahl"}},
		{"a title to the last speaker under it, all its words",
			"Transport Minister Ana Ruiz said the trains were late. Harbour Minister Ola Dahl said the quay was ready.\n\nThe transport minister added that fares would not rise.",
			[]string{"Ana Ruiz", "Ola Dahl", "Ana Ruiz"}},
		{"a part of a title heads none",
			"Secretary of State Ana Ruiz toured the quay.\n\nThe state said the cranes would run all night.",
			[]string{"The state"}},
		{"one of several sources is a he or a she",
			"One of the pilots said the cranes were idle.\n\n\"We wait and wait,\" she said.",
			[]string{"One of the pilots", "One of the pilots"}},
		{"a name that opens the text",
			"Marta Quist reached the quay at dawn. Mr. Berg came later.\n\n\"We just wait,\" she said.",
			[]string{"Marta Quist"}},
		{"an honorific before a full name marks a gender",
			"Mrs. Marta Quist reached the quay at dawn. Jonas Berg came later.\n\n\"Nobody told us,\" he said.",
			[]string{"Jonas Berg"}},
		{"an honorific before a full name skips the other gender",
			"Ann Holm said the cranes were idle.\n\nMr. Jonas Berg reached the quay at dawn.\n\n\"We just wait,\" she said.",
			[]string{"Ann Holm", "Ann Holm"}},
		{"it skips an unnamed person",
			"The Harbour Relief Fund said stocks were low. An official at the fund said the roads were shut. Fuel prices doubled, it said.",
			[]string{"The Harbour Relief Fund", "An official at the fund", "The Harbour Relief Fund"}},
		{"it skips a named person",
			"The Harbour Relief Fund said stocks were low. \"We cannot reach the island,\" said Ola Dahl, a driver. Fuel prices doubled, it said.",
			[]string{"The Harbour Relief Fund", "Ola Dahl", "The Harbour Relief Fund"}},
		{"a titled surname is a person a pronoun can stand for",
			"The union met on Monday.\n\n\"We are ready,\" Berg said.\n\nMayor Berg spoke for an hour. He said the cranes would run all night.",
			[]string{"Berg", "Berg"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeakers(t, readAttributions(t, tt.body), tt.want)
		})
	}
}

// TestOrgAndChannelFromPacks checks what the packs add to a record: the
// organisation is a party's name or body written in the mention, never a
// known person's name or a party alias; a platform named after "on" is the
// medium when the packs know it.
func TestOrgAndChannelFromPacks(t *testing.T) {
	set := load(t, "gaza-2024")
	tests := []struct {
		body, org, medium string
	}{
		{"White House spokesperson Ann Park said the envoy would travel on Sunday.", "White House", ""},
		{"Government spokesman David Mencer said the delegation had not left.", "", ""},
		{"The group said it had received the paper.", "", ""},
		{"Hamas politburo member Adel Saleh said the paper was under study.", "Hamas politburo", ""},
		{"The Iran-backed militia said it had fired at a patrol.", "", ""},
		{"National Security Council spokesman Tom Roe said the envoy would travel.", "", ""},
		{"U.N. spokesman Tom Roe said the convoy had been stopped.", "U.N.", ""},
		{"An Israeli official said the delegation had not left.", "Israeli", ""},
		{`"We are ready," the envoy wrote on Telegram.`, "", "Telegram"},
		{"The envoy said on Monday that the paper was under study.", "", ""},
		{`"We are ready," the envoy said in a post on X.`, "", "X"},
	}
	for _, tt := range tests {
		got := findAttributions(docFor(t, set, tt.body))
		if len(got) != 1 {
			t.Errorf("%q: %d records, want 1", tt.body, len(got))
			continue
		}
		if got[0].Org != tt.org || got[0].Medium != tt.medium {
			t.Errorf("%q: org %q, medium %q; want %q, %q", tt.body, got[0].Org, got[0].Medium, tt.org, tt.medium)
		}
	}
}

// TestPronounToKnownSurname: a surname alone that the packs know as a
// person's is what "he" refers back to, not an earlier description.
func TestPronounToKnownSurname(t *testing.T) {
	body := "Talks stall\n\nAn official told Radio Nord the talks had stalled.\n\nHamdan, speaking from Beirut, said the ball was in their court.\n\nHe went on to say that the talks had failed."
	got := findAttributions(docFor(t, load(t, "gaza-2024"), body))
	if len(got) != 3 || got[2].Speaker != "Hamdan" || got[2].Medium != "" {
		t.Fatalf("got %+v, want the third record by Hamdan with no medium", got)
	}
}

func TestIsAnonymous(t *testing.T) {
	tests := []struct {
		mention string
		want    bool
	}{
		{"A diplomat briefed on the talks", true},
		{"Two senior officials involved in the negotiations", true},
		{"One of the officials", true},
		{"a source close to the board", true},
		{"The mayor of Dayton", false},
		{"Residents of the town", false},
	}
	for _, tt := range tests {
		if got := isAnonymous(tt.mention); got != tt.want {
			t.Errorf("isAnonymous(%q) = %v, want %v", tt.mention, got, tt.want)
		}
	}
}

// TestSingleQuoted checks which articles quote in single marks: more single
// opening marks than double marks, and at least two.
func TestSingleQuoted(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{`'We will vote,' she said. 'Then we go home.'`, true},
		{"‘We will vote,’ she said. ‘Then we go home.’", true},
		{`"We will vote," she said, calling it 'a duty'.`, false},
		{`''We will vote,'' she said. ''Then we go home.''`, false},
		{`She said the dockers' union would vote.`, false},
	}
	for _, tt := range tests {
		if got := singleQuoted(tt.in); got != tt.want {
			t.Errorf("singleQuoted(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
