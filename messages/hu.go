package messages

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// huArticle returns the Hungarian definite article for word: "az" before a vowel sound, "a" before a
// consonant sound ("a paysafecard", "az Adyen", "az Ökobank"). The sound is read from the first letter,
// accents included. A word written in capitals (an acronym such as "MBH" or "SEPA") is read letter by
// letter, so the consonants whose Hungarian letter names start with a vowel (F ef, L el, M em, N en,
// R er, S es, X iksz, Y ipszilon) take "az". A number takes "az" when its Hungarian reading starts with a
// vowel: 1 egy, 5 öt, 1000–1999 ezer…, 1 000 000 egymillió; 10 tíz and 100 száz take "a". Anything else
// (a symbol, another script) takes "a".
func huArticle(word string) string {
	r, _ := utf8.DecodeRuneInString(word)
	switch {
	case strings.ContainsRune("aáeéiíoóöőuúüűAÁEÉIÍOÓÖŐUÚÜŰ", r):
		return "az"
	case r >= '0' && r <= '9':
		if huNumberVowel(word) {
			return "az"
		}
	case unicode.IsUpper(r) && strings.ContainsRune("FLMNRSXY", r) && isAcronym(word):
		return "az"
	}
	return "a"
}

// huNumberVowel reports whether the number that word starts with is read with a leading vowel in Hungarian.
func huNumberVowel(word string) bool {
	n := 0 // digits in the leading number, group separators (space, dot, comma) skipped
scan:
	for _, c := range word {
		switch {
		case c >= '0' && c <= '9':
			n++
			continue
		case c == ' ' || c == '.' || c == ',' || c == '\u00a0':
			continue
		}
		break scan
	}
	switch word[0] {
	case '5':
		return true // öt, ötven, ötszáz, ötezer, …
	case '1':
		return n%3 == 1 // egy, ezer, egymillió — but tíz, száz, tízezer, százezer
	}
	return false
}

// isAcronym reports whether the first word of s has at least two letters and no lower-case letter.
func isAcronym(s string) bool {
	letters := 0
	for _, c := range s {
		if unicode.IsSpace(c) {
			break
		}
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsLetter(c) {
			letters++
		}
	}
	return letters >= 2
}
