package match_test

import (
	"sync"
	"testing"

	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/require"
)

// TestConcurrentMatcher shares one Matcher between many goroutines (run it with -race) and checks every
// verdict equals the sequential one.
func TestConcurrentMatcher(t *testing.T) {
	m := matcher(t, match.Options{ReviewBand: 0.8})
	pairs := corpusPairs(t)
	want := make([]match.Verdict, len(pairs))
	for i, p := range pairs {
		want[i] = m.Compare(p[0], p[1])
	}
	const goroutines = 16
	var wg sync.WaitGroup
	got := make([][]match.Verdict, goroutines)
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out := make([]match.Verdict, len(pairs))
			// Each goroutine walks the pairs from a different start so they overlap in time.
			for k := range pairs {
				i := (k + g*len(pairs)/goroutines) % len(pairs)
				out[i] = m.Compare(pairs[i][0], pairs[i][1])
			}
			got[g] = out
		}()
	}
	wg.Wait()
	for g := range got {
		require.Equal(t, want, got[g], "goroutine %d", g)
	}
}
