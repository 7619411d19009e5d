package match

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/agnivade/levenshtein"
	"github.com/stretchr/testify/require"
)

// TestDistanceAgreesWithAgnivade checks distance against agnivade/levenshtein, the reference, on every
// path: ASCII and not, pattern up to 64 runes and longer, up to and past 256 runes.
func TestDistanceAgreesWithAgnivade(t *testing.T) {
	fixed := [][2]string{
		{"", ""}, {"", "abc"}, {"a", ""}, {"anna", "boris"}, {"mustermann", "musterman"}, {"kitten", "sitting"},
		{"müller", "muller"}, {"mueller", "muller"}, {"jürgen", "juergen"}, {"иван", "ivan"}, {"山田", "山本"},
		{strings.Repeat("a", 64), strings.Repeat("a", 63) + "b"}, {strings.Repeat("ab", 32), strings.Repeat("ba", 32)},
		{strings.Repeat("a", 65), strings.Repeat("b", 65)}, {strings.Repeat("ab", 128), strings.Repeat("ba", 128)},
		{strings.Repeat("ä", 200), strings.Repeat("a", 200)}, {strings.Repeat("x", 300), strings.Repeat("y", 290)},
		{strings.Repeat("é", 300), "é"},
		// Common prefixes and suffixes that end or start inside a rune, valid or not.
		{"é", "è"}, {"aéb", "aèb"}, {"\xe2\x82\xac", "\xe2\x82x"}, {"x\xe2\x82", "y\xe2\x82"}, {"€x", "\x82\xacx"},
		{"müller", "mueller"}, {"ж\xb6", "ф\xb6"},
	}
	for _, c := range fixed {
		require.Equal(t, levenshtein.ComputeDistance(c[0], c[1]), distance(c[0], c[1]), "%.20q %.20q", c[0], c[1])
	}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabets := []string{"ab", "abcdefghij ", "aäoöuüß", "абвгд", "ab山"}
	for range 20000 {
		alpha := []rune(alphabets[rng.IntN(len(alphabets))])
		gen := func() string {
			n := rng.IntN(80)
			if rng.IntN(20) == 0 {
				n = rng.IntN(300)
			}
			var b strings.Builder
			for range n {
				b.WriteRune(alpha[rng.IntN(len(alpha))])
			}
			return b.String()
		}
		a, b := gen(), gen()
		if rng.IntN(3) == 0 { // a few edits of a, not an unrelated string
			r := []rune(a)
			for range rng.IntN(4) {
				if len(r) > 0 {
					r[rng.IntN(len(r))] = alpha[rng.IntN(len(alpha))]
				}
			}
			b = string(r)
		}
		require.Equal(t, levenshtein.ComputeDistance(a, b), distance(a, b), "%q %q", a, b)
	}
}

// FuzzDistance compares distance with agnivade/levenshtein on any input.
func FuzzDistance(f *testing.F) {
	f.Add("anna", "boris")
	f.Add("müller", "mueller")
	f.Add(strings.Repeat("ab", 40), strings.Repeat("ba", 40))
	f.Add("\xff", "a")
	f.Fuzz(func(t *testing.T, a, b string) {
		require.Equal(t, levenshtein.ComputeDistance(a, b), distance(a, b))
	})
}

// TestSpacelessAgreesWithCopies: the in-place spaceless comparisons agree with comparing copies made
// without the spaces, and spacedScore, which skips what its bounds rule out, with computing both scores.
func TestSpacelessAgreesWithCopies(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alphabets := []string{"ab ", "abc xyz0", "aäo ü", "a-b &"}
	for range 20000 {
		alpha := []rune(alphabets[rng.IntN(len(alphabets))])
		gen := func() string {
			n := rng.IntN(90)
			var b strings.Builder
			for range n {
				b.WriteRune(alpha[rng.IntN(len(alpha))])
			}
			return b.String()
		}
		x, y := gen(), gen()
		xs, ys := strings.ReplaceAll(x, " ", ""), strings.ReplaceAll(y, " ", "")
		want := similarity(xs, ys)
		if xs == "" && ys == "" {
			want = 1
		} else if xs == "" || ys == "" {
			want = 0
		}
		xv, yv := viewOf(x), viewOf(y)
		require.InDelta(t, want, similaritySpaceless(&xv, &yv), 1e-12, "%q %q", x, y)
		require.Equal(t, max(similarity(x, y), similaritySpaceless(&xv, &yv)), spacedScore(&xv, &yv), "%q %q", x, y)
		x2, y2 := gen(), gen()
		require.Equal(t, xs+strings.ReplaceAll(x2, " ", "") == ys+strings.ReplaceAll(y2, " ", ""),
			equalSpaceless(x, x2, y, y2), "%q %q %q %q", x, x2, y, y2)
	}
	require.True(t, equalSpaceless("anne marie", "", "annemarie", ""))
	require.True(t, equalSpaceless("max", "michael mustermann", "max michael", "mustermann"))
}
