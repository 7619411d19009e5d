package report

import "github.com/custmatch/custmatch/match"

// NumSweep is the number of thresholds in the sweep: 0.80, 0.82, … 1.00.
const NumSweep = 11

// SweepThreshold returns the i-th threshold of the sweep (0 ≤ i < NumSweep): 0.80 + 0.02·i, as the
// float64 nearest to that decimal (the value a --threshold flag with that text would give).
func SweepThreshold(i int) float64 { return float64(80+2*i) / 100 }

// sweepOptions returns the options of the sweep point t: the run's options with one threshold t for both
// names (per-field overrides replaced) and the review band, if any, kept at the same width below the
// threshold (off where that would leave (0, t)).
func sweepOptions(o match.Options, width, t float64) match.Options {
	o.Threshold = t
	o.FirstNameThreshold, o.LastNameThreshold = 0, 0
	o.ReviewBand = 0
	if width > 0 {
		if b := t - width; b > 0 {
			o.ReviewBand = b
		}
	}
	return o
}

// bandWidth returns the width of the run's review band below the lower of its name thresholds (0 when
// the band is off).
func bandWidth(m *match.Matcher) float64 {
	o := m.Options()
	if o.ReviewBand == 0 {
		return 0
	}
	return min(m.Threshold(match.FirstName), m.Threshold(match.LastName)) - o.ReviewBand
}

// sweeper evaluates the sweep: one Matcher per sweep threshold, built with the run's options but the
// threshold (see sweepOptions). It is immutable after newSweeper and safe for concurrent use.
type sweeper struct {
	m [NumSweep]*match.Matcher
	// anchor is the sweep point whose options equal the run's (its decision is the run's verdict), -1
	// when none does.
	anchor int
	// monotone reports whether a row's decision is known to be monotone over the sweep (approve, then
	// review, then decline as the threshold rises): every rule that makes a name match needs a
	// similarity at or above the threshold, and the review band keeps its width. It is false when the
	// band is on at some sweep points and off at others, where a lower threshold can decline a row that a
	// higher one sends to review.
	monotone bool
}

func newSweeper(run *match.Matcher) (*sweeper, error) {
	s := &sweeper{anchor: -1, monotone: true}
	o := run.Options()
	w := bandWidth(run)
	for i := range s.m {
		t := SweepThreshold(i)
		so := sweepOptions(o, w, t)
		m, err := match.New(so)
		if err != nil {
			return nil, err
		}
		s.m[i] = m
		if w > 0 && so.ReviewBand == 0 {
			s.monotone = false
		}
		if run.Threshold(match.FirstName) == t && run.Threshold(match.LastName) == t && so.ReviewBand == o.ReviewBand {
			s.anchor = i
		}
	}
	return s, nil
}

// dependsOnThreshold reports whether the decision of v can differ at another threshold. It cannot
// when a deciding field other than the names mismatches (that declines at every threshold), or when
// each name field is missing, unusable or a match that no similarity rule was needed for (equal forms,
// equal tokens or initials, swapped or split without a fuzzy pair): those outcomes are reached
// without comparing a similarity to the threshold.
func dependsOnThreshold(v *match.Verdict) bool {
	for _, f := range [2]match.Field{match.DOB, match.Email} {
		r := &v.Fields[f]
		if r.Deciding && r.Status == match.StatusMismatch && !r.Reasons.Has(match.ReasonReviewBand) {
			return false
		}
	}
	for _, f := range [2]match.Field{match.FirstName, match.LastName} {
		r := &v.Fields[f]
		switch r.Status {
		case match.StatusMissing, match.StatusUnusable:
			continue
		case match.StatusMatch:
			if !r.Reasons.Has(match.ReasonFuzzy) {
				continue
			}
		}
		return true
	}
	return false
}

// decisions fills d with the decision of the row at every sweep point and returns the number of
// comparisons it made. v is the row's verdict under the run's options, dependent what
// dependsOnThreshold(v) says.
//
// A row whose decision cannot depend on the threshold costs nothing. Otherwise the decision is known at
// the anchor, and monotone over the sweep, so only the points where it can change are compared: first
// the two points around the lowest name score (where a fuzzy match stops matching), then bisection of
// any stretch whose two ends differ. Without monotonicity every point is compared.
func (s *sweeper) decisions(v *match.Verdict, dependent bool, merchant, provider match.Record, d *[NumSweep]match.Decision) int {
	if !dependent {
		for i := range d {
			d[i] = v.Decision
		}
		return 0
	}
	*d = [NumSweep]match.Decision{}
	n := 0
	// The fields other than the names do not depend on the threshold: compare the names alone and add
	// what the other fields contribute at the run's threshold (floor).
	floor := otherFloor(v)
	mn := match.Record{FirstName: merchant.FirstName, LastName: merchant.LastName}
	pn := match.Record{FirstName: provider.FirstName, LastName: provider.LastName}
	eval := func(i int) {
		if d[i] == 0 {
			d[i] = worst(s.m[i].Compare(mn, pn).Decision, floor)
			n++
		}
	}
	// The lowest name score: a match holds down to it (some pair of forms is that similar), and a
	// mismatch fails above it (the score is at least the best similarity of any pair of forms).
	low, mismatch := 1.0, false
	for _, f := range [2]match.Field{match.FirstName, match.LastName} {
		r := &v.Fields[f]
		if r.Scored {
			low = min(low, r.Score)
		}
		mismatch = mismatch || r.Status == match.StatusMismatch
	}
	if !mismatch {
		// Every name matches (or is missing or unusable, which no threshold changes) and keeps
		// matching at any threshold up to its score: the decision is the run's.
		for i := range NumSweep {
			if SweepThreshold(i) <= low+1e-9 {
				d[i] = v.Decision
			}
		}
	}
	if !s.monotone {
		for i := range d {
			eval(i)
		}
		return n
	}
	if s.anchor >= 0 {
		d[s.anchor] = v.Decision
	}
	p := -1
	for i := range NumSweep {
		if SweepThreshold(i) <= low+1e-9 {
			p = i
		}
	}
	if p >= 0 {
		eval(p)
	}
	if p+1 < NumSweep {
		eval(p + 1)
	}
	// Below the first known point: approve stays approve at lower thresholds.
	first := 0
	for d[first] == 0 {
		first++
	}
	if first > 0 && d[first] != match.Approve {
		eval(0)
	}
	last := NumSweep - 1
	for d[last] == 0 {
		last--
	}
	if last < NumSweep-1 && d[last] != match.Decline {
		eval(NumSweep - 1)
	}
	// Now both ends are known (or implied); fill every stretch between known points.
	if d[0] == 0 {
		for i := 0; i < first; i++ {
			d[i] = match.Approve
		}
	}
	if d[NumSweep-1] == 0 {
		for i := last + 1; i < NumSweep; i++ {
			d[i] = match.Decline
		}
	}
	n += s.fill(d, mn, pn, floor)
	return n
}

// otherFloor returns the decision the fields other than the names impose on v at every threshold:
// Review when one of them is among the fields that would send v to review (Verdict.Failing of a review),
// else Approve. (A deciding mismatch among them declines at every threshold; dependsOnThreshold leaves
// such rows out.) Comparing the names alone, with no date of birth or email, decides on the names only:
// a missing date of birth or email decides nothing.
func otherFloor(v *match.Verdict) match.Decision {
	r := *v
	r.Decision = match.Review
	for _, f := range r.Failing() {
		if f != match.FirstName && f != match.LastName {
			return match.Review
		}
	}
	return match.Approve
}

// worst returns the stricter of two decisions (approve < review < decline).
func worst(a, b match.Decision) match.Decision {
	switch {
	case a == match.Decline || b == match.Decline:
		return match.Decline
	case a == match.Review || b == match.Review:
		return match.Review
	}
	return match.Approve
}

// fill completes d between its known points: equal ends make the stretch equal (monotone), different
// ends are bisected. d[0] and d[NumSweep-1] are known.
func (s *sweeper) fill(d *[NumSweep]match.Decision, mn, pn match.Record, floor match.Decision) int {
	n := 0
	var rec func(a, b int)
	rec = func(a, b int) {
		if b-a < 2 {
			return
		}
		if d[a] == d[b] {
			for i := a + 1; i < b; i++ {
				if d[i] == 0 {
					d[i] = d[a]
				}
			}
			return
		}
		// Use a known point inside the stretch if there is one, else compare the middle.
		mid := -1
		for i := a + 1; i < b; i++ {
			if d[i] != 0 {
				mid = i
				break
			}
		}
		if mid < 0 {
			mid = (a + b) / 2
			d[mid] = worst(s.m[mid].Compare(mn, pn).Decision, floor)
			n++
		}
		rec(a, mid)
		rec(mid, b)
	}
	rec(0, NumSweep-1)
	return n
}
