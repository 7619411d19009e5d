package dob

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// latinFold maps each code point U+00C0..U+017F to the lower-case ASCII
// letter it carries without its diacritic, or '_' when it has none (Æ, ß,
// Þ, Œ, ×, ÷). Sixteen code points per line.
const latinFold = "" +
	"aaaaaa_ceeeeiiii" + // U+00C0 À..Ï
	"dnooooo_ouuuuy__" + // U+00D0 Ð..ß
	"aaaaaa_ceeeeiiii" + // U+00E0 à..ï
	"dnooooo_ouuuuy_y" + // U+00F0 ð..ÿ
	"aaaaaaccccccccdd" + // U+0100 Ā..ď
	"ddeeeeeeeeeegggg" + // U+0110 Đ..ğ
	"gggghhhhiiiiiiii" + // U+0120 Ġ..į
	"ii__jjkk_lllllll" + // U+0130 İ..Ŀ
	"lllnnnnnn___oooo" + // U+0140 ŀ..ŏ
	"oo__rrrrrrssssss" + // U+0150 Ő..ş
	"ssttttttuuuuuuuu" + // U+0160 Š..ů
	"uuuuwwyyyzzzzzzs" //   U+0170 Ű..ſ

// Keyword classes of words that are neither months nor weekdays. A word
// can belong to several classes; wordInfo.kw holds one bit per class.
const (
	kwOf       = iota // of, de, del, den: between the fields of a date ("1 de enero de 1990")
	kwSt              // ordinal suffixes
	kwNd              //
	kwRd              //
	kwTh              //
	kwEr              // French "1er"
	kwAD              // a one-word name of the common era after the year (AD, CE, MS)
	kwT               // ISO date/time separator
	kwZ               // Zulu
	kwAM              // am
	kwPM              // pm
	kwA               // the a of a.m.
	kwP               // the p of p.m.
	kwM               // the m of a.m./p.m.
	kwZone            // zone abbreviations (UTC, CET, ...)
	kwCont            // a later part of a multi-word weekday name (Portuguese "segunda-feira")
	kwSuffix          // a word after the year (Russian "г.", Ukrainian "р.", Polish "r.")
	kwAt              // a word between the date and its time ("um", "à", "klo", "στις")
	kwTimeWord        // a word inside or after a time ("14h40", "22:56 Uhr")
	kwEraPart         // a part of a multi-word era name ("n. Chr.", "ap. J.-C.")
	kwYearMk          // CJK year marker 年 년
	kwMonthMk         // CJK month marker 月 월
	kwDayMk           // CJK day marker 日 일
	kwArticle         // a word before the whole date: "the 5th of May", "le 5 avril", "am 5. April", "den 5. april"
)

// wordInfo is what a folded word can mean: up to two months (m2 when the
// same name is another month in another language, Polish "listopad" is
// November and Croatian "listopad" October), a set of weekdays (bit
// time.Weekday) and a set of keyword classes (bit kwX).
type wordInfo struct {
	m1, m2 uint8
	wdays  uint8
	kw     uint32
}

// hasKw reports whether the word is in keyword class kw.
func (w wordInfo) hasKw(kw int) bool { return w.kw&(1<<kw) != 0 }

// monthNames lists, per month, folded spellings that CLDR does not record:
// transliterations (Maerz, Jaenner), older or regional abbreviations (Mrz,
// Sept, setiembre). CLDR supplies every other name (cldr_tables.go).
var monthNames = [12][]string{
	{"jaenner", "janner", "ene", "gen", "sty"},
	{"feber", "fevr", "fev", "lut"},
	{"maerz", "mrz", "mrt", "marco"},
	{"avr", "abr", "kwi"},
	{"mag"},
	{"giu", "cze"},
	{"juil", "lug", "lip"},
	{"ago", "sie"},
	{"sept", "setiembre", "set", "wrz"},
	{"ott", "out", "paz"},
	{"lis"},
	{"dez", "dic", "gru"},
}

// weekdayNames lists, from Sunday to Saturday, folded weekday spellings
// that CLDR does not record.
var weekdayNames = [7][]string{
	{"sun", "niedz", "nd"},
	{"mon", "seg", "pn"},
	{"tue", "tues", "ter", "wt"},
	{"wed", "qua", "sr"},
	{"thu", "thur", "thurs", "qui", "czw"},
	{"fri", "sex", "pt"},
	{"sat", "sonnabend", "sab"},
}

// keywords maps folded words to their keyword class. Words of the CLDR
// date and time patterns (de, den, г, um, klo, Uhr, ...) and the era names
// are added from cldr_tables.go.
var keywords = map[string]int{
	"of": kwOf, "de": kwOf, "del": kwOf,
	"st": kwSt, "nd": kwNd, "rd": kwRd, "th": kwTh, "er": kwEr,
	"ad": kwAD, "ce": kwAD,
	"t": kwT, "z": kwZ,
	"am": kwAM, "pm": kwPM, "a": kwA, "p": kwP, "m": kwM,
	// The year word after the year: Polish "1986 r." and spelled out, the
	// words CLDR abbreviates as г. and р. ("1986 года", "1986 року").
	"r": kwSuffix, "roku": kwSuffix, "года": kwSuffix, "году": kwSuffix, "року": kwSuffix, "година": kwSuffix,
	"utc": kwZone, "gmt": kwZone, "ut": kwZone,
	"cet": kwZone, "cest": kwZone, "mez": kwZone, "mesz": kwZone,
	"wet": kwZone, "west": kwZone, "eet": kwZone, "eest": kwZone, "bst": kwZone, "ist": kwZone, "msk": kwZone,
	"est": kwZone, "edt": kwZone, "cst": kwZone, "cdt": kwZone, "mst": kwZone, "mdt": kwZone,
	"pst": kwZone, "pdt": kwZone, "akst": kwZone, "akdt": kwZone, "hst": kwZone,
	"aest": kwZone, "aedt": kwZone, "acst": kwZone, "awst": kwZone, "nzst": kwZone, "nzdt": kwZone,
	"jst": kwZone, "kst": kwZone, "hkt": kwZone, "sgt": kwZone,
	"feira": kwCont,
	"年":     kwYearMk, "년": kwYearMk, "月": kwMonthMk, "월": kwMonthMk, "日": kwDayMk, "일": kwDayMk,
}

// articles may stand before a whole date: "the 5th of May 2001", "le 5
// avril 1986", "el 5 de abril", "il 5 aprile", "am 5. April 1986" (also the
// am of a time), "den 5. april 1986", "on 5 May 2001".
var articles = []string{"the", "on", "le", "el", "il", "am", "den"}

// maxWord is the longest folded word, in bytes, looked up; longer words are
// unknown.
const maxWord = 48

// words is the read-only lookup table of folded words: the CLDR names of
// every locale in cldr_tables.go, monthNames, weekdayNames and keywords in
// one map, so a lookup costs the same however many languages there are.
// eras holds the multi-word era names as their folded parts joined by a
// space. Both are never written after package initialisation, so
// concurrent lookups are safe.
var words, eras = buildWords()

// asciiMonths indexes, for fastMonthName, the words of the table that are
// month names of at most 16 ASCII letters (every ASCII month name there is),
// by their letters packed into two words: a lookup is one multiplication
// and a probe or two, without hashing a string.
var asciiMonths = buildASCIIMonths()

// asciiKey is a folded ASCII word of at most 16 letters as add builds it:
// the 16 bytes hi:lo, zero-padded, the last letter in the lowest byte. A
// word of one letter or more is never zero, the empty slot, and no two
// words of letters share a key.
type asciiKey struct{ lo, hi uint64 }

// asciiMonthBits is log2 of the slots of asciiMonthTable: several times
// the ASCII month names, so probes stay short.
const asciiMonthBits = 10

type asciiMonthTable [1 << asciiMonthBits]struct {
	key  asciiKey
	info wordInfo
}

// slot returns the first slot to probe for k.
func (k asciiKey) slot() uint64 {
	return (k.lo*0x9E3779B97F4A7C15 ^ k.hi*0xC2B2AE3D27D4EB4F) >> (64 - asciiMonthBits)
}

// lookup returns the meaning of the month name k, or false when k is no
// ASCII month name of the table.
func (t *asciiMonthTable) lookup(k asciiKey) (wordInfo, bool) {
	for i := k.slot(); ; i = (i + 1) & (1<<asciiMonthBits - 1) {
		e := &t[i]
		if e.key == k {
			return e.info, true
		}
		if e.key == (asciiKey{}) {
			return wordInfo{}, false
		}
	}
}

// buildASCIIMonths indexes the ASCII month names of words. It panics when
// they would fill more than half the table: asciiMonthBits must grow.
func buildASCIIMonths() *asciiMonthTable {
	t := new(asciiMonthTable)
	n := 0
	for w, info := range words {
		if len(w) > 16 || info.m1 == 0 || info.m1 == 0xFF || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			continue
		}
		if n++; n > len(t)/2 {
			panic("dob: more ASCII month names than asciiMonthBits allows")
		}
		var k asciiKey
		for i := 0; i < len(w); i++ {
			k = k.add(w[i])
		}
		i := k.slot()
		for t[i].key != (asciiKey{}) {
			i = (i + 1) & (1<<asciiMonthBits - 1)
		}
		t[i].key, t[i].info = k, info
	}
	return t
}

// add returns k with letter c appended (k has fewer than 16 letters):
// shifts by a constant, which cost less than placing c at its position.
func (k asciiKey) add(c byte) asciiKey {
	return asciiKey{lo: k.lo<<8 | uint64(c), hi: k.hi<<8 | k.lo>>56}
}

// foldParts splits name into its runs of letters, folded as the tokenizer
// folds them (see foldRune), dropping everything else.
func foldParts(name string) []string {
	var parts []string
	var cur []byte
	for _, r := range name {
		f, letter, comb := foldRune(r)
		switch {
		case comb:
		case letter && f != 0:
			cur = utf8.AppendRune(cur, f)
		case letter:
			cur = append(cur, 0) // a letter with no folded form: never matches
		default:
			if len(cur) > 0 {
				parts, cur = append(parts, string(cur)), nil
			}
		}
	}
	if len(cur) > 0 {
		parts = append(parts, string(cur))
	}
	return parts
}

// hasDigit reports whether s contains a decimal digit of any script.
func hasDigit(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }

// patternWords returns the folded literal words of a CLDR pattern, each
// with whether it directly follows a year field at the end of the
// pattern.
func patternWords(pat string) (all []string, afterYear []string) {
	items := parsePattern(pat)
	for i, it := range items {
		if it.field != 0 {
			continue
		}
		ws := foldParts(it.lit)
		all = append(all, ws...)
		if i > 0 && items[i-1].field == 'y' && i == len(items)-1 {
			afterYear = append(afterYear, ws...)
		}
	}
	return all, afterYear
}

func buildWords() (map[string]wordInfo, map[string]bool) {
	m := make(map[string]wordInfo, 4096)
	eraSet := map[string]bool{}
	addMonth := func(name string, month int) {
		parts := foldParts(name)
		if len(parts) != 1 || hasDigit(name) || utf8.RuneCountInString(parts[0]) < 2 {
			return // CJK "4月" is read by its marker; one letter is too little
		}
		w := m[parts[0]]
		switch {
		case w.m1 == 0 || w.m1 == uint8(month):
			w.m1 = uint8(month)
		case w.m2 == 0 || w.m2 == uint8(month):
			w.m2 = uint8(month)
		default:
			w.m1, w.m2 = 0xFF, 0xFF // three months: never read
		}
		m[parts[0]] = w
	}
	addWeekday := func(name string, wd int) {
		parts := foldParts(name)
		if len(parts) == 0 || hasDigit(name) {
			return
		}
		w := m[parts[0]]
		w.wdays |= 1 << wd
		m[parts[0]] = w
		for _, p := range parts[1:] {
			w := m[p]
			w.kw |= 1 << kwCont
			m[p] = w
		}
	}
	addKw := func(word string, kw int) {
		w := m[word]
		w.kw |= 1 << kw
		m[word] = w
	}
	for i := range cldrLocales {
		l := &cldrLocales[i]
		for _, names := range l.months {
			for mi, n := range names {
				addMonth(n, mi+1)
			}
		}
		for _, names := range l.days {
			for wd, n := range names {
				addWeekday(n, wd)
			}
		}
		for _, e := range l.eras {
			parts := foldParts(e)
			switch {
			case len(parts) == 1:
				addKw(parts[0], kwAD)
			case len(parts) > 1:
				for _, p := range parts {
					addKw(p, kwEraPart)
				}
				eraSet[strings.Join(parts, " ")] = true
			}
		}
		pats := append(l.dateFormats[:len(l.dateFormats):len(l.dateFormats)], l.available...)
		for _, pat := range pats {
			all, after := patternWords(pat)
			for _, w := range all {
				if !isMarker([]rune(w)[0]) {
					addKw(w, kwOf)
				}
			}
			for _, w := range after {
				addKw(w, kwSuffix)
			}
		}
		for _, pat := range l.atTime {
			all, _ := patternWords(pat)
			for _, w := range all {
				addKw(w, kwAt)
			}
		}
		for _, pat := range l.timeFormats {
			all, _ := patternWords(pat)
			for _, w := range all {
				addKw(w, kwTimeWord)
			}
		}
	}
	for i, names := range monthNames {
		for _, n := range names {
			addMonth(n, i+1)
		}
	}
	for i, names := range weekdayNames {
		for _, n := range names {
			addWeekday(n, i)
		}
	}
	for n, kw := range keywords {
		addKw(n, kw)
	}
	for _, n := range articles {
		addKw(n, kwArticle)
	}
	return m, eraSet
}
