package normalize

import (
	"iter"
	"math/bits"
	"strings"
)

// Steps is a bit set of the normalization steps that changed a text, plus two
// flags ([FlagPlaceholder], [FlagMixedScript]). A verdict uses it to explain
// why two names compare equal. The zero value means "nothing changed".
//
// Steps is a plain value and safe for concurrent use.
type Steps uint32

// The steps and flags, in the order of the policy steps (package documentation). The names returned by [Steps.Name]
// are given in quotes.
const (
	StepInvisible   Steps = 1 << iota // "invisible": default-ignorable code points or bidi controls removed
	StepCompat                        // "compat": NFKC compatibility mapping applied (fullwidth, ligatures, ...)
	StepCase                          // "case": case folding changed a letter
	StepAccents                       // "accents": diacritics stripped (including ä -> a in the primary form)
	StepSharpS                        // "sharp-s": ß or ẞ became ss
	StepLetters                       // "letters": æ œ ø ł đ ð þ ı ħ mapped to ae oe o l d d th i h
	StepUmlaut                        // "umlaut-spelling": the text has ä/ö/ü, so an alternative ae/oe/ue spelling exists
	StepPunctuation                   // "punctuation": apostrophes removed; hyphens, dashes, dots, commas, underscores, slashes became spaces
	StepSpacing                       // "spacing": whitespace converted to U+0020, collapsed or trimmed
	StepTitle                         // "title": a leading title or a trailing generational suffix dropped
	FlagPlaceholder                   // "placeholder": the value was a placeholder (n/a, null, -, ...); the output is empty
	FlagMixedScript                   // "mixed-script": a token mixes letters of several scripts; nothing was mapped

	stepEnd // one past the last bit
)

var stepNames = [...]string{
	"invisible", "compat", "case", "accents", "sharp-s", "letters", "umlaut-spelling",
	"punctuation", "spacing", "title", "placeholder", "mixed-script",
}

// Has reports whether every bit of t is set in s.
func (s Steps) Has(t Steps) bool { return s&t == t }

// Name returns the name of a single step ("case", "sharp-s", ...). It returns
// "" when s is not exactly one known bit.
func (s Steps) Name() string {
	if s == 0 || s&(s-1) != 0 || s >= stepEnd {
		return ""
	}
	return stepNames[bits.TrailingZeros32(uint32(s))]
}

// All yields the single-bit steps set in s, in the order of the constants.
// It does not allocate.
func (s Steps) All() iter.Seq[Steps] {
	return func(yield func(Steps) bool) {
		for t := s & (stepEnd - 1); t != 0; t &= t - 1 {
			if !yield(t & -t) {
				return
			}
		}
	}
}

// Names returns the names of the steps set in s, in the order of the
// constants; nil for 0. Unknown bits are ignored.
func (s Steps) Names() []string {
	var names []string
	for t := range s.All() {
		names = append(names, t.Name())
	}
	return names
}

// String returns the names of the steps set in s joined by commas, in the order
// of the constants ("case,accents"), or "" for 0.
func (s Steps) String() string {
	return strings.Join(s.Names(), ",")
}
