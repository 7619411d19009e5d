package report

import "github.com/custmatch/custmatch/match"

// NumSweep is the number of thresholds in the sweep: 0.80, 0.82, … 1.00.
const NumSweep = 11

// SweepThreshold returns the i-th threshold of the sweep (0 ≤ i < NumSweep): 0.80 + 0.02·i, as the
// float64 nearest to that decimal (the value a --threshold flag with that text would give).
func SweepThreshold(i int) float64 { return float64(80+2*i) / 100 }

// sweeper holds the sweep points of a run: one threshold for both names at each, and the review band,
// if any, kept at the same width below it (off where that would leave (0, t)). It is immutable after
// newSweeper and safe for concurrent use.
type sweeper struct {
	band [NumSweep]float64
	// anchor is the sweep point whose options equal the run's (its decision is the run's verdict), -1
	// when none does.
	anchor int
	// from is the lowest threshold or band of the sweep: what the rows' match.Sweep must know.
	from float64
	// points are the sweep points, thresholds and bands, prepared for match.Sweep.RunsAt and
	// DecisionsAt.
	points *match.SweepPoints
}

// newSweeper returns the sweeper of a run under the Matcher run.
func newSweeper(run *match.Matcher) *sweeper {
	s := &sweeper{anchor: -1, from: SweepThreshold(0)}
	o := run.Options()
	w := bandWidth(run)
	var ps [NumSweep]match.SweepPoint
	for i := range NumSweep {
		t := SweepThreshold(i)
		own := run.Threshold(match.FirstName) == t && run.Threshold(match.LastName) == t
		if w > 0 && t-w > 0 {
			s.band[i] = t - w
			if own {
				// The run's own band, not t less its width: t-(t-b) is not always b in floating point
				// (0.9 and 0.3 give 0.30000000000000004), and the point would not be known as the run's.
				s.band[i] = o.ReviewBand
			}
			s.from = min(s.from, s.band[i])
		}
		if own && s.band[i] == o.ReviewBand {
			s.anchor = i
		}
		ps[i] = match.SweepPoint{Threshold: t, ReviewBand: s.band[i]}
	}
	s.points = match.NewSweepPoints(ps[:]...)
	return s
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

// decisions fills d with the decision of a row at every sweep point, from the Sweep its comparison made
// (what sw.DecisionAt gives at each point, in one pass).
func (s *sweeper) decisions(sw *match.Sweep, d *[NumSweep]match.Decision) {
	sw.DecisionsAt(s.points, d[:])
}
