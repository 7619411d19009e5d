package normalize

import (
	"unicode"

	"github.com/custmatch/custmatch/internal/textrule"
)

// This file holds the character classes and word lists of the normalization
// policy (see the package documentation). They are the single source of these
// rules in normalize: the fast-path table is derived from them at init, and the
// slow path calls them directly. The rules other packages share (controls,
// U+FFFD, invisible characters, placeholder words) live in internal/textrule.

// isControl reports a C0/C1 control other than tab, LF and CR, or DEL (step 1).
func isControl(r rune) bool { return textrule.IsControl(r) }

// isInvisible reports a default-ignorable code point (which includes the bidi
// controls U+200E/F, U+202A–202E, U+2066–2069, U+061C, the soft hyphen, BOM,
// zero-width characters and the Hangul fillers U+115F, U+1160, U+3164, U+FFA0)
// (step 2).
func isInvisible(r rune) bool { return textrule.IsInvisible(r) }

// isApostrophe reports the apostrophes that are removed: ' ’ ‘ ʼ ` ´ (step 6).
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '`', 0x00B4, 0x02BC, 0x2018, 0x2019:
		return true
	}
	return false
}

// isSpace reports whitespace (White_Space; tab, CR, LF, NBSP, ideographic
// space, ...) and the braille blank U+2800, which all become one U+0020
// (step 6).
func isSpace(r rune) bool {
	return r == ' ' || r == 0x2800 || unicode.Is(unicode.White_Space, r)
}

// isSeparator reports the punctuation that becomes a space (step 6): hyphens and
// dashes (Pd, U+2212 minus), connector punctuation such as underscores (Pc),
// dots (. · ・ 。), commas (, 、 ،) and slashes (/ \ ⁄ ∕). It is applied after
// NFKC, so fullwidth and small forms arrive here as their ASCII counterparts.
func isSeparator(r rune) bool {
	switch r {
	case '-', '.', ',', '_', '/', '\\', 0x00B7, 0x060C, 0x2044, 0x2212, 0x2215, 0x3001, 0x3002, 0x30FB:
		return true
	}
	if r < 0x2000 && r != 0x058A && r != 0x05BE && r != 0x1400 && r != 0x1806 {
		return false
	}
	return unicode.In(r, unicode.Pd, unicode.Pc)
}

// letterMap returns the replacement of a letter that does not decompose
// (step 5), given in its case-folded form, or "".
func letterMap(r rune) string {
	switch r {
	case 'æ':
		return "ae"
	case 'œ':
		return "oe"
	case 'ø':
		return "o"
	case 'ł':
		return "l"
	case 'đ', 'ð':
		return "d"
	case 'þ':
		return "th"
	case 'ı':
		return "i"
	case 'ħ':
		return "h"
	}
	return ""
}

// isSharpS reports ß and ẞ (step 5).
func isSharpS(r rune) bool { return r == 'ß' || r == 'ẞ' }

// isTitle reports a leading title (step 7), given as a normalized token.
// finalize looks only at tokens of at most 5 letters: keep titles that short.
func isTitle(tok []byte) bool {
	switch string(tok) {
	case "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "frau", "mag", "ing", "dipl", "sir":
		return true
	}
	return false
}

// isSuffix reports a trailing generational suffix (step 7).
// finalize looks only at tokens of 2 or 3 letters: keep suffixes that short.
func isSuffix(tok []byte) bool {
	switch string(tok) {
	case "jr", "sr", "ii", "iii", "iv":
		return true
	}
	return false
}

// isPlaceholder reports a whole normalized value that stands for "missing"
// (step 8): no letter of any script ("?", "0", "🙂"), or, ignoring the
// characters that are neither letters nor digits around a word, n/a, na,
// null, none, unknown, xxx, or only test words (test, tester, testuser, dummy,
// asdf, sample): "[null]", "(test)". "-" and "." normalize to "" and are
// caught by the caller. The rule is textrule.IsPlaceholderName's.
func isPlaceholder(v []byte) bool { return textrule.IsPlaceholderName(v) }
