package translit

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// nCyr is the number of lower-case Cyrillic letters the tables index: U+0430..U+045F and ґ (U+0491).
const nCyr = 0x30 + 1

// cyrIndex returns the table index of lower-case Cyrillic letter r, or -1.
func cyrIndex(r rune) int {
	switch {
	case r >= 0x430 && r <= 0x45F:
		return int(r - 0x430)
	case r == 'ґ':
		return 0x30
	}
	return -1
}

// Positions in which a scheme writes the initial (iotated) form of a letter.
const (
	atStart    = 1 << iota // at the start of a word
	afterVowel             // after a vowel
	afterSign              // after ъ, ь, й, ў or an apostrophe
)

// cyrSpec is one scheme of one language as written in tables.go: letter lists "а=a б=b ъ=" (an empty
// right side drops the letter).
type cyrSpec struct {
	lang   Lang
	scheme Scheme
	base   string // every letter of the alphabet
	init   string // the forms at the positions in initAt (е=ye)
	initAt uint8
	// afterSet and after: the forms after one of the letters in afterSet (ё=o after ж ч ш щ).
	afterSet string
	after    string
	ends     string // word-final sequences (ий=iy)
	pairs    string // letter pairs anywhere (зг=zgh)
	ss       bool   // с between vowels is ss
	gu       bool   // г before е, и, ы, й is gu
}

// seq is a sequence of letters and its Latin form.
type seq struct {
	src []rune
	dst string
}

// cyrTable is a compiled cyrSpec.
type cyrTable struct {
	scheme   Scheme
	has      uint64 // the alphabet, one bit per cyrIndex
	base     [nCyr]string
	init     [nCyr]string // "" when the letter has no initial form
	initAt   uint8
	afterSet uint64
	after    [nCyr]string
	ends     []seq
	pairs    []seq
	ss, gu   bool
}

// parseList parses "а=a б=b ъ=" into letters and forms.
func parseList(list string) ([]rune, []string, error) {
	var letters []rune
	var forms []string
	for _, f := range strings.Fields(list) {
		k, v, ok := strings.Cut(f, "=")
		if !ok || utf8.RuneCountInString(k) != 1 {
			return nil, nil, fmt.Errorf("translit: bad table entry %q", f)
		}
		r, _ := utf8.DecodeRuneInString(k)
		letters = append(letters, r)
		forms = append(forms, v)
	}
	return letters, forms, nil
}

// parseSeqs parses "ий=iy ый=yy" into sequences.
func parseSeqs(list string) []seq {
	var out []seq
	for _, f := range strings.Fields(list) {
		k, v, _ := strings.Cut(f, "=")
		out = append(out, seq{src: []rune(k), dst: v})
	}
	return out
}

// letterMask returns the mask of the letters in s (letters outside the tables panic: tables are ours).
func letterMask(s string) uint64 {
	var m uint64
	for _, r := range s {
		i := cyrIndex(r)
		if i < 0 {
			panic(fmt.Sprintf("translit: %q is not a table letter", r))
		}
		m |= 1 << i
	}
	return m
}

// compile builds the table of s. It panics on a malformed table: the tables are constants of this
// package, checked by its tests.
func (s *cyrSpec) compile() *cyrTable {
	t := &cyrTable{scheme: s.scheme, initAt: s.initAt, ss: s.ss, gu: s.gu, ends: parseSeqs(s.ends),
		pairs: parseSeqs(s.pairs), afterSet: letterMask(s.afterSet)}
	fill := func(list string, dst *[nCyr]string, mark bool) {
		letters, forms, err := parseList(list)
		if err != nil {
			panic(err)
		}
		for i, r := range letters {
			j := cyrIndex(r)
			if j < 0 {
				panic(fmt.Sprintf("translit: %s/%s: %q is not a table letter", s.lang, s.scheme, r))
			}
			dst[j] = forms[i]
			if mark {
				t.has |= 1 << j
			}
		}
	}
	fill(s.base, &t.base, true)
	fill(s.init, &t.init, false)
	fill(s.after, &t.after, false)
	return t
}

// Vowels and signs for the context rules.
var (
	cyrVowels = letterMask("аеёиоуыэюяіїє")
	cyrSigns  = letterMask("ъьйў")
)

// isCyrLetter reports whether r is a letter of the tables (r is lower-case).
func isCyrLetter(r rune) bool { return cyrIndex(r) >= 0 }

// in reports whether r is a table letter in mask m.
func in(r rune, m uint64) bool {
	i := cyrIndex(r)
	return i >= 0 && m&(1<<i) != 0
}

// matchAt reports whether runes[i:] starts with src.
func matchAt(runes []rune, i int, src []rune) bool {
	if len(runes)-i < len(src) {
		return false
	}
	for k, r := range src {
		if runes[i+k] != r {
			return false
		}
	}
	return true
}

// wordEnd reports whether position i is past the last letter of a word.
func wordEnd(runes []rune, i int) bool {
	return i >= len(runes) || !inWord(runes[i])
}

// appendLatin appends the transliteration of runes (lower-cased; orig as written) to dst.
func (t *cyrTable) appendLatin(dst []byte, runes, orig []rune) []byte {
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		if !isCyrLetter(r) {
			if isApostrophe(r) && i > 0 && isCyrLetter(runes[i-1]) {
				continue // an apostrophe inside a Cyrillic word is not written (Мар'яна)
			}
			dst = utf8.AppendRune(dst, orig[i])
			continue
		}
		if n, form := t.sequence(runes, i); n > 0 {
			dst = append(dst, form...)
			i += n - 1
			continue
		}
		dst = append(dst, t.letter(runes, i)...)
	}
	return dst
}

// sequence returns the length and form of a word-final ending or a letter pair at i, or 0.
func (t *cyrTable) sequence(runes []rune, i int) (int, string) {
	for _, e := range t.ends {
		// An ending needs a letter before it: a whole word is never an ending.
		if i > 0 && isCyrLetter(runes[i-1]) && matchAt(runes, i, e.src) && wordEnd(runes, i+len(e.src)) {
			return len(e.src), e.dst
		}
	}
	for _, p := range t.pairs {
		if matchAt(runes, i, p.src) {
			return len(p.src), p.dst
		}
	}
	return 0, ""
}

// letter returns the form of the letter at i under the context rules.
func (t *cyrTable) letter(runes []rune, i int) string {
	r := runes[i]
	j := cyrIndex(r)
	var prev rune
	if i > 0 {
		prev = runes[i-1]
	}
	if t.init[j] != "" {
		start := i == 0 || !inWord(prev)
		switch {
		case t.initAt&atStart != 0 && start,
			t.initAt&afterVowel != 0 && in(prev, cyrVowels),
			t.initAt&afterSign != 0 && (in(prev, cyrSigns) || (isApostrophe(prev) && !start)):
			return t.init[j]
		}
	}
	if t.after[j] != "" && in(prev, t.afterSet) {
		return t.after[j]
	}
	if t.ss && r == 'с' && in(prev, cyrVowels) && i+1 < len(runes) && in(runes[i+1], cyrVowels) {
		return "ss"
	}
	if t.gu && r == 'г' && i+1 < len(runes) && strings.ContainsRune("еиыйэ", runes[i+1]) {
		return "gu"
	}
	return t.base[j]
}

// bulgarianHint reports whether the name reads as Bulgarian first: a hard sign inside a word (Стъпан,
// not a Russian word-final ъ of old spelling) and neither ы nor э, which Bulgarian does not have.
func bulgarianHint(runes []rune) bool {
	hint := false
	for i, r := range runes {
		switch r {
		case 'ы', 'э':
			return false
		case 'ъ':
			if i > 0 && isCyrLetter(runes[i-1]) && i+1 < len(runes) && isCyrLetter(runes[i+1]) {
				hint = true
			}
		}
	}
	return hint
}

// The compiled tables, per language in the order of the specs; alphabets per language.
var (
	cyrTables   [Greek][]*cyrTable
	alphabets   [Greek]uint64
	langOrder   = []Lang{Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian}
	langOrderBG = []Lang{Bulgarian, Russian, Ukrainian, Belarusian, Serbian, Macedonian}
)

func init() {
	for i := range cyrSpecs {
		s := &cyrSpecs[i]
		t := s.compile()
		if alphabets[s.lang] == 0 {
			alphabets[s.lang] = t.has
		} else if alphabets[s.lang] != t.has {
			panic(fmt.Sprintf("translit: %s/%s does not cover the %s alphabet", s.lang, s.scheme, s.lang))
		}
		cyrTables[s.lang] = append(cyrTables[s.lang], t)
	}
}
