package extract

import "github.com/parley-news/parley"

// findAssessments reads the verdicts on the talks as a whole: a clause
// holding a verdict cue of the packs ("impasse", "progress", "gaps
// remain"), its polarity turned around when negated ("no sign of
// progress"), its source the speaker whose words hold it. One record per
// clause; a clause with both polarities is negative, since hedged hope
// ("hopes faltered") reads as a setback.
func findAssessments(d *Doc) []parley.Assessment {
	if d.Pack == nil {
		return nil
	}
	var out []parley.Assessment
	for _, sp := range d.Sents {
		s := scanSentence(d, sp)
		last := parley.Span{}
		for _, v := range s.verdicts {
			cl := s.clause(s.tok(v.Start))
			polarity := v.ID
			if polarity == parley.Positive && s.negated(s.tok(v.Start)) {
				polarity = parley.Negative
			}
			if cl == last {
				if polarity == parley.Negative {
					out[len(out)-1].Polarity = parley.Negative
				}
				continue
			}
			last = cl
			source := ""
			if a := inAttribution(d, v.Start); a != nil {
				source = a.Speaker
				cl.Start, cl.End = max(cl.Start, a.Start), min(cl.End, a.End)
			}
			out = append(out, parley.Assessment{Source: source, Polarity: polarity,
				Text: d.Text[cl.Start:cl.End], Span: cl})
		}
	}
	return out
}

// clauseWords is the fewest words a verdict's clause keeps before it may
// stop at a comma.
const clauseWords = 5

// clause returns the span of the clause around token i: back to a clause
// opener (a complementizer, a reporting colon, a quote mark), forward to
// the next stop; a comma ends it only once it holds a few words.
func (s *sentence) clause(i int) parley.Span {
	start := i
	for start > 0 {
		w := s.word(start - 1)
		if opensClause(w) || w == "," && i-start >= clauseWords {
			break
		}
		start--
	}
	end := i
	for end < len(s.toks)-1 {
		w := s.word(end + 1)
		if closesClause(w) || w == "," && end-start >= clauseWords {
			break
		}
		end++
	}
	return parley.Span{Start: s.toks[start].Start, End: s.toks[end].End}
}

func opensClause(w string) bool {
	switch w {
	case "that", ";", ":", "\"", "“", "”", "—", "–", "said", "says", "told", "while", "but", "whereas", "although", "and":
		return true
	}
	return false
}

func closesClause(w string) bool {
	switch w {
	case ".", ";", "\"", "“", "”", "—", "–", "while", "but", "whereas", "although", "according", "said", "says", "?", "!":
		return true
	}
	return false
}

