package match_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/custmatch/custmatch/match"
)

// TestRunsAt checks RunsAt against DecisionsAt: wherever it answers, its runs expand to DecisionsAt's
// decision at every point, for the Sweeps of the labeled corpus and generated near-misses under every
// option set, made for every threshold and for the report's range, the zero Sweep, and every point set
// of pointSets; and it answers for the report's points without a band whenever the Sweep was made for
// them (the fast path is taken).
func TestRunsAt(t *testing.T) {
	pairs := append(corpusPairs(t), sweepPairs(600)...)
	sets := pointSets()
	for _, tc := range sweepOptionSets {
		o := tc.o
		o.Now = now
		m := matcher(t, o)
		for _, from := range []float64{0, 0.8, 0.86} {
			var sweeps []match.Sweep
			for _, p := range pairs {
				var v match.Verdict
				var s match.Sweep
				m.CompareSweep(&v, &s, p[0], p[1], from)
				sweeps = append(sweeps, s)
			}
			sweeps = append(sweeps, match.Sweep{})
			for name, ps := range sets {
				t.Run(fmt.Sprintf("opts=%s/from=%v/points=%s", tc.name, from, name), func(t *testing.T) {
					p := match.NewSweepPoints(ps...)
					d := make([]match.Decision, p.Len())
					answered, varied := 0, 0
					for i := range sweeps {
						s := &sweeps[i]
						s.DecisionsAt(p, d)
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
							run := 0
							for run < 2 && k >= r.Ends[run] {
								run++
							}
							require.Equal(t, d[k], r.Decisions[run], "pair %d at point %d: %+v", i, k, r)
						}
					}
					if name == "report" && from == 0.8 {
						assert.Equal(t, len(sweeps)-1, answered, "every Sweep but the zero one")
						assert.Positive(t, varied)
					}
				})
			}
		}
	}
}
