package match

import (
	"sync"
	"unicode/utf8"

	"github.com/custmatch/custmatch/normalize"
	"github.com/custmatch/custmatch/translit"
)

// This file holds the transliteration rule (Options.Transliterate, described in doc.go): a Cyrillic or Greek name on
// one side, a Latin name on the other, compared through the whole-name variants of package translit.

// translitBuf is the storage for the variants of one name and the normalized form of one variant.
type translitBuf struct {
	v    translit.Variants
	form [formCap]byte
}

// translitBufs pools the variant storage, so that a comparison through transliteration does not
// allocate in steady state. Latin-only comparisons never take one.
var translitBufs = sync.Pool{New: func() any { return new(translitBuf) }}

// hasCyrillicOrGreek reports whether a normalized form has a Cyrillic or Greek letter (the ASCII scan
// keeps Latin names cheap).
func hasCyrillicOrGreek(s string) bool {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	for _, r := range s[i:] {
		if (r >= 0x370 && r <= 0x52F) || (r >= 0x1F00 && r <= 0x1FFF) {
			return true
		}
	}
	return false
}

// isLatinForm reports whether a normalized form is in Latin letters only (with digits and spaces).
func isLatinForm(s string) bool {
	for _, r := range s {
		if r >= 0x250 {
			return false
		}
	}
	return s != ""
}

// transliterated compares the transliterations of the Cyrillic or Greek side with the Latin side (its
// canonical form and its umlaut alternative) and returns the better of best and what they give.
func transliterated(a, b *name, r *nameRules, best outcome) outcome {
	translitPairs(a, b, func(x, y view, p translitPair) bool {
		o := compareForms(&x, &y, r)
		o.reasons = o.reasons.With(ReasonTransliterated)
		o.scheme = p.scheme
		if p.alt {
			o.reasons = o.reasons.With(ReasonUmlautSpelling)
			o.altA, o.altB = p.latIsA, !p.latIsA
		}
		if o.better(best) {
			best = o
		}
		// An equal variant: nothing later can explain the pair more simply.
		return !(best.match && best.score == 1 && best.reasons == Reasons(0).With(ReasonTransliterated))
	})
	return best
}

// translitPair says where a pair of forms from translitPairs comes from.
type translitPair struct {
	scheme translit.Scheme // the transliteration of the Cyrillic or Greek side
	alt    bool            // the Latin side's umlaut alternative rather than its canonical form
	latIsA bool            // the Latin side is a (the Cyrillic or Greek one is b)
}

// translitPairs calls yield with each normalized transliteration x of the Cyrillic or Greek side and
// each form y of the Latin side (canonical, then umlaut alternative), until yield returns false. The
// views are copies: a pointer passed to a function value would move the names to the heap. It
// yields nothing when neither side is Cyrillic or Greek, the other side is not Latin, or the name
// cannot be transliterated (a word mixing scripts, letters of no single supported language). A variant
// is normalized like any Latin name; one that normalizes to nothing (a placeholder word) says nothing.
func translitPairs(a, b *name, yield func(x, y view, p translitPair) bool) {
	src, lat, latIsA := a, b, false
	if !hasCyrillicOrGreek(src.form) {
		src, lat, latIsA = b, a, true
	}
	if !hasCyrillicOrGreek(src.form) || !isLatinForm(lat.form) {
		return
	}
	tb := translitBufs.Get().(*translitBuf)
	defer translitBufs.Put(tb)
	if tb.v.Of(src.raw) != translit.OK {
		return
	}
	for i := 0; i < tb.v.Len(); i++ {
		form, _, err := normalize.AppendName(tb.form[:0], bytesString(tb.v.Bytes(i)))
		if err != nil || len(form) == 0 {
			continue
		}
		x := view{s: bytesString(form)}
		for k, y := range [2]*view{&lat.fv, lat.altView()} {
			if y.s != "" && !yield(x, *y, translitPair{scheme: tb.v.Scheme(i), alt: k == 1, latIsA: latIsA}) {
				return
			}
		}
	}
}

// translitSteps returns the reasons for the normalization steps of the Latin side of a transliterated
// outcome (the other side was transliterated from its raw text, so its own steps explain nothing). Case
// is left out: a transliteration has no case to agree with.
func translitSteps(a, b *name, o outcome) Reasons {
	lat, alt := a, o.altA
	if hasCyrillicOrGreek(a.form) {
		lat, alt = b, o.altB
	}
	s := lat.steps
	if alt {
		s = lat.altSteps
	}
	return reasonsFor(s &^ normalize.StepCase)
}

// reasonText returns a field's reasons joined by commas, the scheme after transliterated.
func reasonText(f *FieldResult) string {
	return string(appendReasons(nil, f.Reasons, f.Transliteration, ","))
}
