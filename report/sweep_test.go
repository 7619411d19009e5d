package report

import (
	"fmt"
	"testing"
	"time"

	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var now = time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)

// TestSweepExact proves the sweep exact: for every sweep threshold, its approve/decline/review counts
// equal those of a full re-evaluation of every row with a Matcher built from scratch for that threshold
// (one threshold for both names, the review band at the same width below it).
func TestSweepExact(t *testing.T) {
	n := 10000
	if testing.Short() || raceEnabled {
		n = 2000
	}
	inputs := map[string][]row{
		"example":   readExample(t),
		"generated": generate(1, n),
	}
	optionSets := []struct {
		name string
		o    match.Options
	}{
		{"default", match.Options{}},
		{"threshold=0.85", match.Options{Threshold: 0.85}},
		{"threshold=0.94,band=0.86", match.Options{Threshold: 0.94, ReviewBand: 0.86}},
		{"first=0.95,last=0.81", match.Options{FirstNameThreshold: 0.95, LastNameThreshold: 0.81}},
		{"no-extra-names", match.Options{DisableExtraNames: true}},
		{"no-swapped,no-split,no-initials", match.Options{DisableSwapped: true, DisableSplit: true, DisableInitials: true}},
		{"band=0.5", match.Options{ReviewBand: 0.5}},
		// The band drops out at low sweep thresholds: no monotone shortcut.
		{"threshold=1,band=0.1", match.Options{Threshold: 1, ReviewBand: 0.1}},
		{"email-deciding", match.Options{EmailDeciding: true}},
	}
	for name, rows := range inputs {
		for _, tc := range optionSets {
			o := tc.o
			o.Now = now
			t.Run(fmt.Sprintf("input=%s/opts=%s", name, tc.name), func(t *testing.T) {
				run, err := match.New(o)
				require.NoError(t, err)
				c := New(run, false)
				tl := c.Tally()
				var v match.Verdict
				for i, r := range rows {
					tl.Compare(&v, i+1, r.merchant, r.provider)
				}
				c.Done(tl)

				width := 0.0
				if o.ReviewBand > 0 {
					width = min(run.Threshold(match.FirstName), run.Threshold(match.LastName)) - o.ReviewBand
				}
				for i := range NumSweep {
					th := float64(80+2*i) / 100
					so := o
					so.Threshold, so.FirstNameThreshold, so.LastNameThreshold, so.ReviewBand = th, 0, 0, 0
					if width > 0 && th-width > 0 {
						so.ReviewBand = th - width
					}
					m, err := match.New(so)
					require.NoError(t, err)
					var want [4]int
					for _, r := range rows {
						want[m.Compare(r.merchant, r.provider).Decision]++
					}
					assert.Equal(t, want, c.total.sweep[i], "threshold %.2f", th)
				}
				t.Logf("rows %d, threshold-dependent %d", len(rows), c.total.dependent)
			})
		}
	}
}

// TestSweeperDecisions checks the sweeper's one-pass decisions (match.Sweep.DecisionsAt) against
// DecisionAt at each of its points, with and without a review band that drops out at low thresholds.
func TestSweeperDecisions(t *testing.T) {
	rows := append(readExample(t), generate(2, 1500)...)
	for _, o := range []match.Options{{}, {Threshold: 0.94, ReviewBand: 0.86}, {Threshold: 1, ReviewBand: 0.1},
		{DisableSwapped: true, DisableSplit: true}} {
		o.Now = now
		run, err := match.New(o)
		require.NoError(t, err)
		s := newSweeper(run)
		var v match.Verdict
		for i, r := range rows {
			var sw match.Sweep
			run.CompareSweep(&v, &sw, r.merchant, r.provider, s.from)
			var d [NumSweep]match.Decision
			s.decisions(&sw, &d)
			for k := range NumSweep {
				require.Equal(t, sw.DecisionAt(SweepThreshold(k), s.band[k]), d[k], "row %d at point %d", i, k)
			}
		}
	}
}

// TestSweeperAnchor: the sweep point with the run's own threshold and review band is known as the run's
// (its decisions are the run's), also when the threshold less the band's width is not exactly the band in
// floating point (0.9 - (0.9 - 0.3) is 0.30000000000000004), and no point is when the run's threshold is
// off the sweep's steps.
func TestSweeperAnchor(t *testing.T) {
	for _, c := range []struct {
		o    match.Options
		want int
	}{
		{match.Options{}, 5},
		{match.Options{ReviewBand: 0.8}, 5},
		{match.Options{ReviewBand: 0.3}, 5},
		{match.Options{Threshold: 1, ReviewBand: 0.1}, 10},
		{match.Options{Threshold: 0.82, ReviewBand: 0.41}, 1},
		{match.Options{Threshold: 0.855}, -1},
		{match.Options{FirstNameThreshold: 0.9, LastNameThreshold: 0.92}, -1},
	} {
		run, err := match.New(c.o)
		require.NoError(t, err)
		s := newSweeper(run)
		assert.Equal(t, c.want, s.anchor, "%+v", c.o)
		if c.want >= 0 {
			assert.Equal(t, c.o.ReviewBand, s.band[c.want], "%+v", c.o)
		}
	}
}
