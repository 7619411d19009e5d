package normalize

import (
	"sort"
	"unicode"
)

// Script classes for mixed-script detection (policy step 10, package documentation).
const (
	scNone     uint16 = 0 // Common, Inherited, or not a letter
	scLatin    uint16 = 1 << iota
	scGreek           // also decides whether marks are stripped
	scCyrillic        //
	scHan
	scHiragana
	scKatakana
	scHangul
	scBopomofo
	scOther // any other script; the table is kept to tell two others apart
)

// Script combinations that are one writing system, not a mix (UTS #39
// "highly restrictive" sets).
const (
	setJapanese = scHan | scHiragana | scKatakana
	setKorean   = scHan | scHangul
	setChinese  = scHan | scBopomofo
)

type scriptEntry struct {
	class uint16
	table *unicode.RangeTable
}

// commonScripts are tried first, in order; allScripts (sorted by name for
// determinism) after that.
var (
	commonScripts = []scriptEntry{
		{scLatin, unicode.Latin}, {scCyrillic, unicode.Cyrillic}, {scGreek, unicode.Greek},
		{scHan, unicode.Han}, {scHiragana, unicode.Hiragana}, {scKatakana, unicode.Katakana},
		{scHangul, unicode.Hangul}, {scBopomofo, unicode.Bopomofo},
		{scNone, unicode.Common}, {scNone, unicode.Inherited},
		{scOther, unicode.Arabic}, {scOther, unicode.Hebrew}, {scOther, unicode.Devanagari},
		{scOther, unicode.Thai}, {scOther, unicode.Armenian}, {scOther, unicode.Georgian},
	}
	// allScripts is set by a variable initializer, so it is ready before
	// the init functions that build the rune tables run.
	allScripts = sortedScripts()
)

func sortedScripts() []*unicode.RangeTable {
	names := make([]string, 0, len(unicode.Scripts))
	for name := range unicode.Scripts {
		names = append(names, name)
	}
	sort.Strings(names)
	tables := make([]*unicode.RangeTable, 0, len(names))
	for _, name := range names {
		tables = append(tables, unicode.Scripts[name])
	}
	return tables
}

// scriptOf returns the script class of letter r and, for scOther, its table.
// hint is tried first (the table of the previous letter of the token).
func scriptOf(r rune, hint *unicode.RangeTable) (uint16, *unicode.RangeTable) {
	if r < 0x250 {
		return scLatin, nil // every letter below U+0250 is Latin (µ never reaches here: NFKC maps it)
	}
	if hint != nil && unicode.Is(hint, r) {
		return scOther, hint
	}
	for _, e := range commonScripts {
		if unicode.Is(e.table, r) {
			if e.class == scOther {
				return scOther, e.table
			}
			return e.class, nil
		}
	}
	for _, t := range allScripts {
		if unicode.Is(t, r) {
			return scOther, t
		}
	}
	return scNone, nil // unassigned
}

// keepsMarks reports whether combining marks on a base of this class are kept:
// only letters of scripts other than Latin, Greek and Cyrillic keep them.
func keepsMarks(class uint16) bool {
	return class != scNone && class&(scLatin|scGreek|scCyrillic) == 0
}

// mixed reports whether a token's script set is a mix.
func mixed(set uint16, otherConflict bool) bool {
	if otherConflict {
		return true
	}
	if set&(set-1) == 0 {
		return false
	}
	return set&^setJapanese != 0 && set&^setKorean != 0 && set&^setChinese != 0
}
