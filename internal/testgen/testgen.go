// Package testgen holds the test data generators that the tests of several packages share, so that a
// near-miss means the same thing in each of them. Nothing outside tests uses it.
package testgen

import "math/rand/v2"

// Typo returns s with one typing error at a random rune, drawn from rng: a rune replaced by q, a rune
// dropped, or an e inserted. A value of fewer than two runes gets an x appended instead (a typo there
// would leave nothing to compare). It is as safe for concurrent use as rng is.
func Typo(rng *rand.Rand, s string) string {
	r := []rune(s)
	if len(r) < 2 {
		return s + "x"
	}
	i := rng.IntN(len(r))
	switch rng.IntN(3) {
	case 0:
		r[i] = 'q'
	case 1:
		r = append(r[:i], r[i+1:]...)
	default:
		r = append(r[:i], append([]rune{'e'}, r[i:]...)...)
	}
	return string(r)
}
