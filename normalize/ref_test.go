package normalize

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// This file holds a plain reference implementation of POLICY §1 built on whole-
// string x/text transforms (NFKC, cases.Fold, NFD, NFC) and the standard
// library's script tables, and proves the table-driven fast path and the
// x/text fallback byte-identical to it (output, Steps and error).

// refDI is Default_Ignorable_Code_Point derived directly from the unicode
// package (independent of the generated table in internal/textrule).
func refDI(r rune) bool {
	in := unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r) || unicode.Is(unicode.Cf, r) ||
		unicode.Is(unicode.Variation_Selector, r)
	out := unicode.Is(unicode.White_Space, r) || (r >= 0xFFF9 && r <= 0xFFFB) ||
		(r >= 0x13430 && r <= 0x1343F) || unicode.Is(unicode.Prepended_Concatenation_Mark, r)
	return in && !out
}

// refScript returns the name of r's script, "" if none.
func refScript(r rune) string {
	for name, t := range unicode.Scripts {
		if unicode.Is(t, r) {
			return name
		}
	}
	return ""
}

func refValidate(s string) error {
	if len(s) > 4*MaxRunes {
		i := 0
		for range MaxRunes {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
		}
		return &Error{ReasonTooLong, i}
	}
	runes, marks, weight := 0, 0, 0
	for i, r := range s {
		if r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			return &Error{ReasonInvalidUTF8, i}
		}
		runes++
		switch {
		case isControl(r):
			return &Error{ReasonControlChar, i}
		case r == 0xFFFD:
			return &Error{ReasonReplacementChar, i}
		case runes > MaxRunes:
			return &Error{ReasonTooLong, i}
		case refDI(r) || isApostrophe(r):
			continue
		case isSpace(r):
			marks = 0
			weight++
		default:
			for _, c := range norm.NFD.String(string(r)) {
				if unicode.Is(unicode.M, c) {
					marks++
				} else {
					marks = 0
				}
			}
			for _, c := range norm.NFKD.String(string(r)) {
				weight++
				if strings.ContainsRune("ßẞæÆœŒþÞ", c) {
					weight++
				}
			}
		}
		if marks > MaxMarks {
			return &Error{ReasonTooManyMarks, i}
		}
		if weight > maxOutputRunes {
			return &Error{ReasonTooLong, i}
		}
	}
	return nil
}

var refLetters = strings.NewReplacer("æ", "ae", "œ", "oe", "ø", "o", "ł", "l", "đ", "d", "ð", "d", "þ", "th", "ı", "i", "ħ", "h")

func refName(s string, umlaut bool) (string, Steps, error) {
	out, steps, err := refNameUnbounded(s, umlaut)
	if err == nil && utf8.RuneCountInString(out) > MaxRunes {
		return "", 0, &Error{ReasonTooLong, 0}
	}
	return out, steps, err
}

func refNameUnbounded(s string, umlaut bool) (string, Steps, error) {
	if err := refValidate(s); err != nil {
		return "", 0, err
	}
	var steps Steps
	content := false
	var p strings.Builder
	for _, r := range s {
		switch {
		case refDI(r):
			steps |= StepInvisible
		case isApostrophe(r):
			steps |= StepPunctuation
			content = true
		case isSpace(r):
			if r != ' ' {
				steps |= StepSpacing
			}
			p.WriteByte(' ')
		default:
			content = true
			p.WriteRune(r)
		}
	}
	P := p.String()
	if strings.ContainsAny(P, "ßẞ") {
		steps |= StepSharpS
	}
	K := norm.NFKC.String(P)
	if K != norm.NFC.String(P) {
		steps |= StepCompat
	}
	fold := cases.Fold()
	K2 := norm.NFKC.String(strings.ReplaceAll(P, "ß", "ss"))
	if norm.NFC.String(fold.String(K2)) != K2 {
		steps |= StepCase
	}
	D := []rune(norm.NFD.String(strings.Map(foldCherokee, fold.String(K))))

	// Strip marks, umlauts (steps 5, 9).
	var t []rune
	for i := 0; i < len(D); {
		base := D[i]
		j := i + 1
		for j < len(D) && unicode.Is(unicode.M, D[j]) {
			j++
		}
		marks := D[i+1 : j]
		if unicode.Is(unicode.M, base) { // marks without a base
			marks, base = D[i:j], -1
		}
		sc := refScript(base)
		switch {
		case base >= 0 && strings.ContainsRune("aou", base) && slices.Equal(marks, []rune{0x0308}):
			steps |= StepUmlaut
			t = append(t, base)
			if umlaut {
				t = append(t, 'e')
			} else {
				steps |= StepAccents
			}
		case base >= 0 && unicode.IsLetter(base) && !slices.Contains([]string{"", "Latin", "Greek", "Cyrillic", "Common", "Inherited"}, sc):
			t = append(t, base)
			t = append(t, marks...)
		default:
			if base >= 0 {
				t = append(t, base)
			}
			if len(marks) > 0 {
				steps |= StepAccents
			}
		}
		i = j
	}
	// Letters and punctuation (steps 5, 6); '\x01' marks a punctuation separator.
	var u strings.Builder
	for _, r := range t {
		switch {
		case isApostrophe(r):
			steps |= StepPunctuation
		case isSeparator(r):
			steps |= StepPunctuation
			u.WriteByte(1)
		default:
			m := refLetters.Replace(string(r))
			if m != string(r) {
				steps |= StepLetters
			}
			u.WriteString(m)
		}
	}
	T := u.String()
	isSep := func(r rune) bool { return r == ' ' || r == 1 }
	// Spacing: leading/trailing whitespace, or two whitespace in one run.
	runs := strings.FieldsFunc(T, func(r rune) bool { return !isSep(r) })
	if len(runs) > 0 {
		lead := strings.HasPrefix(T, runs[0])
		trail := strings.HasSuffix(T, runs[len(runs)-1])
		for k, run := range runs {
			n := strings.Count(run, " ")
			if (k == 0 && lead && n > 0) || (k == len(runs)-1 && trail && n > 0) || n > 1 {
				steps |= StepSpacing
			}
		}
	}
	toks := strings.FieldsFunc(T, isSep)
	// Mixed scripts (step 10).
	for _, tok := range toks {
		set := map[string]bool{}
		for _, r := range tok {
			if sc := refScript(r); unicode.IsLetter(r) && sc != "" && sc != "Common" && sc != "Inherited" {
				set[sc] = true
			}
		}
		ok := len(set) <= 1
		for _, allowed := range [][]string{{"Han", "Hiragana", "Katakana"}, {"Han", "Hangul"}, {"Han", "Bopomofo"}} {
			all := true
			for sc := range set {
				all = all && slices.Contains(allowed, sc)
			}
			ok = ok || all
		}
		if !ok {
			steps |= FlagMixedScript
		}
	}
	// Titles and suffixes (step 7), placeholders (step 8).
	for len(toks) > 1 && slices.Contains([]string{"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "frau", "mag", "ing", "dipl", "sir"}, toks[0]) {
		toks = toks[1:]
		steps |= StepTitle
	}
	for len(toks) > 1 && slices.Contains([]string{"jr", "sr", "ii", "iii", "iv"}, toks[len(toks)-1]) {
		toks = toks[:len(toks)-1]
		steps |= StepTitle
	}
	out := norm.NFC.String(strings.Join(toks, " "))
	if refPlaceholder(out) || (out == "" && content) {
		return "", steps | FlagPlaceholder, nil
	}
	return out, steps, nil
}

// refPlaceholder is step 8 written out plainly: a name with no letter of any script, a placeholder word
// with characters that are neither letters nor digits around it, or tokens that are each, so trimmed,
// a test word or nothing.
func refPlaceholder(out string) bool {
	if out == "" {
		return false
	}
	if !strings.ContainsFunc(out, unicode.IsLetter) {
		return true
	}
	notAlnum := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	if slices.Contains([]string{"n a", "na", "null", "none", "unknown", "xxx"}, strings.TrimFunc(out, notAlnum)) {
		return true
	}
	for _, tok := range strings.Split(out, " ") {
		tok = strings.TrimFunc(tok, notAlnum)
		if tok != "" && !slices.Contains([]string{"test", "tester", "testuser", "dummy", "asdf", "sample"}, tok) {
			return false
		}
	}
	return true
}

// isFast reports whether appendName handles s without the fallback.
func isFast(s string) bool {
	for _, r := range s {
		switch {
		case r < rune(len(fast0)):
			if !fast0[r].fast {
				return false
			}
		case r >= fast1Lo && r < fast1Lo+rune(len(fast1)):
			if !fast1[r-fast1Lo].fast {
				return false
			}
		default:
			return false
		}
	}
	return true
}

type impl struct {
	name string
	f    func(dst []byte, s string, umlaut bool) ([]byte, Steps, error)
}

var impls = []impl{{"appendName", appendName}, {"tableAppend", tableAppend}, {"slowAppend", slowAppend}}

// checkRef compares both implementations with the reference on s.
func checkRef(t *testing.T, s string) {
	t.Helper()
	for _, umlaut := range []bool{false, true} {
		want, wantSteps, wantErr := refName(s, umlaut)
		for _, im := range impls {
			// Room for any output: appendLatin takes only a dst with room for len(s) more bytes.
			got, gotSteps, gotErr := im.f(append(make([]byte, 0, 7+4*maxOutputRunes), "prefix:"...), s, umlaut)
			assert.Equal(t, fmt.Sprintf("%+q [%s] %v", "prefix:"+want, wantSteps, wantErr),
				fmt.Sprintf("%+q [%s] %v", got, gotSteps, gotErr), "%s(%+q, umlaut=%v)", im.name, s, umlaut)
		}
	}
}

func fastRunes() []rune {
	var rs []rune
	for r := range rune(len(fast0)) {
		rs = append(rs, r)
	}
	for r := rune(fast1Lo); r < fast1Lo+rune(len(fast1)); r++ {
		rs = append(rs, r)
	}
	return rs
}

// TestFastPathMatchesReference checks every code point of the fast table
// (U+0000–U+052F, U+1E00–U+206F, which includes U+0000–U+024F) alone and in
// context against the x/text reference chain, and that the names of Latin,
// Greek and Cyrillic letters take the fast path.
func TestFastPathMatchesReference(t *testing.T) {
	for _, r := range fastRunes() {
		c := string(r)
		for _, s := range []string{c, "Ab" + c, c + "Cd", "X" + c + "y", "o" + c + "\u0308", "A\u0308" + c, c + c + "e",
			"Dr " + c, c + " Jr", "Ив" + c + "ан", "Σ" + c + "ς", c + "\u0301\u0308"} {
			if isFast(c) {
				require.True(t, isFast(s), "%+q should take the fast path", s)
			}
			checkRef(t, s)
		}
	}
	for _, s := range []string{"Иван Петров", "ДМИТРИЙ Фёдор", "Γιώργος Παπαδόπουλος", "ΣΤΑΎΡΟΣ", "Nguyễn Đặng", "Ἀλέξανδρος"} {
		require.True(t, isFast(s), "%+q should take the fast path", s)
	}
	for _, s := range []string{"ᾳ", "Ϣ", "Ⲁ"} { // ypogegrammeni; Coptic keeps its marks
		require.False(t, isFast(s), "%+q needs the slow path", s)
	}
}

// randomString draws n runes from alphabet.
func randomString(rng *rand.Rand, alphabet []rune, n int) string {
	var b strings.Builder
	for range n {
		b.WriteRune(alphabet[rng.IntN(len(alphabet))])
	}
	return b.String()
}

func TestRandomMatchesReference(t *testing.T) {
	latin := []rune("aAoOuUeEsSzZ ß-.'’,_/äöüÄÖÜéÈñçłØæŒþĐıİǅ½ªµ\u0300\u0301\u0308\u0327\u00a0\t\u200b\u200e\u00ad\u2019\u2013")
	latin = append(latin, fastRunes()[0x20:0x250]...)
	mixedAlphabet := append(slices.Clone(latin), []rune("ΑΒΓαβγάΐᾳ\u0345ИванПетровЁё山田たろうカガ\u3099한국어\u1100\u1161אבגعربيहिन्दीไทยẞﬁＭａｘ①ⅣǄ\uFDFA\u3164\u2800\u180E\u06DD\U0001D400")...)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		s := randomString(rng, latin, 1+rng.IntN(12))
		require.True(t, isFast(s))
		checkRef(t, s)
	}
	for range 2000 {
		checkRef(t, randomString(rng, mixedAlphabet, 1+rng.IntN(12)))
	}
	for range 1000 { // any code point
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			b.WriteRune(rune(rng.IntN(unicode.MaxRune + 1)))
		}
		checkRef(t, b.String())
	}
}

// TestWeightBound proves the per-rune weight used for maxOutputRunes is an upper
// bound of what the pipeline makes of any single rune.
func TestWeightBound(t *testing.T) {
	fold := cases.Fold()
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if skipRune(r) {
			continue
		}
		s := string(r)
		in, _ := infoOf(r, s)
		if in.kind != kindNormal {
			continue
		}
		d := norm.NFC.String(refLetters.Replace(norm.NFD.String(fold.String(norm.NFKD.String(s)))))
		if n := utf8.RuneCountInString(d); n > int(in.weight) {
			t.Errorf("U+%04X: %d runes, weight %d", r, n, in.weight)
		}
	}
}

// TestShortcutClaims proves the two facts the slow path relies on to skip
// x/text passes: every non-first element of a canonical composition is a
// mark or a Hangul jamo (so text without kept marks or jamo is already NFC),
// and folding a rune that is NFKD-stable gives NFD text (so only mark runs and
// Hangul syllables need the NFD pass).
func TestShortcutClaims(t *testing.T) {
	fold := cases.Fold()
	jamo := func(r rune) bool {
		return (r >= 0x1100 && r <= 0x11FF) || (r >= 0xA960 && r <= 0xA97F) || (r >= 0xD7B0 && r <= 0xD7FF)
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if skipRune(r) {
			continue
		}
		s := string(r)
		if d := []rune(norm.NFD.String(s)); len(d) > 1 && norm.NFC.String(string(d)) == s {
			for _, c := range d[1:] {
				if !unicode.Is(unicode.M, c) && !jamo(c) {
					t.Errorf("U+%04X composes with U+%04X, neither mark nor jamo", r, c)
				}
			}
		}
		if norm.NFKD.String(s) == s {
			if f := fold.String(s); !norm.NFD.IsNormalString(f) {
				t.Errorf("fold(U+%04X) is not NFD", r)
			}
		}
	}
}

// skipRune skips surrogates and the planes without assigned characters
// (4–13; private use 15–16) in the all-of-Unicode loops.
func skipRune(r rune) bool {
	return (r >= 0xD800 && r <= 0xDFFF) || (r >= 0x40000 && r < 0xE0000) || r >= 0xF0000
}

// TestLatinLaneMatchesReference checks every letter of the Latin lane against the reference, alone and
// between the neighbours that change its meaning (marks after it, a pending umlaut before it).
func TestLatinLaneMatchesReference(t *testing.T) {
	n := 0
	for r := rune(0x80); r < rune(len(latinLane)); r++ {
		if !latinLane[r].ok {
			continue
		}
		n++
		for _, before := range []string{"", "a", "O", "a\u0308", "u\u0308\u0301", " ", "x-", "\u200b"} {
			for _, after := range []string{"", "\u0308", "\u0301", "\u200b\u0301", "a", " b", "ä", "\u0308\u0308", "'"} {
				checkRef(t, before+string(r)+after)
			}
		}
	}
	require.Greater(t, n, 300, "the lane covers most Latin letters")
}

// TestLatinLaneTakesNames checks appendLatin against the reference on random names made only of what it
// takes (ASCII letters and digits, its two-byte letters, whitespace, separators, apostrophes), and that
// it takes them: the common names must not fall through to the table path.
func TestLatinLaneTakesNames(t *testing.T) {
	alphabet := []rune("aAoOuUeEzZ09 \t\n\r-.,_/\\'`")
	for r := range rune(len(latinLetters[0])) {
		if latinLetters[0][r].n != 0 {
			alphabet = append(alphabet, r)
		}
	}
	require.Greater(t, len(alphabet), 300, "the lane takes most Latin letters")
	rng := rand.New(rand.NewPCG(5, 6))
	buf := make([]byte, 0, MaxRunes)
	for range 5000 {
		s := randomString(rng, alphabet, 1+rng.IntN(16))
		for _, umlaut := range []bool{false, true} {
			_, _, _, ok := appendLatin(buf[:0], s, umlaut)
			require.True(t, ok, "%+q should take the Latin lane", s)
		}
		checkRef(t, s)
	}
	for _, s := range []string{"Mu\u0308ller", "Max&Moritz", "Zoë\u200b", "Ivan Иван", "Ｍａｘ", "a\u00a0b"} {
		_, _, _, ok := appendLatin(buf[:0], s, false)
		require.False(t, ok, "%+q is not the Latin lane's", s)
		checkRef(t, s)
	}
	_, _, _, ok := appendLatin(make([]byte, 0, 3), "Anna", false)
	require.False(t, ok, "the lane never grows dst")
}

// TestPlainRunesMatchReference checks the table path on runes past its tables that it takes as they
// are (Han, Arabic, Hebrew letters, invisible characters, other spaces), next to what sends it back to
// the slow path at the end (kept marks, Hangul jamo) or at once (folding, decompositions).
func TestPlainRunesMatchReference(t *testing.T) {
	for _, s := range []string{"王伟", "山田 太郎", "محمد", "דוד כהן", "\ufeffMustermann", "Max\u3000Mustermann",
		"עִבְרִית", "क़", "\u1100\u1161", "가", "Ａnna", "王\u0301", "A王\u0308", "ο王ü", "\u0531\u0561"} {
		checkRef(t, s)
	}
	var other info
	for _, r := range "王伟محمדוד\ufeff\u3000" {
		in, k := slowInfo(r, string(r))
		other = in
		require.True(t, plain(r, &other, k), "U+%04X is written as it is", r)
	}
	for _, r := range "가Ａ\u0531" { // a Hangul syllable, a compatibility decomposition, a folding
		in, k := slowInfo(r, string(r))
		require.False(t, plain(r, &in, k), "U+%04X needs x/text", r)
	}
}
