package match

import (
	"testing"

	"github.com/custmatch/custmatch/normalize"
)

// TestReasonsForEverySet checks the bit-table reasonsFor against the plain loop over stepReasons for
// every set of steps and flags.
func TestReasonsForEverySet(t *testing.T) {
	for s := normalize.Steps(0); s < 1<<12; s++ {
		var want Reasons
		for _, sr := range stepReasons {
			if s.Has(sr.step) {
				want = want.With(sr.reason)
			}
		}
		if got := reasonsFor(s); got != want {
			t.Fatalf("reasonsFor(%b) = %v, want %v", s, got, want)
		}
	}
}
