package match_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/custmatch/custmatch/match"
)

// TestRunsAt checks RunsAt against DecisionAt, point by point (DecisionsAt is made from RunsAt where it
// answers, so it is no reference): wherever it answers, its runs expand to DecisionAt's decision at
// every point, for the Sweeps of the labeled corpus and generated near-misses under every
// option set, made for every threshold and for the report's range, the zero Sweep, and every point set
// of pointSets; and it answers for the report's points without a band whenever the Sweep was made for
// them (the fast path is taken).
func TestRunsAt(t *testing.T) {
	eachSweepSet(t, func(t *testing.T, name string, from float64, ps []match.SweepPoint, sweeps []match.Sweep) {
		p := match.NewSweepPoints(ps...)
		d := make([]match.Decision, p.Len())
		answered, varied := 0, 0
		for i := range sweeps {
			s := &sweeps[i]
			for k, pt := range ps {
				d[k] = s.DecisionAt(pt.Threshold, pt.ReviewBand)
			}
			r := match.SweepRuns{Ends: [2]int{-1, -1}}
			if !s.RunsAt(p, &r) {
				require.Equal(t, match.SweepRuns{Ends: [2]int{-1, -1}}, r, "pair %d: r changed", i)
				continue
			}
			answered++
			if !s.Fixed() {
				varied++
			}
			require.True(t, 0 <= r.Ends[0] && r.Ends[0] <= r.Ends[1] && r.Ends[1] <= p.Len(), "pair %d: %+v", i, r)
			for k := range d {
				require.Equal(t, d[k], runAt(&r, k), "pair %d at point %d: %+v", i, k, r)
			}
		}
		if name == "report" && from == 0.8 {
			assert.Equal(t, len(sweeps)-1, answered, "every Sweep but the zero one")
			assert.Positive(t, varied)
		}
	})
}

// FuzzRunsAt: for any two name pairs, a from, and points from a lowest threshold up in steps (each
// with or without a band), RunsAt, where it answers, gives DecisionAt's decision at every point.
func FuzzRunsAt(f *testing.F) {
	f.Add("Max", "Mustermann", "Max Michael", "Musterman", 0.8, 0.8, 0.02, uint16(0))
	f.Add("Jürgen", "Öz-Kühn", "Juergen", "Oez Kuehn", 0.0, 0.5, 0.05, uint16(0))
	f.Add("Anna Lee", "Smith", "Annal", "Ee Smith", 0.86, 0.8, 0.01, uint16(3))
	f.Add("Mullerx", "Fräu Müller", "Fraeumuellerx", "Müller", 0.8, 0.81, 0.0, uint16(0))
	run := matcher(f, match.Options{Now: now})
	f.Fuzz(func(t *testing.T, af, al, bf, bl string, from, lowest, step float64, bands uint16) {
		a, b := rec(af, al, "1990-09-28"), rec(bf, bl, "1990-09-28")
		var v match.Verdict
		var s match.Sweep
		run.CompareSweep(&v, &s, a, b, from)
		var ps []match.SweepPoint
		for i := range 11 {
			pt := match.SweepPoint{Threshold: lowest + float64(i)*step}
			if bands&(1<<i) != 0 {
				pt.ReviewBand = pt.Threshold / 2
			}
			ps = append(ps, pt)
		}
		p := match.NewSweepPoints(ps...)
		d := make([]match.Decision, p.Len())
		for k, pt := range ps {
			d[k] = s.DecisionAt(pt.Threshold, pt.ReviewBand)
		}
		var r match.SweepRuns
		if !s.RunsAt(p, &r) {
			return
		}
		require.True(t, 0 <= r.Ends[0] && r.Ends[0] <= r.Ends[1] && r.Ends[1] <= p.Len(), "%+v", r)
		for k := range d {
			require.Equal(t, d[k], runAt(&r, k), "point %d (%+v): %+v", k, ps[k], r)
		}
	})
}

// runAt returns the decision of the runs r at the k-th point.
func runAt(r *match.SweepRuns, k int) match.Decision {
	run := 0
	for run < 2 && k >= r.Ends[run] {
		run++
	}
	return r.Decisions[run]
}
