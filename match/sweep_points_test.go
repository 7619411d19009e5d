package match_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/custmatch/custmatch/match"
)

// pointSets are the sweep point lists DecisionsAt is checked on: the report's (ascending, with and
// without a band that drops out at low thresholds), equal thresholds, descending and shuffled ones,
// points Options would refuse, points below a Sweep's from, and none.
func pointSets() map[string][]match.SweepPoint {
	report := func(width float64) []match.SweepPoint {
		var ps []match.SweepPoint
		for i := range 11 {
			t := float64(80+2*i) / 100
			band := 0.0
			if width > 0 && t-width > 0 {
				band = t - width
			}
			ps = append(ps, match.SweepPoint{Threshold: t, ReviewBand: band})
		}
		return ps
	}
	rng := rand.New(rand.NewPCG(1, 1))
	var shuffled []match.SweepPoint
	for range 15 {
		t := 0.3 + 0.7*rng.Float64()
		shuffled = append(shuffled, match.SweepPoint{Threshold: t, ReviewBand: float64(rng.IntN(2)) * t * rng.Float64()})
	}
	desc := report(0)
	for i, j := 0, len(desc)-1; i < j; i, j = i+1, j-1 {
		desc[i], desc[j] = desc[j], desc[i]
	}
	return map[string][]match.SweepPoint{
		"report":          report(0),
		"report-band":     report(0.08),
		"report-wideband": report(0.85),
		"equal":           {{0.9, 0}, {0.9, 0}, {0.9, 0.8}, {0.95, 0}, {0.95, 0}},
		"descending":      desc,
		"shuffled":        shuffled,
		"invalid":         {{0.8, 0}, {math.NaN(), 0}, {0.9, 0}, {1.5, 0}, {0.95, 0.96}, {0.97, math.NaN()}, {0, 0}, {1, -0.1}},
		"low":             {{0.3, 0}, {0.5, 0.2}, {0.7, 0}, {0.85, 0}, {1, 0}},
		"one":             {{0.9, 0}},
		"none":            nil,
	}
}

// TestSweepDecisionsAt checks DecisionsAt against DecisionAt at every point, for the Sweeps of the
// labeled corpus and generated near-misses under every option set, made for every threshold and for
// the report's range, and for the zero Sweep.
func TestSweepDecisionsAt(t *testing.T) {
	eachSweepSet(t, func(t *testing.T, _ string, _ float64, ps []match.SweepPoint, sweeps []match.Sweep) {
		p := match.NewSweepPoints(ps...)
		require.Equal(t, len(ps), p.Len())
		d := make([]match.Decision, p.Len()+1) // room to spare: only Len are set
		for i := range sweeps {
			s := &sweeps[i]
			d[len(d)-1] = 0
			s.DecisionsAt(p, d)
			for k, pt := range ps {
				require.Equal(t, s.DecisionAt(pt.Threshold, pt.ReviewBand), d[k],
					"pair %d at %v band %v", i, pt.Threshold, pt.ReviewBand)
			}
			require.Zero(t, d[len(d)-1])
		}
	})
}

// eachSweepSet runs check, in a subtest of its own, for every option set of sweepOptionSets, every
// from (0, the report's 0.8, and 0.86) and every point set of pointSets (named), with the Sweeps of the
// labeled corpus and generated near-misses made from that from up, and the zero Sweep last.
func eachSweepSet(t *testing.T, check func(t *testing.T, points string, from float64, ps []match.SweepPoint, sweeps []match.Sweep)) {
	pairs := append(corpusPairs(t), sweepPairs(600)...)
	sets := pointSets()
	for _, tc := range sweepOptionSets {
		o := tc.o
		o.Now = now
		m := matcher(t, o)
		for _, from := range []float64{0, 0.8, 0.86} {
			sweeps := sweepsOf(m, pairs, from)
			for name, ps := range sets {
				t.Run(fmt.Sprintf("opts=%s/from=%v/points=%s", tc.name, from, name), func(t *testing.T) {
					check(t, name, from, ps, sweeps)
				})
			}
		}
	}
}

// sweepsOf returns the Sweeps m makes from from up for each pair, and the zero Sweep last.
func sweepsOf(m *match.Matcher, pairs [][2]match.Record, from float64) []match.Sweep {
	var sweeps []match.Sweep
	for _, p := range pairs {
		var v match.Verdict
		var s match.Sweep
		m.CompareSweep(&v, &s, p[0], p[1], from)
		sweeps = append(sweeps, s)
	}
	return append(sweeps, match.Sweep{})
}

// TestSweepPoints: the points are copied and read back, and the zero SweepPoints has none.
func TestSweepPoints(t *testing.T) {
	ps := []match.SweepPoint{{0.8, 0}, {0.9, 0.85}}
	p := match.NewSweepPoints(ps...)
	ps[0].Threshold = 0.5
	assert.Equal(t, 2, p.Len())
	assert.Equal(t, match.SweepPoint{Threshold: 0.8}, p.Point(0))
	assert.Equal(t, match.SweepPoint{Threshold: 0.9, ReviewBand: 0.85}, p.Point(1))
	var zero match.SweepPoints
	assert.Zero(t, zero.Len())
	var s match.Sweep
	s.DecisionsAt(&zero, nil)
	assert.Panics(t, func() { s.DecisionsAt(p, make([]match.Decision, 1)) }, "no room for every point")
}

// TestSweepUmlautTitle pins two comparisons an umlaut alternative that keeps a title (Fräu Müller:
// muller, fraeu mueller) once got wrong: the Sweep took the alternative for the canonical form with
// e's added, so it missed the extra-names match of its words (Muellerx lines up with mueller) and the
// letters of a crossed pair (swapped rule, with split off).
func TestSweepUmlautTitle(t *testing.T) {
	for _, tc := range []struct {
		name string
		o    match.Options
		a, b match.Record
	}{
		{"extra-names", match.Options{}, rec("Max", "Fräu Müller", "1990-09-28"), rec("Max", "Muellerx", "1990-09-28")},
		{"swapped", match.Options{DisableSplit: true}, rec("Mullerx", "Fräu Müller", "1990-09-28"),
			rec("Fraeumuellerx", "Müller", "1990-09-28")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := tc.o
			o.Now = now
			for _, from := range []float64{0, 0.8} {
				checkSweep(t, o, from, map[[2]float64]*match.Matcher{}, tc.a, tc.b)
				checkSweep(t, o, from, map[[2]float64]*match.Matcher{}, tc.b, tc.a)
			}
			o.Threshold = 0.85
			require.Equal(t, match.Approve, matcher(t, o).Compare(tc.a, tc.b).Decision)
		})
	}
}
