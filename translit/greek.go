package translit

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Greek schemes. Sources:
//   - ELOT 743 (Hellenic Organization for Standardization, 1982, 2nd ed. 2001), the transcription adopted
//     by the UN (Fifth Conference on the Standardization of Geographical Names, resolution V/19, 1987,
//     annex: αυ av/af, ευ ev/ef, ηυ iv/if, ου ou, γγ ng, γξ nx, γχ nch, μπ b at the start of a word) and
//     identical to ISO 843:1997 type 2 and to the Greek table of ICAO Doc 9303 Part 3 (Greek passports).
//   - ISO 843:1997 type 1 (transliteration: η ē, ω ō, υ y, αυ au, ευ eu, μπ mp, γγ gg), diacritics
//     dropped.
//   - Common English spellings of Greek names in the press and in passports issued before ELOT 743:
//     Γι as Yi (Yiannis, Yiorgos), μπ as b at the start and mb inside (Lambros), ντ as d at the start
//     (Dinos), γκ as g at the start.
//   - Phonetic English spellings: Γι before a vowel as Y (Yannis, Yorgos Lanthimos, Yanis Varoufakis),
//     χ as h (Hristos, Haris), η and υ as i (Kiriakos), μπ as b, ντ as d at the start, nd inside.
// Every scheme writes αυ, ευ, ηυ as v before a vowel or a voiced consonant (β γ δ ζ λ μ ν ρ) and as f
// before a voiceless one (θ κ ξ π σ τ φ χ ψ) or at the end of a word, except ISO 843 type 1 (au, eu).

// greekSpec is one Greek scheme.
type greekSpec struct {
	scheme   Scheme
	chi      string // χ
	eta, ups string // η, υ (outside diphthongs)
	omega    string
	gi       string // γι before a vowel ("" = letter by letter)
	uDiph    bool   // αυ, ευ, ηυ as au, eu, iu (ISO 843 type 1) instead of v/f
	mpStart  string // μπ at the start of a word
	mpInside string
	ntStart  string // ντ at the start of a word
	ntInside string
	gkStart  string // γκ at the start of a word
	gkInside string
	gg       string // γγ
	nasal    string // γ before ξ, χ (ELOT n)
}

var greekSpecs = []*greekSpec{
	{scheme: ELOT, chi: "ch", eta: "i", ups: "y", omega: "o", mpStart: "b", mpInside: "mp", ntStart: "nt",
		ntInside: "nt", gkStart: "gk", gkInside: "gk", gg: "ng", nasal: "n"},
	{scheme: ISO843, chi: "ch", eta: "i", ups: "y", omega: "o", uDiph: true, mpStart: "mp", mpInside: "mp",
		ntStart: "nt", ntInside: "nt", gkStart: "gk", gkInside: "gk", gg: "gg", nasal: "g"},
	{scheme: Common, chi: "ch", eta: "i", ups: "y", omega: "o", gi: "yi", mpStart: "b", mpInside: "mb",
		ntStart: "d", ntInside: "nt", gkStart: "g", gkInside: "ng", gg: "ng", nasal: "n"},
	{scheme: Phonetic, chi: "h", eta: "i", ups: "i", omega: "o", gi: "y", mpStart: "b", mpInside: "b",
		ntStart: "d", ntInside: "nd", gkStart: "g", gkInside: "g", gg: "ng", nasal: "n"},
}

// greekLetter is a Greek letter reduced to its lower-case base and whether it carried a diaeresis.
type greekLetter struct {
	base      rune
	diaeresis bool
}

// greekBase maps the Greek and Coptic block and Greek Extended (polytonic letters) to base letters.
var greekBase = map[rune]greekLetter{}

func init() {
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			if !unicode.Is(unicode.Greek, r) || !unicode.IsLetter(r) {
				continue
			}
			d := norm.NFD.String(string(r))
			b, _ := utf8.DecodeRuneInString(d)
			b = unicode.ToLower(b)
			if b == 'ς' {
				b = 'σ'
			}
			if b < 'α' || b > 'ω' {
				continue // archaic letters (digamma, koppa, …): not covered
			}
			greekBase[r] = greekLetter{base: b, diaeresis: containsRune(d, '\u0308')}
		}
	}
	add(0x370, 0x3FF)
	add(0x1F00, 0x1FFF)
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// greekPlain is the Latin of each base letter (α..ω) in every scheme; χ, η, υ, ω come from the spec.
var greekPlain = map[rune]string{
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'θ': "th", 'ι': "i", 'κ': "k", 'λ': "l",
	'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'π': "p", 'ρ': "r", 'σ': "s", 'τ': "t", 'φ': "f", 'ψ': "ps",
}

// isGreekVowel reports whether b (a base letter) is a vowel.
func isGreekVowel(b rune) bool {
	switch b {
	case 'α', 'ε', 'η', 'ι', 'ο', 'υ', 'ω':
		return true
	}
	return false
}

// isVoiceless reports whether b is a voiceless consonant (αυ, ευ, ηυ before it are af, ef, if).
func isVoiceless(b rune) bool {
	switch b {
	case 'θ', 'κ', 'ξ', 'π', 'σ', 'τ', 'φ', 'χ', 'ψ':
		return true
	}
	return false
}

// appendLatin appends the transliteration of runes (orig as written) to dst.
func (sp *greekSpec) appendLatin(dst []byte, runes, orig []rune) []byte {
	// letter returns the base letter at i and whether it carries a diaeresis; base 0 for a non-Greek rune.
	letter := func(i int) (rune, bool) {
		if i < 0 || i >= len(runes) {
			return 0, false
		}
		g, ok := greekBase[runes[i]]
		if !ok {
			return 0, false
		}
		return g.base, g.diaeresis
	}
	for i := 0; i < len(runes); i++ {
		b, _ := letter(i)
		if b == 0 {
			if isApostrophe(runes[i]) && i > 0 {
				if p, _ := letter(i - 1); p != 0 {
					continue
				}
			}
			dst = utf8.AppendRune(dst, orig[i])
			continue
		}
		prev, _ := letter(i - 1)
		start := prev == 0 && (i == 0 || !inWord(runes[i-1]))
		next, nextDia := letter(i + 1)
		switch {
		case (b == 'α' || b == 'ε' || b == 'η') && next == 'υ' && !nextDia:
			switch b {
			case 'α':
				dst = append(dst, 'a')
			case 'ε':
				dst = append(dst, 'e')
			default:
				dst = append(dst, sp.eta...)
			}
			after, _ := letter(i + 2)
			switch {
			case sp.uDiph:
				dst = append(dst, 'u')
			case after != 0 && !isVoiceless(after):
				dst = append(dst, 'v')
			default:
				dst = append(dst, 'f')
			}
			i++
		case b == 'ο' && next == 'υ' && !nextDia:
			dst = append(dst, "ou"...)
			i++
		case b == 'μ' && next == 'π':
			if start {
				dst = append(dst, sp.mpStart...)
			} else {
				dst = append(dst, sp.mpInside...)
			}
			i++
		case b == 'ν' && next == 'τ':
			if start {
				dst = append(dst, sp.ntStart...)
			} else {
				dst = append(dst, sp.ntInside...)
			}
			i++
		case b == 'γ' && next == 'κ':
			if start {
				dst = append(dst, sp.gkStart...)
			} else {
				dst = append(dst, sp.gkInside...)
			}
			i++
		case b == 'γ' && next == 'γ':
			dst = append(dst, sp.gg...)
			i++
		case b == 'γ' && (next == 'ξ' || next == 'χ'):
			dst = append(dst, sp.nasal...)
		case b == 'γ' && next == 'ι' && !nextDia && sp.gi != "":
			if after, _ := letter(i + 2); after != 0 && isGreekVowel(after) {
				dst = append(dst, sp.gi...)
				i++
			} else {
				dst = append(dst, 'g')
			}
		case b == 'χ':
			dst = append(dst, sp.chi...)
		case b == 'η':
			dst = append(dst, sp.eta...)
		case b == 'υ':
			dst = append(dst, sp.ups...)
		case b == 'ω':
			dst = append(dst, sp.omega...)
		default:
			dst = append(dst, greekPlain[b]...)
		}
	}
	return dst
}
