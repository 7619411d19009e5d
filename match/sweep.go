package match

import (
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/custmatch/custmatch/normalize"
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
// few comparisons of numbers (DecisionsAt for many at once). It holds no personal data (no values, no
// forms). A Sweep is a plain value of 48 bytes, safe for concurrent reads. The zero Sweep was made by
// no comparison: its DecisionAt is Review at every threshold, and Ceiling is 0.
type Sweep struct {
	// from is the lowest threshold and review band the Sweep answers for: ceilings and scores below it
	// are left as upper bounds below it.
	from float64
	// reach is, per name field (first, last), the highest threshold at which it matches, the swapped
	// and split rules included (1 when no similarity is needed); score is its best similarity as
	// compared directly, what a mismatch reports (and the review band reads). Neither is read for a
	// field whose status is not StatusMatch.
	reach, score [2]float64
	// fixed is the strictest effect at every threshold: the date of birth's, the email's and that of a
	// name missing or unusable; 0 for the zero Sweep (made by no comparison).
	fixed Decision
	// status is, per name field, StatusMissing or StatusUnusable when the field never compares, else
	// StatusMatch (a comparison whose outcome reach gives).
	status [2]Status
	// varies is what Fixed reports false for: fixed is not Decline and some name's reach is below 1
	// (until finish, only the latter).
	varies bool
}

// sweepEffect is the effect of a compared name field (first, last) where its reach ends: [0] outside
// the review band, [1] inside it. The same for every comparison, so worked out once from effectOf.
var sweepEffect = func() (e [2][2]Decision) {
	for i, f := range [2]Field{FirstName, LastName} {
		e[i] = [2]Decision{effectOf(f, StatusMismatch, 0), effectOf(f, StatusMismatch, Reasons(0).With(ReasonReviewBand))}
	}
	return e
}()

// CompareSweep is Compare into *v, and also makes in *s the Sweep of the comparison: what its decision
// would be under the same options with another name threshold and review band, from from up (see
// Sweep.DecisionAt). A from of 0 or less (or NaN) answers for every threshold; one above 1 for none.
// The verdict and the Sweep go to v and s rather than being returned because the callers that need a
// Sweep compare whole files, where copying results costs more than it seems. Both are overwritten whole;
// neither may be nil. A comparison whose name outcome cannot depend on the threshold (equal
// names, say) costs what Compare costs; one that used a similarity or failed also scores the other
// forms of its names and the crossed pairs of the swapped rule, except where their lengths or letters
// alone keep them below from. Like Compare it never fails and is safe for concurrent use (with a v and
// an s of each goroutine's own).
func (m *Matcher) CompareSweep(v *Verdict, s *Sweep, merchant, provider Record, from float64) {
	// Into *s, not returned: a Sweep copied right after it was made stalled on reading its fields
	// back as wider words (perf showed the copy as the hottest lines of report's CompareRows). And
	// small enough to be inlined: a call copied both records twice (perf: again CompareRows's
	// hottest lines).
	m.compareSweep(v, s, &merchant, &provider, from)
}

// compareSweep is CompareSweep with the records by pointer.
func (m *Matcher) compareSweep(v *Verdict, s *Sweep, merchant, provider *Record, from float64) {
	if !(from > 0) {
		from = 0 // NaN too: a NaN floor would let every bound pass for a ceiling
	}
	*s = Sweep{from: from}
	*v = Verdict{}
	m.compare(v, merchant, provider, s)
}

// finish completes s once v is decided and the names' part of s is worked out (sweepNames): what the
// fields that do not depend on the threshold impose. A Sweep whose fixed decision sweepNames already
// set (sweepFar: a name that declines at every point) is complete.
func (s *Sweep) finish(v *Verdict) {
	if s.fixed != 0 {
		return
	}
	// When no compared name stops matching below 1, every name's effect in v is its effect at every
	// threshold, and v's decision is the strictest of all.
	s.fixed = v.Decision
	if s.varies { // for now: some compared name stops matching below 1 (sweepNames)
		s.finishVaried(v)
	}
}

// finishVaried is finish for a comparison where some compared name stops matching below 1. A name whose
// reach and score are both below the floor mismatches outside every review band at every point the
// Sweep answers for: its effect there is fixed too (a name too different to match at any threshold
// from from up declines the row at all of them), and when that is Decline nothing is stricter, so the
// other fields are not read. Else the fixed effect is also that of the fields that do not depend on
// the threshold: none when v approves (every field's effect in v is then Approve).
func (s *Sweep) finishVaried(v *Verdict) {
	floor := s.floor()
	d := Approve
	for i := range 2 {
		if s.status[i] == StatusMatch && s.reach[i] < floor && s.score[i] < floor {
			d = worse(d, sweepEffect[i][0])
		}
	}
	if d != Decline && v.Decision != Approve {
		d = worse(d, worse(v.Fields[DOB].Effect(), v.Fields[Email].Effect()))
		for i, f := range [2]Field{FirstName, LastName} {
			if s.status[i] != StatusMatch {
				d = worse(d, v.Fields[f].Effect())
			}
		}
	}
	s.fixed, s.varies = d, d != Decline
}

// sweepMatched records in s that both name fields of v match at every threshold, and reports so, when
// both matched by a rule that needs no similarity: the usual case (equal names), told before
// sweepNames at the cost of a few comparisons.
func (s *Sweep) sweepMatched(v *Verdict) bool {
	first, last := &v.Fields[FirstName], &v.Fields[LastName]
	if first.Status != StatusMatch || last.Status != StatusMatch || (first.Reasons | last.Reasons).Has(ReasonFuzzy) {
		return false
	}
	s.status, s.reach = [2]Status{StatusMatch, StatusMatch}, [2]float64{1, 1} // the score is not read
	return true
}

// sweepNames works out the names' part of s from the analysed names of a comparison, the rules they were
// compared under (first, last) and its verdict v: each field's status, reach and score (and, for a
// name that declines at every point, the fixed decision: sweepFar).
func (m *Matcher) sweepNames(s *Sweep, v *Verdict, seen *rescueSeen, rules *[2]nameRules, mf, ml, pf, pl *name) {
	if m.opts.Transliterate {
		if !sweepFixedNames(s, v) {
			sweepGeneral(s, v, seen, rules, mf, ml, pf, pl, &m.opts)
		}
		return
	}
	// The usual mismatch, one name entirely different, is told from what the comparison computed.
	if sweepFar(s, v, seen, &m.opts, mf, ml, pf, pl) || sweepFixedNames(s, v) {
		return
	}
	// The words of the names, made as the plain path asks, once for every pair a name is in.
	w := [4]farWords{{src: mf}, {src: ml}, {src: pf}, {src: pl}}
	// The usual comparison needs no sketch: its outcome gives every ceiling.
	if plainCeiling(s, 0, v, &rules[0], &w[0], &w[2]) && plainCeiling(s, 1, v, &rules[1], &w[1], &w[3]) {
		if rescue, ok := plainRescue(s, seen, &m.opts, rules, &w); ok {
			s.addRescue(rescue)
			return
		}
	}
	sweepGeneral(s, v, seen, rules, mf, ml, pf, pl, &m.opts)
}

// plainCeiling sets the status, reach and score in s of name field i (first, last) of v, whose values
// (with their words) are wa and wb, compared under r, when sweepFixedNames left it and it needs no
// sketch: compared directly (not through the swapped or split rule), so that its ceiling is its score
// (compared, without transliteration, which the caller rules out) when the values are one word each,
// or when the extra-names rule cannot line them up above it or the floor (plainAligned). It reports
// whether field i is set: by sweepFixedNames, or here, as sweepCeilings would set it (which skips a
// field that is set).
func plainCeiling(s *Sweep, i int, v *Verdict, r *nameRules, wa, wb *farWords) bool {
	if s.status[i] != 0 {
		return true
	}
	f := &v.Fields[i]
	if f.Reasons.Has(ReasonSwapped) || f.Reasons.Has(ReasonSplit) {
		return false
	}
	if (!wa.src.oneWord() || !wb.src.oneWord()) && !plainAligned(r, f.Status, f.Score, wa, wb, s.floor()) {
		return false
	}
	s.status[i], s.reach[i], s.score[i] = StatusMatch, f.Score, f.Score
	return true
}

// plainAligned reports whether compared gives values (with their words) wa and wb, not both of one
// word, compared under r with status and score (directly, or as a crossed pair of the swapped rule),
// their score as ceiling with floor as its floor: they mismatched, or matched through their whole
// forms' similarity (at or above r's threshold), and the extra-names rule is off or lines them up at
// no threshold from their score or floor up (alignBelow), so that alignAbove finds nothing above the
// score. False when it cannot tell.
func plainAligned(r *nameRules, status Status, score float64, wa, wb *farWords, floor float64) bool {
	if status != StatusMismatch && !(status == StatusMatch && score >= r.threshold-epsilon) {
		return false
	}
	return !r.extraNames || alignBelow(wa, wb, maxf(score, floor))
}

// plainRescue is sweepRescue without sketches, under the options o and the rules of each field, for
// the names of w (merchant's first and last, provider's first and last, with their words), once
// both fields are set and without transliteration: it gives the same answer when it needs none (ok),
// which is when the split is off, found impossible by the comparison (seen) or ruled out by equal
// first names (sameFirst), and each crossed pair it needs was compared by the comparison or is kept
// below the floor by its lengths and words (plainCrossed). ok is false otherwise.
func plainRescue(s *Sweep, seen *rescueSeen, o *Options, rules *[2]nameRules, w *[4]farWords) (rescue float64, ok bool) {
	mf, ml, pf, pl := w[0].src, w[1].src, w[2].src, w[3].src
	lowest := min(s.reach[0], s.reach[1])
	if s.status[0] != StatusMatch || s.status[1] != StatusMatch || !allPresent(mf, ml, pf, pl) || lowest >= 1 {
		return -1, true
	}
	if !o.DisableSplit && !seen.noSplit && !sameFirst(mf, pf) {
		return 0, false
	}
	if o.DisableSwapped {
		return -1, true
	}
	floor := max(s.floor(), lowest)
	x1, ok := plainCrossed(seen, 0, &rules[0], &w[0], &w[3], floor, lowest)
	if ok && x1 > lowest && x1 >= floor {
		x2, ok2 := plainCrossed(seen, 1, &rules[1], &w[1], &w[2], floor, lowest)
		return min(x1, x2), ok2
	}
	return x1, ok
}

// plainCrossed returns the ceiling sweepRescue gives the k-th crossed pair, the values (with their
// words) wa and wb, compared under r, with floor as its floor (lowest: the lower of the two fields'
// reaches), when that ceiling needs no sketch: when the comparison compared the pair (seen), its
// score, if the values are one word each or the extra-names rule finds nothing above it
// (plainAligned); else, for values of one word each whose lengths keep it below floor, the bound of
// those lengths (namesBound's); else, when floor is lowest (so that the rescue changes no reach:
// sweepRescue's own is below it too), any bound below floor of the whole and spaceless forms'
// lengths, the whole forms' letters, and the words (alignBelow). ok is false otherwise.
func plainCrossed(seen *rescueSeen, k int, r *nameRules, wa, wb *farWords, floor, lowest float64) (c float64, ok bool) {
	a, b := wa.src, wb.src
	one := a.oneWord() && b.oneWord()
	if seen.crossed[k] {
		return seen.crossScore[k], one || plainAligned(r, seen.crossStatus[k], seen.crossScore[k], wa, wb, floor)
	}
	alo, ahi, aok := plainLengths(a)
	blo, bhi, bok := plainLengths(b)
	if !aok || !bok {
		return 0, false
	}
	c = rangesBound(alo, ahi, blo, bhi)
	if one && c < floor {
		return c, true
	}
	// Else any bound below floor will do where floor is lowest: the spaceless forms' lengths, the
	// letters of the whole forms, and the words bound the ceiling too.
	if floor != lowest {
		return 0, false
	}
	if !one && r.spacing {
		as, bs := a.fv.spaces, b.fv.spaces
		c = maxf(c, rangesBound(alo-as, ahi-as, blo-bs, bhi-bs))
	}
	if c >= floor {
		if !wa.make() || !wb.make() {
			return 0, false
		}
		ain, aany := wa.whole()
		bin, bany := wb.whole()
		if c = minf(c, lettersBound(ain, aany, bin, bany, max(ahi, bhi))); c >= floor {
			return 0, false
		}
	}
	if !one && r.extraNames && !alignBelow(wa, wb, floor) {
		return 0, false
	}
	return c, true
}

// addRescue raises the reach in s of each compared name field to rescue, the highest threshold at which
// the swapped or split rule makes both names match (-1: at none), and records whether one stops
// matching below 1.
func (s *Sweep) addRescue(rescue float64) {
	for i := range s.reach {
		if s.status[i] == StatusMatch {
			s.reach[i] = maxf(s.reach[i], rescue)
			s.varies = s.varies || s.reach[i] < 1 // until finish knows the other fields
		}
	}
}

// sweepGeneral is sweepNames, after sweepFixedNames, for any comparison: it makes the names' sketches
// as far as the bounds ask (the matcher's options o). A field already set (by sweepFixedNames or
// plainCeiling) is left as it is.
func sweepGeneral(s *Sweep, v *Verdict, seen *rescueSeen, rules *[2]nameRules, mf, ml, pf, pl *name, o *Options) {
	sk := [4]nameSketch{{n: mf}, {n: ml}, {n: pf}, {n: pl}}
	ks := [4]*nameSketch{&sk[0], &sk[1], &sk[2], &sk[3]}
	// A provider's value equal to the merchant's (the usual case for one of the two) has the same forms:
	// its sketch is the merchant's, made once.
	for i := range 2 {
		if pn, mn := ks[i+2].n, ks[i].n; len(pn.form) == len(mn.form) && unsafe.StringData(pn.form) == unsafe.StringData(mn.form) {
			ks[i+2] = ks[i] // analyseAll copied the merchant's analysis: the raw values are equal
		}
	}
	sweepCeilings(s, v, &ks, rules)
	s.addRescue(sweepRescue(s, &ks, rules, seen, mf, ml, pf, pl, o))
}

// floor returns the value below which the ceilings and scores of s need not be exact: a bound below it
// stands for them. DecisionAt answers from from-epsilon up (a threshold computed in floating point may
// fall just under the from it was meant to equal), and reads a ceiling as a match from t-epsilon up, so
// the floor is two epsilons under from: a stand-in is then a mismatch at every threshold DecisionAt
// answers for (one epsilon under from, a stand-in just under it read as a match at a threshold just
// under from: an approval a fresh comparison declines).
func (s *Sweep) floor() float64 { return s.from - 2*epsilon }

// sweepFixedNames sets the status, reach and score in s of each name field whose outcome in v holds at
// every threshold: missing or unusable (never compared), or matched by a rule that needs no similarity.
// It reports whether both are such: then no rescue can change them either.
func sweepFixedNames(s *Sweep, v *Verdict) bool {
	fixed := true
	for i, f := range [2]Field{FirstName, LastName} {
		r := &v.Fields[f]
		switch {
		case r.Status == StatusMissing || r.Status == StatusUnusable:
			s.status[i] = r.Status
		case r.Status == StatusMatch && !r.Reasons.Has(ReasonFuzzy):
			// Matched by a rule that needs no similarity, directly or through swapped or split: a match
			// at every threshold (the rescue, if it was one, is as fixed as the direct comparison).
			s.status[i], s.reach[i], s.score[i] = StatusMatch, 1, r.Score
		default:
			fixed = false
		}
	}
	return fixed
}

// sweepCeilings sets the status, score and ceiling (in reach: the highest threshold at which its values
// match directly) in s of each name field sweepFixedNames left, from the sketches ks of the merchant's
// first and last and the provider's first and last name (a provider's value equal to the merchant's
// may share its sketch, and its name: the forms are the same).
func sweepCeilings(s *Sweep, v *Verdict, ks *[4]*nameSketch, rules *[2]nameRules) {
	// Below floor nothing needs to be exact.
	floor := s.floor()
	for i := range 2 {
		if s.status[i] != 0 {
			continue
		}
		r := &v.Fields[i]
		var c, score float64
		if r.Reasons.Has(ReasonSwapped) || r.Reasons.Has(ReasonSplit) {
			c, score = namesCeiling(ks[i], ks[i+2], &rules[i], floor)
		} else {
			c, score = compared(ks[i], ks[i+2], &rules[i], r.Status, r.Score, floor)
		}
		s.status[i], s.reach[i], s.score[i] = StatusMatch, c, score
	}
}

// compared returns the ceiling and the score of the analysed values of the sketches a and b under r, as
// namesCeiling does, given the status and score compareNames gave them at r's threshold (whether
// directly, or as a crossed pair of the swapped rule). Without transliteration that score is the best
// similarity over every pair of forms (bestOutcome skips only forms that cannot beat it), so most of the
// work is done.
func compared(a, b *nameSketch, r *nameRules, status Status, score, floor float64) (ceiling, best float64) {
	switch {
	case r.translit:
	case a.n.oneWord() && b.n.oneWord(): // inlined (oneWord is not)
		// One word on each side: only the similarity of the forms decides, at any threshold, and the
		// score is the best over the forms, so it is the ceiling.
		return score, score
	case status == StatusMismatch:
		// No rule matched at the threshold, so none that needs no similarity can match at all, and the
		// score is the best over every form: above it only the extra-names rule can hold, through a
		// pair of words above it.
		return alignAbove(a, b, r, score, floor, false), score
	case status == StatusMatch && score >= r.threshold-epsilon:
		// Matched through the similarity of whole forms (an alignment matches only below the
		// threshold): the score is again the best over every form, and no form is equal, nor equal
		// without spaces (that would be a match of score 1 needing no similarity). Above it only the
		// extra-names rule can hold: with equal words and initials alone, at any threshold, or through
		// a pair of words above it.
		return alignAbove(a, b, r, score, floor, true), score
	}
	return namesCeiling(a, b, r, floor)
}

// alignAbove returns the ceiling of a direct comparison of a and b under r whose best similarity over
// every pair of forms is c: the highest of c and the thresholds above it (and above floor) at which the
// extra-names rule aligns a pair of forms, or 1 when, with probe, one aligns with equal words and
// initials alone (without probe the caller knows none does). The letters of the words come first: a
// pair of words they keep at or below c aligns above c in no form.
func alignAbove(a, b *nameSketch, r *nameRules, c, floor float64, probe bool) float64 {
	if !r.extraNames {
		return c
	}
	if _, words := namesBound(a, b, r, maxf(c, floor)); words <= maxf(c, floor) {
		return c
	}
	for _, xy := range formPairs(a.n, b.n) {
		x, y := xy[0], xy[1]
		if x == nil {
			continue
		}
		x.count()
		y.count()
		if x.spaces == 0 && y.spaces == 0 {
			continue // one word each: the pair is the whole forms, whose similarity is at most c
		}
		if probe {
			above := *r
			above.threshold = 2 // above every similarity
			if alignTokens(x, y, &above).ok {
				return 1
			}
		}
		c = maxf(c, alignCeiling(x, y, r, maxf(c, floor)))
	}
	return c
}

// sweepRescue returns the highest threshold at which the swapped or split rule makes both names match,
// -1 when neither can (a name missing or unusable, the rules off under the options o), given the ceilings sweepCeilings
// left in s, the four analysed names and their sketches ks, and what the comparison itself learnt of
// the two rules (seen): a split it found impossible, the crossed pairs it compared. Only a rescue above
// the lower of the two ceilings can change an outcome, so one at or below it may be left as an upper
// bound.
func sweepRescue(s *Sweep, ks *[4]*nameSketch, rules *[2]nameRules, seen *rescueSeen, mf, ml, pf, pl *name, o *Options) float64 {
	lowest := min(s.reach[0], s.reach[1])
	if s.status[0] != StatusMatch || s.status[1] != StatusMatch || !allPresent(mf, ml, pf, pl) || lowest >= 1 {
		return -1
	}
	// The letters rule most rescues out before any umlaut spelling is made or pair scored: a split
	// needs the same letters in both full names, a crossed pair a bound that reaches the floor. Equal
	// first names rule the split out before that.
	if !o.DisableSplit && !seen.noSplit && !sameFirst(mf, pf) && splitLetters(ks) &&
		splitEqual(mf, ml, pf, pl, !o.DisableSpacing) {
		return 1
	}
	if o.DisableSwapped {
		return -1
	}
	// The rescue matters only above lowest (and from), so the second crossed pair is scored only
	// when the first reaches there.
	floor := max(s.floor(), lowest)
	x1 := seen.ceiling(0, ks[0], ks[3], &rules[0], floor)
	if x1 > lowest && x1 >= floor {
		return min(x1, seen.ceiling(1, ks[1], ks[2], &rules[1], floor))
	}
	return x1
}

// ceiling returns the ceiling of the k-th crossed pair, the analysed values of the sketches a and b
// under r: from its comparison's outcome when the comparison compared it (compared), else from scratch
// (namesCeiling). Below floor it need not be exact.
func (s *rescueSeen) ceiling(k int, a, b *nameSketch, r *nameRules, floor float64) float64 {
	var c float64
	if s.crossed[k] {
		c, _ = compared(a, b, r, s.crossStatus[k], s.crossScore[k], floor)
	} else {
		c, _ = namesCeiling(a, b, r, floor)
	}
	return c
}

// sameFirst reports whether the merchant's and the provider's first names, mf and pf, have one form
// each, the same: no umlaut alternative, made or to be made. splitEqual then pairs only that form with
// itself, which it skips (a split reads the full names apart differently), so the split rule cannot
// hold: the usual case of a comparison whose last names alone differ.
func sameFirst(mf, pf *name) bool {
	return !mf.wantAlt && !pf.wantAlt && mf.alt == "" && pf.alt == "" && mf.form == pf.form
}

// splitLetters reports whether the letters of the four names of ks (merchant's first and last,
// provider's first and last) let the full names read the same in some of their forms, as the split
// rule needs (splitEqual): as many letters (spaces left out) and, for names in ASCII, the same ones.
func splitLetters(ks *[4]*nameSketch) bool {
	mf, ml, pf, pl := ks[0].lengths(), ks[1].lengths(), ks[2].lengths(), ks[3].lengths()
	if mf == nil || ml == nil || pf == nil || pl == nil {
		mlo, mhi := sumLetters(ks[0].n, ks[1].n)
		plo, phi := sumLetters(ks[2].n, ks[3].n)
		return mlo <= phi && plo <= mhi
	}
	mlo, mhi := mf.letterCount(false)+ml.letterCount(false), mf.letterCount(true)+ml.letterCount(true)
	plo, phi := pf.letterCount(false)+pl.letterCount(false), pf.letterCount(true)+pl.letterCount(true)
	if mlo > phi || plo > mhi {
		return false
	}
	mf, ml, pf, pl = ks[0].full(), ks[1].full(), ks[2].full(), ks[3].full()
	if mf == nil || ml == nil || pf == nil || pl == nil {
		return true
	}
	return (mf.letters|ml.letters)&^(pf.any()|pl.any()) == 0 && (pf.letters|pl.letters)&^(mf.any()|ml.any()) == 0
}

// sumLetters adds up the letters() ranges of a first and a last name.
func sumLetters(first, last *name) (lo, hi int) {
	flo, fhi := first.letters()
	llo, lhi := last.letters()
	return flo + llo, fhi + lhi
}

// letters returns the fewest and the most letters (runes, spaces left out) that the forms of n can
// have: its canonical form, and its umlaut alternative, which writes some a, o or u of the canonical form
// with an e after it (ä: a, ae). The alternative is not made for this when it is plain (plainAlt):
// until it is, each a, o and u counts as one that might.
func (n *name) letters() (lo, hi int) {
	n.fv.count()
	lo = n.fv.runes - n.fv.spaces
	hi = lo
	n.plainAlt()
	switch {
	case n.alt != "":
		n.av.count()
		hi = max(hi, n.av.runes-n.av.spaces)
	case n.wantAlt:
		hi += aouCount(n.form)
	}
	return lo, hi
}

// plainAlt reports whether n's umlaut alternative, made or not, is known to be its canonical form with an
// e written after some a, o and u and nothing else changed (or there is none): what the bounds that do
// not make it rely on. Normalization keeps that so but where it drops a leading title or trailing
// suffix, which the other spelling may not read as one (Fräu Müller: muller, fraeu mueller); for such
// a value the alternative is made here, and false returned, so that what is said of it is measured.
func (n *name) plainAlt() bool {
	return n.steps&normalize.StepTitle == 0 || (!n.wantAlt && len(n.alt) == 0) || n.titleAlt()
}

// titleAlt makes the alternative of a value normalization dropped a title or suffix from, for
// plainAlt, and reports false. Kept out of line, so that plainAlt's usual answer is inlined.
//
//go:noinline
func (n *name) titleAlt() bool {
	n.alternative()
	return false
}

// oneWord reports whether n's forms are one word each: no space in its canonical form, nor in its
// umlaut alternative (which has the spaces of the canonical form when plain).
// Small enough to be inlined where the form is counted and normalization dropped no title (the
// alternative is then plain): the usual case, answered by the canonical form's spaces.
func (n *name) oneWord() bool {
	if n.fv.counted && n.steps&normalize.StepTitle == 0 {
		return n.fv.spaces == 0
	}
	return n.oneWordSlow()
}

// oneWordSlow is oneWord in full.
func (n *name) oneWordSlow() bool {
	n.fv.count()
	return n.fv.spaces == 0 && (n.plainAlt() || strings.IndexByte(n.alt, ' ') < 0)
}

// oneWord reports whether two analysed values are one word each (name.oneWord).
func oneWord(a, b *name) bool { return a.oneWord() && b.oneWord() }

// sketch is what the bounds of the sweep know of every form of an analysed name, its canonical form
// and its umlaut alternative (made or not), without comparing any: how long the forms can be and, for
// a value in ASCII, which letters they have and how long their words can be. The alternative, when
// plain (name.plainAlt), is the canonical form with an e after some a, o and u: it has the spaces and
// every letter of the canonical form, and e. Letters are sets of bit c&63 for each byte c but the
// space (letters that share a bit are not told apart, which only weakens the bound).
type sketch struct {
	letters uint64 // the letters of the canonical form
	// lo and hi are the fewest and most runes of a form, spaces included (an alternative can add e's
	// when hi > lo).
	lo, hi, spaces uint16
	wordSet
}

// wordSet describes the words of a value one by one, for the bound of the extra-names rule
// (wordsBound): n is the number of words, and for each of the first sketchTokens, tletters are its
// letters in the canonical form, tlo and thi its fewest and most runes over the forms (an umlaut
// spelling can add an e after an a, o or u).
type wordSet struct {
	n        uint16
	tletters [sketchTokens]uint64
	tlo, thi [sketchTokens]uint16
}

// sketchTokens is the number of words a sketch describes one by one: names have few, and the bound of
// a value with more words does not look at its words.
const sketchTokens = 4

// eBit is the letter bit of e, the letter an umlaut alternative adds.
const eBit = uint64(1) << ('e' & 63)

// letterBit is the letter bit of each ASCII byte in a sketch (0 for the space), and aouGain 1 for the
// letters an umlaut alternative can write an e after.
var letterBit, aouGain = func() (bit [utf8.RuneSelf]uint64, gain [256]uint8) {
	for c := range bit {
		if c != ' ' {
			bit[c] = 1 << (c & 63)
		}
	}
	gain['a'], gain['o'], gain['u'] = 1, 1, 1
	return bit, gain
}()

// letterSet returns the letters of an ASCII string.
func letterSet(s string) (m uint64) {
	for i := 0; i < len(s); i++ {
		m |= letterBit[s[i]&0x7F]
	}
	return m
}

// aouCount returns how many a, o and u s has: how many e's its umlaut alternative can add.
func aouCount(s string) (n int) {
	for i := 0; i < len(s); i++ {
		n += int(aouGain[s[i]])
	}
	return n
}

// letterCount returns the fewest (or with most, the most) letters of a form: runes, spaces left out.
func (k *sketch) letterCount(most bool) int {
	if most {
		return int(k.hi - k.spaces)
	}
	return int(k.lo - k.spaces)
}

// any returns the letters some form has.
func (k *sketch) any() uint64 {
	if k.hi > k.lo {
		return k.letters | eBit
	}
	return k.letters
}

// nameSketch is an analysed name with its sketch, made as far as asked on first use.
type nameSketch struct {
	n *name
	k sketch
	// state says how far k is made: 0 not yet, 1 the lengths, 2 the letters too; -1 none can be (the
	// alternative is not plain), -2 the lengths but not the letters (a form not in ASCII).
	state int8
}

// lengths returns the sketch with its lengths made (lo, hi, spaces), nil when the name's alternative
// is not plain.
func (s *nameSketch) lengths() *sketch {
	if s.state <= 0 {
		return s.makeLengths()
	}
	return &s.k
}

// makeLengths is lengths the first time (and for a name without a sketch).
func (s *nameSketch) makeLengths() *sketch {
	if s.state == 0 {
		s.state = -1
		if lo, hi, ok := plainLengths(s.n); ok {
			s.k.lo, s.k.hi, s.k.spaces = uint16(lo), uint16(hi), uint16(s.n.fv.spaces)
			s.state = 1
		}
	}
	if s.state == -1 {
		return nil
	}
	return &s.k
}

// plainLengths returns the fewest and the most runes (spaces included) of the forms of n, its canonical
// form and its umlaut alternative, made or not: a sketch's lengths. ok is false when n has no sketch:
// its alternative is not plain (name.plainAlt), or its form is too long for a sketch's counts.
func plainLengths(n *name) (lo, hi int, ok bool) {
	n.fv.count()
	if !n.plainAlt() || len(n.form) >= 1<<15 {
		return 0, 0, false
	}
	gain := 0
	if n.wantAlt || n.alt != "" {
		gain = aouCount(n.form)
	}
	return n.fv.runes, n.fv.runes + gain, true
}

// full returns the sketch with its letters made too, nil when the name's alternative is not plain or
// its form not in ASCII (distance counts runes).
func (s *nameSketch) full() *sketch {
	if s.state == 2 {
		return &s.k
	}
	return s.makeFull()
}

// makeFull is full the first time (and for a name without one).
func (s *nameSketch) makeFull() *sketch {
	if s.lengths() == nil {
		return nil
	}
	if s.state == 1 {
		s.state = -2
		if s.n.fv.ascii() {
			s.k.makeLetters(s.n.form, s.n.wantAlt || s.n.alt != "")
			s.state = 2
		}
	}
	if s.state != 2 {
		return nil
	}
	return &s.k
}

// makeLetters makes the letters part of k, whose lengths are made, from the canonical form s in
// ASCII; alt says the name has or may have an umlaut alternative.
func (k *sketch) makeLetters(s string, alt bool) {
	k.n = k.spaces + 1
	if k.spaces == 0 {
		k.letters = letterSet(s)
		k.tletters[0], k.tlo[0], k.thi[0] = k.letters, k.lo, k.hi
		return
	}
	var m uint64
	for t := 0; ; t++ {
		tm, n, gain := wordLetters(s, alt)
		m |= tm
		if t < sketchTokens {
			k.tletters[t], k.tlo[t], k.thi[t] = tm, uint16(n), uint16(n+gain)
		}
		if n == len(s) {
			break
		}
		s = s[n+1:]
	}
	k.letters = m
}

// wordLetters returns the letters of the first word of the ASCII string s (up to its first space),
// its length, and with alt how many a, o and u it has.
func wordLetters(s string, alt bool) (m uint64, n, gain int) {
	for n < len(s) && s[n] != ' ' {
		m |= letterBit[s[n]&0x7F]
		n++
	}
	if alt {
		gain = aouCount(s[:n])
	}
	return m, n, gain
}

// maxf and minf are max and min for the similarities and bounds of the sweep, which are never NaN: a
// plain comparison (the builtins also order NaN and signed zeros, at several instructions each).
func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

// minf: see maxf.
func minf(a, b float64) float64 {
	if a < b {
		return a
	}
	return b
}

// lettersBound returns an upper bound of the similarity of any two strings of at most longer runes
// where the first has every letter of in1 and no letter outside any1, the second likewise in2 and any2:
// each letter one of them has and the other lacks takes an edit of its own.
func lettersBound(in1, any1, in2, any2 uint64, longer int) float64 {
	d := max(bits.OnesCount64(in1&^any2), bits.OnesCount64(in2&^any1))
	if longer == 0 {
		return 1
	}
	return 1 - float64(d)/float64(longer)
}

// rangesBound returns the highest length bound (runesBound) of two strings of lo1 to hi1 and lo2 to
// hi2 runes.
func rangesBound(lo1, hi1, lo2, hi2 int) float64 {
	switch {
	case hi1 < lo2:
		return runesBound(hi1, lo2)
	case hi2 < lo1:
		return runesBound(lo1, hi2)
	}
	return 1 // lengths that can be equal
}

// namesBound returns an upper bound of the ceiling namesCeiling gives a and b under r, from the lengths
// and letters of their forms alone (no umlaut spelling made, no pair scored), in two parts: forms
// bounds the whole forms' similarity (and that of their spaceless forms) and every rule that needs
// none, words that of every pair of words the extra-names rule can line up (-1 when it cannot apply).
// A ceiling is the best over the forms compared of either, or of 1 when a rule that needs no
// similarity matches, which only equal forms, equal spaceless forms or a pair of equal words can do,
// each bounded by 1 here. The letters are looked at only when the lengths do not keep the bound below
// floor; values not in ASCII are bounded by their lengths alone, and not at all where a
// transliteration may be compared. A part below floor is only known to be below it: the first bound
// found there is returned, not the tightest.
func namesBound(a, b *nameSketch, r *nameRules, floor float64) (forms, words float64) {
	x, y := a.lengths(), b.lengths()
	if x == nil || y == nil || (r.translit && !(a.n.fv.ascii() && b.n.fv.ascii())) {
		if !r.translit && oneWord(a.n, b.n) {
			alo, ahi := a.n.letters()
			blo, bhi := b.n.letters()
			return rangesBound(alo, ahi, blo, bhi), -1
		}
		return 1, 1
	}
	// Every pair of forms: the whole forms (spaces count as runes), and with spaces removed.
	xlo, xhi, ylo, yhi := int(x.lo), int(x.hi), int(y.lo), int(y.hi)
	lengths := rangesBound(xlo, xhi, ylo, yhi)
	spaced := x.spaces > 0 || y.spaces > 0
	if spaced && r.spacing {
		xs, ys := int(x.spaces), int(y.spaces)
		lengths = maxf(lengths, rangesBound(xlo-xs, xhi-xs, ylo-ys, yhi-ys))
	}
	alignable := spaced && r.extraNames && x.spaces < maxTokens && y.spaces < maxTokens
	if !alignable && lengths < floor {
		return lengths, -1
	}
	x, y = a.full(), b.full()
	if x == nil || y == nil {
		if !alignable {
			return lengths, -1
		}
		return lengths, 1
	}
	forms = lengths // below floor already when alignable (else the letters are read for it)
	if lengths >= floor {
		forms = minf(lengths, lettersBound(x.letters, x.any(), y.letters, y.any(), max(xhi, yhi)))
	}
	if !alignable {
		return forms, -1 // no pair of words to line up
	}
	if x.n > sketchTokens || y.n > sketchTokens {
		return forms, 1 // words not described one by one
	}
	return forms, wordsBound(&x.wordSet, &y.wordSet, floor)
}

// wordsBound returns an upper bound of the ceiling of any alignment the extra-names rule can make of
// the words of x and y (each of at most sketchTokens words), in the forms their wordSets describe: the
// words part of namesBound. A bound below floor is only known to be below it: the first one found is
// returned, not the tightest.
func wordsBound(x, y *wordSet, floor float64) (words float64) {
	// Two bounds of an alignment's ceiling (its weakest similar pair's score, or 1 with none): the best
	// full-name pair (an alignment needs one), and, since every word of the name with fewer words (of
	// both, when they have as many) must line up with a word of the other, the lowest over those words
	// of their best pair. A word of one letter in every form is an initial, never a full name; one of
	// one letter in some form (A, whose umlaut spelling is ae) may pair as an initial there, whatever
	// its score: a pair with such a word bounds its words' best pairs by 1. The bounds are symmetric,
	// so x is made the name with fewer words; the first of its words whose best pair is below floor
	// bounds the ceiling below floor, and is returned at once (the words after it are not read).
	if x.n > y.n {
		x, y = y, x
	}
	full, fewest := -1.0, 2.0
	var best [sketchTokens]float64 // best[j]: word j of y's best pair
	for i := range x.n {
		ilo, ihi, iin := int(x.tlo[i]), int(x.thi[i]), x.tletters[i]
		iany := iin
		if ihi > ilo {
			iany |= eBit
		}
		bi := 0.0 // word i's best pair
		for j := range y.n {
			jlo, jhi, jin := int(y.tlo[j]), int(y.thi[j]), y.tletters[j]
			b := 1.0
			if ihi > 1 && jhi > 1 {
				// Below floor any bound will do: the letters are read only where the lengths allow floor.
				if b = rangesBound(ilo, ihi, jlo, jhi); b >= floor {
					jany := jin
					if jhi > jlo {
						jany |= eBit
					}
					b = minf(b, lettersBound(iin, iany, jin, jany, max(ihi, jhi)))
				}
				full = maxf(full, b)
			}
			if ilo == 1 || jlo == 1 {
				b = 1 // an initial in some form
			}
			bi, best[j] = maxf(bi, b), maxf(best[j], b)
		}
		if bi < floor {
			return bi
		}
		fewest = minf(fewest, bi)
	}
	words = minf(full, fewest)
	if x.n == y.n {
		for j := range y.n {
			words = minf(words, best[j])
		}
	}
	return words
}

// DecisionAt returns the decision the comparison would have under the options it was made with, except
// one name threshold t for both names (FirstNameThreshold and LastNameThreshold replaced) and the
// review band band (0: off; else 0 < band < t, as Options requires). At the matcher's own threshold and
// band it is the verdict's decision. A threshold or band below the from the Sweep was made with is not
// known to it, and one that Options would refuse (t outside (0, 1], band outside [0, t), NaN) is no
// policy: both are Review, never an approval.
func (s *Sweep) DecisionAt(t, band float64) Decision {
	if s.fixed == 0 || !validPoint(t, band) || t < s.from-epsilon || (band > 0 && band < s.from-epsilon) {
		return Review
	}
	d := s.fixed
	for i := range s.reach {
		if s.status[i] == StatusMatch && s.reach[i] < t-epsilon {
			if band > 0 && s.score[i] >= band-epsilon {
				d = worse(d, sweepEffect[i][1])
			} else {
				d = worse(d, sweepEffect[i][0])
			}
		}
	}
	return d
}

// validPoint reports whether Options would take t as a threshold with band as its review band: t in
// (0, 1], band 0 (off) or in (0, t); false for NaN.
func validPoint(t, band float64) bool { return t > 0 && t <= 1 && band >= 0 && band < t }

// Fixed reports whether DecisionAt gives the same decision at every threshold and review band the Sweep
// answers for (from its from up): the date of birth or the email declines anyway, a name too different
// to match at any of them declines it at all of them, or each name field is missing, unusable or
// matched by a rule that needs no similarity.
func (s *Sweep) Fixed() bool { return !s.varies }

// Ceiling returns the highest name threshold at which field f (FirstName or LastName) matches in this
// comparison, the swapped and split rules included: 1 when it matches at any threshold, 0 when it is
// missing or unusable (no threshold makes it match) or f is not a name field. Thresholds from the
// ceiling down match; any above it does not. A ceiling below the Sweep's from is only known to be
// below it.
func (s *Sweep) Ceiling(f Field) float64 {
	if s.fixed == 0 || (f != FirstName && f != LastName) || s.status[f] != StatusMatch {
		return 0
	}
	return s.reach[f]
}

// SweepPoint is one point of a threshold sweep: the name threshold for both names and the review band
// (0: off), what Sweep.DecisionAt takes. A plain value, safe to share for reading.
type SweepPoint struct {
	Threshold, ReviewBand float64
}

// SweepPoints is a list of sweep points prepared for Sweep.DecisionsAt, which answers for all of them in
// one pass: the checks DecisionAt makes of each threshold and band are made once, by NewSweepPoints. It
// is immutable, safe for concurrent use. The zero SweepPoints has no points.
type SweepPoints struct {
	points []SweepPoint
	// tm is each point's threshold less epsilon, bm its band less epsilon, +Inf where the band is off:
	// what DecisionAt compares a reach and a score with.
	tm, bm []float64
	// lowest is the lowest threshold or band (other than off) of the points: a Sweep answers for all
	// of them when its from is not above it.
	lowest float64
	// ordered says every point is one Options accepts and the thresholds do not descend: DecisionsAt
	// then fills each name's mismatches as one run of points from the first whose threshold passes its
	// reach.
	ordered bool
	// banded says some point has a review band.
	banded bool
}

// NewSweepPoints returns the points ps prepared for Sweep.DecisionsAt (a copy: ps may change after).
// Any points will do: one that Options would refuse is answered Review, as DecisionAt answers it; the
// points are fastest with thresholds in ascending order.
func NewSweepPoints(ps ...SweepPoint) *SweepPoints {
	p := &SweepPoints{points: slices.Clone(ps), tm: make([]float64, len(ps)), bm: make([]float64, len(ps)),
		lowest: math.Inf(1), ordered: true}
	for i, pt := range ps {
		t, band := pt.Threshold, pt.ReviewBand
		p.tm[i], p.bm[i] = t-epsilon, math.Inf(1)
		if band > 0 {
			p.bm[i], p.banded = band-epsilon, true
			p.lowest = min(p.lowest, band)
		}
		p.lowest = min(p.lowest, t)
		if !validPoint(t, band) || (i > 0 && !(t >= ps[i-1].Threshold)) {
			p.ordered = false
		}
	}
	return p
}

// Len returns the number of points.
func (p *SweepPoints) Len() int { return len(p.points) }

// Point returns the i-th point (0 ≤ i < Len).
func (p *SweepPoints) Point(i int) SweepPoint { return p.points[i] }

// DecisionsAt sets d[i] to s.DecisionAt at the i-th point of p, for every point: the same decisions,
// Review included for a point below the Sweep's from or one Options would refuse, in one pass that
// compares each name's reach with the thresholds rather than checking every point again. d must have
// room for p.Len() decisions (it panics otherwise).
func (s *Sweep) DecisionsAt(p *SweepPoints, d []Decision) {
	d = d[:len(p.tm)]
	var r SweepRuns
	if s.RunsAt(p, &r) { // no band: three runs
		fill(d[:r.Ends[0]], r.Decisions[0])
		fill(d[r.Ends[0]:r.Ends[1]], r.Decisions[1])
		fill(d[r.Ends[1]:], r.Decisions[2])
		return
	}
	if !p.ordered || s.fixed == 0 || p.lowest < s.from-epsilon {
		for i, pt := range p.points {
			d[i] = s.DecisionAt(pt.Threshold, pt.ReviewBand)
		}
		return
	}
	if !s.varies { // Decline anyway, or no name stops matching up to 1
		fill(d, s.fixed)
		return
	}
	// With a band: each field's effect from its end on depends on whether its score is in the band.
	k0, k1 := s.ends(p.tm)
	bm := p.bm[:len(d)]
	for i := range d {
		e := s.fixed
		for f, k := range [2]int{k0, k1} {
			if i >= k {
				in := 0
				if s.score[f] >= bm[i] {
					in = 1
				}
				e = worse(e, sweepEffect[f][in])
			}
		}
		d[i] = e
	}
}

// ends returns, for each name field, the number of the ascending thresholds less epsilon, tm, it
// matches at (all of them for a field that is not compared): a field matches at the points before the
// first whose threshold is above its reach, and at none from there on.
func (s *Sweep) ends(tm []float64) (k0, k1 int) {
	k0, k1 = len(tm), len(tm)
	if s.status[0] == StatusMatch {
		k0 = pointsUpTo(s.reach[0], tm)
	}
	if s.status[1] == StatusMatch {
		k1 = pointsUpTo(s.reach[1], tm)
	}
	return k0, k1
}

// pointsUpTo returns how many of the ascending thresholds less epsilon, tm, a field of reach reach
// matches at: those up to the first that reach is below.
func pointsUpTo(reach float64, tm []float64) int {
	if reach >= 1 {
		return len(tm) // no threshold is above 1
	}
	i := 0
	for i < len(tm) && !(reach < tm[i]) {
		i++
	}
	return i
}

// fill sets every decision of d to x.
func fill(d []Decision, x Decision) {
	for i := range d {
		d[i] = x
	}
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

// namesCeiling returns the ceiling of two analysed name values (with their sketches) under r's rules
// (other than the threshold) and their best similarity, over the forms bestOutcome tries. Below floor
// neither needs to be exact: values whose letters and lengths keep them below floor (namesBound), or a
// pair of forms whose lengths do, give that bound for both.
func namesCeiling(ka, kb *nameSketch, r *nameRules, floor float64) (ceiling, score float64) {
	if forms, words := namesBound(ka, kb, r, floor); maxf(forms, words) < floor {
		// The bound stands for the score too, kept below floor by a margin so that no review band the
		// Sweep answers for (from floor up) can read it as inside the band.
		bound := maxf(forms, words)
		return bound, min(bound, floor-epsilon)
	}
	a, b := ka.n, kb.n
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
	// In ASCII the letters of two words bound their similarity too (lettersBound), before it is
	// computed; the words' letters are taken once.
	var xm, ym [maxTokens]uint64
	ascii := x.ascii() && y.ascii()
	if ascii {
		for i, a := range xt[:nx] {
			xm[i] = letterSet(a)
		}
		for j, b := range yt[:ny] {
			ym[j] = letterSet(b)
		}
	}
	// Few pairs reach above floor: their similarities fit a short list (the long one, for many, is
	// made only then: a large array costs its clearing on every call).
	var cand [16]float64
	n := 0
	for i, a := range xt[:nx] {
		for j, b := range yt[:ny] {
			if a == b || runeCount(a) == 1 || runeCount(b) == 1 || lengthBound(a, b) <= floor {
				continue // equal words and initials line up at any threshold; floor and below do not matter
			}
			if ascii && lettersBound(xm[i], xm[i], ym[j], ym[j], max(len(a), len(b))) <= floor {
				continue
			}
			if s := similarity(a, b); s > floor {
				if n == len(cand) {
					return alignCeilingMany(x, y, r, floor, &xt, &yt, nx, ny)
				}
				cand[n] = s
				n++
			}
		}
	}
	return alignFrom(x, y, r, cand[:n])
}

// alignCeilingMany is alignCeiling for words many pairs of which reach above floor.
func alignCeilingMany(x, y *view, r *nameRules, floor float64, xt, yt *[maxTokens]string, nx, ny int) float64 {
	var cand [maxTokens * maxTokens]float64
	n := 0
	for _, a := range xt[:nx] {
		for _, b := range yt[:ny] {
			if a == b || runeCount(a) == 1 || runeCount(b) == 1 || lengthBound(a, b) <= floor {
				continue
			}
			if s := similarity(a, b); s > floor {
				cand[n] = s
				n++
			}
		}
	}
	return alignFrom(x, y, r, cand[:n])
}

// alignFrom returns the highest of the candidate thresholds c (sorted here) at which alignTokens aligns
// x and y, or -1 when none does.
func alignFrom(x, y *view, r *nameRules, c []float64) float64 {
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
