package match

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// farPairs returns name quadruples (merchant's first and last, provider's first and last) like a
// batch's far mismatches: one name entirely different, the other equal or nearly so, with extra
// words, umlauts and initials; and, among them, near misses of the extra-names rule, where a word of
// one value is a typo of the other value (Anne Marie against Mari), directly or across the swapped
// pair, so that the shortcut must refuse some.
func farPairs(n int) [][4]string {
	rng := rand.New(rand.NewPCG(8, 13))
	firsts := []string{"Max", "Zoë", "Anne-Marie", "Łukasz", "François", "Ana María", "Søren", "Aleksandra",
		"Sophie", "Mehmet", "Johannes", "Jürgen", "Jo", "A.", "Ünal", "Öz", "Maria", "Anne"}
	lasts := []string{"Wagner", "O'Brien", "Kowalczyk", "Schröder", "Weiß", "van der Berg", "Mustermann",
		"Dubois", "García Márquez", "Müller", "Nowak", "Yılmaz", "Berg", "Mueller Schmidt"}
	word := func(s string) string { // one word of s, perhaps with a typo
		w := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
		x := w[rng.IntN(len(w))]
		if rng.IntN(2) == 0 {
			x = boundTypo(rng, x)
		}
		return x
	}
	out := make([][4]string, n)
	for i := range out {
		mf, ml := firsts[rng.IntN(len(firsts))], lasts[rng.IntN(len(lasts))]
		pf, pl := firsts[rng.IntN(len(firsts))], ml
		switch rng.IntN(10) {
		case 0: // a word of the merchant's first name, with a typo: the extra-names rule near its floor
			pf = word(mf)
		case 1:
			pf = word(mf) + " " + firsts[rng.IntN(len(firsts))]
		case 2: // the crossed pair near its floor: a first name like a word of the last
			pf = word(ml)
		case 3:
			mf = word(pl)
		case 4: // the last names differ, the first are equal
			pf, pl = mf, lasts[rng.IntN(len(lasts))]
		case 5:
			pl = boundTypo(rng, pl)
		case 6:
			pf = boundName(rng)
		}
		out[i] = [4]string{mf, ml, pf, pl}
	}
	return out
}

// sweepFarBy returns the Sweep CompareSweep makes of q from from under m (the dates of birth equal,
// or not with otherDOB), its names' part made by sweepFar (far), or else by the general path alone
// (sweepFixedNames and sweepGeneral); each on its own fresh analysis of the names, completed by
// finish with the verdict. It reports whether the path was taken (sweepFar took the comparison; the
// general path, which the plain path is checked against elsewhere, takes those sweepMatched and
// sweepFixedNames do not settle).
func sweepFarBy(m *Matcher, q [4]string, from float64, otherDOB, far bool) (Sweep, bool) {
	a := Record{FirstName: q[0], LastName: q[1], DOB: "1990-09-28", Email: "a@example.com"}
	b := Record{FirstName: q[2], LastName: q[3], DOB: "1990-09-28", Email: "a@example.com"}
	if otherDOB {
		b.DOB = "1991-09-28"
	}
	var v Verdict
	m.compare(&v, &a, &b, nil)
	var bufs [4]nameBuf
	var mf, ml, pf, pl name
	m.analyseAll(&a, &b, &bufs, &mf, &ml, &pf, &pl)
	var rules [2]nameRules
	m.setRules(&rules[0], FirstName)
	m.setRules(&rules[1], LastName)
	var names Verdict
	var seen rescueSeen
	m.compareAnalysed(&mf, &ml, &pf, &pl, &rules, &names, &seen)
	s := Sweep{from: from}
	if far {
		if m.opts.Transliterate || !sweepFar(&s, &v, &seen, &m.opts, &mf, &ml, &pf, &pl) {
			return s, false
		}
	} else {
		if s.sweepMatched(&v) || sweepFixedNames(&s, &v) {
			return s, false
		}
		sweepGeneral(&s, &v, &seen, &rules, &mf, &ml, &pf, &pl, &m.opts)
	}
	s.finish(&v)
	return s, true
}

// TestSweepFarMatchesGeneral checks the sweep's shortcut for far mismatches (sweepFar) against the
// general path: on generated far mismatches and near misses (farPairs) and the plain path's pairs,
// under every option set, several floors and with the dates of birth equal or not, wherever the
// shortcut answers, the Sweep is the general path's exactly (status, reach, score, fixed decision).
func TestSweepFarMatchesGeneral(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 800
	}
	qs := append(append([][4]string{{"Johannes", "Kowalczyk", "Jürgen", "Kowalczyk"},
		{"Anne Marie", "Wagner", "Mari", "Wagner"}, {"Max", "van der Berg", "Bergo", "van der Berg"}},
		farPairs(n)...), plainPairs(n/2)...)
	taken, refused := map[string]int{}, map[string]int{}
	for oname, o := range plainOptions {
		m, err := New(o)
		require.NoError(t, err)
		for _, from := range []float64{0, 0.5, 0.8, 0.9} {
			for k, q := range qs {
				otherDOB := k%5 == 0
				far, ok := sweepFarBy(m, q, from, otherDOB, true)
				general, gok := sweepFarBy(m, q, from, otherDOB, false)
				if !ok {
					for i := range 2 {
						if gok && from > 0 && general.status[i] == StatusMatch && general.score[i] < general.floor() &&
							general.reach[i] >= general.floor() && general.reach[1-i] == 1 {
							// A name scored below the floor that lines up or is rescued above it: the
							// shortcut must not answer.
							refused[oname]++
						}
					}
					continue
				}
				taken[oname]++
				require.True(t, gok, "%s from %v: %q", oname, from, q)
				require.Equal(t, general, far, "%s from %v: %q", oname, from, q)
			}
		}
	}
	t.Log(fmt.Sprint("taken ", taken, " refused ", refused))
	for oname := range plainOptions {
		if oname != "translit" {
			require.Greater(t, taken[oname], n/4, oname)
		}
	}
	require.Greater(t, refused["default"], 20, "near misses the shortcut must refuse")
}

// TestAlignBelowHolds checks the alignment bound of the shortcuts against what it claims, on many
// generated pairs of names (umlaut spellings, titles, initials, several words, letters past ASCII) and
// floors: where alignBelow holds, the extra-names rule (alignTokens) lines up no pair of forms
// bestOutcome compares without transliteration at any threshold above the floor, so neither through
// a fuzzy pair above it nor through equal words and initials alone. The bound must also hold where it
// is tight: some pairs have a word a typo of the other's.
func TestAlignBelowHolds(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 11))
	held := map[float64]int{}
	for range 20000 {
		a, b := analysed(boundName(rng), true), analysed(boundName(rng), true)
		if rng.IntN(3) == 0 && a != nil { // a word of a, perhaps with a typo, beside others
			w := strings.Fields(a.raw)
			b = analysed(w[rng.IntN(len(w))]+[]string{"", "x", "e"}[rng.IntN(3)]+" "+boundName(rng), true)
		}
		if a == nil || b == nil || (a.oneWord() && b.oneWord()) {
			continue
		}
		for _, floor := range []float64{0.5, 0.7, 0.8, 0.9} {
			x, y := farWords{src: a}, farWords{src: b}
			if !alignBelow(&x, &y, floor) {
				continue
			}
			held[floor]++
			for _, xy := range formPairs(a, b) {
				if xy[0] == nil {
					continue
				}
				for _, initials := range []bool{true, false} {
					r := nameRules{threshold: floor + 2*epsilon, spacing: true, extraNames: true, initials: initials}
					require.False(t, alignTokens(xy[0], xy[1], &r).ok, "%q %q at %v: %q %q", a.raw, b.raw, floor, xy[0].s, xy[1].s)
				}
			}
		}
	}
	for _, floor := range []float64{0.5, 0.7, 0.8, 0.9} {
		require.Greater(t, held[floor], 1000, "floor %v", floor)
	}
}

// FuzzSweepShortcuts checks the sweep's shortcuts against its general path on fuzzed names: wherever
// sweepFar or the plain path answers, the Sweep is the general path's exactly (TestSweepFarMatchesGeneral
// and TestSweepPlainMatchesGeneral on generated names).
func FuzzSweepShortcuts(f *testing.F) {
	f.Add("Johannes", "Kowalczyk", "Jürgen", "Kowalczyk", 0.8)
	f.Add("Anne Marie", "Wagner", "Mari", "Wagner", 0.8)
	f.Add("Søren", "García Márquez", "Søren", "García Márquezn", 0.8)
	f.Add("Abc Def Ghi Jkl", "Abc Def Ghi Jklx", "Abcdefghijklx", "Abcdefghijkl", 0.9)
	f.Add("Ana María", "Müller", "Ana María", "Müllern", 0.5)
	m := map[string]*Matcher{}
	for oname, o := range plainOptions {
		mm, err := New(o)
		require.NoError(f, err)
		m[oname] = mm
	}
	f.Fuzz(func(t *testing.T, mf, ml, pf, pl string, from float64) {
		if !(from >= 0 && from <= 1) {
			return
		}
		q := [4]string{mf, ml, pf, pl}
		for oname, mm := range m {
			for _, otherDOB := range []bool{false, true} {
				far, ok := sweepFarBy(mm, q, from, otherDOB, true)
				if !ok {
					continue
				}
				general, _ := sweepFarBy(mm, q, from, otherDOB, false)
				require.Equal(t, general, far, "sweepFar, %s from %v: %q", oname, from, q)
			}
			plain, ok := sweepNamesBy(mm, q, from, true)
			if !ok {
				continue
			}
			general, _ := sweepNamesBy(mm, q, from, false)
			require.Equal(t, general, plain, "plain path, %s from %v: %q", oname, from, q)
		}
	})
}
