package dedup

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// wire is an invented wire story, one paragraph per element; the first is
// its headline.
var wire = []string{
	"Mediators press both sides to accept phased truce plan",
	"DOHA, July 10 - Qatari and Egyptian mediators urged Israel and Hamas on Wednesday to accept a three-phase truce plan that would pause the fighting in Gaza for six weeks and free hostages in stages, two officials briefed on the talks said.",
	"The officials, who asked not to be named because the discussions were private, said the gaps had narrowed over the past week but that the sequencing of a permanent end to the war remained unresolved.",
	"Under the draft, women, elderly and wounded hostages would be released during the first phase in return for several hundred Palestinian prisoners held in Israeli jails.",
	"Israel has said it will not agree to any deal that forces it to end the war before its military goals are met, while Hamas has insisted on guarantees that the ceasefire will become permanent.",
	"A senior Hamas official told reporters in Beirut that the group had shown flexibility and that the ball was now in the Israeli court, adding that the movement would study any amended text carefully.",
	"The Israeli prime minister's office said in a statement that a negotiating team would travel to Cairo later in the week to continue the contacts, without giving further details.",
	"United States officials have described the current round as the most serious in months and said the president spoke by phone with the emir of Qatar about the remaining obstacles.",
	"Aid agencies warned again that conditions in the south of the enclave were deteriorating quickly, with fuel shortages forcing hospitals to cut services and water plants to stop pumping.",
	"Talks in previous rounds collapsed over the same questions, and diplomats cautioned that any agreement could still unravel over the order in which prisoners and hostages are exchanged.",
}

// other is an invented story on the same negotiation by a different
// newsroom: same topic, names and vocabulary, different sentences.
var other = []string{
	"Hostage families rally as negotiators head to Cairo",
	"TEL AVIV - Thousands of people gathered outside the defence ministry on Wednesday evening to demand that the government accept a truce plan, as an Israeli negotiating team prepared to leave for Cairo.",
	"Relatives of hostages held in Gaza said they feared the talks would collapse again and urged the prime minister to put the lives of the captives ahead of political considerations.",
	"Mediators from Qatar and Egypt have been shuttling between the two sides for weeks, trying to agree on the order in which hostages and Palestinian prisoners would be freed.",
	"Hamas officials said on Wednesday that the group was ready to study a revised text but would not give up its demand for a permanent ceasefire and a full Israeli withdrawal.",
	"Israeli officials, speaking on condition of anonymity, said the military pressure on Hamas had pushed the group back to the table and that a deal was possible within weeks.",
	"The United States has pushed for a six-week pause that would allow more aid into the enclave, where agencies say hospitals are short of fuel and medicine.",
	"Protesters blocked a main highway for an hour before police cleared the road, and several demonstrators were detained, according to witnesses.",
}

func join(paras []string) string { return strings.Join(paras, "\n\n") }

func TestSimilarity(t *testing.T) {
	original := join(wire)
	tests := []struct {
		name string
		copy string
		same bool
	}{
		{"identical", original, true},
		{"case and punctuation", strings.ToUpper(strings.ReplaceAll(original, ",", " ;")), true},
		{"curly apostrophes", strings.ReplaceAll(original, "'", "\u2019"), true},
		{"new headline", join(append([]string{"Qatar and Egypt push a six-week pause in Gaza"}, wire[1:]...)), true},
		{"dropped paragraph", join(slices.Delete(slices.Clone(wire), 7, 8)), true},
		{"page junk", "Home | World | Middle East\nSubscribe to our newsletter\n\n" + original +
			"\n\nRead more: Markets fall as oil rises\nShare this article\nAll rights reserved", true},
		{"same topic, other story", join(other), false},
		{"first half only", join(wire[:5]), false},
		{"empty", "", false},
	}
	sig := Signature(original)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sim, exact := Similarity(sig, Signature(tt.copy)), jaccard(original, tt.copy)
			t.Logf("estimated %.3f, exact %.3f", sim, exact)
			if got := sim >= Threshold; got != tt.same {
				t.Errorf("similarity %.3f: duplicate = %v, want %v", sim, got, tt.same)
			}
			// Three standard deviations of the estimate at J=0.5.
			if math.Abs(sim-exact) > 0.13 {
				t.Errorf("estimated similarity %.3f, exact Jaccard %.3f", sim, exact)
			}
		})
	}
}

// jaccard is the exact Jaccard similarity of the shingle sets of a and b.
func jaccard(a, b string) float64 {
	set := func(text string) map[uint64]bool {
		m := map[uint64]bool{}
		shingles(text, func(h uint64) { m[h] = true })
		return m
	}
	sa, sb := set(a), set(b)
	shared := 0
	for h := range sa {
		if sb[h] {
			shared++
		}
	}
	if union := len(sa) + len(sb) - shared; union > 0 {
		return float64(shared) / float64(union)
	}
	return 0
}

func TestIndexCandidates(t *testing.T) {
	x := NewIndex()
	x.Add("agency", Signature(join(wire)))
	x.Add("outlet-a", Signature("Latest news\n\n"+join(wire[1:])+"\n\nShare"))
	x.Add("outlet-b", Signature(join(slices.Delete(slices.Clone(wire), 4, 5))))
	x.Add("rival", Signature(join(other)))
	x.Add("empty", Signature(""))

	tests := []struct {
		name string
		text string
		want []string
	}{
		{"wire copy", join(wire), []string{"agency", "outlet-a", "outlet-b"}},
		{"other story", join(other), []string{"rival"}},
		{"unrelated", "Central bank holds rates steady as inflation eases in the euro zone, economists said.", nil},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := x.Candidates(Signature(tt.text))
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Candidates = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestIndexReplace(t *testing.T) {
	x := NewIndex()
	x.Add("page", Signature(join(wire)))
	x.Add("page", Signature(join(other)))
	if got := x.Candidates(Signature(join(wire))); len(got) != 0 {
		t.Errorf("after replacing, the old text still finds %q", got)
	}
	if got := x.Candidates(Signature(join(other))); !slices.Equal(got, []string{"page"}) {
		t.Errorf("after replacing, the new text finds %q, want [page]", got)
	}
}

func TestBandsStable(t *testing.T) {
	a, b := Signature(join(wire)), Signature(join(wire))
	if a.Bands() != b.Bands() {
		t.Fatal("equal texts gave different band hashes")
	}
	bands := a.Bands()
	slices.Sort(bands[:])
	if len(slices.Compact(bands[:])) != NumBands {
		t.Error("band hashes of one signature collide; they must differ by band position")
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	sig := Signature(join(wire))
	data, err := sig.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Sig
	if err := back.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	if back != sig {
		t.Error("signature changed in a round trip")
	}
	if err := back.UnmarshalBinary(data[:10]); err == nil {
		t.Error("a truncated signature decoded without error")
	}
}

func FuzzSignature(f *testing.F) {
	f.Add(join(wire))
	f.Add("")
	f.Add("one two")
	f.Add("\xff\xfe broken \u2019 utf-8 \u0645\u0641\u0627\u0648\u0636\u0627\u062a")
	f.Fuzz(func(t *testing.T, text string) {
		sig := Signature(text)
		if sim := Similarity(sig, sig); sim != 0 && sim != 1 {
			t.Fatalf("self-similarity %v", sim)
		}
		if Signature(text) != sig {
			t.Fatal("signature is not deterministic")
		}
	})
}

// article3KB builds a 3 KB text from a fixed vocabulary, different per seed.
func article3KB(seed uint64) string {
	vocab := strings.Fields(join(wire) + " " + join(other))
	rng := rand.New(rand.NewPCG(seed, seed))
	var b strings.Builder
	for b.Len() < 3000 {
		b.WriteString(vocab[rng.IntN(len(vocab))])
		b.WriteByte(' ')
	}
	return b.String()
}

func BenchmarkSignature(b *testing.B) {
	texts := make([]string, 64)
	for i := range texts {
		texts[i] = article3KB(uint64(i))
	}
	b.SetBytes(int64(len(texts[0])))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Signature(texts[i%len(texts)])
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// TestBorrowBound proves densification always finds a filled bin: from
// every bin, the borrowing sequence visits every other bin within
// maxBorrow steps, so even a text that fills a single bin fills them all.
func TestBorrowBound(t *testing.T) {
	worst := 0
	for bin := range Size {
		var seen [Size]bool
		seen[bin] = true
		left := Size - 1
		step := 0
		for left > 0 && step < maxBorrow {
			step++
			if k := borrowFrom(bin, step); !seen[k] {
				seen[k] = true
				left--
			}
		}
		if left > 0 {
			t.Fatalf("bin %d: %d bins never visited within %d steps", bin, left, maxBorrow)
		}
		worst = max(worst, step)
	}
	t.Logf("every bin visits all others within %d steps", worst)
}
