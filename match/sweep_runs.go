package match

// SweepRuns is the decisions of a Sweep at the points of a SweepPoints as three runs of points:
// Decisions[0] at the points before Ends[0], Decisions[1] at those from Ends[0] to before Ends[1], and
// Decisions[2] at those from Ends[1] on (0 ≤ Ends[0] ≤ Ends[1] ≤ the number of points; a run may be
// empty, and neighbouring runs may have the same decision). A caller that counts decisions at every
// point (a report's sweep) can count a row by where its decision changes instead of at every point. A
// plain value, safe to share for reading.
type SweepRuns struct {
	Ends      [2]int
	Decisions [3]Decision
}

// RunsAt sets *r to the decisions of s at the points of p as runs, when it can tell them without
// looking at each point, and reports whether it did: with thresholds in ascending order, no review
// band at any point, and from at or below every point (what DecisionsAt answers in one pass), each
// name field matches at the points up to the first whose threshold is above its reach and at none
// from there on, so the decision is the fixed one up to the first field's end, that with its effect
// up to the second's, and that with both from there. Otherwise (a review band, points out of order or
// that Options would refuse, a Sweep made by no comparison or above some point) it leaves *r alone and
// reports false: DecisionsAt answers for every point then (where RunsAt answers, DecisionsAt fills
// its decisions from the runs). The runs give the decisions DecisionAt gives, point by point
// (TestRunsAt, FuzzRunsAt).
func (s *Sweep) RunsAt(p *SweepPoints, r *SweepRuns) bool {
	if !p.ordered || p.banded || s.fixed == 0 || p.lowest < s.from-epsilon {
		return false
	}
	n := len(p.tm)
	if !s.varies { // Decline anyway, or no name stops matching up to 1
		*r = SweepRuns{Ends: [2]int{n, n}, Decisions: [3]Decision{s.fixed, s.fixed, s.fixed}}
		return true
	}
	// The fixed decision up to the first field's end, its effect added up to the second's, both from
	// there.
	k0, k1 := s.ends(p.tm)
	e0, e1 := worse(s.fixed, sweepEffect[0][0]), worse(s.fixed, sweepEffect[1][0])
	one, both := e0, worse(e0, sweepEffect[1][0])
	if k1 < k0 {
		k0, k1, one = k1, k0, e1
	}
	*r = SweepRuns{Ends: [2]int{k0, k1}, Decisions: [3]Decision{s.fixed, one, both}}
	return true
}
