package translit

import (
	"errors"
	"fmt"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/custmatch/custmatch/internal/textrule"
)

// Lang is a language whose script this package transliterates. The zero value is no language.
type Lang uint8

// The languages, in the order in which Variants tries them.
const (
	Russian    Lang = iota + 1 // ru
	Ukrainian                  // uk
	Belarusian                 // be
	Bulgarian                  // bg
	Serbian                    // sr
	Macedonian                 // mk
	Greek                      // el
	numLangs
)

var langNames = [numLangs]string{"", "ru", "uk", "be", "bg", "sr", "mk", "el"}

// String returns the ISO 639-1 code of the language ("ru", "uk", …), or "lang(N)" for a value outside
// the list.
func (l Lang) String() string {
	if l < numLangs {
		return langNames[l]
	}
	return fmt.Sprintf("lang(%d)", uint8(l))
}

// Scheme identifies a transliteration scheme (a romanization system or a national convention). The
// zero value is no scheme. Which schemes a language has is listed in the package documentation.
type Scheme uint8

// The schemes. Their names (Scheme.String) are stable: they appear in verdicts.
const (
	ICAO     Scheme = iota + 1 // icao: ICAO Doc 9303 Part 3, the machine-readable passport tables
	BGN                        // bgn: BGN/PCGN romanization (US and UK geographic-names boards)
	National                   // national: the language's official national system
	ISO9                       // iso9: ISO 9:1995 with the diacritics dropped
	German                     // de: the German (Duden) press convention
	French                     // fr: the French press convention
	English                    // en: the English press convention (simplified BGN/PCGN, Serbian dj)
	EnglishI                   // en-i: the English press spelling with -i (Yuri, Dmitri, Sergei)
	ELOT                       // elot: ELOT 743 / ISO 843 transcription (Greek passports, ICAO)
	ISO843                     // iso843: ISO 843 transliteration with the diacritics dropped
	Common                     // common: common English spellings of Greek names (Yiannis, Lambros)
	Phonetic                   // phonetic: phonetic English spellings of Greek names (Yannis, Hristos)
	numSchemes
)

var schemeNames = [numSchemes]string{"", "icao", "bgn", "national", "iso9", "de", "fr", "en", "en-i", "elot",
	"iso843", "common", "phonetic"}

// String returns the scheme's stable name ("icao", "bgn", "national", …), or "scheme(N)" for a value
// outside the list.
func (s Scheme) String() string {
	if s < numSchemes {
		return schemeNames[s]
	}
	return fmt.Sprintf("scheme(%d)", uint8(s))
}

// MarshalText encodes the scheme as its name.
func (s Scheme) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText parses a scheme name.
func (s *Scheme) UnmarshalText(b []byte) error {
	v, err := ParseScheme(string(b))
	if err == nil {
		*s = v
	}
	return err
}

// ParseScheme returns the scheme with the given name.
func ParseScheme(name string) (Scheme, error) {
	for i, n := range schemeNames {
		if n != "" && n == name {
			return Scheme(i), nil
		}
	}
	return 0, fmt.Errorf("translit: unknown scheme %q", name)
}

// Errors of AppendLatin. Variants reports the same conditions as a Status.
var (
	// ErrMixedScript: a word mixes scripts (Latin "M" with Cyrillic "а", Greek with Cyrillic); it is never
	// transliterated.
	ErrMixedScript = errors.New("translit: word mixes scripts")
	// ErrUnsupported: the text has a letter the language and scheme do not cover (another language's
	// letter, another script), or the language has no such scheme.
	ErrUnsupported = errors.New("translit: letter or scheme not covered")
)

// Status says what Variants.Of found.
type Status uint8

const (
	// NotApplicable: the name has no Cyrillic or Greek letter; there is nothing to transliterate.
	NotApplicable Status = iota
	// OK: the name is Cyrillic or Greek (possibly with Latin words) and has at least one variant.
	OK
	// MixedScript: a word mixes scripts; no variant is made.
	MixedScript
	// Unsupported: the name has letters of another script, both Cyrillic and Greek, or Cyrillic letters
	// that no single supported language has; no variant is made.
	Unsupported
)

var statusNames = [...]string{"not-applicable", "ok", "mixed-script", "unsupported"}

// String returns the status's name.
func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// MaxVariants bounds the number of variants of one name: one per (language, scheme) pair that exists.
const MaxVariants = 32

// variant is one whole-name variant: buf[start:end] in Variants.
type variant struct {
	lang       Lang
	scheme     Scheme
	start, end int
}

// Variants holds the whole-name Latin variants of one name: one per scheme of every candidate language,
// deduplicated, in a fixed order (the language's passport scheme first). Reuse one Variants for many
// names: once its buffers have grown it does not allocate. The zero value is ready to use. A Variants is
// not safe for concurrent use; give each goroutine its own (or take them from a sync.Pool).
type Variants struct {
	list  []variant
	buf   []byte
	runes []rune // the name, NFC, Cyrillic and Greek letters lower-cased
	orig  []rune // the name, NFC, as written
}

// Len returns the number of variants.
func (v *Variants) Len() int { return len(v.list) }

// Bytes returns variant i: the name in Latin letters, Cyrillic and Greek letters as lower-case ASCII,
// everything else (Latin words, spaces, punctuation) as written. It is valid until the next call of Of.
func (v *Variants) Bytes(i int) []byte { return v.buf[v.list[i].start:v.list[i].end] }

// String returns variant i as a string (a copy).
func (v *Variants) String(i int) string { return string(v.Bytes(i)) }

// Scheme returns the scheme that made variant i (the first in order, when several made the same text).
func (v *Variants) Scheme(i int) Scheme { return v.list[i].scheme }

// Lang returns the language whose scheme made variant i.
func (v *Variants) Lang(i int) Lang { return v.list[i].lang }

// Of replaces the contents of v with the variants of name and says what it found. Only with OK does v
// hold variants (at least one, at most MaxVariants). The languages tried are those whose alphabet has
// every Cyrillic letter of the name (і ї є ґ only Ukrainian, ў only Belarusian, ђ ћ only Serbian, ѓ ќ ѕ only
// Macedonian, …); a name in Greek letters is Greek. A hard sign inside a word with no ы or э puts
// Bulgarian first. Each scheme of each candidate language gives one whole-name variant; equal variants
// are kept once. Of never panics, whatever the input.
func (v *Variants) Of(name string) Status {
	v.list, v.buf = v.list[:0], v.buf[:0]
	st, script, mask := v.load(name)
	if st != OK {
		return st
	}
	if script == scriptGreek {
		for _, sp := range greekSpecs {
			v.add(Greek, sp.scheme, func(dst []byte) []byte { return sp.appendLatin(dst, v.runes, v.orig) })
		}
		return OK
	}
	order := langOrder
	if bulgarianHint(v.runes) {
		order = langOrderBG
	}
	for _, l := range order {
		al := alphabets[l]
		if mask&^al != 0 {
			continue
		}
		for _, t := range cyrTables[l] {
			v.add(l, t.scheme, func(dst []byte) []byte { return t.appendLatin(dst, v.runes, v.orig) })
		}
	}
	if len(v.list) == 0 {
		return Unsupported
	}
	return OK
}

// add appends one variant made by mk, unless an earlier variant has the same text.
func (v *Variants) add(l Lang, s Scheme, mk func([]byte) []byte) {
	start := len(v.buf)
	v.buf = mk(v.buf)
	text := v.buf[start:]
	for _, p := range v.list {
		if string(v.buf[p.start:p.end]) == string(text) {
			v.buf = v.buf[:start]
			return
		}
	}
	if len(v.list) == MaxVariants {
		v.buf = v.buf[:start]
		return
	}
	v.list = append(v.list, variant{lang: l, scheme: s, start: start, end: len(v.buf)})
}

// Scripts of a name.
const (
	scriptNone = iota
	scriptCyrillic
	scriptGreek
)

// Letter classes of a word, for the mixed-script check.
const (
	classLatin = 1 << iota
	classCyrillic
	classGreek
	classOther
)

// classOf returns the letter class of r (0 for a non-letter).
func classOf(r rune) int {
	switch {
	case !unicode.IsLetter(r):
		return 0
	case r < 0x250 || unicode.Is(unicode.Latin, r):
		return classLatin
	case unicode.Is(unicode.Cyrillic, r):
		return classCyrillic
	case unicode.Is(unicode.Greek, r):
		return classGreek
	}
	return classOther
}

// isApostrophe reports whether r is an apostrophe, which stays inside a word (Мар'яна, O'Brien).
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '`', '´', 'ʹ', 'ʺ':
		return true
	}
	return false
}

// inWord reports whether r belongs to a word: a letter, a combining mark or an apostrophe.
func inWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || isApostrophe(r)
}

// load decodes name into v.runes and v.orig (NFC; Cyrillic and Greek letters lower-cased in v.runes,
// combining marks after them and invisible characters (internal/textrule) dropped) and classifies it: the script to transliterate and, for Cyrillic,
// the mask of letters used.
func (v *Variants) load(name string) (Status, int, uint64) {
	if !utf8.ValidString(name) {
		return Unsupported, scriptNone, 0
	}
	if hasMark(name) {
		name = norm.NFC.String(name) // compose и + breve to й, ε + tonos to έ (rare input: it allocates)
	}
	v.runes, v.orig = v.runes[:0], v.orig[:0]
	var all, word int
	mixed := false
	var mask uint64
	prevLetter := false
	for _, r := range name {
		if textrule.IsInvisible(r) {
			continue // an invisible character (zero-width space, soft hyphen, bidi control, …): dropped
		}
		if !inWord(r) {
			mixed = mixed || word&(word-1) != 0
			word = 0
		}
		c := classOf(r)
		word |= c
		all |= c
		if unicode.Is(unicode.Mn, r) && prevLetter {
			continue // a stress mark or tonos on a Cyrillic or Greek letter: dropped
		}
		prevLetter = c == classCyrillic || c == classGreek
		lr := r
		if prevLetter {
			lr = unicode.ToLower(r)
		}
		if c == classCyrillic {
			i := cyrIndex(lr)
			if i < 0 {
				return Unsupported, scriptNone, 0 // a Cyrillic letter of no supported language
			}
			mask |= 1 << i
		}
		if c == classGreek {
			if _, ok := greekBase[lr]; !ok {
				return Unsupported, scriptNone, 0 // an archaic Greek letter (san, koppa, …)
			}
		}
		v.runes = append(v.runes, lr)
		v.orig = append(v.orig, r)
	}
	mixed = mixed || word&(word-1) != 0
	switch {
	case all&(classCyrillic|classGreek) == 0:
		return NotApplicable, scriptNone, 0
	case mixed:
		return MixedScript, scriptNone, 0
	case all&classOther != 0, all&classCyrillic != 0 && all&classGreek != 0:
		return Unsupported, scriptNone, 0
	case all&classGreek != 0:
		return OK, scriptGreek, 0
	}
	return OK, scriptCyrillic, mask
}

// hasMark reports whether s has a combining mark (norm.NFC.IsNormalString allocates; names without
// marks are already composed as far as the tables care).
func hasMark(s string) bool {
	for _, r := range s {
		if r >= 0x300 && unicode.Is(unicode.Mn, r) {
			return true
		}
	}
	return false
}

// AppendLatin appends the transliteration of s under one language's scheme to dst: Cyrillic or Greek
// letters become lower-case ASCII Latin, everything else (Latin letters, digits, spaces, punctuation) is
// copied as written, so Latin text comes back unchanged. On error dst is returned unchanged with
// ErrMixedScript (a word mixes scripts) or ErrUnsupported (a letter outside the language's alphabet,
// Cyrillic or Greek letters together with letters of another script, or a scheme the language does not
// have; see the package documentation). Text without Cyrillic or Greek letters is copied unchanged.
// It is safe for concurrent use; it allocates only the runes of s and the growth of dst.
func AppendLatin(dst []byte, s string, l Lang, sc Scheme) ([]byte, error) {
	var v Variants
	st, script, mask := v.load(s)
	switch st {
	case NotApplicable:
		return append(dst, s...), nil
	case MixedScript:
		return dst, ErrMixedScript
	case Unsupported:
		return dst, ErrUnsupported
	}
	if script == scriptGreek {
		if l != Greek {
			return dst, ErrUnsupported
		}
		for _, sp := range greekSpecs {
			if sp.scheme == sc {
				return sp.appendLatin(dst, v.runes, v.orig), nil
			}
		}
		return dst, ErrUnsupported
	}
	if l == 0 || l >= Greek || mask&^alphabets[l] != 0 {
		return dst, ErrUnsupported
	}
	for _, t := range cyrTables[l] {
		if t.scheme == sc {
			return t.appendLatin(dst, v.runes, v.orig), nil
		}
	}
	return dst, ErrUnsupported
}

// Schemes returns the schemes of language l in the order Variants tries them.
func Schemes(l Lang) []Scheme {
	var out []Scheme
	if l == Greek {
		for _, sp := range greekSpecs {
			out = append(out, sp.scheme)
		}
		return out
	}
	if l == 0 || l > Greek {
		return nil
	}
	for _, t := range cyrTables[l] {
		out = append(out, t.scheme)
	}
	return out
}
