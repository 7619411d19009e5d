package dob

import "unicode/utf8"

// MonthLanguages returns the locales whose CLDR month names (wide or abbreviated, format or
// stand-alone) include the first word of s that is a month name in any of them, as a set: bit i stands
// for Locales()[i]. It is 0 when no word of s is such a month name. A word several languages share
// (April: German, English, Dutch, …) gives all of them; the date's other words are not consulted. It
// allocates nothing and is safe for concurrent use. Words are folded as Parse folds them (case,
// accents, a trailing dot).
func MonthLanguages(s string) uint64 {
	var buf [maxWord]byte
	n, ok := 0, true
	lookup := func() uint64 {
		if n == 0 || !ok {
			return 0
		}
		return monthLangs[string(buf[:n])]
	}
	for _, r := range s {
		f, letter, comb := foldRune(r)
		switch {
		case comb:
		case letter && f != 0 && n+utf8.RuneLen(f) <= len(buf):
			n += utf8.EncodeRune(buf[n:], f)
		case letter:
			ok = false // a letter with no folded form, or a word too long: not a month name
		default:
			if set := lookup(); set != 0 {
				return set
			}
			n, ok = 0, true
		}
	}
	return lookup()
}

// Locales returns the CLDR locale tags dob reads, sorted, in the order of MonthLanguages' bits. The
// slice is a copy.
func Locales() []string {
	out := make([]string, len(cldrLocales))
	for i := range cldrLocales {
		out[i] = cldrLocales[i].tag
	}
	return out
}

// monthLangs maps each folded month name to the set of locales that have it; written only at package
// initialisation.
var monthLangs = func() map[string]uint64 {
	if len(cldrLocales) > 64 {
		panic("dob: more locales than bits in MonthLanguages' set")
	}
	m := make(map[string]uint64)
	for i := range cldrLocales {
		for _, names := range cldrLocales[i].months {
			for _, name := range names {
				// Only names that are one word of at least two letters are read as month names (see
				// buildWords): CJK 4月 is read by its marker.
				if parts := foldParts(name); len(parts) == 1 && !hasDigit(name) && utf8.RuneCountInString(parts[0]) >= 2 {
					m[parts[0]] |= 1 << i
				}
			}
		}
	}
	return m
}()
