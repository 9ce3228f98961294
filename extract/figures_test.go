package extract

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/parley-news/parley"
	"github.com/parley-news/parley/text"
)

// figuresIn reads the figures of an article whose text is s.
func figuresIn(s string) []parley.Figure {
	a := parley.Article{Text: s}
	d := &Doc{Article: &a, Text: s, Paras: text.Paragraphs(s), Sents: text.Sentences(s)}
	return findFigures(d)
}

func TestFindFigures(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		value     float64
		qualifier string
		unit      string
		measure   string
		text      string
	}{
		{"numeral", "Rescuers said 2,340 people had been killed in the strikes.", 2340, parley.Exact, "people", "killed", "2,340 people"},
		{"riyals by the sign written onto the numeral", "The kingdom pledged SR450 million to the appeal.", 4.5e8, parley.Exact, "sar", "aid", "SR450 million"},
		{"dirhams by the sign written onto the numeral", "The emirate gave Dh90 million for shelters.", 9e7, parley.Exact, "aed", "", "Dh90 million"},
		{"a toll that surpassed a number is at least it", "The flood toll in the valley surpassed 1,200 on Monday.", 1200, parley.AtLeast, "people", "killed", "1,200"},
		{"a toll that passed a number is at least it", "By Friday the quake's death toll had passed 3,100.", 3100, parley.AtLeast, "people", "killed", "3,100"},
		{"what a parliament passed is counted exactly", "The assembly passed 14 amendments to the budget.", 14, parley.Exact, "amendments", "", "14 amendments"},
		{"bodies passed on are counted exactly", "The militia passed 6 bodies to the Red Crescent.", 6, parley.Exact, "people", "killed", "6 bodies"},
		{"a toll that hadn't passed a number is no at least", "The toll in the camp hadn't passed 90 by Friday.", 90, parley.Exact, "people", "killed", "90"},
		{"a toll that has not yet exceeded a number is no at least", "The weekly toll has not yet exceeded 75 this month.", 75, parley.Exact, "people", "killed", "75"},
		{"over years after a verb of spreading is exact", "The repayments are spread over six years.", 6, parley.Exact, "years", "duration", "six years"},
		{"delivered over a number is still at least", "The agency delivered over 900 tons of flour.", 900, parley.AtLeast, "tons", "aid", "over 900 tons"},
		{"or more after a sum is at least", "Fines of $9,000 or more apply.", 9000, parley.AtLeast, "usd", "", "$9,000"},
		{"perhaps before a sum is approximate", "The repair bill is perhaps $80 million.", 80000000, parley.Approx, "usd", "", "perhaps $80 million"},
		{"near before a number is a preposition", "Strikes hit homes near two hospitals.", 2, parley.Exact, "hospitals", "", "two hospitals"},
		{"or more than a share does not bound the figure", "The blast killed 12 people or more than half the family.", 12, parley.Exact, "people", "killed", "12 people"},
		{"over a span of days of something is at least", "The agency delivered over 30 days of rations.", 30, parley.AtLeast, "days", "duration", "over 30 days"},
		{"a negation on the subject leaves the verb's at least", "The number of residents not evacuated exceeded 3,000.", 3000, parley.AtLeast, "people", "", "3,000"},
		{"a toll that never exceeded a number is no at least", "The weekly toll never exceeded 120 in May.", 120, parley.Exact, "people", "killed", "120"},
		{"a bare count before who", "Turnout fell short of the 187,000 who voted in May.", 187000, parley.Exact, "people", "", "187,000"},
		{"a crowd of a bare count", "A crowd of about 8,000 filled the square.", 8000, parley.Approx, "people", "", "about 8,000"},
		{"a role noun counts people", "Some 160,000 performers walked out on Monday.", 160000, parley.Approx, "people", "", "Some 160,000 performers"},
		{"lawmakers by their title", "At least 40 MKs signed the motion.", 40, parley.AtLeast, "people", "", "At least 40 MKs"},
		{"decimal and scale", "The agency said 1.9 million residents had fled their homes.", 1.9e6, parley.Exact, "people", "displaced", "1.9 million residents"},
		{"bare count after displacing", "The floods displaced 2.4 million along the river.", 2.4e6, parley.Exact, "people", "displaced", "2.4 million"},
		{"bare count that fled", "Since June, 640,000 have fled to Chad.", 640000, parley.Exact, "people", "displaced", "640,000 have fled"},
		{"a count before the size of each thing counted", "The army received 900 1,000-pound bombs last month.", 900, parley.Exact, "bombs", "", "900 1,000-pound bombs"},
		{"the age of a blockade is a duration", "The 14-month-old blockade has emptied the shelves.", 14, parley.Exact, "months", "duration", "14-month-old"},
		{"villagers are people", "Floods cut off 300 villagers in the valley.", 300, parley.Exact, "people", "", "300 villagers"},
		{"a family of a number counts people whatever follows", "A family of seven shares one room in the camp.", 7, parley.Exact, "people", "", "seven"},
		{"a population of a number counts people", "The island has a population of 1.3 million.", 1300000, parley.Exact, "people", "", "1.3 million"},
		{"the age of a war before a dash is a duration", "The nine-month-old siege — the longest yet — has emptied the shelves.", 9, parley.Exact, "months", "duration", "nine-month-old"},
		{"bare count that died", "Nearly 90 have died in the camps.", 90, parley.Approx, "people", "killed", "Nearly 90 have died"},
		{"defenders are people", "Another 22 of the town's defenders were freed.", 22, parley.Exact, "people", "released", "22 of the town's defenders"},
		{"one person freed", "The rebels freed one Danish engineer on Friday.", 1, parley.Exact, "people", "released", "one Danish engineer"},
		{"one day added", "The deal would add one day to the curfew.", 1, parley.Exact, "days", "duration", "one day"},
		{"countries counted", "Envoys from 40 countries signed the appeal.", 40, parley.Exact, "countries", "", "40 countries"},
		{"currency", "Washington pledged $3bn in aid for the reconstruction.", 3e9, parley.Exact, "usd", "aid", "$3bn"},
		{"currency word", "The fund received 40 million dollars last year.", 40e6, parley.Exact, "usd", "", "40 million dollars"},
		{"money after a named recipient", "The bank lent Ghana $750 million in March.", 750e6, parley.Exact, "usd", "", "$750 million"},
		{"a range spelled then in digits", "Repairs will take three to 12 months.", 3, parley.Approx, "months", "duration", "three to 12 months"},
		{"number word", "Negotiators met for nine hours on Sunday.", 9, parley.Exact, "hours", "duration", "nine hours"},
		{"kin are people", "The boat carried three brothers and their uncle.", 3, parley.Exact, "people", "", "three brothers"},
		{"loved ones are people", "Sixty of our loved ones are still missing.", 60, parley.Exact, "people", "", "Sixty of our loved ones"},
		{"cases of a disease", "Clinics logged 12,000 cases of measles.", 12000, parley.Exact, "cases", "", "12,000 cases"},
		{"compound words", "Officials said over forty two thousands Syrians were killed and injured.", 42000, parley.AtLeast, "people", "killed", "over forty two thousands Syrians"},
		{"a million", "Nearly a million civilians are sheltering in the south.", 1e6, parley.Approx, "people", "displaced", "Nearly a million civilians"},
		{"hyphenated numeral", "The mediators proposed a 30-day truce.", 30, parley.Exact, "days", "duration", "30-day"},
		{"hyphenated word", "The delegations ended a five-day visit.", 5, parley.Exact, "days", "duration", "five-day"},
		{"hyphenated long", "They agreed on a three-week-long pause.", 3, parley.Exact, "weeks", "duration", "three-week-long"},
		{"a quotation between the number and its noun", `The strikes killed "more than 2,000" people, the agency said.`, 2000, parley.AtLeast, "people", "killed", `more than 2,000" people`},
		{"an acronym before the noun", "Eight UK nationals were among the crew.", 8, parley.Exact, "people", "", "Eight UK nationals"},
		{"a weekday before the number", "The rebels freed on Sunday four Danish engineers.", 4, parley.Exact, "people", "released", "four Danish engineers"},
		{"cubic metres", "The plant pumps about 9,000 cubic metres a day.", 9000, parley.Approx, "cubic metres", "", "about 9,000 cubic metres"},
		{"number restated in brackets", "The pause would run for thirty (30) days.", 30, parley.Exact, "days", "duration", "thirty (30) days"},
		{"wire abbreviation", "Exports fell to about 2.3 mln barrels.", 2.3e6, parley.Approx, "barrels", "", "about 2.3 mln barrels"},
		{"range in one token", "Between 1.3-1.6 million people are in the city.", 1.3e6, parley.Approx, "people", "", "1.3-1.6 million people"},
		{"range in words", "The pause could last two to three weeks.", 2, parley.Approx, "weeks", "duration", "two to three weeks"},
		{"at least", "At least 48 people were wounded in the raid.", 48, parley.AtLeast, "people", "injured", "At least 48 people"},
		{"more than", "The strike killed more than 90 civilians.", 90, parley.AtLeast, "people", "killed", "more than 90 civilians"},
		{"over", "Over 300 trucks waited at the crossing.", 300, parley.AtLeast, "trucks", "aid", "Over 300 trucks"},
		{"up to", "The plan lets up to 600 lorries cross each day.", 600, parley.AtMost, "trucks", "aid", "up to 600 lorries"},
		{"less than", "Less than 20 hostages were freed that week.", 20, parley.AtMost, "people", "released", "Less than 20 hostages"},
		{"no more than", "No more than 20 hostages were freed that week.", 20, parley.AtMost, "people", "released", "No more than 20 hostages"},
		{"just over", "Just over 300 trucks crossed on Sunday.", 300, parley.AtLeast, "trucks", "aid", "Just over 300 trucks"},
		{"about", "The group still holds about 110 captives.", 110, parley.Approx, "people", "kidnapped", "about 110 captives"},
		{"nearly", "Nearly 4,000 fighters remain in the city.", 4000, parley.Approx, "people", "fighters", "Nearly 4,000 fighters"},
		{"after a colon", "The exchange has a fixed ratio: 12 prisoners for each sailor.", 12, parley.Exact, "people", "", "12 prisoners"},
		{"money in a year", "The port lost $40 million in 2019.", 40e6, parley.Exact, "usd", "", "$40 million"},
		{"a phrasal over", "The rebels handed over 12 captives on Monday.", 12, parley.Exact, "people", "released", "12 captives"},
		{"within", "Troops must leave within 45 days.", 45, parley.AtMost, "days", "duration", "within 45 days"},
		{"as much as", "The fund could reach as much as $80 billion.", 80e9, parley.AtMost, "usd", "", "as much as $80 billion"},
		{"one with a qualifier", "The call lasted about one hour.", 1, parley.Approx, "hours", "duration", "about one hour"},
		{"rubles", "Moscow paid 2.5 billion rubles for the grain.", 2.5e9, parley.Exact, "rub", "", "2.5 billion rubles"},
		{"seafarers", "Six seafarers were freed on Monday.", 6, parley.Exact, "people", "released", "Six seafarers"},
		{"monitors", "The mission sent 20 monitors to the border.", 20, parley.Exact, "people", "", "20 monitors"},
		{"of our", "Forty of our sailors came home on Friday.", 40, parley.Exact, "people", "", "Forty of our sailors"},
		{"riyal code", "Doha pledged QR 120 million for the schools.", 120e6, parley.Exact, "qar", "aid", "QR 120 million"},
		{"pound code", "Cairo set aside EGP 3 billion for the port.", 3e9, parley.Exact, "egp", "", "EGP 3 billion"},
		{"pounds of a country", "The port cost 900 million Egyptian pounds to build.", 900e6, parley.Exact, "egp", "cost", "900 million Egyptian pounds"},
		{"dirhams", "Abu Dhabi sent 25 million dirhams for the clinics.", 25e6, parley.Exact, "aed", "", "25 million dirhams"},
		{"clergy count people", "Some 300 rabbis and imams signed the appeal.", 300, parley.Approx, "people", "", "Some 300 rabbis"},
		{"a party's members before a verb", "Twenty-two Democrats voted against the budget.", 22, parley.Exact, "people", "", "Twenty-two Democrats"},
		{"aircraft", "Four Jordanian aircraft dropped food over the coast.", 4, parley.Exact, "aircraft", "", "Four Jordanian aircraft"},
		{"companions", "Each patient may travel with up to 2 companions.", 2, parley.AtMost, "people", "", "up to 2 companions"},
		{"and a half before a time unit", "The vote took two and a half hours.", 2.5, parley.Exact, "hours", "duration", "two and a half hours"},
		{"kilograms abbreviated", "The site holds about 90 kg of uranium.", 90, parley.Approx, "kilograms", "", "about 90 kg"},
		{"a person noun before the counted noun", "The bloc's 31 member states signed the text.", 31, parley.Exact, "states", "", "31 member states"},
		{"a person noun before a person noun", "All 19 crew members were rescued.", 19, parley.Exact, "people", "", "19 crew members"},
		{"people serving sentences", "Among those freed were 14 serving long jail terms.", 14, parley.Exact, "people", "released", "14 serving long jail terms"},
		{"yuan", "Beijing set aside 3.5 trillion yuan for the plan.", 3.5e12, parley.Exact, "cny", "", "3.5 trillion yuan"},
		{"crore", "The state pledged Rs 250 crore in relief.", 2.5e9, parley.Exact, "inr", "aid", "Rs 250 crore"},
		{"a currency code written onto the numeral", "The council approved NIS40m for the shelters.", 40e6, parley.Exact, "ils", "", "NIS40m"},
		{"rand", "The province sent 12 million rand in relief.", 12e6, parley.Exact, "zar", "aid", "12 million rand"},
		{"lakh", "Some 2 lakh people fled the floods.", 200000, parley.Approx, "people", "displaced", "Some 2 lakh people"},
		{"inhabitants are people", "The town's 18,000 inhabitants have no water.", 18000, parley.Exact, "people", "", "18,000 inhabitants"},
		{"a unit written onto the numeral", "The site holds about 90kg of uranium.", 90, parley.Approx, "kilograms", "", "about 90kg"},
		{"a possessive count", "Relatives of 14 sailors' crews were told.", 14, parley.Exact, "people", "", "14 sailors'"},
		{"martyrs", "The ministry said 310 martyrs were buried this week.", 310, parley.Exact, "people", "killed", "310 martyrs"},
		{"the number of a noun reaching a level", "The number of detainees now exceeds 4,100.", 4100, parley.AtLeast, "people", "", "4,100"},
		{"officials harmed", "A drone strike killed 11 officials of the water authority.", 11, parley.Exact, "people", "killed", "11 officials"},
		{"diplomats held", "Two diplomats were detained at the airport.", 2, parley.Exact, "people", "arrested", "Two diplomats"},
		{"around", "Around 75 Canadians were evacuated.", 75, parley.Approx, "people", "", "Around 75 Canadians"},
		{"some", "In return some 310 Palestinian detainees were released.", 310, parley.Approx, "people", "released", "some 310 Palestinian detainees"},
		{"modifiers before the noun", "The convoy of 14 United Nations food lorries arrived.", 14, parley.Exact, "trucks", "aid", "14 United Nations food lorries"},
		{"adjectives joined by and", "The deal freed 57 Thai and Nepali workers.", 57, parley.Exact, "people", "released", "57 Thai and Nepali workers"},
		{"thing counted", "Donors sent 12,000 blankets to the camps.", 12000, parley.Exact, "blankets", "", "12,000 blankets"},
		{"arrests", "Police reported 17 arrests at the rally.", 17, parley.Exact, "arrests", "arrested", "17 arrests"},
		{"object of a verb", "Gunmen stormed the town, killing 640 and abducting others.", 640, parley.Exact, "people", "killed", "640"},
		{"passive", "Medics said 85 had been wounded overnight.", 85, parley.Exact, "people", "injured", "85 had been wounded"},
		{"one day as a length of time", "Each swap extends the pause by one day.", 1, parley.Exact, "days", "duration", "one day"},
		{"more before the noun", "The swap would free 30 more prisoners.", 30, parley.Exact, "people", "released", "30 more prisoners"},
		{"passive with an adverb", "Another 1.2 million are internally displaced.", 1.2e6, parley.Exact, "people", "displaced", "1.2 million are internally displaced"},
		{"what a bare count faces", "Aid is short, and 640,000 are facing famine.", 640000, parley.Exact, "people", "hunger", "640,000 are facing famine"},
		{"a count after a possessive name", "Nearly half of Haiti's 11.4 million people need aid.", 11.4e6, parley.Exact, "people", "", "11.4 million people"},
		{"a part of a possessive whole", "Only 12 of the province's clinics are open.", 12, parley.Exact, "clinics", "", "12 of the province's clinics"},
		{"death toll", "The death toll rose to 31,500 on Monday.", 31500, parley.Exact, "people", "killed", "31,500"},
		{"months of war", "Talks resumed after seven months of war.", 7, parley.Exact, "months", "duration", "seven months"},
		{"a dozen", "A dozen hostages were handed over.", 12, parley.Exact, "people", "released", "A dozen hostages"},
		{"year-like count", "Police said 2000 protesters gathered.", 2000, parley.Exact, "people", "", "2000 protesters"},
		{"half a million", "Half a million residents have fled the city.", 500000, parley.Exact, "people", "displaced", "Half a million residents"},
		{"money for aid", "Norway pledged 250 million euros for the relief effort.", 250e6, parley.Exact, "eur", "aid", "250 million euros"},
		{"money for damage", "The storm caused an estimated $4.2 billion in damage.", 4.2e9, parley.Approx, "usd", "damage", "an estimated $4.2 billion"},
		{"money of no stated purpose", "The firm faces a $3.1 billion tax bill.", 3.1e9, parley.Exact, "usd", "", "$3.1 billion"},
		{"scale in a hyphen", "Congress passed a 26-billion-dollar package.", 26e9, parley.Exact, "usd", "", "26-billion-dollar"},
		{"capitalised plural", "Officials said 70 Bedouins were evacuated.", 70, parley.Exact, "people", "", "70 Bedouins"},
		{"noun of persons", "The blast wounded 14 technicians at the plant.", 14, parley.Exact, "people", "injured", "14 technicians"},
		{"one killed", "One soldier was killed in the ambush.", 1, parley.Exact, "people", "killed", "One soldier"},
		{"between and", "Between 700 and 900 prisoners would go free.", 700, parley.Approx, "people", "released", "700 and 900 prisoners"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			figs := figuresIn(tt.in)
			if len(figs) != 1 {
				t.Fatalf("%q: got %d figures %+v, want 1", tt.in, len(figs), figs)
			}
			f := figs[0]
			if f.Value != tt.value || f.Qualifier != tt.qualifier || f.Unit != tt.unit || f.Measure != tt.measure || f.Text != tt.text {
				t.Errorf("%q:\n got %v %s %s %q %q\nwant %v %s %s %q %q", tt.in,
					f.Value, f.Qualifier, f.Unit, f.Measure, f.Text, tt.value, tt.qualifier, tt.unit, tt.measure, tt.text)
			}
			if tt.in[f.Start:f.End] != f.Text {
				t.Errorf("span %d:%d is %q, text %q", f.Start, f.End, tt.in[f.Start:f.End], f.Text)
			}
		})
	}
}

func TestFindFiguresExclusions(t *testing.T) {
	tests := []struct{ name, in string }{
		{"date day first", "The attack on 9 March shocked the region."},
		{"a riyal sign apart from its numeral may be a road", "The convoy took SR 60 north to the port."},
		{"a riyal sign onto a small bare number is a road", "Crews closed SR520 near the coast for a day."},
		{"a capital DH onto a number is an aircraft", "A restored DH9 flew over the harbour."},
		{"an age after at before a gathering verb", "Jon Berg, who at 54 attended every rally, said the port would close."},
		{"a fraction", "That is three quarters of the town."},
		{"cases as instances", "In two cases the ferries turned back."},
		{"the two countries already named", "The two countries signed the pact."},
		{"one of a group freed", "One of the engineers was freed on Friday."},
		{"one day as a time", "One day the border will open."},
		{"date month first", "The talks opened on March 9 in Doha."},
		{"abbreviated month", "They have been held since Oct. 7 in tunnels."},
		{"date range", "Ramadan begins on 11 or 12 March this year."},
		{"year", "The war that began in 2023 goes on."},
		{"year before a noun", "They demand a return to the 1967 borders."},
		{"time of day", "The truce starts at 10:30 on Friday."},
		{"clock", "The curfew begins at 9 pm sharp."},
		{"clock written onto the numeral", "The curfew begins at 9pm sharp."},
		{"a decade", "Talks like these failed in the 1990s and again in the 2000s."},
		{"an ordinal written onto the numeral", "The 7th round opens in Doha."},
		{"a distance written onto the numeral", "The buffer zone runs 15km into the strip."},
		{"age under", "Boys under 16 years of age would go free first."},
		{"age aged", "Detainees aged 60 and above would be released."},
		{"age of", "Only men past the age of 55 could cross."},
		{"age hyphen", "A three-month-old baby died of hunger."},
		{"a temperature", "The heat rose above 40 degrees in the tents."},
		{"ordinal", "The 3rd round of talks ended without a deal."},
		{"ordinal word", "The second phase would follow later."},
		{"resolution", "They cited Resolution 2334 in the statement."},
		{"channel", "He spoke to Israel's Channel 14 on Monday."},
		{"group of", "Leaders of the Group of 20 met in Brazil."},
		{"label word", "The withdrawal comes in phase two of the deal."},
		{"dozens", "Dozens of captives could be swapped."},
		{"hundreds", "The army said hundreds of fighters were in the tunnels."},
		{"several hundred", "They would swap several hundred prisoners."},
		{"thousands", "Tens of thousands of demonstrators filled the square."},
		{"plan hyphen", "The mediators drafted a three-phase deal."},
		{"plan stage", "Cairo laid out a five-stage framework."},
		{"plan parts", "The text rests on four principles and three phases."},
		{"percent sign", "Deliveries rose by 40% last week."},
		{"percent word", "Prices rose 12 percent in a month."},
		{"per cent", "Turnout fell to 30 per cent."},
		{"two sides", "Gaps remain between the two sides."},
		{"the one who", "She is the one who signed the deal."},
		{"one as pronoun", "One of the mediators left the room."},
		{"one day", "One day they will all come home."},
		{"multiplier", "The offer was worth 10 times the earlier one."},
		{"counted speakers", "Two sources told the agency the deal was near."},
		{"title case", "Police Fire 41 Shots At Suspect"},
		{"people as sources", "Two people familiar with the talks described the draft."},
		{"people who said", "Three people said the envoy had left."},
		{"officials who speak", "Two officials in Amman said the crossing was shut."},
		{"officials who attend", "Four diplomats from Oslo attended the briefing."},
		{"fraction", "The attacks of 9/11 changed the region."},
		{"bare number", "He said 12 was his lucky number."},
		{"rounds held", "The delegations have held five rounds of talks."},
		{"plural age", "Two 20-year-olds were among the captives."},
		{"an age before a person's job", "A 34-year-old government clerk was hurt."},
		{"rank selection", "The three largest unions backed the strike."},
		{"rank selection possessive", "It is the region's two main ports."},
		{"one in four", "Only one in four voters backs the plan."},
		{"nine of 10", "Polls show nine of 10 voters back the deal."},
		{"eight out of 10", "Eight out of 10 residents have fled."},
		{"age apposition", "Sinwar, 61, is believed to be in the tunnels."},
		{"a time on the 24-hour clock", "The truce takes effect from 1700 hours on Saturday."},
		{"bracketed count after a noun", "The remaining captives (19) were not named."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if figs := figuresIn(tt.in); len(figs) != 0 {
				t.Errorf("%q: got %+v, want no figure", tt.in, figs)
			}
		})
	}
}

func TestFindFiguresInContext(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // "value unit" of each figure, in order
	}{
		{"a shilling sign is Kenya's unless the article names another country", "The county spent Sh4.5 billion on roads, about Sh300 million a month.",
			[]string{"4500000000 kes", "300000000 kes"}},
		{"a model number in capitals is no shilling", "The SH60 helicopter carried 12 soldiers.",
			[]string{"12 people"}},
		{"a shilling sign in a Tanzanian story", "Tanzania's port authority set aside Sh80 billion for new cranes.",
			[]string{"80000000000 tzs"}},
		{"a shared rupee sign takes the currency of the country the article names", "Pakistan's cabinet approved Rs250 million for relief. Pakistani flights carried 30 tonnes of tents and 5 million Indian rupees of medicine.",
			[]string{"250000000 pkr", "30 tonnes", "5000000 inr"}},
		{"a summit's number and a capitalised currency name are no money", "At the COP26 summit, 40 countries signed. A 2019 Rand study found 300 ports at risk.",
			[]string{"40 countries", "300 ports"}},
		{"shillings of the country the article names", "Kenya's treasury set aside 80 million shillings for the camps.",
			[]string{"80000000 kes"}},
		{"of them takes the last unit", "The army said 21 soldiers were hurt, four of them badly.",
			[]string{"21 people", "4 people"}},
		{"a count that leaves out the noun of the one before", "The ferries carried 900 passengers on Monday and 1,400 on Tuesday.",
			[]string{"900 people", "1400 people"}},
		{"a range of ages after a count is no change from it", "The 300 volunteers, aged from 18 to 65, cleaned the beach.",
			[]string{"300 people"}},
		{"a change after had", "The number of shelters had fallen from more than 900 to fewer than 100.",
			[]string{"900 shelters", "100 shelters"}},
		{"of which and another take the count before", "The navy tracked 60 boats, of which 12 were seized and another 9 turned back.",
			[]string{"60 boats", "12 boats", "9 boats"}},
		{"a passive count opening the next sentence", "The rebels fired 40 shells at the port. 31 were shot down.",
			[]string{"40 shells", "31 shells"}},
		{"the end of a change from a count", "Ferry crossings fell from 120 trips in March to fewer than 30 in May.",
			[]string{"120 trips", "30 trips"}},
		{"the number of things from one level to another", "The number of tents rose from about 800 to more than 2,000.",
			[]string{"800 tents", "2000 tents"}},
		{"a crowd estimated at a count, and a count who gathered", "Police estimated the crowd at about 3,000. More than 5,000 marched the next day.",
			[]string{"3000 people", "5000 people"}},
		{"a day after a date is no elided count", "The town freed 90 prisoners on January 19 and 20.",
			[]string{"90 people"}},
		{"ages in a list of names are no count", "The rescuers found two climbers, Ada Lind, 34, and Per Holm, 41, on the ridge.",
			[]string{"2 climbers"}},
		{"votes for, against and abstaining", "The board passed it with nine members in favour, two against and one abstaining.",
			[]string{"9 people", "2 people"}},
		{"predicate takes the last unit", "On average 140 trucks crossed a day in May. The average was 95 in June.",
			[]string{"140 trucks", "95 trucks"}},
		{"same value and unit once", "A 45-day truce was proposed. The 45-day pause would free 30 hostages.",
			[]string{"45 days", "30 people"}},
		{"same value, other unit", "They want 40 days of calm and 40 hostages.",
			[]string{"40 days", "40 people"}},
		{"a bare count still held after an of-phrase", "Of the 251 sailors seized, 111 are still held in the hills.",
			[]string{"251 people", "111 people"}},
		{"of whom takes the last unit", "Gunmen seized 90 people, 20 of whom were later freed.",
			[]string{"90 people", "20 people"}},
		{"of them after a refused count", "The draft has 18 clauses, and the reply amended 11 of them. It came after 40 hostages were freed.",
			[]string{"40 people"}},
		{"part of a whole", "Hamas freed 40 of 130 hostages.", []string{"40 people", "130 people"}},
		{"of them past a length of time", "About 300 lorries a day would cross in the 30-day pause, 40 of them carrying fuel.", []string{"300 trucks", "30 days", "40 trucks"}},
		{"of those released", "The rebels freed 90 captives; 60 of those released were soldiers and 12 were being deported.", []string{"90 people", "60 people", "12 people"}},
		{"a bare count that is dead", "Of the 90 captives still held, at least 25 are dead.", []string{"90 people", "25 people"}},
		{"of whom a bare count", "Some 60 fishermen are missing, of whom 12 are believed to be alive.", []string{"60 people", "12 people"}},
		{"a partitive with no noun", "At least 14 of the 52 are no longer alive.", []string{"14 people", "52 people"}},
		{"a bare count serving sentences", "The rebels freed 80 prisoners; 30 were serving life sentences.", []string{"80 people", "30 people"}},
		{"count of a count", "The plan has three 45-day stages.", []string{"45 days"}},
		{"date next to a figure", "Since 7 October, 1,150 people have been killed.", []string{"1150 people"}},
		{"headline and body", "Strikes kill 27 in Rafah\nStrikes killed 27 people in Rafah on Monday.", []string{"27 people"}},
		{"a bare count of the same things", "The navy fired 14 missiles; four were intercepted.", []string{"14 missiles", "4 missiles"}},
		{"a bare count with a verb in the active", "The navy fired 14 missiles and nine hit the port.", []string{"14 missiles"}},
		{"including a part", "The navy downed 120 drones, including 35 over the capital.", []string{"120 drones", "35 drones"}},
		{"a part that remains", "Of 64 sailors seized, 20 remain at sea.", []string{"64 people", "20 people"}},
		{"a part of the same number", "Of the 30 crew, eight of the 30 are ill.", []string{"30 people", "8 people"}},
		{"a possessor counted", "Storms hit the two regions' ports.", nil},
		{"a compound noun", "Police found 12 arms depots.", []string{"12 depots"}},
		{"shells of a weapon", "The army fired two tank rounds at the post.", []string{"2 rounds"}},
		{"rounds of talks", "The delegations have held two rounds of talks.", nil},
		{"the two already named", "The two delegations met in Rome.", nil},
		{"the two harmed", "The two guards were wounded in the blast.", []string{"2 people"}},
		{"a year after a date", "The raid on Dec. 4, 2023 killed 9 people.", []string{"9 people"}},
		{"a capitalised plural before a full stop", "The levy won support from 31 Greens and 12 Liberals.", []string{"31 people", "12 people"}},
		{"a capitalised plural in a title", "The song \"Blue Moon (12 Lanterns)\" opened the show.", nil},
		{"tally in words", "The council passed the levy 31 to 12 on Monday.", []string{"31 votes", "12 votes"}},
		{"tally with votes", "The motion was carried by 41 votes to 9.", []string{"41 votes", "9 votes"}},
		{"tally in one token", "With 12 seats empty, the assembly approved it 88-7.", []string{"12 seats", "88 votes", "7 votes"}},
		{"a hedged number compared from", "Clinics saw 60 patients a day, up from about 25 last spring.", []string{"60 people", "25 people"}},
		{"a time after the number is no unit", "Ferries carried 800 tonnes this week, down from 1,100 last month.", []string{"800 tonnes", "1100 tonnes"}},
		{"a range is no tally", "The pause could last 30 to 45 days.", []string{"30 days"}},
		{"a count the predicate names", "The raid freed 60 hostages. Of those, 14 were children.",
			[]string{"60 people", "14 people"}},
		{"all and a count of the same people", "Pirates seized 26 sailors in March. Their families wait until all 19 are home.",
			[]string{"26 people", "19 people"}},
		{"a perfect after a bare count of people", "Eight fishermen were due back. By dusk, five had come home.",
			[]string{"8 people", "5 people"}},
		{"a perfect after a count of things counts no things", "The storm wrecked 200 huts. By Sunday, 3,000 had signed up for aid.",
			[]string{"200 huts"}},
		{"all and a count of another group", "Police held 40 marchers. The states protested, and all 27 have condemned it.",
			[]string{"40 people"}},
		{"a population of animals keeps its noun", "A population of 2,000 wolves survived the winter.",
			[]string{"2000 wolves"}},
		{"a count with a phrase and the noun left out in a list", "The court freed 12 serving life terms, 30 with shorter sentences and 9 others.",
			[]string{"12 people", "30 people", "9 people"}},
		{"all and a number word is a group named before", "Eight ferries sailed. In May, all four were in port.",
			[]string{"8 ferries"}},
		{"of those opening the next sentence refers to the last count", "The storm stranded 300 ferries. Of those, 120 remain in port.",
			[]string{"300 ferries", "120 ferries"}},
		{"of these with a passive", "Police held 80 marchers. Of these, 30 were charged on Monday.",
			[]string{"80 people", "30 people"}},
		{"of those inside a clause is no reference back", "The storm stranded 300 ferries. Nobody spoke of those, 40 said the port.",
			[]string{"300 ferries"}},
		{"of those after and opens a clause", "The storm stranded 300 ferries, and of those, 120 remain in port.",
			[]string{"300 ferries", "120 ferries"}},
		{"a count after from refers to the figure a change went to", "Exports fell to 310 cars in May from 420 a year earlier.",
			[]string{"310 cars", "420 cars"}},
		{"a crew of a number is people", "Pirates held the tanker and a crew of 24 for a month.", []string{"24 people"}},
		{"an elided noun before to", "Chile sent nine ferries to Peru and four to Ecuador.", []string{"9 ferries", "4 ferries"}},
		{"a partitive with a softened total", "Some 60 of the roughly 200 sailors went home.", []string{"60 people", "200 people"}},
		{"the number a participle names refers back", "The union wants 12 buses a day, instead of the 30 planned in March.",
			[]string{"12 buses", "30 buses"}},
		{"a subject counted at a rate", "Lorries leaving the port averaged 14 a day in June.", []string{"14 trucks"}},
		{"prices at a rate are no count", "Prices rose to 300 a day.", nil},
		{"basis points are a rate's step", "The bank cut rates by 75 basis points.", nil},
		{"a subject counted at a rate after a speaker", "Port officials said lorries averaged 14 a day in June.", []string{"14 trucks"}},
		{"a score is no tally", "Norway beat Chile 3-1 in Oslo.", nil},
		{"a score by a margin is no tally", "Peru beat Chile by a 2-1 margin.", nil},
		{"a tally before along", "The panel voted 12-9 along party lines.", []string{"12 votes", "9 votes"}},
		{"the bare count that refers back", "Only 40 buses ran on Monday, far below the 300 that ran before the strike.", []string{"40 buses", "300 buses"}},
		{"a tally before majority", "A slim 51-48 majority sank the levy.", []string{"51 votes", "48 votes"}},
		{"a tally after passing", "The council closed the session, passing the budget 31-9 on Friday.", []string{"31 votes", "9 votes"}},
		{"a tally in favour and against", "The assembly backed the motion by a vote of 96 in favour to 11 against.", []string{"96 votes", "11 votes"}},
		{"a count after the noun it leaves out", "Chile will free 20 sailors for each fisherman and 35 for every officer.", []string{"20 people", "35 people"}},
		{"of which refers back", "Some 400 buses run daily, 80 of which burn diesel.", []string{"400 buses", "80 buses"}},
		{"more refers back", "Ten ferries sailed on Monday; 12 more leave tonight.", []string{"10 ferries", "12 ferries"}},
		{"a staff of a bare count", "The port has a staff of about 3,500.", []string{"3500 people"}},
		{"a family of a number word", "The flood swept away a family of six.", []string{"6 people"}},
		{"a bare count uprooted", "The drought has uprooted nearly 2 million.", []string{"2000000 people"}},
		{"a distance is no count", "The camp lies some 40 kilometres from the coast, 25 miles inland.", nil},
		{"an area is no count", "The fire burned 900 hectares of forest.", nil},
		{"a text's own protocols", "The accord has six protocols, of which four are signed.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range figuresIn(tt.in) {
				got = append(got, strings.TrimSpace(strings.Join([]string{formatValue(f.Value), f.Unit}, " ")))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func formatValue(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func TestFigureSource(t *testing.T) {
	s := "More than 35,000 residents died in the bombing, according to the civil defence agency in Gaza."
	figs := figuresIn(s)
	if len(figs) != 1 || figs[0].Source != "the civil defence agency in Gaza" {
		t.Fatalf("got %+v, want one figure sourced to the civil defence agency", figs)
	}

	a := parley.Article{Text: "The minister said 200 trucks would enter daily."}
	d := &Doc{Article: &a, Text: a.Text, Sents: text.Sentences(a.Text),
		Attributions: []parley.Attribution{{Speaker: "Jane Doe", Text: "200 trucks would enter daily",
			Span: parley.Span{Start: 18, End: 46}}}}
	figs = findFigures(d)
	if len(figs) != 1 || figs[0].Source != "Jane Doe" {
		t.Fatalf("got %+v, want one figure sourced to Jane Doe", figs)
	}
}

func FuzzFindFigures(f *testing.F) {
	for _, s := range []string{
		"At least 48 people were wounded, six of them badly.",
		"Over 2.1-2.4 million residents; $3bn; a 30-day truce; since Oct. 7.",
		"The death toll rose to 31,500. The average was 95.",
		"over forty two thousands Syrians, up to 600 lorries, a million",
		"9/11 10:30 2023 Resolution 2334 aged 60 and above 40%",
		"US$ 5 - 7 or", "a", "killing 1", "\xff\xfe 12 \x00 people",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, fig := range figuresIn(s) {
			if fig.Start < 0 || fig.End > len(s) || fig.Start >= fig.End || s[fig.Start:fig.End] != fig.Text {
				t.Fatalf("%q: bad span %d:%d for %q", s, fig.Start, fig.End, fig.Text)
			}
			if fig.Unit == "" || fig.Qualifier == "" {
				t.Fatalf("%q: figure without unit or qualifier: %+v", s, fig)
			}
		}
	})
}

// benchArticle is an invented article of usual length with the usual mix of
// figures, dates and numbers that are not figures.
const benchArticle = `Envoys press for 60-day truce in Doha
DOHA: Negotiators from both sides met for nine hours on Tuesday, two officials said, as mediators pressed a three-phase plan.
The proposal would see up to 35 hostages freed in the first six weeks in exchange for some 900 Palestinian prisoners, according to a draft seen by reporters.
Rescue services report more than 31,000 dead since 7 October and at least 72,000 injured, according to the civil defence agency.
About 1.7 million residents have fled their homes, the UN says, and nearly a million are sheltering in Rafah.
Washington approved $2.5bn in aid last month. An average of 150 trucks a day crossed in March; the average was 96 in February.
"We want 500 trucks a day and 60,000 tents," an official told reporters at 10:30 on Monday.
Around 130 captives are still held, at least 30 of whom are thought to be dead. Boys under 18 years of age would go free first.
Resolution 2334 and Channel 14 were cited; the talks, in their 3rd round, ended after two days. Dozens were arrested; 12 percent of aid was delayed.`

func BenchmarkFindFigures(b *testing.B) {
	a := parley.Article{Text: benchArticle}
	d := &Doc{Article: &a, Text: a.Text, Paras: text.Paragraphs(a.Text), Sents: text.Sentences(a.Text)}
	b.SetBytes(int64(len(benchArticle)))
	b.ReportAllocs()
	for b.Loop() {
		findFigures(d)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkFindFiguresCorpus reads the dev articles of ../shared/corpus,
// where they exist. Like BenchmarkFindFigures it measures the finder
// alone: the tokens, shared by all finders, are split on the first run.
func BenchmarkFindFiguresCorpus(b *testing.B) {
	paths, _ := filepath.Glob("../../shared/corpus/dev/*.txt")
	if len(paths) == 0 {
		b.Skip("no dev corpus")
	}
	var docs []*Doc
	size := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		a := parley.Article{Text: string(raw)}
		docs = append(docs, &Doc{Article: &a, Text: a.Text, Paras: text.Paragraphs(a.Text), Sents: text.Sentences(a.Text)})
		size += len(raw)
	}
	b.SetBytes(int64(size / len(docs)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		findFigures(docs[n%len(docs)])
		n++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// TestFiguresOnDevCorpus scores the finder on the dev articles of
// ../shared/corpus, where they exist: value within 1% and unit equal, as the
// scorer matches them.
func TestFiguresOnDevCorpus(t *testing.T) {
	paths, _ := filepath.Glob("../../shared/corpus/dev/*.gold.json")
	if len(paths) == 0 {
		t.Skip("no dev corpus")
	}
	matched, predicted, gold := 0, 0, 0
	for _, p := range paths {
		raw, err := os.ReadFile(strings.TrimSuffix(p, ".gold.json") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		var g struct {
			Figures []struct {
				Value float64 `json:"value"`
				Unit  string  `json:"unit"`
			} `json:"figures"`
		}
		gj, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(gj, &g); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		figs := figuresIn(string(raw))
		used := make([]bool, len(figs))
		for _, want := range g.Figures {
			for i, f := range figs {
				if !used[i] && f.Unit == want.Unit && math.Abs(f.Value-want.Value) <= 0.01*math.Abs(want.Value) {
					used[i] = true
					matched++
					break
				}
			}
		}
		predicted += len(figs)
		gold += len(g.Figures)
	}
	f1 := 2 * float64(matched) / float64(predicted+gold)
	if f1 < 0.9 {
		t.Errorf("figures F1 on dev = %.3f (%d matched, %d predicted, %d gold), want >= 0.9", f1, matched, predicted, gold)
	}
}

func TestRateTakesTheLastUnit(t *testing.T) {
	got := figuresIn("Only 60 lorries crossed on Monday. Before the siege it was 450 a day. The guards worked 12 hours a day.")
	if len(got) != 3 {
		t.Fatalf("got %d figures, want 3: %+v", len(got), got)
	}
	if got[1].Value != 450 || got[1].Unit != "trucks" {
		t.Errorf("450 a day: got %v %s, want 450 trucks", got[1].Value, got[1].Unit)
	}
	if got[2].Unit != "hours" {
		t.Errorf("12 hours a day: got unit %s, want hours", got[2].Unit)
	}
}

func TestChangeFromTakesTheLastUnit(t *testing.T) {
	got := figuresIn("The pantry handed out 310 food parcels in March, down from 420 in February. Rents rose in 2023.")
	if len(got) != 2 {
		t.Fatalf("got %d figures, want 2: %+v", len(got), got)
	}
	if got[1].Value != 420 || got[1].Unit != got[0].Unit {
		t.Errorf("down from 420: got %v %s, want 420 %s", got[1].Value, got[1].Unit, got[0].Unit)
	}
}

func TestYearBeforeAnotherNumberIsNoFigure(t *testing.T) {
	got := figuresIn("The 1998 strike lasted 40 days.")
	if len(got) != 1 || got[0].Value != 40 || got[0].Unit != "days" {
		t.Errorf("got %+v, want only 40 days", got)
	}
}

// TestMeasureStopsAtTheNextClause checks that a verb after "and" goes to
// the count it governs, not to the count before it.
func TestMeasureStopsAtTheNextClause(t *testing.T) {
	got := figuresIn("The fever reached more than 900 people and killed 12.")
	if len(got) != 2 || got[0].Measure != "" || got[1].Measure != "killed" {
		t.Fatalf("got %+v, want 900 people with no measure, then 12 killed", got)
	}
}
