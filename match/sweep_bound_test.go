package match

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// boundWords are the words the bound tests build names from: umlauts (composed and not), titles and
// suffixes written with an umlaut (which one spelling drops and the other keeps), initials, letters
// past ASCII, Cyrillic, and words that differ only by e's.
var boundWords = []string{"Max", "Jo", "Anna", "Jürgen", "Juergen", "Müller", "Mueller", "Muller", "Anne-Marie",
	"Ana María", "Maximilian", "Mustermann", "García", "Márquez", "van", "der", "Berg", "Öz", "Kühn",
	"Sääd", "Saead", "Fräu", "Frau", "Herr", "Dr.", "Jür", "Jr.", "J.", "Ä.", "A", "Ü", "Łukasz", "Søren",
	"Weiß", "Zoë", "Иван", "Ivan", "Papadopoulos", "Schröder", "Schroeder", "Ee", "Aee", "Ueber", "Über",
	"Mu\u0308ller", "ÖÖ", "Oeoe", "Li", "Lee", "Straße", "Strasse"}

// boundName returns a random name value of one to five words from boundWords, some with a typo.
func boundName(rng *rand.Rand) string {
	var w []string
	for range 1 + rng.IntN(3) + rng.IntN(2)*rng.IntN(3) {
		s := boundWords[rng.IntN(len(boundWords))]
		if rng.IntN(4) == 0 {
			s = boundTypo(rng, s)
		}
		w = append(w, s)
	}
	return strings.Join(w, []string{" ", "-", " "}[rng.IntN(3)])
}

// boundTypo returns the word s with one typing error that matters to the sweep's bounds, drawn from
// rng: a rune replaced by a letter that umlaut spellings add or change (e, a, o, ü) or by x, a rune
// dropped (not the only one), or an e inserted.
func boundTypo(rng *rand.Rand, s string) string {
	r := []rune(s)
	i := rng.IntN(len(r))
	switch rng.IntN(3) {
	case 0:
		r[i] = []rune("eaoüx")[rng.IntN(5)]
	case 1:
		if len(r) > 1 {
			r = append(r[:i], r[i+1:]...)
		}
	default:
		r = append(r[:i], append([]rune{'e'}, r[i:]...)...)
	}
	return string(r)
}

// analysed returns raw analysed on its own buffers, nil when it is unusable or missing.
func analysed(raw string, umlaut bool) *name {
	n := new(name)
	analyse(n, new(nameBuf), raw, umlaut)
	if !n.usable || n.missing() {
		return nil
	}
	return n
}

// boundRules are the rule sets the bound tests run under (the threshold does not matter to a bound).
var boundRules = map[string]nameRules{
	"all":           {threshold: 0.9, floor: 0.9, spacing: true, extraNames: true, initials: true},
	"no-spacing":    {threshold: 0.9, floor: 0.9, extraNames: true, initials: true},
	"no-extra":      {threshold: 0.9, floor: 0.9, spacing: true},
	"no-initials":   {threshold: 0.9, floor: 0.9, spacing: true, extraNames: true},
	"transliterate": {threshold: 0.9, floor: 0.9, spacing: true, extraNames: true, initials: true, translit: true},
}

// TestNamesBoundHolds checks the letter and length bound of the sweep against what it bounds, on many
// generated pairs of names (umlaut spellings, titles, initials, several words, letters past ASCII):
// namesBound is at least the ceiling namesCeiling works out without it, and its words part at least
// the ceiling of the extra-names rule (alignCeiling) over every pair of forms.
func TestNamesBoundHolds(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 3000
	}
	rng := rand.New(rand.NewPCG(7, 11))
	pruned := 0
	for range n {
		rawA, rawB := boundName(rng), boundName(rng)
		if rng.IntN(3) == 0 { // near the other value: an umlaut spelled out, a word dropped or added
			rawB = strings.NewReplacer("ü", "ue", "ö", "oe", "ä", "ae", "Frau ", "", "Dr. ", "").Replace(rawA)
			if rng.IntN(2) == 0 {
				rawB += " " + boundWords[rng.IntN(len(boundWords))]
			}
		}
		umlaut := rng.IntN(5) != 0
		for rname, r := range boundRules {
			a, b := analysed(rawA, umlaut), analysed(rawB, umlaut)
			if a == nil || b == nil {
				continue
			}
			// The general path on fresh copies (the bound may make an alternative).
			a2, b2 := analysed(rawA, umlaut), analysed(rawB, umlaut)
			c, _ := namesCeiling(&nameSketch{n: a2}, &nameSketch{n: b2}, &r, -1)
			why := fmt.Sprintf("%s: %q (%q) vs %q (%q), umlaut %v", rname, rawA, a2.form, rawB, b2.form, umlaut)
			// Under a low floor the lengths alone may answer; above every bound the letters are read.
			var forms, words float64
			for _, floor := range []float64{0.5, 0.8, 2} {
				forms, words = namesBound(&nameSketch{n: a}, &nameSketch{n: b}, &r, floor)
				require.GreaterOrEqual(t, max(forms, words), c, "floor %v: %s", floor, why)
			}
			// The words part is read where the best score of the forms is known (a direct mismatch): it
			// must bound every alignment above that score.
			align, score := -1.0, 0.0
			probe := r
			probe.threshold = 2
			for _, xy := range formPairs(a2, b2) {
				if xy[0] != nil {
					align = max(align, alignCeiling(xy[0], xy[1], &r, -1))
					score = max(score, compareForms(xy[0], xy[1], &probe).score)
				}
			}
			if r.translit {
				translitPairs(a2, b2, func(x, y view, _ translitPair) bool {
					align = max(align, alignCeiling(&x, &y, &r, -1))
					score = max(score, compareForms(&x, &y, &probe).score)
					return true
				})
			}
			if r.extraNames {
				require.GreaterOrEqual(t, max(words, score), align, why)
			}
			if max(forms, words) < 0.8 {
				pruned++
			}
		}
	}
	t.Logf("pairs the bound keeps below 0.8: %d", pruned)
	require.NotZero(t, pruned)
}

// TestSketchCoversForms checks a sketch against the forms it describes: the canonical form and the
// umlaut alternative each have its letters and no letter outside any(), as many runes as lo to hi and
// its spaces, and likewise word by word (for a value not in ASCII, the lengths alone).
func TestSketchCoversForms(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 8))
	sketched := 0
	for range 5000 {
		raw := boundName(rng)
		n := analysed(raw, true)
		if n == nil {
			continue
		}
		ks := nameSketch{n: n}
		k := ks.lengths()
		if k == nil {
			continue
		}
		if ks.full() == nil { // lengths only: in runes
			for _, f := range []string{n.form, n.alternative()} {
				if f != "" {
					require.LessOrEqual(t, int(k.lo), utf8.RuneCountInString(f), "%q: form %q", raw, f)
					require.GreaterOrEqual(t, int(k.hi), utf8.RuneCountInString(f), "%q: form %q", raw, f)
					require.Equal(t, int(k.spaces), strings.Count(f, " "), "%q: form %q", raw, f)
				}
			}
			continue
		}
		sketched++
		letters := func(s string) (m uint64) {
			for i := 0; i < len(s); i++ {
				if s[i] != ' ' {
					m |= 1 << (s[i] & 63)
				}
			}
			return m
		}
		for _, f := range []string{n.form, n.alternative()} {
			if f == "" {
				continue
			}
			why := fmt.Sprintf("%q: form %q", raw, f)
			m := letters(f)
			require.Equal(t, k.letters, k.letters&m, why)
			require.Zero(t, m&^k.any(), why)
			require.LessOrEqual(t, int(k.lo), len(f), why)
			require.GreaterOrEqual(t, int(k.hi), len(f), why)
			require.Equal(t, int(k.spaces), strings.Count(f, " "), why)
			words := strings.Split(f, " ")
			require.Equal(t, int(k.n), len(words), why)
			for i, w := range words[:min(len(words), sketchTokens)] {
				m := letters(w)
				require.Equal(t, k.tletters[i], k.tletters[i]&m, why)
				any := k.tletters[i]
				if k.thi[i] > k.tlo[i] {
					any |= eBit
				}
				require.Zero(t, m&^any, why)
				require.LessOrEqual(t, int(k.tlo[i]), len(w), why)
				require.GreaterOrEqual(t, int(k.thi[i]), len(w), why)
			}
		}
	}
	require.Greater(t, sketched, 1000)
}

// plainSpelling reports whether alt is form with an e written after some a, o and u, and nothing else.
func plainSpelling(form, alt string) bool {
	// ok[j]: form[:i] can be written as alt[:j].
	ok := make([]bool, len(alt)+1)
	ok[0] = true
	for i := 0; i < len(form); i++ {
		next := make([]bool, len(alt)+1)
		for j := range ok {
			if !ok[j] || j == len(alt) || alt[j] != form[i] {
				continue
			}
			next[j+1] = true
			if c := form[i]; (c == 'a' || c == 'o' || c == 'u') && j+1 < len(alt) && alt[j+1] == 'e' {
				next[j+2] = true
			}
		}
		ok = next
	}
	return ok[len(alt)]
}

// TestPlainAlt checks what the bounds of the sweep assume of an umlaut alternative they do not make:
// where plainAlt says so, it is the canonical form with an e after some a, o and u. And where it does
// not (a title or suffix dropped), it has made the alternative.
func TestPlainAlt(t *testing.T) {
	require.True(t, plainSpelling("saad", "saeaed"))
	require.True(t, plainSpelling("ae", "aee"))
	require.False(t, plainSpelling("muller", "fraeu mueller"))
	rng := rand.New(rand.NewPCG(9, 9))
	raws := []string{"Fräu Müller", "Frau Müller", "Herr Öz", "Müller Jür", "Müller Jr.", "Ä. Müller", "Sääd"}
	for range 20000 {
		raws = append(raws, boundName(rng))
	}
	notPlain := 0
	for _, raw := range raws {
		n := analysed(raw, true)
		if n == nil {
			continue
		}
		if !n.plainAlt() {
			notPlain++
			require.False(t, n.wantAlt, "%q: made", raw)
			continue
		}
		if alt := n.alternative(); alt != "" {
			require.True(t, plainSpelling(n.form, alt), "%q: %q vs %q", raw, n.form, alt)
		}
	}
	require.NotZero(t, notPlain)
}

// analysedFour analyses the four names of a comparison (merchant's first and last, provider's first and
// last) fresh, with or without umlaut spellings; ok is false when one cannot be analysed.
func analysedFour(umlaut bool, mf, ml, pf, pl string) (ns [4]*name, ok bool) {
	ns = [4]*name{analysed(mf, umlaut), analysed(ml, umlaut), analysed(pf, umlaut), analysed(pl, umlaut)}
	return ns, ns[0] != nil && ns[1] != nil && ns[2] != nil && ns[3] != nil
}

// splitOnto returns a first and a last name that read as mf and ml split differently: the first word of
// ml moved onto mf. ok is false when ml has one word.
func splitOnto(mf, ml string) (pf, pl string, ok bool) {
	w := strings.Fields(ml)
	if len(w) < 2 {
		return mf, ml, false
	}
	return mf + " " + w[0], strings.Join(w[1:], " "), true
}

// TestSplitLettersHolds checks the letter check before the split rule against the rule: whenever the
// full names read the same split differently (splitEqual), splitLetters lets them through.
func TestSplitLettersHolds(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	split := 0
	for range 30000 {
		mf, ml := boundName(rng), boundName(rng)
		onto := rng.IntN(2) == 0
		pf, pl, ok := splitOnto(mf, ml)
		if !ok || !onto {
			pf, pl = mf, ml
		}
		if w := strings.Fields(mf); pf == mf && len(w) > 1 {
			pf, pl = strings.Join(w[:len(w)-1], " "), w[len(w)-1]+" "+ml
		}
		if rng.IntN(2) == 0 {
			pf = strings.NewReplacer("ü", "ue", "ö", "oe", "ä", "ae").Replace(pf)
		}
		if rng.IntN(4) == 0 {
			pl = boundName(rng)
		}
		ns, ok := analysedFour(true, mf, ml, pf, pl)
		if !ok {
			continue
		}
		for _, spacing := range []bool{true, false} {
			if !splitEqual(ns[0], ns[1], ns[2], ns[3], spacing) {
				continue
			}
			split++
			fresh, _ := analysedFour(true, mf, ml, pf, pl)
			ks := [4]*nameSketch{{n: fresh[0]}, {n: fresh[1]}, {n: fresh[2]}, {n: fresh[3]}}
			require.True(t, splitLetters(&ks), "%q %q | %q %q", mf, ml, pf, pl)
		}
	}
	require.Greater(t, split, 100)
}

// TestSweepEffect: the effects a Sweep gives a name field where its reach ends are effectOf's.
func TestSweepEffect(t *testing.T) {
	for i, f := range []Field{FirstName, LastName} {
		require.Equal(t, effectOf(f, StatusMismatch, 0), sweepEffect[i][0])
		require.Equal(t, effectOf(f, StatusMismatch, Reasons(0).With(ReasonReviewBand)), sweepEffect[i][1])
	}
}

// TestAlignCeilingShortList checks alignCeiling, which skips the pairs of words whose letters keep them
// at or below floor and lists few candidates, against alignCeilingMany, which scores every pair the
// lengths let through, on many generated pairs of forms and floors.
func TestAlignCeilingShortList(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 3))
	differ := 0
	for range 8000 {
		a, b := analysed(boundName(rng), true), analysed(boundName(rng), true)
		if rng.IntN(2) == 0 {
			b = analysed(strings.ReplaceAll(boundName(rng), " ", "e ")+" "+boundName(rng), true)
		}
		if a == nil || b == nil {
			continue
		}
		for rname, r := range boundRules {
			for _, xy := range formPairs(a, b) {
				if xy[0] == nil {
					continue
				}
				for _, floor := range []float64{-1, 0.3, 0.6, 0.8, 0.9} {
					x, y := *xy[0], *xy[1]
					var xt, yt [maxTokens]string
					nx, okx := tokens(x.s, &xt)
					ny, oky := tokens(y.s, &yt)
					want := -1.0
					if okx && oky {
						want = alignCeilingMany(&x, &y, &r, floor, &xt, &yt, nx, ny)
					}
					got := alignCeiling(&x, &y, &r, floor)
					require.Equal(t, want, got, "%s: %q vs %q above %v", rname, x.s, y.s, floor)
					if got > -1 {
						differ++
					}
				}
			}
		}
	}
	require.NotZero(t, differ)
}

// TestLettersBound: for two words in ASCII, the bound from their letters and lengths is at least their
// similarity.
func TestLettersBound(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 1))
	word := func() string {
		b := make([]byte, 1+rng.IntN(9))
		for i := range b {
			b[i] = "aeiounrstlmxyz0"[rng.IntN(15)]
		}
		return string(b)
	}
	for range 50000 {
		a, b := word(), word()
		bound := lettersBound(letterSet(a), letterSet(a), letterSet(b), letterSet(b), max(len(a), len(b)))
		require.GreaterOrEqual(t, bound, similarity(a, b), "%q %q", a, b)
	}
}

// TestDirectCeilings checks the ceilings sweepCeilings takes from a direct comparison's score,
// alignAbove over a mismatch's or a whole-form similarity match's score, against namesCeiling, which
// scores every pair of forms again, on generated pairs under every rule set and several thresholds.
func TestDirectCeilings(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 13))
	seen := map[bool]int{}
	for range 4000 {
		rawA, rawB := boundName(rng), boundName(rng)
		if rng.IntN(2) == 0 { // a typo or an extra word away
			rawB = rawA + []string{"n", " " + boundWords[rng.IntN(len(boundWords))], "e", ""}[rng.IntN(4)]
			if rng.IntN(2) == 0 {
				rawB = strings.NewReplacer("ü", "ue", "a", "e", " ", "").Replace(rawB)
			}
		}
		for rname, r := range boundRules {
			if r.translit {
				continue // a direct comparison is one without transliteration
			}
			for _, th := range []float64{0.5, 0.7, 0.8, 0.9, 0.95} {
				r.threshold, r.floor = th, th
				a, b := analysed(rawA, true), analysed(rawB, true)
				if a == nil || b == nil || a.form == b.form {
					continue
				}
				var res FieldResult
				compareNames(a, b, &r, &res)
				probe := res.Status == StatusMatch && res.Score >= th-epsilon
				if !probe && res.Status != StatusMismatch {
					continue
				}
				seen[probe]++
				got := alignAbove(&nameSketch{n: a}, &nameSketch{n: b}, &r, res.Score, -1, probe)
				a2, b2 := analysed(rawA, true), analysed(rawB, true)
				want, _ := namesCeiling(&nameSketch{n: a2}, &nameSketch{n: b2}, &r, -1)
				require.Equal(t, want, got, "%s at %v: %q (%q) vs %q (%q): %v %v", rname, th, rawA, a.form, rawB,
					b.form, res.Status, res.Reasons)
			}
		}
	}
	require.Greater(t, seen[true], 100)
	require.Greater(t, seen[false], 100)
}

// TestNamesBoundAligned: every word of the name with fewer words (of both, with as many) must line up
// with a word of the other, so the words part of the bound is the lowest of those words' best pairs,
// not the best pair of all (which an equal word makes 1); a word that is an initial in some form (A,
// spelled ae) may line up whatever its letters, and bounds its pairs by 1.
func TestNamesBoundAligned(t *testing.T) {
	r := boundRules["all"]
	for _, c := range []struct {
		a, b  string
		below float64 // the bound is below this; 0: it is 1
	}{
		{"García Márquez", "García Márquezn", 0.9}, // márquez/márquezn at most 7/8
		{"van der Berg", "van der Bergn", 0.9},
		{"Anna Maria", "Anna Marina Lee", 0.9},
		{"Schroeder-Ä.", "Schröder-Maximilian-Aee", 0},
		{"Muller Ü", "Muller Ün", 0},
		{"Max M.", "Max Michael", 0},
	} {
		a, b := analysed(c.a, true), analysed(c.b, true)
		_, words := namesBound(&nameSketch{n: a}, &nameSketch{n: b}, &r, 0)
		if c.below == 0 {
			require.Equal(t, 1.0, words, "%s vs %s", c.a, c.b)
		} else {
			require.Less(t, words, c.below, "%s vs %s", c.a, c.b)
		}
		align := -1.0
		for _, xy := range formPairs(a, b) {
			if xy[0] != nil {
				align = max(align, alignCeiling(xy[0], xy[1], &r, -1))
			}
		}
		require.GreaterOrEqual(t, words, align, "%s vs %s: the bound holds", c.a, c.b)
	}
}

// TestSameFirstHolds checks the shortcut before the split rule against the rule: whenever sameFirst
// says the first names rule a split out, splitEqual (on fresh copies, which make their own umlaut
// alternatives) finds none, with spacing or without.
func TestSameFirstHolds(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 9))
	same := 0
	for range 30000 {
		mf, ml := boundName(rng), boundName(rng)
		pf, pl := mf, ml
		switch rng.IntN(4) {
		case 0: // the split of a word of the last name onto the first: what splitEqual finds
			pf, pl, _ = splitOnto(mf, ml)
		case 1:
			pf = strings.NewReplacer("ü", "ue", "ö", "oe", "ä", "ae").Replace(pf)
		case 2:
			pl = boundName(rng)
		}
		umlaut := rng.IntN(4) != 0
		ns, ok := analysedFour(umlaut, mf, ml, pf, pl)
		if !ok || !sameFirst(ns[0], ns[2]) {
			continue
		}
		same++
		for _, spacing := range []bool{true, false} {
			fresh, _ := analysedFour(umlaut, mf, ml, pf, pl)
			require.False(t, splitEqual(fresh[0], fresh[1], fresh[2], fresh[3], spacing), "%q %q | %q %q", mf, ml, pf, pl)
		}
	}
	require.Greater(t, same, 1000)
}
