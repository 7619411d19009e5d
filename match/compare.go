package match

import (
	"strings"
	"sync"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/internal/textrule"
)

// Compare compares the merchant's record with the provider's and returns the verdict (see the package
// documentation):
// Decline if a deciding field mismatches, else Review if a name is missing or unusable or the date of
// birth is unusable, else Approve. It never fails: every problem with the input is a field status.
//
// Scores are symmetric: Compare(a, b) and Compare(b, a) give the same decision, statuses, scores and
// reasons (only Merchant and Provider values trade places). For Latin-script names of any length up
// to the 256-character limit Compare does not allocate in steady state.
func (m *Matcher) Compare(merchant, provider Record) (v Verdict) {
	m.compare(&v, &merchant, &provider, nil) // into the result: a Verdict is large to copy
	return v
}

// compare is Compare into the zero Verdict v; with sw non-nil it also fills in the Sweep (see
// CompareSweep), whose from must be set. The records are passed by pointer, not copied on every call.
func (m *Matcher) compare(v *Verdict, merchant, provider *Record, sw *Sweep) {
	m.mustNotBeNil()
	v.Policy = PolicyVersion
	for i := range v.Fields {
		v.Fields[i].Field = Field(i)
	}
	v.Fields[FirstName].Merchant, v.Fields[FirstName].Provider = merchant.FirstName, provider.FirstName
	v.Fields[LastName].Merchant, v.Fields[LastName].Provider = merchant.LastName, provider.LastName
	v.Fields[DOB].Merchant, v.Fields[DOB].Provider = merchant.DOB, provider.DOB
	v.Fields[Email].Merchant, v.Fields[Email].Provider = merchant.Email, provider.Email

	m.compareNameFields(merchant, provider, v, sw)

	var a, b dateSide
	o := dob.Options{Order: m.opts.DateOrder, Now: m.opts.Now}
	if o.Now.IsZero() {
		o.Now = defaultClock.now()
	}
	parseSide(&a, merchant.DOB, &o)
	if provider.DOB == merchant.DOB {
		b = a // the same text reads the same
	} else {
		parseSide(&b, provider.DOB, &o)
	}
	compareDOB(&a, &b, &v.Fields[DOB])

	compareEmail(merchant.Email, provider.Email, &v.Fields[Email])

	v.Fields[FirstName].Deciding = true
	v.Fields[LastName].Deciding = true
	v.Fields[DOB].Deciding = true
	v.Fields[Email].Deciding = m.opts.EmailDeciding
	v.Decision = decide(v)
	if sw != nil {
		sw.finish(v)
	}
}

// setRules sets r to the name rules for field f, in place (a value built and returned was copied
// twice on the way).
func (m *Matcher) setRules(r *nameRules, f Field) {
	o := &m.opts
	r.threshold = m.thresholdOf(f)
	r.floor, r.band = r.threshold, o.ReviewBand
	if o.ReviewBand != 0 {
		r.floor = o.ReviewBand
	}
	r.spacing, r.extraNames, r.initials, r.translit = !o.DisableSpacing, !o.DisableExtraNames, !o.DisableInitials, o.Transliterate
}

// nameBufs holds the storage for the normalized forms of one comparison. Pooled rather than on the
// stack: the normalizer's append-based writer makes a stack buffer escape, and a pool keeps Compare free
// of allocations in steady state. The forms never outlive the comparison.
var nameBufs = sync.Pool{New: func() any { return new([4]nameBuf) }}

// compareNameFields compares first and last names, then tries the swapped and split rules when the direct
// comparison does not match both.
// With sw non-nil it also works out the names' part of the Sweep.
func (m *Matcher) compareNameFields(merchant, provider *Record, v *Verdict, sw *Sweep) {
	bufs := nameBufs.Get().(*[4]nameBuf)
	defer nameBufs.Put(bufs)
	var mf, ml, pf, pl name
	m.analyseAll(merchant, provider, bufs, &mf, &ml, &pf, &pl)
	var rules [2]nameRules // made once: the Sweep reads them too
	m.setRules(&rules[0], FirstName)
	m.setRules(&rules[1], LastName)
	if sw == nil {
		m.compareAnalysed(&mf, &ml, &pf, &pl, &rules, v, nil)
		return
	}
	var seen rescueSeen
	m.compareAnalysed(&mf, &ml, &pf, &pl, &rules, v, &seen)
	if !sw.sweepMatched(v) {
		m.sweepNames(sw, v, &seen, &rules, &mf, &ml, &pf, &pl)
	}
}

// rescueSeen is what compareAnalysed learnt of the swapped and split rules on its way to a verdict,
// for the Sweep, which would otherwise ask again (sweepRescue): neither answer depends on the
// threshold but for a crossed pair's status, and a crossed pair's score is, like a direct pair's, the
// best similarity over the forms bestOutcome compares.
type rescueSeen struct {
	// crossed tells whether each crossed pair (merchant's first and provider's last name, merchant's
	// last and provider's first) was compared, and cross is its status and score when it was.
	crossed     [2]bool
	crossStatus [2]Status
	crossScore  [2]float64
	// noSplit is set when splitEqual was asked and said no.
	noSplit bool
}

// see records in s (nil: nothing to record) the outcome r of the k-th crossed pair.
func (s *rescueSeen) see(k int, r *FieldResult) {
	if s != nil {
		s.crossed[k], s.crossStatus[k], s.crossScore[k] = true, r.Status, r.Score
	}
}

// compareAnalysed compares the analysed names of both records into v's name fields under the rules of
// each (first, last), and records in seen (nil: nothing to record) what it learnt of the swapped and
// split rules.
func (m *Matcher) compareAnalysed(mf, ml, pf, pl *name, rules *[2]nameRules, v *Verdict, seen *rescueSeen) {
	fr, lr := &rules[0], &rules[1]
	first, last := &v.Fields[FirstName], &v.Fields[LastName]
	compareNames(mf, pf, fr, first)
	compareNames(ml, pl, lr, last)
	bothMatch := first.Status == StatusMatch && last.Status == StatusMatch
	if bothMatch && !first.Reasons.Has(ReasonExtraNames) && !last.Reasons.Has(ReasonExtraNames) {
		return
	}
	if !bothMatch && first.Status != StatusMismatch && last.Status != StatusMismatch {
		return // missing or unusable names are not rescued by another reading
	}
	if !allPresent(mf, ml, pf, pl) {
		return
	}
	// Both fields may already match through extra names (Max Michael | Mustermann vs Max | Michael
	// Mustermann); split is then the truer explanation, so it is still tried.
	if !bothMatch && !m.opts.DisableSwapped {
		var sf, sl FieldResult
		sf.Field, sl.Field = FirstName, LastName
		compareNames(mf, pl, fr, &sf)
		seen.see(0, &sf)
		if sf.Status == StatusMatch { // both crossed pairs must match: the second only if the first does
			compareNames(ml, pf, lr, &sl)
			seen.see(1, &sl)
		}
		if sf.Status == StatusMatch && sl.Status == StatusMatch {
			// Both fields get the combined outcome (lower score, all reasons): which name of one record
			// pairs with which of the other is the point of the rule, and it keeps Compare symmetric.
			both := FieldResult{Status: StatusMatch, Score: min(sf.Score, sl.Score), Scored: true,
				Reasons: (sf.Reasons | sl.Reasons).With(ReasonSwapped), Flags: sf.Flags | sl.Flags,
				Transliteration: max(sf.Transliteration, sl.Transliteration)}
			adopt(first, &both)
			adopt(last, &both)
			return
		}
	}
	if m.opts.DisableSplit {
		return
	}
	if !splitEqual(mf, ml, pf, pl, !m.opts.DisableSpacing) {
		if seen != nil {
			seen.noSplit = true
		}
		return
	}
	why := (stepsThatMatter(mf, pf, outcome{}) | stepsThatMatter(ml, pl, outcome{})).With(ReasonSplit)
	for _, r := range [2]*FieldResult{first, last} {
		r.Status, r.Score, r.Scored, r.Reasons = StatusMatch, 1, true, why
	}
}

// allPresent reports whether all four names are usable and present: the swapped and split rules read
// none of them otherwise.
func allPresent(mf, ml, pf, pl *name) bool {
	return mf.usable && ml.usable && pf.usable && pl.usable &&
		!mf.missing() && !ml.missing() && !pf.missing() && !pl.missing()
}

// analyseAll normalizes the four names of a comparison into mf, ml, pf and pl, using bufs for the forms.
func (m *Matcher) analyseAll(merchant, provider *Record, bufs *[4]nameBuf, mf, ml, pf, pl *name) {
	umlaut := !m.opts.DisableUmlautSpelling
	analyse(mf, &bufs[0], merchant.FirstName, umlaut)
	analyse(ml, &bufs[1], merchant.LastName, umlaut)
	// Equal raw values normalize alike: the provider's side reuses the merchant's forms (its umlaut
	// alternative, made on first use, goes to its own buffer).
	if provider.FirstName == merchant.FirstName {
		*pf, pf.buf = *mf, &bufs[2]
	} else {
		analyse(pf, &bufs[2], provider.FirstName, umlaut)
	}
	if provider.LastName == merchant.LastName {
		*pl, pl.buf = *ml, &bufs[3]
	} else {
		analyse(pl, &bufs[3], provider.LastName, umlaut)
	}
}

// adopt replaces the outcome in dst with the one in src.
func adopt(dst, src *FieldResult) {
	dst.Status, dst.Score, dst.Scored, dst.Reasons = src.Status, src.Score, src.Scored, src.Reasons
	dst.Flags |= src.Flags
	dst.Transliteration = src.Transliteration
}

// splitEqual reports whether the full names (first + last) read the same while the fields split them
// differently: the token sequences are equal (or equal with spaces removed), in any combination of
// canonical and umlaut-alternative forms.
func splitEqual(mf, ml, pf, pl *name, spacing bool) bool {
	for _, x := range [2]string{mf.form, mf.alternative()} {
		for _, y := range [2]string{pf.form, pf.alternative()} {
			if x == "" || y == "" || x == y {
				continue
			}
			for _, xl := range [2]string{ml.form, ml.alternative()} {
				for _, yl := range [2]string{pl.form, pl.alternative()} {
					if xl != "" && yl != "" && fullEqual(x, xl, y, yl, spacing) {
						return true
					}
				}
			}
		}
	}
	return false
}

// fullEqual reports whether "xf xl" equals "yf yl" (token by token, or with spaces removed when spacing).
func fullEqual(xf, xl, yf, yl string, spacing bool) bool {
	if len(xf)+len(xl) == len(yf)+len(yl) && sameJoined(xf, xl, yf, yl) {
		return true
	}
	if !spacing {
		return false
	}
	return equalSpaceless(xf, xl, yf, yl)
}

// sameJoined reports whether xf+" "+xl == yf+" "+yl without building the strings.
func sameJoined(xf, xl, yf, yl string) bool {
	if len(xf) > len(yf) {
		xf, xl, yf, yl = yf, yl, xf, xl
	}
	// xf is the shorter first part: yf must start with xf + " ", and the rest of yf + " " + yl must equal xl.
	if !strings.HasPrefix(yf, xf) || len(yf) == len(xf) || yf[len(xf)] != ' ' {
		return false
	}
	rest := yf[len(xf)+1:]
	return strings.HasPrefix(xl, rest) && len(xl) > len(rest) && xl[len(rest)] == ' ' && xl[len(rest)+1:] == yl
}

// compareEmail compares emails case-insensitively after trimming. Empty and placeholder values (n/a,
// null, -, …) are missing, which never decides. Unusable text is judged on the value before trimming, so
// a control character at either end ("max@x.de\u0085") makes it unusable, never trimmed into a match; a
// value of control characters only is unusable, not empty.
func compareEmail(a, b string, res *FieldResult) {
	same := a == b // the same text trims and reads the same
	ta, pa := trimmed(a)
	tb, pb := ta, pa
	if !same {
		tb, pb = trimmed(b)
	}
	var ua, ub Reason
	if !pa {
		ua = unusableText(a)
	}
	switch {
	case same:
		ub = ua
	case !pb:
		ub = unusableText(b)
	}
	// An unusable side is neither empty nor a placeholder, whatever trimming left of it.
	ea, eb := ua == 0 && ta == "", ub == 0 && tb == ""
	switch {
	case ea || eb:
		res.Status = StatusMissing
		res.Reasons = res.Reasons.With(ReasonEmpty)
	case ua == 0 && textrule.IsPlaceholderText(ta) || !same && ub == 0 && textrule.IsPlaceholderText(tb):
		res.Status = StatusMissing
		res.Reasons = res.Reasons.With(ReasonPlaceholder)
	case ua != 0 || ub != 0:
		res.Status = StatusUnusable
		res.Reasons = res.Reasons.withSides(ua, ub)
	case same:
		res.Status = StatusMatch
		res.Reasons = res.Reasons.With(ReasonExact)
	case pa && pb && equalFoldASCII(ta, tb), !(pa && pb) && strings.EqualFold(ta, tb):
		res.Status = StatusMatch
		if ta != tb {
			res.Reasons = res.Reasons.With(ReasonCase)
		}
		if len(ta) != len(a) || len(tb) != len(b) { // a trimmed value is its text less what was trimmed
			res.Reasons = res.Reasons.With(ReasonSpacing)
		}
	default:
		res.Status = StatusMismatch
		res.Reasons = res.Reasons.With(ReasonDifferent)
	}
}

// decide applies the decision rules (package documentation) to the field results: the strictest
// effect of any field.
func decide(v *Verdict) Decision {
	d := Approve
	for i := range v.Fields {
		switch v.Fields[i].Effect() {
		case Decline:
			return Decline // nothing is stricter: the fields after it cannot change the decision
		case Review:
			d = Review
		}
	}
	return d
}
