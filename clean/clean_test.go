package clean

import (
	"strings"
	"testing"

	"github.com/parley-news/parley"
)

func TestArticle(t *testing.T) {
	tests := []struct {
		name     string
		in       parley.Article
		title    string
		outlet   string
		date     string
		dateline string
		body     string
	}{
		{
			name: "headline, date line, share bar and place dateline",
			in: parley.Article{Text: "Qatar Presses Both Sides to Return to Doha\n\nMon Jun 3 2024\r\n" +
				"icon-facebook icon-twitter icon-telegram\r\n\r\n" +
				"DOHA: Qatari officials said on Monday that talks would resume within days.\r\n\r\n\r\n" +
				"The mediators met the delegations separately.\n\nicon-facebook icon-twitter icon-telegram\n"},
			title: "Qatar Presses Both Sides to Return to Doha", date: "2024-06-03", dateline: "DOHA:",
			body: "Qatari officials said on Monday that talks would resume within days.\nThe mediators met the delegations separately.",
		},
		{
			name: "a live page's summary points are body, the headline's standfirst points and related links are not",
			in: parley.Article{Text: "Ferry strike enters its third week\n\n- Union says owners broke the deal\n- Ports stay shut as talks falter in the capital city and the owners dig in for a long fight\n\nLive updates\n\nKey points\n" +
				"- The union says the owners have offered a two-year pay deal that falls short of inflation\n- About 40 ferries are idle in Bergen and Stavanger, the port authority says\n\n" +
				"Talks resumed on Tuesday.\n\nRelated stories\n- Ferry owners warn that a long strike could cost the coastal towns their summer trade\n"},
			title: "Ferry strike enters its third week",
			body:  "- The union says the owners have offered a two-year pay deal that falls short of inflation\n- About 40 ferries are idle in Bergen and Stavanger, the port authority says\nTalks resumed on Tuesday.",
		},
		{
			name: "a byline between the headline and its standfirst points",
			in: parley.Article{Text: "Ferry strike enters its third week\n\nBy Kari Dahl\n\n- Ports stay shut as talks falter in the capital city and the owners dig in for a long fight\n\n" +
				"Talks resumed on Tuesday.\n"},
			title: "Ferry strike enters its third week",
			body:  "Talks resumed on Tuesday.",
		},
		{
			name: "a transcript whose labels stand alone on their lines",
			in: parley.Article{Text: "Ferry talks stall again in Bergen\n\nTranscript\n\nKari Dahl:\n\nThe ferry talks broke down again today, and the strike goes on. I am joined by Ola Berg.\n\n" +
				"Ola Berg, Former Harbour Master:\n\nThanks, Kari.\n\nKari Dahl:\n\nSo what went wrong this time?\n\nOla Berg:\n\nThe owners would not move on the night shifts, and the union would not move on pay.\n\nKari Dahl:\n\nWill they meet again?\n\nOla Berg:\n\nNot this week.\n"},
			title: "Ferry talks stall again in Bergen",
			body:  "Kari Dahl:\nThe ferry talks broke down again today, and the strike goes on. I am joined by Ola Berg.\nOla Berg, Former Harbour Master:\nThanks, Kari.\nKari Dahl:\nSo what went wrong this time?\nOla Berg:\nThe owners would not move on the night shifts, and the union would not move on pay.\nKari Dahl:\nWill they meet again?\nOla Berg:\nNot this week.",
		},
		{
			name: "a transcript's last turn is a short question, a lone label is furniture",
			in:   parley.Article{Text: "OLA BERG: The owners would not move on the night shifts, and the union would not move on pay.\nKARI DAHL: Not at all?\nBERG: Not an inch, and the ferries stay in port until they do.\nKARI DAHL, HOST:\nAnd now?\nRelated:\nFerry fares rise again"},
			body: "OLA BERG: The owners would not move on the night shifts, and the union would not move on pay.\nKARI DAHL: Not at all?\nBERG: Not an inch, and the ferries stay in port until they do.\nKARI DAHL, HOST:\nAnd now?",
		},
		{
			name: "repeated furniture labels make no transcript",
			in:   parley.Article{Text: "The ferry sailed at noon on Sunday, the harbour office said.\nVideo:\nFerry fares rise again\nVideo:\nPort strike ends"},
			body: "The ferry sailed at noon on Sunday, the harbour office said.",
		},
		{
			name: "headlines listed under a bare read-more line",
			in:   parley.Article{Text: "The ferry sailed at noon on Sunday, the harbour office said.\nRead more:\nPort strike enters its 12th day as 900 dockers walk out\nFerry firm says storm cost $4 million\nThe next sailing is on Monday, the office said."},
			body: "The ferry sailed at noon on Sunday, the harbour office said.\nThe next sailing is on Monday, the office said.",
		},
		{
			name: "wire credits however long",
			in:   parley.Article{Text: "The ferry sailed at noon on Sunday, the harbour office said.\n(Reporting by Ann Lee in Oslo, Tom Roe in Bergen and Jo Park in Tromso; Additional reporting by Ola Dahl in Stavanger; Writing by Ana Ruiz; Editing by Lena Haas)\n"},
			body: "The ferry sailed at noon on Sunday, the harbour office said.",
		},
		{
			name: "readers' comments after the story",
			in:   parley.Article{Text: "The ferry sailed at noon on Sunday, the harbour office said.\nTop Comments\nPosted 2 hours ago by sea_dog\nThe office said the same thing last year and it was wrong.\nCommenting on this story is closed."},
			body: "The ferry sailed at noon on Sunday, the harbour office said.",
		},
		{
			name: "a photo caption with its credit",
			in:   parley.Article{Text: "The ferry sailed at noon on Sunday, the harbour office said.\nPassengers wave from the deck of the ferry at the quay in Oslo. (Photo: NTB)\nThe next sailing is on Tuesday, the office said."},
			body: "The ferry sailed at noon on Sunday, the harbour office said.\nThe next sailing is on Tuesday, the office said.",
		},
		{
			name: "a photo caption with its credit after the sentence",
			in:   parley.Article{Text: "The ferry sailed at noon on Sunday, the harbour office said.\nPassengers wave from the deck of the ferry in Oslo. Photograph: Ola Dahl/NTB\nThe next sailing is on Tuesday, the office said."},
			body: "The ferry sailed at noon on Sunday, the harbour office said.\nThe next sailing is on Tuesday, the office said.",
		},
		{
			name: "end marks after the last words",
			in:   parley.Article{Text: "The ferry sailed at noon on Sunday, the harbour office said. ■\nPassengers cheered as it left the quay. ◆ \n"},
			body: "The ferry sailed at noon on Sunday, the harbour office said.\nPassengers cheered as it left the quay.",
		},
		{
			name:   "publication dateline names the outlet",
			in:     parley.Article{Text: "Tasnim- Egypt has sent a new draft to both delegations, a diplomat said.\nThe draft runs to four pages."},
			outlet: "Tasnim", dateline: "Tasnim-",
			body: "Egypt has sent a new draft to both delegations, a diplomat said.\nThe draft runs to four pages.",
		},
		{
			name:     "wire dateline with agency keeps the outlet unknown",
			in:       parley.Article{Text: "KHAN YOUNIS, June 4 (AFP) - Residents fled east after the strikes, witnesses said."},
			dateline: "KHAN YOUNIS, June 4 (AFP) -",
			body:     "Residents fled east after the strikes, witnesses said.",
		},
		{
			name: "a transcript's speaker label is no dateline",
			in:   parley.Article{Text: "MR. OKAFOR: Good morning. The ferries resume on Monday."},
			body: "MR. OKAFOR: Good morning. The ferries resume on Monday.",
		},
		{
			name:     "an abbreviated country is a dateline",
			in:       parley.Article{Text: "DR CONGO: Rebels seized the airport on Sunday."},
			dateline: "DR CONGO:",
			body:     "Rebels seized the airport on Sunday.",
		},
		{
			name: "a date alone as dateline gives the publication date",
			in:   parley.Article{Text: "3 March 2009 - The envoy today urged both sides to extend the calm, his office said."},
			date: "2009-03-03", dateline: "3 March 2009 -",
			body: "The envoy today urged both sides to extend the calm, his office said.",
		},
		{
			name: "a sentence that opens with a date keeps it",
			in:   parley.Article{Text: "March 3 - 5 is when the envoy will visit, his office said."},
			body: "March 3 - 5 is when the envoy will visit, his office said.",
		},
		{
			name:     "mixed-case place with agency",
			in:       parley.Article{Text: "Beirut, Oct 2 (AP) — The group said it would study the offer."},
			dateline: "Beirut, Oct 2 (AP) —",
			body:     "The group said it would study the offer.",
		},
		{
			name: "breadcrumb, caption and site footer",
			in: parley.Article{Text: "World  /  Middle East\n\nIsrael weighs new hostage proposal\n\nYahya Sinwar, Hamas leader in Gaza\n\n" +
				"Israeli ministers met late into the night to discuss the plan.\n\n" +
				"Mehr News’s website can also be accessed at these addresses:\n\nmehrnews.example\n\nSHARE THIS ARTICLE\nMehr News Roku\n"},
			title: "Israel weighs new hostage proposal", outlet: "Mehr News",
			body: "Israeli ministers met late into the night to discuss the plan.",
		},
		{
			name: "title lines, section label and recirculation block",
			in: parley.Article{Text: "World\n\nTitle: \"Axios\": US Envoy Heads to Cairo\n\nTitle:\n\n" +
				"Brett McGurk will meet Egyptian intelligence chiefs on Thursday, two officials said.\n" +
				"Read more: Hamas studies the latest draft\n" +
				"The trip follows a call between the two presidents.\n\n" +
				"Our readers are reading too\nA headline about something else\nAnother unrelated headline\n"},
			title: `"Axios": US Envoy Heads to Cairo`,
			body:  "Brett McGurk will meet Egyptian intelligence chiefs on Thursday, two officials said.\nThe trip follows a call between the two presidents.",
		},
		{
			name: "JSONL title repeated as the first paragraph",
			in: parley.Article{Title: "Gantz Threatens to Quit Over War Plan", Published: "2024-05-18T20:11:00Z",
				Text: "Gantz Threatens to Quit Over War Plan.\n\nBenny Gantz said he would leave the government by June 8."},
			title: "Gantz Threatens to Quit Over War Plan", date: "2024-05-18",
			body: "Benny Gantz said he would leave the government by June 8.",
		},
		{
			name: "JSONL title broken over two lines in the text",
			in: parley.Article{Title: "Envoys return to Cairo; Hamas studies reply to Israeli offer",
				Text: "Envoys return to Cairo; \nHamas studies reply to Israeli offer.\n\nThe delegation arrived on Saturday, a source said."},
			title: "Envoys return to Cairo; Hamas studies reply to Israeli offer",
			body:  "The delegation arrived on Saturday, a source said.",
		},
		{
			name:  "JSONL title absent from the text is prepended",
			in:    parley.Article{Title: "Talks stall\nagain", Outlet: "Example Times", Text: "Negotiators left Doha without a deal."},
			title: "Talks stall again", outlet: "Example Times",
			body: "Negotiators left Doha without a deal.",
		},
		{
			name:  "headline, byline with date",
			in:    parley.Article{Text: "Cairo Round Ends Without Deal\nBy Jane Doe | Updated June 5, 2024\nThe talks ended, officials said."},
			title: "Cairo Round Ends Without Deal", date: "2024-06-05",
			body: "The talks ended, officials said.",
		},
		{
			name: "no headline: body only, date printed in words",
			in:   parley.Article{Text: "Published: 12 March 2024 | 09:30 GMT\nThe cabinet met on Tuesday, a spokesman said."},
			date: "2024-03-12",
			body: "The cabinet met on Tuesday, a spokesman said.",
		},
		{
			name:     "a place and an agency between spaced dashes",
			in:       parley.Article{Text: "Ferry talks resume\n\nTromso - NTB - Ferry owners and the crew union met again on Monday, the union said."},
			title:    "Ferry talks resume",
			dateline: "Tromso - NTB -",
			body:     "Ferry owners and the crew union met again on Monday, the union said.",
		},
		{
			name: "a dateline after the standfirst and a byline",
			in: parley.Article{Text: "Port strike enters its third week\n\nThe dockers want a raise of 9 per cent over three years, and the owners offer six.\n\nBy Ann Lee\n\n" +
				"BERGEN — Talks between the dockers and the port owners broke off on Friday, a union official said.\n\nNOTE: This story has been updated."},
			title: "Port strike enters its third week", dateline: "BERGEN —",
			body: "The dockers want a raise of 9 per cent over three years, and the owners offer six.\nTalks between the dockers and the port owners broke off on Friday, a union official said.\nNOTE: This story has been updated.",
		},
		{
			name:  "a label with a colon past the first paragraph is no dateline",
			in:    parley.Article{Text: "Port strike ends\n\nThe dockers voted to return to work on Monday.\n\nUPDATE: The owners said the cranes would restart at noon."},
			title: "Port strike ends",
			body:  "The dockers voted to return to work on Monday.\nUPDATE: The owners said the cranes would restart at noon.",
		},
		{
			name: "dashes around a name with a possessive before them are no dateline",
			in:   parley.Article{Text: "Norway's Prime Minister – Ann Lee – said on Monday that the yard would close."},
			body: "Norway's Prime Minister – Ann Lee – said on Monday that the yard would close.",
		},
		{
			name:  "an acronym with a dash in the second paragraph is no dateline",
			in:    parley.Article{Text: "Yard to close\n\nThe yard will close in May, its owners said.\n\nNATO – which runs the base – said it was not consulted."},
			title: "Yard to close",
			body:  "The yard will close in May, its owners said.\nNATO – which runs the base – said it was not consulted.",
		},
		{
			name: "hard-wrapped paragraph is joined; credits trimmed from the tail",
			in: parley.Article{Text: "The envoy said the gaps were narrowing and\nthat a deal could come soon.\n\n" +
				"Reporting by Maayan Lubell; Editing by Alex Richardson\n"},
			body: "The envoy said the gaps were narrowing and that a deal could come soon.",
		},
		{
			name: "subheading inside the body stays",
			in:   parley.Article{Text: "Aid trucks entered through Kerem Shalom on Sunday.\nWhat the deal says\nThe first phase lasts six weeks."},
			body: "Aid trucks entered through Kerem Shalom on Sunday.\nWhat the deal says\nThe first phase lasts six weeks.",
		},
		{
			name: "nothing but short lines: kept, not guessed away",
			in:   parley.Article{Text: "Ceasefire now\nNo deal yet"},
			body: "Ceasefire now\nNo deal yet",
		},
		{
			name: "empty",
			in:   parley.Article{Text: " \n\r\n "},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Article(tt.in)
			if got.Title != tt.title {
				t.Errorf("title = %q, want %q", got.Title, tt.title)
			}
			if got.Outlet != tt.outlet {
				t.Errorf("outlet = %q, want %q", got.Outlet, tt.outlet)
			}
			if got.Published != tt.date {
				t.Errorf("published = %q, want %q", got.Published, tt.date)
			}
			if got.Dateline != tt.dateline {
				t.Errorf("dateline = %q, want %q", got.Dateline, tt.dateline)
			}
			if body := got.Text[got.BodyStart:]; body != tt.body {
				t.Errorf("body = %q, want %q", body, tt.body)
			}
			want := tt.body
			if tt.title != "" {
				want = tt.title + "\n\n" + tt.body
			}
			if got.Text != want {
				t.Errorf("text = %q, want %q", got.Text, want)
			}
		})
	}
}

func TestDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sun May 26 2024", "2024-05-26"},
		{"May 26, 2024", "2024-05-26"},
		{"Sunday, 26th May 2024", "2024-05-26"},
		{"2024-05-26", "2024-05-26"},
		{"2024-05-26T14:05:00+03:00", "2024-05-26"},
		{"Updated on Sept. 3, 2024 at 4:15 p.m. EDT", "2024-09-03"},
		{"Published: 12 March 2024 | 09:30 GMT", "2024-03-12"},
		{"Mon 27 May 2024 10.05 BST", "2024-05-27"},
		{"Last modified on Fri 31 May 2024 18.20 CEST", "2024-05-31"},
		{"Feb 30, 2024", ""},
		{"May 26", ""},
		{"Hamas replied on May 26, 2024", ""},
		{"26 people were killed in 2024", ""},
		{"2024-13-01", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := date(tt.in); got != tt.want {
			t.Errorf("date(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		line string
		want kind
	}{
		{"SHARE THIS ARTICLE", junk},
		{"Share on Facebook | Twitter | WhatsApp", junk},
		{"icon-facebook icon-twitter icon-whatsapp", junk},
		{"Follow Dana Reyes on Twitter @danareyes", junk},
		{`"Follow Dana Reyes on X."`, junk},
		{"Follow the money, the old reporters' rule goes, and on Twitter it leads nowhere near the truth.", prose},
		{"Read more: Israel and Hamas trade blame over stalled talks", junk},
		{"Also read | Egypt hosts new round", junk},
		{"https://www.example.org/news/123", junk},
		{"www.example.co.uk", junk},
		{"News / Middle East", junk},
		{"Home › World › Gaza", junk},
		{"- The union says the owners have offered a two-year pay deal that falls short", prose},
		{"- Union says owners broke the deal", short},
		{"Dockers wait at the gate in Bergen, where the union says the talks are stuck [Kari Dahl/AFP]", junk},
		{"Ferries idle in the harbour a day after the owners said the deal was off. (Ola Berg/Reuters)", junk},
		{"The owners made a new offer (Bergen/Oslo) on Friday.", prose},
		{"A poll of 1,000 voters taken in May found that most of them wanted the ferries back in full service well before the busy summer season starts (Reuters/Ipsos)", prose},
		{"Related articles", blockHeader},
		{"Read more:", blockHeader},
		{"RELATED", blockHeader},
		{"Related talks resumed in Oslo on Monday.", prose},
		{"You may also like", blockHeader},
		{"Title: Something", titleLine},
		{"Tue, June 4, 2024", dateLine},
		{"By Jane Doe | May 26, 2024", dateLine},
		{"By Jane Doe, Reuters · Updated 26 May 2024 14:05 GMT", dateLine},
		{"By Jane Doe | Middle East correspondent", junk},
		{"Al Manar’s website is also available at the addresses below:", websiteLine},
		{"Example Radio Roku", appLine},
		{"By Emma Farge and Maayan Lubell", junk},
		{"4 min read", junk},
		{"17 Comments", junk},
		{"Posted 3 hours ago by harbour_watcher", junk},
		{"Top Comments", commentsHeader},
		{"Reader comments (12)", commentsHeader},
		{"A version of this article appears in print on May 3, 2024, Section A, Page 9 of the City edition with the headline: Port Strike Ends.", junk},
		{"2.3K shares", junk},
		{"Updated 5 hours ago", junk},
		{"an hour ago", junk},
		{"Last updated 2 days ago", junk},
		{"Two hours ago, talks resumed.", prose},
		{"Shares", short},
		{"Skip to main content", junk},
		{"(AP Photo/Jehad Alshrafi)", junk},
		{"© 2024 Example Media Group. All rights reserved.", junk},
		{"Tags: Gaza, Hamas, Israel", junk},
		{"By Sunday the sides had agreed to meet again.", prose},
		{"Related talks in Cairo ended without agreement.", prose},
		{"Related: Cairo talks end", junk},
		{"Hamas said it would study the proposal.", prose},
		{"“We will not accept a temporary truce,” he said.”", prose},
		{"Why did the talks fail? The answer lies in what each side wants from the war.", prose},
		{"Will Hamas accept the deal?", short},
		{"Related to the talks, the envoy said the sides had met twice in Cairo over the past week and would meet again.", prose},
		{"Netanyahu rejects Hamas terms", short},
	}
	for _, tt := range tests {
		if got := classify(tt.line); got != tt.want {
			t.Errorf("classify(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}

func TestArticleKeepsUTF8Valid(t *testing.T) {
	got := Article(parley.Article{Title: "bad \xff title", Text: "Headline with a bad byte \xfe here\n\nThe body says so."})
	if !strings.Contains(got.Title, "\uFFFD") || !strings.Contains(got.Text, "\uFFFD") {
		t.Errorf("invalid bytes not replaced: %q / %q", got.Title, got.Text)
	}
}

func TestTitleSources(t *testing.T) {
	tests := []struct {
		name string
		in   parley.Article
		want string
	}{
		{"a labelled title beats a headline-like line", parley.Article{Text: "Middle East Live Coverage\nTitle: Cairo talks end without a deal\nThe talks ended on Sunday, officials said."},
			"Cairo talks end without a deal"},
		{"the given title beats a labelled one", parley.Article{Title: "Given headline", Text: "Title: Another headline\nThe talks ended on Sunday, officials said."},
			"Given headline"},
		{"the first headline-like line wins over later ones", parley.Article{Text: "Cairo talks end without a deal\nAmr Nabil, AP photographer\nThe talks ended on Sunday, officials said."},
			"Cairo talks end without a deal"},
	}
	for _, tt := range tests {
		if got := Article(tt.in).Title; got != tt.want {
			t.Errorf("%s: title = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestSplitGlued(t *testing.T) {
	tests := []struct{ in, want string }{
		{"talks on the truce planLeaders meet in Rome", "talks on the truce plan|Leaders meet in Rome"},
		{"aid convoys haltedWorld Bank warns of famineEarlier, the envoy said", "aid convoys halted|World Bank warns of famine|Earlier, the envoy said"},
		{"McGurk flew to Cairo", "McGurk flew to Cairo"},
		{"a WhatsApp message from the iPhone", "a WhatsApp message from the iPhone"},
		{"the YouGov poll and DeSantis", "the YouGov poll and DeSantis"},
		{"IDs in the USA", "IDs in the USA"},
	}
	for _, tt := range tests {
		if got := strings.Join(splitGlued(tt.in), "|"); got != tt.want {
			t.Errorf("splitGlued(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
