package match_test

import (
	"fmt"

	"github.com/custmatch/custmatch/match"
)

// The decisions of one comparison at many thresholds at once: the points are prepared once (a whole
// file's rows share them), and each Sweep fills them in one pass.
func ExampleSweep_DecisionsAt() {
	m, _ := match.New(match.Options{}) // threshold 0.90
	points := match.NewSweepPoints(
		match.SweepPoint{Threshold: 0.85},
		match.SweepPoint{Threshold: 0.9},
		match.SweepPoint{Threshold: 0.95, ReviewBand: 0.9},
		match.SweepPoint{Threshold: 1},
	)
	var v match.Verdict
	var s match.Sweep
	m.CompareSweep(&v, &s, match.Record{FirstName: "Max", LastName: "Mustermann"},
		match.Record{FirstName: "Max", LastName: "Musterman"}, 0.85)
	d := make([]match.Decision, points.Len())
	s.DecisionsAt(points, d)
	for i, x := range d {
		fmt.Println(points.Point(i).Threshold, x)
	}
	// Output:
	// 0.85 approve
	// 0.9 approve
	// 0.95 review
	// 1 decline
}
