package match

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/custmatch/custmatch/internal/testgen"
	"github.com/stretchr/testify/require"
)

// plainPairs returns name quadruples (merchant's first and last, provider's first and last) like a
// batch's: equal names, one name with a typo or two, one entirely different, swapped, umlauts spelled
// out, extra words, and the names of the bound tests (titles, initials, letters past ASCII).
func plainPairs(n int) [][4]string {
	rng := rand.New(rand.NewPCG(12, 21))
	typo := func(s string) string { return testgen.Typo(rng, s) }
	pick := func() string { // mostly one word, as most names are
		if rng.IntN(3) == 0 {
			return boundName(rng)
		}
		return boundWords[rng.IntN(len(boundWords))]
	}
	out := make([][4]string, n)
	for i := range out {
		mf, ml := pick(), pick()
		pf, pl := mf, ml
		if r := []rune(ml); rng.IntN(8) == 0 && len(r) > 2 { // split differently by a letter: a fuzzy match of both
			pf, pl = mf+string(r[:1]), string(r[1:])
			if rng.IntN(2) == 0 {
				pf, pl = string(r[1:]), mf+string(r[:1])
			}
		}
		for range rng.IntN(3) {
			switch rng.IntN(8) {
			case 0:
				pf = typo(pf)
			case 1, 2:
				pl = typo(pl)
			case 3:
				pf = pick()
			case 4:
				pf, pl = pl, pf
			case 5:
				pl = pick()
			case 6:
				pl += " " + boundWords[rng.IntN(len(boundWords))]
			default:
				pf = typo(typo(pf))
			}
		}
		out[i] = [4]string{mf, ml, pf, pl}
	}
	return out
}

// plainOptions are the option sets the differential tests of the sweep's shortcuts run under.
var plainOptions = map[string]Options{
	"default":     {},
	"no-split":    {DisableSplit: true},
	"no-swapped":  {DisableSwapped: true},
	"no-umlaut":   {DisableUmlautSpelling: true},
	"translit":    {Transliterate: true},
	"band":        {ReviewBand: 0.7},
	"no-spacing":  {DisableSpacing: true},
	"no-extra":    {DisableExtraNames: true},
	"threshold95": {FirstNameThreshold: 0.95, LastNameThreshold: 0.95},
}

// sweepNamesBy compares the names of q under m as compareNameFields does and works out the names' part
// of a Sweep from from as sweepNames does after sweepFixedNames, by the plain path (plainCeiling and
// plainRescue) when plain, else by sweepGeneral alone. It reports whether the path was taken (false for
// a comparison the plain path declines, or one sweepMatched or sweepFixedNames settle).
func sweepNamesBy(m *Matcher, q [4]string, from float64, plain bool) (Sweep, bool) {
	var bufs [4]nameBuf
	var mf, ml, pf, pl name
	m.analyseAll(&Record{FirstName: q[0], LastName: q[1]}, &Record{FirstName: q[2], LastName: q[3]}, &bufs, &mf, &ml, &pf, &pl)
	var rules [2]nameRules
	m.setRules(&rules[0], FirstName)
	m.setRules(&rules[1], LastName)
	var v Verdict
	var seen rescueSeen
	m.compareAnalysed(&mf, &ml, &pf, &pl, &rules, &v, &seen)
	s := Sweep{from: from}
	if s.sweepMatched(&v) || sweepFixedNames(&s, &v) {
		return s, false
	}
	if !plain {
		sweepGeneral(&s, &v, &seen, &rules, &mf, &ml, &pf, &pl, &m.opts)
		return s, true
	}
	w := [4]farWords{{src: &mf}, {src: &ml}, {src: &pf}, {src: &pl}}
	if m.opts.Transliterate || !plainCeiling(&s, 0, &v, &rules[0], &w[0], &w[2]) || !plainCeiling(&s, 1, &v, &rules[1], &w[1], &w[3]) {
		return s, false
	}
	rescue, ok := plainRescue(&s, &seen, &m.opts, &rules, &w)
	if !ok {
		return s, false
	}
	s.addRescue(rescue)
	return s, true
}

// TestSweepPlainMatchesGeneral checks the sweep's path without sketches against the general path: on
// many generated comparisons (farPairs among them: several words, near misses of the extra-names
// rule, last names of several words with a typo) under every option set and several floors, wherever
// the plain path answers, its names' part of the Sweep (status, reach, score, varies) is the general
// path's exactly, each path on its own fresh analysis of the names.
func TestSweepPlainMatchesGeneral(t *testing.T) {
	n := 4000
	if testing.Short() {
		n = 1000
	}
	// Both names a fuzzy match, split differently by a letter: only the split rule lifts them to 1, and
	// the comparison, matching both, never tried it.
	qs := append([][4]string{{"Maximilian", "Mustermann", "Maximilianm", "ustermann"},
		{"Mustermann", "Maximilian", "Mustermannm", "aximilian"}, {"Papadopoulos", "Christopher", "Papadopoulosc", "hristopher"},
		// Both a fuzzy match through the spaceless forms, and each crossed pair equal without spaces
		// (the swapped rule lifts both to 1), though the whole forms' lengths keep them apart.
		{"Abc Def Ghi Jkl", "Abc Def Ghi Jklx", "Abcdefghijklx", "Abcdefghijkl"}},
		append(plainPairs(n), farPairs(n/2)...)...)
	taken := map[string]int{}
	for oname, o := range plainOptions {
		m, err := New(o)
		require.NoError(t, err)
		for _, from := range []float64{0, 0.5, 0.8, 0.9} {
			for _, q := range qs {
				plain, ok := sweepNamesBy(m, q, from, true)
				if !ok {
					continue
				}
				taken[oname]++
				general, _ := sweepNamesBy(m, q, from, false)
				require.Equal(t, general, plain, "%s from %v: %q", oname, from, q)
			}
		}
	}
	t.Log(fmt.Sprint(taken))
	for oname := range plainOptions {
		if oname != "translit" {
			require.Greater(t, taken[oname], n/10, oname)
		}
	}
}
