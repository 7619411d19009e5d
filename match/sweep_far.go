package match

import "strings"

// This file holds the sweep's shortcut for the usual mismatch: one name field entirely different
// (Johannes against Jürgen), the other equal, so that no threshold the Sweep answers for makes the
// row match and its Sweep is fixed at Decline. The comparison has already scored every pair of forms
// the sweep would ask about (the field's values, and the first crossed pair of the swapped rule) and
// tried the split rule; what is left to prove is that no pair of words lines up above the floor
// (the extra-names rule), which the words' lengths and letters tell without the sketches.

// sweepFar sets the names' part of s, and its fixed decision, as sweepNames and finish would, for a
// comparison (verdict v, what it learnt of the rescues in seen, options o, without transliteration; its
// names: merchant's first and last, provider's first and last)
// in which one name field mismatches with a score below the floor and the other matched by a rule that
// needs no similarity, when it can prove from what the comparison computed that the mismatched field
// reaches no threshold from the floor up: its values and the first crossed pair of the swapped rule
// mismatched below the floor and have no words that could line up at or above it (alignBelow),
// and the split rule is off or was found impossible. It reports whether it set s; when it did, the
// Sweep is fixed at Decline (the name's effect at every point), and finish leaves it so.
func sweepFar(s *Sweep, v *Verdict, seen *rescueSeen, o *Options, mf, ml, pf, pl *name) bool {
	floor := s.floor()
	first, last := &v.Fields[FirstName], &v.Fields[LastName]
	i := 0 // the mismatched field
	switch {
	case first.Status == StatusMismatch && last.Status == StatusMatch && !last.Reasons.Has(ReasonFuzzy):
	case last.Status == StatusMismatch && first.Status == StatusMatch && !first.Reasons.Has(ReasonFuzzy):
		i = 1
	default:
		return false
	}
	score, d := v.Fields[i].Score, sweepEffect[i][0]
	if !(score < floor) || d != Decline || !(o.DisableSplit || seen.noSplit) {
		return false
	}
	// The rescue, as sweepRescue finds it (the split ruled out): -1 without the swapped rule, else the
	// first crossed pair's ceiling, its score when nothing aligns above the floor; below the floor,
	// so the second pair is not asked about.
	rescue := -1.0
	if !o.DisableSwapped {
		if !seen.crossed[0] || seen.crossStatus[0] != StatusMismatch || !(seen.crossScore[0] < floor) {
			return false
		}
		rescue = seen.crossScore[0]
	}
	// Pairs of one word each have no words to line up (the usual case): the others' words are made
	// by farAligned.
	if !o.DisableExtraNames {
		a, b := mf, pf
		if i == 1 {
			a, b = ml, pl
		}
		field := a.oneWord() && b.oneWord()
		crossed := o.DisableSwapped || (mf.oneWord() && pl.oneWord())
		if !(field && crossed) && !farAligned(i, field, crossed, a, b, mf, pl, floor) {
			return false
		}
	}
	// The field that matched without a similarity matches at every threshold (sweepFixedNames); the
	// other reaches its score or the rescue, below the floor: a mismatch outside every review band at
	// every point, which declines the row (finishVaried; d, checked above), so nothing else is read.
	j := 1 - i
	s.status = [2]Status{StatusMatch, StatusMatch}
	s.reach[i], s.score[i] = maxf(score, rescue), score
	s.reach[j], s.score[j] = 1, v.Fields[j].Score
	s.fixed, s.varies = d, false
	return true
}

// farAligned reports whether alignBelow holds for the values a and b of the mismatched field i
// (first, last), unless skipField, and for the first crossed pair, the merchant's first name mf and
// the provider's last pl, unless skipCrossed. The crossed pair shares a value with the field's (mf is
// a when i is 0, pl is b when i is 1), whose words are made once.
func farAligned(i int, skipField, skipCrossed bool, a, b, mf, pl *name, floor float64) bool {
	var wa, wb, wc farWords
	wa.src, wb.src, wc.src = a, b, pl
	cx, cy := &wa, &wc
	if i == 1 {
		wc.src = mf
		cx, cy = &wc, &wb
	}
	return (skipField || alignBelow(&wa, &wb, floor)) && (skipCrossed || alignBelow(cx, cy, floor))
}

// alignBelow reports whether the extra-names rule lines up the values of x and y (not both of one
// word) at no threshold from floor up, in any of the forms bestOutcome compares without
// transliteration (canonical, umlaut spellings): their ceiling is then the best similarity of their
// whole forms (alignAbove), or below floor. The bound is namesBound's words part (wordsBound), from the
// words' lengths and letters. It answers false (not proved) for a form past ASCII, an umlaut spelling
// that is not plain, or a value of more than sketchTokens words.
func alignBelow(x, y *farWords, floor float64) bool {
	return x.make() && y.make() && wordsBound(&x.wordSet, &y.wordSet, floor) < floor
}

// farWords is what alignBelow knows of the words of a value src in ASCII whose umlaut spelling, if
// any, is plain (name.plainAlt): its wordSet, made on first use, once for the pairs a value is in.
type farWords struct {
	src *name
	// state is 0 before make, 1 once made, -1 when src has no words to tell (see make).
	state int8
	wordSet
}

// make makes w's words on first use and reports whether src has words it can tell: a form in ASCII of
// at most sketchTokens words, and an umlaut spelling, if any, that is plain.
func (w *farWords) make() bool {
	if w.state != 0 {
		return w.state > 0
	}
	w.state = -1
	n := w.src
	n.fv.count()
	if !n.fv.ascii() || n.fv.spaces >= sketchTokens || !n.plainAlt() || len(n.form) >= 1<<15 {
		return false
	}
	// Each word up to the next space (the spaces of a plain spelling are the canonical form's).
	s, alt := n.form, n.wantAlt || n.alt != ""
	words, from := n.fv.spaces+1, 0
	for k := range words {
		c := len(s)
		if k+1 < words {
			c = from + strings.IndexByte(s[from:], ' ')
		}
		gain := 0
		if alt {
			gain = aouCount(s[from:c])
		}
		w.tletters[k], w.tlo[k], w.thi[k] = letterSet(s[from:c]), uint16(c-from), uint16(c-from+gain)
		from = c + 1
	}
	w.n = uint16(words)
	w.state = 1
	return true
}

// whole returns the letters of the canonical form, which every form has (in), and those some form has
// (any: e too when a spelling adds one). w must be made.
func (w *farWords) whole() (in, any uint64) {
	for i := range w.n {
		in |= w.tletters[i]
		if w.thi[i] > w.tlo[i] {
			any |= eBit
		}
	}
	return in, in | any
}
