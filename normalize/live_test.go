package normalize

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// TestFastFactsMatchLiveXText recomputes every fact of the generated fast-lane tables (tables.go) with the
// x/text tables this build links (x/text selects them by Go version through build tags), and the case
// table over every code point. A difference means tables.go is stale for this toolchain: run
// "go generate" in this directory.
func TestFastFactsMatchLiveXText(t *testing.T) {
	fold := cases.Fold()
	folded := func(r rune) string { return norm.NFD.String(fold.String(norm.NFKD.String(string(r)))) }
	check := func(lo rune, facts []fact) {
		for i, f := range facts {
			r := lo + rune(i)
			var flags uint8
			if norm.NFKD.String(string(r)) != norm.NFD.String(string(r)) {
				flags |= factCompat
			}
			if r != 'ß' && folded(r) != norm.NFKD.String(string(r)) {
				flags |= factCase
			}
			if !assert.Equalf(t, folded(r), f.d, "U+%04X: decomposition", r) ||
				!assert.Equalf(t, flags, f.flags, "U+%04X: flags", r) {
				return
			}
		}
	}
	check(0, fastFacts0[:])
	check(fast1Lo, fastFacts1[:])
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := r != 'ß' && folded(r) != norm.NFKD.String(string(r))
		if r >= 0xD800 && r <= 0xDFFF {
			continue // surrogates are not runes of a string
		}
		if unicode.Is(caseTable, r) != want {
			t.Fatalf("U+%04X: caseTable says %v, x/text %v", r, !want, want)
		}
	}
}
