package extract

import (
	"strings"

	"github.com/parley-news/parley"
)

// findAssessments reads the verdicts on the talks as a whole: a clause
// holding a verdict cue of the packs ("impasse", "progress", "gaps
// remain"), its polarity turned around when negated ("no sign of
// progress"), its source the speaker whose words hold it. Unless the
// article is about a negotiation a pack knows, only paragraphs that speak
// of talks or a truce count, so a "gap" in a poll is no verdict.
// One record per clause; a clause with both polarities is negative, since
// hedged hope ("hopes faltered") reads as a setback.
func findAssessments(d *Doc) []parley.Assessment {
	if d.Pack == nil {
		return nil
	}
	var out []parley.Assessment
	negotiation := len(d.Pack.Names()) > 1 // a negotiation's own pack was chosen
	para := 0
	var pending []*sentence
	flush := func() {
		if negotiation || onTalks(pending) {
			for _, s := range pending {
				out = s.assessments(d, out)
			}
		}
		pending = pending[:0]
	}
	for _, s := range d.sentences() {
		for para < len(d.Paras) && d.Paras[para].End <= s.Start {
			para++
			flush()
		}
		if len(s.verdicts) > 0 || len(s.issues) > 0 {
			pending = append(pending, s)
		}
	}
	flush()
	return out
}

// onTalks reports whether a paragraph speaks of talks or of a stop to
// fighting, the things a verdict on a negotiation is about.
func onTalks(ss []*sentence) bool {
	for _, s := range ss {
		for _, is := range s.issues {
			if is.ID == s.set.Process() || is.ID == s.set.Lasting() || is.ID == s.set.Pause() {
				return true
			}
		}
	}
	return false
}

// assessments appends the sentence's verdicts to out.
func (s *sentence) assessments(d *Doc, out []parley.Assessment) []parley.Assessment {
	last := parley.Span{}
	headline := s.End <= d.Article.BodyStart
	for _, v := range s.verdicts {
		cl := s.clause(s.tok(v.Start))
		if headline {
			cl = s.Span
		}
		polarity := v.ID
		if polarity == parley.Positive && (s.negated(v) || s.disputed(s.tok(v.Start), s.tok(v.End))) {
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
			if s.tok(a.End)-s.tok(a.Start) >= clauseWords {
				cl.Start, cl.End = max(cl.Start, a.Start), min(cl.End, a.End)
			}
		}
		out = append(out, parley.Assessment{Source: source, Polarity: polarity,
			Text: d.Text[cl.Start:cl.End], Span: cl})
	}
	return out
}

// clauseWords is the fewest words a verdict's clause should hold: a
// shorter one runs on past a comma or a quote mark.
const clauseWords = 5

// clauseReach caps how far a clause runs before and after its cue.
const clauseBefore, clauseAfter = 12, 8

// clause returns the span of the clause around token i: back to a clause
// opener (a complementizer, a reporting verb, a comma, a quote mark),
// forward to the next stop. Quote marks bound it only when what they
// enclose is a clause, not a quoted word ("is still "achievable"").
func (s *sentence) clause(i int) parley.Span {
	sp := s.clauseSpan(i, true)
	if sp[1]-sp[0]+1 < clauseWords {
		sp = s.clauseSpan(i, false)
	}
	return parley.Span{Start: s.toks[sp[0]].Start, End: s.toks[sp[1]].End}
}

func (s *sentence) clauseSpan(i int, quotes bool) [2]int {
	start := i
	for start > 0 && i-start < clauseBefore {
		w := s.word(start - 1)
		if opensClause(w) || quotes && isQuote(w) {
			break
		}
		start--
	}
	end := i
	for end < len(s.toks)-1 && end-i < clauseAfter {
		w := s.word(end + 1)
		if closesClause(w) || quotes && isQuote(w) || w == "," && end-start+1 >= clauseWords {
			break
		}
		end++
	}
	return [2]int{start, end}
}

func isQuote(w string) bool { return w == "\"" || w == "“" || w == "”" }

func opensClause(w string) bool {
	switch w {
	case "that", ";", ":", "—", "–", ",", "said", "says", "told", "while", "but", "whereas", "although", "with", "as":
		return true
	}
	return false
}

func closesClause(w string) bool {
	switch w {
	case ".", ";", "—", "–", "while", "but", "whereas", "although", "according", "said", "says", "?", "!",
		"regarding", "concerning", "amid", "following", "despite", "including", "because":
		return true
	}
	return false
}

// disputed reports whether the hope in tokens [i, j) is denied around it:
// "denying that talks are progressing", "reports of progress are fake".
func (s *sentence) disputed(i, j int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		w := s.word(k)
		if w == "." || w == ";" {
			break
		}
		if denials[w] {
			return true
		}
	}
	for k := j; k < len(s.toks) && k < j+8; k++ {
		w := strings.Trim(s.word(k), "\"“”'‘’")
		if w == "." || w == ";" || w == "," {
			break
		}
		if falsehoods[w] {
			return true
		}
	}
	return false
}

// denials deny the clause they govern; falsehoods call what precedes them untrue.
var (
	denials    = wordSet("deny denies denied denying dismiss dismisses dismissed dismissing")
	falsehoods = wordSet("fake false untrue baseless premature exaggerated inaccurate overblown misleading")
)
