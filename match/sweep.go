package match

import (
	"slices"
	"strings"
)

// This file holds what a threshold sweep needs: how one comparison's decision would change with the
// name threshold, without comparing again at each threshold.
//
// Whether a name field matches is monotone in the threshold: every rule that uses the threshold needs
// some similarity at or above it, and the rules that do not (equal forms, equal words, initials, split)
// hold at any threshold. So each comparison has a ceiling: the highest threshold at which it still
// matches. The ceiling of two name values is the best, over the forms compared (canonical, umlaut
// spellings, transliterations), of the whole-form score and of the token alignment's weakest fuzzy pair.
// The swapped and split rules make both fields match at once, up to their own ceiling (the lower of the
// two crossed pairs', or 1 for split). Everything else in a verdict does not depend on the threshold.

// Sweep records how the decision of one comparison depends on the name threshold; CompareSweep makes it
// beside the verdict, and DecisionAt answers for any threshold and review band from its from up, in a
// few comparisons of numbers. It holds no personal data (no values, no forms). A Sweep is a plain
// value, safe for concurrent reads. The zero Sweep was made by no comparison: its DecisionAt is Review
// at every threshold, and Ceiling is 0.
type Sweep struct {
	made bool
	// from is the lowest threshold and review band the Sweep answers for: ceilings and scores below it
	// are left as upper bounds below it.
	from float64
	// names are the first and last name fields as compared directly (each merchant value with the
	// provider's value of the same field).
	names [2]sweepField
	// rescue is the highest threshold at which the swapped or split rule makes both names match, -1
	// when neither can (a name missing or unusable, the rules off). Only a rescue above the lower of the
	// two fields' ceilings can change an outcome, so one at or below it may be left as an upper bound.
	rescue float64
	// fixed is the strictest effect at every threshold: the date of birth's, the email's and that of a
	// name missing or unusable.
	fixed Decision
}

// sweepField is one name field's direct comparison in a Sweep.
type sweepField struct {
	// status is StatusMissing or StatusUnusable when the field never compares, else StatusMatch (a
	// comparison whose outcome the ceiling gives).
	status Status
	// ceiling is the highest threshold at which the field's values match (1 when no similarity is
	// needed); score is their best similarity, what a mismatch reports (and the review band reads).
	ceiling, score float64
	// reach is the highest threshold at which the field matches, the rescue included; mismatch and
	// inBand are its effect on the decision above reach, outside and inside the review band.
	reach            float64
	mismatch, inBand Decision
}

// CompareSweep is Compare into *v, and also returns the Sweep of the comparison: what its decision
// would be under the same options with another name threshold and review band, from from up (see
// Sweep.DecisionAt). A from of 0 or less (or NaN) answers for every threshold; one above 1 for none.
// The verdict goes to v rather than being returned because the callers that need a Sweep compare whole
// files, and a Verdict is large to copy. A comparison whose name outcome cannot depend on the threshold
// (equal names, say) costs what Compare costs; one that used a similarity or failed also scores the
// other forms of its names and the crossed pairs of the swapped rule, except where their lengths alone
// keep them below from. Like Compare it never fails and is safe for concurrent use.
func (m *Matcher) CompareSweep(v *Verdict, merchant, provider Record, from float64) Sweep {
	if !(from > 0) {
		from = 0 // NaN too: a NaN floor would let every bound pass for a ceiling
	}
	s := Sweep{made: true, from: from, rescue: -1}
	*v = Verdict{}
	m.compare(v, merchant, provider, &s)
	return s
}

// finish completes s once v is decided: what the fields that do not depend on the threshold impose, and
// what each compared name does where it stops matching.
func (s *Sweep) finish(v *Verdict) {
	s.fixed = worse(v.Fields[DOB].Effect(), v.Fields[Email].Effect())
	for i, f := range [2]Field{FirstName, LastName} {
		n := &s.names[i]
		if n.status != StatusMatch {
			s.fixed = worse(s.fixed, v.Fields[f].Effect())
			continue
		}
		if n.reach = max(n.ceiling, s.rescue); n.reach < 1 {
			n.mismatch = effectOf(f, StatusMismatch, 0)
			n.inBand = effectOf(f, StatusMismatch, Reasons(0).With(ReasonReviewBand))
		}
	}
}

// sweepNames works out the names' part of s from the analysed names of a comparison and its verdict v.
func (m *Matcher) sweepNames(s *Sweep, v *Verdict, mf, ml, pf, pl *name) {
	fixed := true
	for i, f := range [2]Field{FirstName, LastName} {
		r := &v.Fields[f]
		switch {
		case r.Status == StatusMissing || r.Status == StatusUnusable:
			s.names[i].status = r.Status
		case r.Status == StatusMatch && !r.Reasons.Has(ReasonFuzzy):
			// Matched by a rule that needs no similarity, directly or through swapped or split: a match
			// at every threshold (the rescue, if it was one, is as fixed as the direct comparison).
			s.names[i] = sweepField{status: StatusMatch, ceiling: 1, score: r.Score}
		default:
			fixed = false
		}
	}
	if fixed {
		return
	}
	// Below floor nothing needs to be exact.
	floor := s.from - epsilon
	fr, lr := m.rules(FirstName), m.rules(LastName)
	for i, p := range [2]struct {
		a, b *name
		r    *nameRules
	}{{mf, pf, &fr}, {ml, pl, &lr}} {
		if s.names[i].status != 0 {
			continue
		}
		r := &v.Fields[i]
		direct := !p.r.translit && !r.Reasons.Has(ReasonSwapped) && !r.Reasons.Has(ReasonSplit)
		switch {
		case direct && oneWord(p.a, p.b):
			// One word on each side: only the similarity of the forms decides, at any threshold, and
			// the verdict's score is already the best over the forms (bestOutcome skips only forms that
			// cannot beat it), so it is the ceiling.
			s.names[i] = sweepField{status: StatusMatch, ceiling: r.Score, score: r.Score}
		case direct && r.Status == StatusMismatch:
			// No rule matched at the threshold, so none that needs no similarity can match at all,
			// and the score is the best over every form: above it only the extra-names rule can hold.
			c := r.Score
			if p.r.extraNames {
				for _, xy := range formPairs(p.a, p.b) {
					if xy[0] != nil {
						c = max(c, alignCeiling(xy[0], xy[1], p.r, max(c, floor)))
					}
				}
				if p.r.translit {
					translitPairs(p.a, p.b, func(x, y view, _ translitPair) bool {
						c = max(c, alignCeiling(&x, &y, p.r, max(c, floor)))
						return true
					})
				}
			}
			s.names[i] = sweepField{status: StatusMatch, ceiling: c, score: r.Score}
		default:
			c, score := namesCeiling(p.a, p.b, p.r, floor)
			s.names[i] = sweepField{status: StatusMatch, ceiling: c, score: score}
		}
	}

	lowest := min(s.names[0].ceiling, s.names[1].ceiling)
	if !allPresent(mf, ml, pf, pl) || lowest >= 1 {
		return
	}
	// The letter counts rule most rescues out before any umlaut spelling is made or pair scored: a split
	// needs the same letters in both full names, a crossed pair of one-word names a length bound that
	// reaches the floor.
	mlo, mhi := sumLetters(mf, ml)
	plo, phi := sumLetters(pf, pl)
	if !m.opts.DisableSplit && mlo <= phi && plo <= mhi && splitEqual(mf, ml, pf, pl, !m.opts.DisableSpacing) {
		s.rescue = 1
		return
	}
	if !m.opts.DisableSwapped {
		// The rescue matters only above lowest (and from), so the second crossed pair is scored only
		// when the first reaches there.
		floor = max(floor, lowest)
		x1 := crossedCeiling(mf, pl, &fr, floor)
		s.rescue = x1
		if x1 > lowest && x1 >= floor {
			s.rescue = min(x1, crossedCeiling(ml, pf, &lr, floor))
		}
	}
}

// crossedCeiling is namesCeiling of a crossed pair (the ceiling alone), or, when a and b are one word
// each and their letter counts keep every pair of their forms below floor, that bound.
func crossedCeiling(a, b *name, r *nameRules, floor float64) float64 {
	if !r.translit && oneWord(a, b) {
		alo, ahi := a.letters()
		blo, bhi := b.letters()
		var bound float64
		switch {
		case ahi < blo:
			bound = runesBound(ahi, blo)
		case bhi < alo:
			bound = runesBound(alo, bhi)
		default:
			bound = 1 // lengths that can be equal
		}
		if bound < floor {
			return bound
		}
	}
	c, _ := namesCeiling(a, b, r, floor)
	return c
}

// sumLetters adds up the letters() ranges of a first and a last name.
func sumLetters(first, last *name) (lo, hi int) {
	flo, fhi := first.letters()
	llo, lhi := last.letters()
	return flo + llo, fhi + lhi
}

// letters returns the fewest and the most letters (runes, spaces left out) that the forms of n can
// have: its canonical form, and its umlaut alternative, which writes some a, o or u of the canonical form
// with an e after it (ä: a, ae). The alternative is not made for this: until it is, each a, o and u
// counts as one that might.
func (n *name) letters() (lo, hi int) {
	n.fv.count()
	lo = n.fv.runes - n.fv.spaces
	hi = lo
	switch {
	case n.alt != "":
		n.av.count()
		hi = max(hi, n.av.runes-n.av.spaces)
	case n.wantAlt:
		for i := 0; i < len(n.form); i++ {
			if c := n.form[i]; c == 'a' || c == 'o' || c == 'u' {
				hi++
			}
		}
	}
	return lo, hi
}

// DecisionAt returns the decision the comparison would have under the options it was made with, except
// one name threshold t for both names (FirstNameThreshold and LastNameThreshold replaced) and the
// review band band (0: off; else 0 < band < t, as Options requires). At the matcher's own threshold and
// band it is the verdict's decision. A threshold or band below the from the Sweep was made with is not
// known to it, and one that Options would refuse (t outside (0, 1], band outside [0, t), NaN) is no
// policy: both are Review, never an approval.
func (s *Sweep) DecisionAt(t, band float64) Decision {
	valid := t > 0 && t <= 1 && band >= 0 && band < t // false for NaN
	if !s.made || !valid || t < s.from-epsilon || (band > 0 && band < s.from-epsilon) {
		return Review
	}
	d := s.fixed
	for i := range s.names {
		if n := &s.names[i]; n.status == StatusMatch && n.reach < t-epsilon {
			if band > 0 && n.score >= band-epsilon {
				d = worse(d, n.inBand)
			} else {
				d = worse(d, n.mismatch)
			}
		}
	}
	return d
}

// Fixed reports whether DecisionAt gives the same decision at every threshold and review band: the
// date of birth or the email declines anyway, or each name field is missing, unusable or matched by a
// rule that needs no similarity.
func (s *Sweep) Fixed() bool {
	if !s.made || s.fixed == Decline {
		return true
	}
	for i := range s.names {
		if n := &s.names[i]; n.status == StatusMatch && n.reach < 1 {
			return false
		}
	}
	return true
}

// Ceiling returns the highest name threshold at which field f (FirstName or LastName) matches in this
// comparison, the swapped and split rules included: 1 when it matches at any threshold, 0 when it is
// missing or unusable (no threshold makes it match) or f is not a name field. Thresholds from the
// ceiling down match; any above it does not. A ceiling below the Sweep's from is only known to be
// below it.
func (s *Sweep) Ceiling(f Field) float64 {
	if !s.made || (f != FirstName && f != LastName) || s.names[f].status != StatusMatch {
		return 0
	}
	return s.names[f].reach
}

// oneWord reports whether two analysed values are one word each: no space in either form (an umlaut
// alternative has the spaces of its canonical form).
func oneWord(a, b *name) bool {
	return strings.IndexByte(a.form, ' ') < 0 && strings.IndexByte(b.form, ' ') < 0
}

// formPairs returns the pairs of forms bestOutcome compares for a and b before any transliteration
// (canonical and umlaut spellings); a pair that does not exist (no umlaut alternative) is nil.
func formPairs(a, b *name) (ps [4][2]*view) {
	for i := range ps {
		x, y := &a.fv, &b.fv
		if i&1 != 0 {
			x = a.altView()
		}
		if i&2 != 0 {
			y = b.altView()
		}
		if x.s != "" && y.s != "" {
			ps[i] = [2]*view{x, y}
		}
	}
	return ps
}

// namesCeiling returns the ceiling of two analysed name values under r's rules (other than the
// threshold) and their best similarity, over the forms bestOutcome tries. Below floor neither needs to
// be exact: a pair whose lengths keep it below floor gives that bound for both.
func namesCeiling(a, b *name, r *nameRules, floor float64) (ceiling, score float64) {
	ceiling, score = -1, 0
	for _, xy := range formPairs(a, b) {
		if xy[0] != nil && ceiling < 1 {
			c, sc := formsCeiling(xy[0], xy[1], r, floor)
			ceiling, score = max(ceiling, c), max(score, sc)
		}
	}
	if r.translit && ceiling < 1 {
		translitPairs(a, b, func(x, y view, _ translitPair) bool {
			c, sc := formsCeiling(&x, &y, r, floor)
			ceiling, score = max(ceiling, c), max(score, sc)
			return ceiling < 1
		})
	}
	return max(ceiling, 0), score
}

// formsCeiling returns the highest threshold at which compareForms matches x and y, and their score.
// Below floor neither needs to be exact (see namesCeiling).
func formsCeiling(x, y *view, r *nameRules, floor float64) (ceiling, score float64) {
	x.count()
	y.count()
	spaced := x.spaces > 0 || y.spaces > 0
	if b := formsBound(x, y, r, spaced); b < floor {
		// The bound stands for the score too, kept below floor by a margin so that no review band the
		// Sweep answers for (from floor up) can read it as inside the band.
		return b, min(b, floor-epsilon)
	}
	// Above every similarity, only the rules that need none can match.
	probe := *r
	probe.threshold = 2
	o := compareForms(x, y, &probe)
	if o.match {
		return 1, o.score
	}
	ceiling = o.score
	if r.extraNames && spaced {
		ceiling = max(ceiling, alignCeiling(x, y, r, max(ceiling, floor)))
	}
	return ceiling, o.score
}

// formsBound returns an upper bound of the ceiling and the score of x and y from their lengths: 1 when
// a rule that needs no similarity could match them (equal spaceless lengths, or with extra names a pair
// of equal words or initials), else the highest length bound of the whole forms, their spaceless
// forms, and any pair of words (the extra-names rule needs one full pair at or above the threshold).
func formsBound(x, y *view, r *nameRules, spaced bool) float64 {
	b := runesBound(x.runes, y.runes)
	if !spaced {
		return b // one word each: only their similarity can make them match
	}
	if r.spacing {
		b = max(b, spacelessBound(x, y))
	}
	if !r.extraNames || b >= 1 {
		return b
	}
	var xt, yt [maxTokens]string
	nx, okx := tokens(x.s, &xt)
	ny, oky := tokens(y.s, &yt)
	if !okx || !oky {
		return b
	}
	for _, p := range xt[:nx] {
		for _, q := range yt[:ny] {
			if p == q || runeCount(p) == 1 || runeCount(q) == 1 {
				return 1
			}
			b = max(b, lengthBound(p, q))
		}
	}
	return b
}

// alignCeiling returns the highest threshold above floor at which the extra-names rule aligns x and y,
// or -1 when there is none. That threshold is the similarity of some pair of words (the weakest fuzzy
// pair of the best alignment), so the candidates are tried from the highest down with alignTokens
// itself: the rule has one definition.
func alignCeiling(x, y *view, r *nameRules, floor float64) float64 {
	x.count()
	y.count()
	var xt, yt [maxTokens]string
	nx, okx := tokens(x.s, &xt)
	ny, oky := tokens(y.s, &yt)
	if !okx || !oky {
		return -1
	}
	var cand [maxTokens * maxTokens]float64
	n := 0
	for _, a := range xt[:nx] {
		for _, b := range yt[:ny] {
			if a == b || runeCount(a) == 1 || runeCount(b) == 1 || lengthBound(a, b) <= floor {
				continue // equal words and initials line up at any threshold; floor and below do not matter
			}
			if s := similarity(a, b); s > floor {
				cand[n] = s
				n++
			}
		}
	}
	c := cand[:n]
	slices.Sort(c)
	probe := *r
	for i := len(c) - 1; i >= 0; i-- {
		if i+1 < len(c) && c[i] == c[i+1] {
			continue
		}
		probe.threshold = c[i]
		if alignTokens(x, y, &probe).ok {
			return c[i]
		}
	}
	return -1
}
